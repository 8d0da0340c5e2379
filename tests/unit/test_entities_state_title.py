"""A state's official name in lower case ("the kingdom of Saudi Arabia") is the
country, its head noun included (hand-built parses)."""

from __future__ import annotations

from tests.unit.test_entities import actors, parsed


def _doc(title: str) -> list[tuple]:
    # "The <title> of Morocco condemned it ."
    return [
        ("The", 1, "det", "DET", "the", "O"),
        (title, 4, "nsubj", "NOUN", title, "O"),
        ("of", 1, "prep", "ADP", "of", "O"),
        ("Morocco", 2, "pobj", "PROPN", "Morocco", "B-GPE"),
        ("condemned", 4, "ROOT", "VERB", "condemn", "O"),
        ("it", 4, "dobj", "PRON", "it", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]


def test_a_lower_case_kingdom_of_a_country_is_the_country() -> None:
    found = actors(parsed(_doc("kingdom")))
    assert "The kingdom of Morocco" in found, list(found)
    assert found["The kingdom of Morocco"].entity.id == "MAR"


def test_the_state_of_a_country_is_no_official_name() -> None:
    found = actors(parsed(_doc("state")))
    assert "Morocco" in found and not any(text.endswith("of Morocco") for text in found)
