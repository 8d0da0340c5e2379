"""Actor resolution of generic party names, institutions and companies (hand-built parses)."""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.extract.entities import find_actors
from tests.unit.test_entities import actors, ids, parsed


def _party_doc(owner: list[tuple], party: str) -> Doc:
    # "<owner> Labour Party won . The government said ."
    n = len(owner)
    rows = [
        *owner,
        (party, n + 1, "compound", "PROPN", party, "B-ORG"),
        ("Party", n + 2, "nsubj", "PROPN", "Party", "I-ORG"),
        ("won", n + 2, "ROOT", "VERB", "win", "O"),
        (".", n + 2, "punct", "PUNCT", ".", "O"),
        ("The", n + 5, "det", "DET", "the", "O"),
        ("government", n + 6, "nsubj", "NOUN", "government", "O"),
        ("said", n + 6, "ROOT", "VERB", "say", "O"),
        (".", n + 6, "punct", "PUNCT", ".", "O"),
    ]
    return parsed(rows)


def test_entities_generic_party_name_has_no_country() -> None:
    # "Democrats won . Democrats lost . The government said ."
    rows: list[tuple] = []
    for verb, lemma in (("won", "win"), ("lost", "lose")):
        n = len(rows)
        rows += [
            ("Democrats", n + 1, "nsubj", "PROPN", "Democrats", "B-NORP"),
            (verb, n + 1, "ROOT", "VERB", lemma, "O"),
            (".", n + 1, "punct", "PUNCT", ".", "O"),
        ]
    rows += [
        ("The", 7, "det", "DET", "the", "O"),
        ("government", 8, "nsubj", "NOUN", "government", "O"),
        ("said", 8, "ROOT", "VERB", "say", "O"),
        (".", 8, "punct", "PUNCT", ".", "O"),
    ]
    found = find_actors(parsed(rows), "t")
    parties = [a.entity for a in found if a.entity.kind == "Organization"]
    assert [(e.id, e.country) for e in parties] == [("org:democratic-party", None)] * 2
    assert not [a for a in found if a.entity.kind == "Group"]  # no article country from them


def test_entities_generic_party_after_possessive_country_is_that_country_party() -> None:
    owner = [
        ("Norway", 2, "poss", "PROPN", "Norway", "B-GPE"),
        ("'s", 0, "case", "PART", "'s", "O"),
    ]
    found = actors(_party_doc(owner, "Labour"))
    party = found["Labour Party"].entity
    assert (party.id, party.country) == ("org:labour-party-nor", "NOR")
    assert found["Norway"].entity.id == "NOR"


def test_entities_generic_party_after_demonym_spans_the_demonym() -> None:
    owner = [
        ("The", 3, "det", "DET", "the", "O"),
        ("Norwegian", 3, "amod", "ADJ", "norwegian", "B-NORP"),
    ]
    found = ids(_party_doc(owner, "Labour"))
    assert found["The Norwegian Labour Party"] == "org:labour-party-nor"


def test_entities_country_specific_party_keeps_its_country() -> None:
    # "The GOP won ."
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("GOP", 2, "nsubj", "PROPN", "GOP", "B-ORG"),
            ("won", 2, "ROOT", "VERB", "win", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc)["The GOP"].entity.country == "USA"


def test_entities_institution_after_from_is_the_institution_not_a_place() -> None:
    # "A spokesman from the Home Office said ."
    doc = parsed(
        [
            ("A", 1, "det", "DET", "a", "O"),
            ("spokesman", 6, "nsubj", "NOUN", "spokesman", "O"),
            ("from", 1, "prep", "ADP", "from", "O"),
            ("the", 5, "det", "DET", "the", "O"),
            ("Home", 5, "compound", "PROPN", "Home", "B-ORG"),
            ("Office", 2, "pobj", "PROPN", "Office", "I-ORG"),
            ("said", 6, "ROOT", "VERB", "say", "O"),
            (".", 6, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["the Home Office"]
    assert (found.entity.id, found.is_place) == ("GBR:GOV", False)


def test_entities_building_seat_after_at_stays_a_place() -> None:
    # "They met at the Kremlin ."
    doc = parsed(
        [
            ("They", 1, "nsubj", "PRON", "they", "O"),
            ("met", 1, "ROOT", "VERB", "meet", "O"),
            ("at", 1, "prep", "ADP", "at", "O"),
            ("the", 4, "det", "DET", "the", "O"),
            ("Kremlin", 2, "pobj", "PROPN", "Kremlin", "B-FAC"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["the Kremlin"]
    assert (found.entity.id, found.is_place) == ("loc:kremlin", True)


def test_entities_bank_typed_as_person_is_company() -> None:
    # "Goldman Sachs said ."
    doc = parsed(
        [
            ("Goldman", 1, "compound", "PROPN", "Goldman", "B-PERSON"),
            ("Sachs", 2, "nsubj", "PROPN", "Sachs", "I-PERSON"),
            ("said", 2, "ROOT", "VERB", "say", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["Goldman Sachs"].entity
    assert (found.id, found.kind, found.country) == ("org:goldman-sachs", "Organization", "USA")
