"""Bodies named after their owner, titles typed as organisations and coalitions named by
colours (kgraph.resolve.owned_bodies, kgraph.resolve.ner, kgraph.resolve.groups), on
hand-built parses."""

from __future__ import annotations

from tests.unit.test_entities import ids, parsed


def _said(subject: list[tuple]) -> list[tuple]:
    """Rows of "<subject> said ." with every subject row hanging on its last row (the head),
    and the head on "said"; a possessive marker is the case of the row before it."""
    n = len(subject)
    rows = []
    for k, (w, p, e) in enumerate(subject):
        if w in ("'s", "s") and p == "PART":
            rows.append((w, k - 1, "case", p, w, e))
        else:
            rows.append(
                (w, n - 1 if k < n - 1 else n, "compound" if k < n - 1 else "nsubj", p, w, e)
            )
    return rows + [("said", n, "ROOT", "VERB", "say", "O"), (".", n, "punct", "PUNCT", ".", "O")]


COUNCIL = [
    ("Supreme", "PROPN", "B-ORG"),
    ("National", "PROPN", "I-ORG"),
    ("Security", "PROPN", "I-ORG"),
    ("Council", "PROPN", "I-ORG"),
]


def test_owned_bodies_possessive_country_owns_the_council() -> None:
    # "Iran 's Supreme National Security Council said ."
    rows = _said([("Iran", "PROPN", "B-GPE"), ("'s", "PART", "O"), *COUNCIL])
    found = ids(parsed(rows))
    assert found["Iran 's Supreme National Security Council"] == "IRN:GOV", found


def test_owned_bodies_lost_apostrophe_organisation_owns_the_council() -> None:
    # "KRG s Security Council said ." : the Kurdistan Regional Government's, not the U.N.'s
    rows = _said(
        [
            ("KRG", "PROPN", "B-ORG"),
            ("s", "PART", "O"),
            ("Security", "PROPN", "B-ORG"),
            ("Council", "PROPN", "I-ORG"),
        ]
    )
    found = ids(parsed(rows))
    assert found["KRG s Security Council"] == "org:krg", found


def test_owned_bodies_council_alone_stays_the_un_council() -> None:
    rows = _said([("Security", "PROPN", "B-ORG"), ("Council", "PROPN", "I-ORG")])
    assert ids(parsed(rows))["Security Council"] == "igo:unsc"


def test_organisation_title_word_typed_with_a_nationality_is_no_organisation() -> None:
    # "Iranian Supreme Leader Khamenei said ." with "Iranian Supreme" typed an organisation
    rows = _said(
        [
            ("Iranian", "ADJ", "B-ORG"),
            ("Supreme", "PROPN", "I-ORG"),
            ("Leader", "PROPN", "O"),
            ("Khamenei", "PROPN", "B-PERSON"),
        ]
    )
    found = ids(parsed(rows))
    assert not any(v.startswith("org:") for v in found.values()), found


def test_groups_colour_coalition_is_no_country() -> None:
    # "Jamaica coalition said ."
    rows = _said([("Jamaica", "PROPN", "B-GPE"), ("coalition", "NOUN", "O")])
    found = ids(parsed(rows))
    assert not any(v.startswith("JAM") for v in found.values()), found
