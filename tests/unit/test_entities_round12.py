"""Actor resolution on hand-built parses for the round-12 rules (kgraph.extract.entities)."""

from __future__ import annotations

from tests.unit.test_entities import ids, parsed


def test_two_known_surnames_typed_as_one_organisation_are_the_two_people() -> None:
    # "Alvaro Quintero met Marcela Bustos . Quintero and Bustos spoke ." with the model's
    # ORG over "Quintero and Bustos"
    doc = parsed(
        [
            ("Alvaro", 1, "compound", "PROPN", "Alvaro", "B-PERSON"),
            ("Quintero", 2, "nsubj", "PROPN", "Quintero", "I-PERSON"),
            ("met", 2, "ROOT", "VERB", "meet", "O"),
            ("Marcela", 4, "compound", "PROPN", "Marcela", "B-PERSON"),
            ("Bustos", 2, "dobj", "PROPN", "Bustos", "I-PERSON"),
            (".", 2, "punct", "PUNCT", ".", "O"),
            ("Quintero", 9, "nsubj", "PROPN", "Quintero", "B-ORG"),
            ("and", 6, "cc", "CCONJ", "and", "I-ORG"),
            ("Bustos", 6, "conj", "PROPN", "Bustos", "I-ORG"),
            ("spoke", 9, "ROOT", "VERB", "speak", "O"),
            (".", 9, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = ids(doc)
    assert found["Alvaro Quintero"] == "person:alvaro-quintero"
    assert found.get("Quintero") == "person:alvaro-quintero"
    assert found.get("Bustos") == "person:marcela-bustos"
    assert not any("-and-" in entity for entity in found.values())
