"""A name the model typed as an organisation, with a title in apposition ("X, the leader of
...") is a person's: hand-built parses, no model."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ids, parsed


def _apposed(noun: str, label: str = "ORG") -> list[tuple]:
    # "Jurgen Valtner , the <noun> of the party , spoke ."
    return [
        ("Jurgen", 1, "compound", "PROPN", "Jurgen", f"B-{label}"),
        ("Valtner", 10, "nsubj", "PROPN", "Valtner", f"I-{label}"),
        (",", 1, "punct", "PUNCT", ",", "O"),
        ("the", 4, "det", "DET", "the", "O"),
        (noun, 1, "appos", "NOUN", noun, "O"),
        ("of", 4, "prep", "ADP", "of", "O"),
        ("the", 7, "det", "DET", "the", "O"),
        ("party", 5, "pobj", "NOUN", "party", "O"),
        (",", 1, "punct", "PUNCT", ",", "O"),
        ("then", 10, "advmod", "ADV", "then", "O"),
        ("spoke", 10, "ROOT", "VERB", "speak", "O"),
        (".", 10, "punct", "PUNCT", ".", "O"),
    ]


@pytest.mark.parametrize("title", ["leader", "chairman", "spokesman"])
def test_organisation_typed_name_with_a_title_in_apposition_is_a_person(title: str) -> None:
    assert ids(parsed(_apposed(title)))["Jurgen Valtner"] == "person:jurgen-valtner"


def test_organisation_typed_name_with_another_noun_in_apposition_stays_an_organisation() -> None:
    # "..., the bank of the party, ...": no person's noun, no title
    found = ids(parsed(_apposed("bank")))
    assert not found.get("Jurgen Valtner", "").startswith("person:")
