"""Persons the model splits or mistypes, on hand-built parses (no statistical model): a
compound surname mentioned after the full name, a known national's full name typed as an
organisation."""

from __future__ import annotations

import pytest

from kgraph.resolve.people import surname_tail
from tests.unit.test_entities import ids, parsed

# "President Ana Ruiz Vega spoke . Ruiz Vega left ."
COMPOUND = [
    ("President", 3, "compound", "PROPN", "President", "O"),
    ("Ana", 3, "compound", "PROPN", "Ana", "B-PERSON"),
    ("Ruiz", 3, "compound", "PROPN", "Ruiz", "I-PERSON"),
    ("Vega", 4, "nsubj", "PROPN", "Vega", "I-PERSON"),
    ("spoke", 4, "ROOT", "VERB", "speak", "O"),
    (".", 4, "punct", "PUNCT", ".", "O"),
    ("Ruiz", 7, "compound", "PROPN", "Ruiz", "B-PERSON"),
    ("Vega", 8, "nsubj", "PROPN", "Vega", "I-PERSON"),
    ("left", 8, "ROOT", "VERB", "leave", "O"),
    (".", 8, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.parametrize(
    ("name", "full", "same"),
    [
        ("Pena Nieto", "Enrique Pena Nieto", True),
        ("Dlamini Zuma", "Nkosazana Dlamini-Zuma", True),
        ("Santiago Nieto", "Enrique Pena Nieto", False),
        ("Nieto", "Enrique Pena Nieto", False),  # one word: the surname key's business
        ("Enrique Pena Nieto", "Enrique Pena Nieto", False),  # the full name itself
    ],
)
def test_surname_tail_is_a_compound_surname_ending_the_full_name(
    name: str, full: str, same: bool
) -> None:
    assert surname_tail(name, full) is same


def test_compound_surname_after_the_full_name_is_the_same_person() -> None:
    found = ids(parsed(COMPOUND))
    assert found["Ana Ruiz Vega"] == "person:ana-ruiz-vega"
    assert found["Ruiz Vega"] == "person:ana-ruiz-vega"


def test_other_person_with_the_same_last_word_stays_apart() -> None:
    rows = [(w.replace("Ruiz", "Gil") if i >= 6 else w, h, d, p, lem.replace("Ruiz", "Gil")
             if i >= 6 else lem, e) for i, (w, h, d, p, lem, e) in enumerate(COMPOUND)]  # fmt: skip
    found = ids(parsed(rows))
    assert found["Gil Vega"] == "person:gil-vega"


def test_known_nationals_full_name_typed_as_organisation_is_a_person() -> None:
    # "Followers of Fethullah Gulen protested ." with the name typed ORG (the gazetteer's
    # nationals know Fethullah Gulen as a Turkish national)
    doc = parsed(
        [
            ("Followers", 4, "nsubj", "NOUN", "follower", "O"),
            ("of", 0, "prep", "ADP", "of", "O"),
            ("Fethullah", 3, "compound", "PROPN", "Fethullah", "B-ORG"),
            ("Gulen", 1, "pobj", "PROPN", "Gulen", "I-ORG"),
            ("protested", 4, "ROOT", "VERB", "protest", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Fethullah Gulen"] == "person:fethullah-gulen"
