"""The ``home-state`` sense check (kgraph.extract.rules_senses.home_state) on hand-built parses
(no model): a state's own body or a person acting on their own country names no other party.
Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

# "Militants attacked a convoy in Egypt."
ATTACKED_IN: list[Row] = [
    ("Militants", "militant", "NOUN", "NNS", "nsubj", 1),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("convoy", "convoy", "NOUN", "NN", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _attacks(subject: Entity, place: Entity) -> set[tuple[str, str]]:
    spans = [ActorSpan(0, 1, 0, subject), ActorSpan(5, 6, 5, place, is_place=True)]
    return {(r[0], r[2]) for r in _rows(ATTACKED_IN, spans) if r[1] == "ATTACKS"}


def test_home_state_an_army_in_its_own_country_attacks_no_country():
    army = Entity("IRQ:MIL", "Iraqi military", "Group", "IRQ")
    assert _attacks(army, _country("IRQ", "Iraq")) == set()
    # abroad, the place's country is the target
    assert _attacks(army, _country("SYR", "Syria")) == {("IRQ:MIL", "SYR")}


def test_home_state_militants_keep_their_own_country_as_target():
    # CAMEO codes an insurgency against its own state so: "militants attacked Egypt"
    rebels = Entity("EGY:REB", "Egyptian rebels", "Group", "EGY")
    assert _attacks(rebels, _country("EGY", "Egypt")) == {("EGY:REB", "EGY")}


# "Macron seized a shipyard in France."
SEIZED_IN: list[Row] = [
    ("Macron", "Macron", "PROPN", "NNP", "nsubj", 1),
    ("seized", "seize", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("shipyard", "shipyard", "NOUN", "NN", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("France", "France", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_home_state_a_persons_act_on_their_own_country_has_no_target():
    france = ActorSpan(5, 6, 5, _country("FRA", "France"), is_place=True)
    macron = Entity("person:emmanuel-macron", "Emmanuel Macron", "Person", "FRA")
    assert not {r for r in _rows(SEIZED_IN, [ActorSpan(0, 1, 0, macron), france])
                if r[1] == "COERCES"}  # fmt: skip
    # a person of another (or no known) country seizing it there acts on France
    guest = Entity("person:ann-lee", "Ann Lee", "Person", None)
    rows = _rows(SEIZED_IN, [ActorSpan(0, 1, 0, guest), france])
    assert ("person:ann-lee", "COERCES", "FRA") in {r[:3] for r in rows}


# "The Supreme Court criticized the United States and Mexico."
CRITICIZED_BOTH: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("Supreme", "Supreme", "PROPN", "NNP", "compound", 2),
    ("Court", "Court", "PROPN", "NNP", "nsubj", 3),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("United", "United", "PROPN", "NNP", "compound", 6),
    ("States", "States", "PROPN", "NNP", "dobj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 6),
    ("Mexico", "Mexico", "PROPN", "NNP", "conj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_home_state_a_state_body_acting_on_its_own_country_names_no_party():
    court = Entity("USA:JUD", "U.S. judiciary", "Group", "USA")
    spans = [
        ActorSpan(0, 3, 2, court),
        ActorSpan(4, 7, 6, _country("USA", "United States")),
        ActorSpan(8, 9, 8, _country("MEX", "Mexico")),
    ]
    found = {r[:3] for r in _rows(CRITICIZED_BOTH, spans)}
    assert ("USA:JUD", "CRITICIZES", "MEX") in found
    assert ("USA:JUD", "CRITICIZES", "USA") not in found


def test_home_state_a_person_criticizing_their_own_country_names_no_party():
    # "The Supreme Court criticized ..." rows, the subject read as a person of the U.S.
    lee = Entity("person:ann-lee", "Ann Lee", "Person", "USA")
    spans = [
        ActorSpan(0, 3, 2, lee),
        ActorSpan(4, 7, 6, _country("USA", "United States")),
        ActorSpan(8, 9, 8, _country("MEX", "Mexico")),
    ]
    found = {r[:3] for r in _rows(CRITICIZED_BOTH, spans)}
    assert found & {("person:ann-lee", "CRITICIZES", c) for c in ("USA", "MEX")} == {
        ("person:ann-lee", "CRITICIZES", "MEX")
    }
