"""Gazetteer places the model typed as a nationality or left untyped, on hand-built parses."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import actors, parsed


@pytest.mark.parametrize(("city", "iso3"), [("Aleppo", "SYR"), ("Mosul", "IRQ")])
def test_untyped_gazetteer_place_is_a_place(city: str, iso3: str) -> None:
    # "Syrian forces shelled <city> ." with the city outside every entity
    doc = parsed(
        [
            ("Syrian", 1, "amod", "ADJ", "syrian", "B-NORP"),
            ("forces", 2, "nsubj", "NOUN", "force", "O"),
            ("shelled", 2, "ROOT", "VERB", "shell", "O"),
            (city, 2, "dobj", "PROPN", city, "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)
    assert found[city].is_place
    assert found[city].entity.id == f"loc:{city.lower()}"
    assert found[city].entity.country == iso3


def test_gazetteer_place_typed_as_nationality_is_a_place() -> None:
    # "Russian air strikes on Aleppo" with Aleppo typed NORP
    doc = parsed(
        [
            ("Russian", 2, "amod", "ADJ", "russian", "B-NORP"),
            ("air", 2, "compound", "NOUN", "air", "O"),
            ("strikes", 2, "ROOT", "NOUN", "strike", "O"),
            ("on", 2, "prep", "ADP", "on", "O"),
            ("Aleppo", 3, "pobj", "PROPN", "Aleppo", "B-NORP"),
        ]
    )
    found = actors(doc)
    assert found["Russian"].entity.id == "RUS"
    assert found["Aleppo"].is_place and found["Aleppo"].entity.country == "SYR"


def test_untyped_common_word_or_unknown_name_is_no_place() -> None:
    # "Zorblat forces shelled aleppo ." : an unknown name, and a place in lower case
    doc = parsed(
        [
            ("Zorblat", 1, "compound", "PROPN", "Zorblat", "O"),
            ("forces", 2, "nsubj", "NOUN", "force", "O"),
            ("shelled", 2, "ROOT", "VERB", "shell", "O"),
            ("aleppo", 2, "dobj", "NOUN", "aleppo", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc) == {}
