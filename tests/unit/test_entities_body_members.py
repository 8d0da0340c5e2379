"""A bare sector noun before a noun of the body's own people ("administration officials"),
on hand-built parses (no statistical model)."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.unit.test_entities import actors, parsed

# "The United States and Washington spoke ."  (the article's country, named twice)
AMERICAN = [
    ("The", 2, "det", "DET", "the", "B-GPE"),
    ("United", 2, "compound", "PROPN", "United", "I-GPE"),
    ("States", 5, "nsubj", "PROPN", "States", "I-GPE"),
    ("and", 2, "cc", "CCONJ", "and", "O"),
    ("Washington", 2, "conj", "PROPN", "Washington", "B-GPE"),
    ("spoke", 5, "ROOT", "VERB", "speak", "O"),
    (".", 5, "punct", "PUNCT", ".", "O"),
]


def _officials(sector: str, member: str, lemma: str) -> Doc:
    # "The United States and Washington spoke . Senior <sector> <member> criticized Iran ."
    n = len(AMERICAN)
    rows = [
        ("Senior", 2, "amod", "ADJ", "senior", "O"),
        (sector, 2, "compound", "NOUN", sector, "O"),
        (member, 3, "nsubj", "NOUN", lemma, "O"),
        ("criticized", 3, "ROOT", "VERB", "criticize", "O"),
        ("Iran", 3, "dobj", "PROPN", "Iran", "B-GPE"),
        (".", 3, "punct", "PUNCT", ".", "O"),
    ]
    return parsed(AMERICAN + [(w, h + n, d, p, lem, e) for w, h, d, p, lem, e in rows])


def test_sector_noun_before_its_officials_is_the_article_country_group() -> None:
    found = actors(_officials("administration", "officials", "official"))
    group = found["administration officials"]
    assert group.entity.id == "USA:GOV"
    assert group.head == len(AMERICAN) + 2  # "officials": the subject's head is covered


def test_group_of_officials_takes_no_country_from_its_own_object() -> None:
    # the object Iran is what the officials act on, not whose they are
    found = actors(_officials("administration", "officials", "official"))
    assert found["Iran"].entity.id == "IRN"
    assert found["administration officials"].entity.country == "USA"


def test_sector_noun_before_another_noun_is_no_group() -> None:
    # "Senior administration plans criticized Iran": plans are no body's people
    found = actors(_officials("administration", "plans", "plan"))
    assert "administration plans" not in found and "administration" not in found
