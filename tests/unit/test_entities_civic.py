"""Civic and state actors named by a common noun alone take the article's own country
(kgraph.resolve.civic), on hand-built parses."""

from __future__ import annotations

from tests.unit.test_entities import ids, parsed


def _said(subject: list[tuple]) -> list[tuple]:
    """Rows of "Britain said <subject> warned Britain .": the subject rows hang on their last
    row, which is the subject of "warned"; Britain, named twice, is the article's country."""
    n = len(subject)
    rows = [
        ("Britain", 1, "nsubj", "PROPN", "Britain", "B-GPE"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
    ]
    for k, (w, dep, p, lemma) in enumerate(subject):
        rows.append((w, 2 + n - 1 if k < n - 1 else 2 + n, dep, p, lemma, "O"))
    return rows + [
        ("warned", 1, "ccomp", "VERB", "warn", "O"),
        ("Britain", 2 + n, "dobj", "PROPN", "Britain", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]


def test_civic_body_named_alone_is_the_articles_government() -> None:
    # "Britain said the Treasury warned Britain ."
    rows = _said([("the", "det", "DET", "the"), ("Treasury", "nsubj", "PROPN", "Treasury")])
    assert ids(parsed(rows))["the Treasury"] == "GBR:GOV"


def test_civic_people_noun_is_the_articles_people() -> None:
    # "Britain said the public warned Britain ."
    rows = _said([("the", "det", "DET", "the"), ("public", "nsubj", "NOUN", "public")])
    assert ids(parsed(rows))["the public"] == "GBR:CVL"
    # "Britain said voters warned Britain ."
    rows = _said([("voters", "nsubj", "NOUN", "voter")])
    assert ids(parsed(rows))["voters"] == "GBR:CVL"


def test_civic_public_as_an_adjective_is_no_group() -> None:
    # "Britain said the public debt warned Britain ."
    rows = _said(
        [
            ("the", "det", "DET", "the"),
            ("public", "amod", "ADJ", "public"),
            ("debt", "nsubj", "NOUN", "debt"),
        ]
    )
    assert not any("public" in text for text in ids(parsed(rows))), ids(parsed(rows))


def test_civic_people_with_a_modifier_of_other_people_are_no_group() -> None:
    # "Britain said college voters warned Britain ."
    rows = _said([("college", "compound", "NOUN", "college"), ("voters", "nsubj", "NOUN", "voter")])
    assert not any(text.endswith("voters") for text in ids(parsed(rows))), ids(parsed(rows))
