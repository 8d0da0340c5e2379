"""Acts of state with no named actor, on hand-built parses (no model): ``nominal-state`` ("the
arrest of three journalists in Egypt") and ``passive-home-state`` ("two Egyptian opposition
leaders were detained"), and choosing as endorsement. Rows are (word, lemma, POS, tag,
dependency, head index), as the English pipeline parsed these invented sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

EU = Entity("igo:eu", "European Union", "IGO", None)
EGY_OPP = Entity("EGY:OPP", "Egyptian opposition", "Group", "EGY")
EGY_CVL = Entity("EGY:CVL", "Egyptian civilians", "Group", "EGY")

# "The EU condemned the arrest of three journalists in Egypt."
ARREST_IN: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("EU", "EU", "PROPN", "NNP", "nsubj", 2),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("arrest", "arrest", "NOUN", "NN", "dobj", 2),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("three", "three", "NUM", "CD", "nummod", 7),
    ("journalists", "journalist", "NOUN", "NNS", "pobj", 5),
    ("in", "in", "ADP", "IN", "prep", 7),
    ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 2),
]
ARREST_SPANS = [ActorSpan(1, 2, 1, EU), ActorSpan(9, 10, 9, _country("EGY", "Egypt"))]


def test_nominal_state_the_place_arrests_its_people():
    rows = _rows(ARREST_IN, ARREST_SPANS)
    assert ("EGY", "COERCES", "EGY:MED", "asserted", "nominal-state") in rows


def test_nominal_state_not_for_an_act_asked_for():
    # "The EU demanded the arrest of three journalists in Egypt": no arrest happened
    demanded = [
        r if r[0] != "condemned" else ("demanded", "demand", "VERB", "VBD", "ROOT", 2)
        for r in ARREST_IN
    ]
    assert not {r for r in _rows(demanded, ARREST_SPANS) if r[4] == "nominal-state"}


def test_nominal_state_needs_a_place():
    # "The EU condemned the arrest of three journalists.": no country, no triple
    rows_in = [*ARREST_IN[:8], (".", ".", "PUNCT", ".", "punct", 2)]
    assert not _rows(rows_in, ARREST_SPANS[:1])


# "Two Egyptian opposition leaders were detained on Sunday."
DETAINED: list[Row] = [
    ("Two", "two", "NUM", "CD", "nummod", 3),
    ("Egyptian", "egyptian", "ADJ", "JJ", "amod", 3),
    ("opposition", "opposition", "NOUN", "NN", "compound", 3),
    ("leaders", "leader", "NOUN", "NNS", "nsubjpass", 5),
    ("were", "be", "AUX", "VBD", "auxpass", 5),
    ("detained", "detain", "VERB", "VBN", "ROOT", 5),
    ("on", "on", "ADP", "IN", "prep", 5),
    ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_passive_home_state_own_institution():
    rows = _rows(DETAINED, [ActorSpan(1, 4, 3, EGY_OPP)])
    assert ("EGY", "COERCES", "EGY:OPP", "asserted", "passive-home-state") in rows


def test_passive_home_state_not_for_civilians():
    # "Two Egyptian tourists were detained": people may be abroad; no state is named
    assert not _rows(DETAINED, [ActorSpan(1, 4, 3, EGY_CVL)])


# "The UN chose Japan and Brazil."
CHOSE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("UN", "UN", "PROPN", "NNP", "nsubj", 2),
    ("chose", "choose", "VERB", "VBD", "ROOT", 2),
    ("Japan", "Japan", "PROPN", "NNP", "dobj", 2),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("Brazil", "Brazil", "PROPN", "NNP", "conj", 3),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_choosing_a_party_endorses_it():
    un = Entity("igo:un", "United Nations", "IGO", None)
    spans = [
        ActorSpan(1, 2, 1, un),
        ActorSpan(3, 4, 3, _country("JPN", "Japan")),
        ActorSpan(5, 6, 5, _country("BRA", "Brazil")),
    ]
    rows = {r[:3] for r in _rows(CHOSE, spans)}
    assert {("igo:un", "BACKS", "JPN"), ("igo:un", "BACKS", "BRA")} <= rows


# "Egypt's part in the negotiations with Israel was praised."
PART_IN: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("part", "part", "NOUN", "NN", "nsubjpass", 9),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 5),
    ("negotiations", "negotiation", "NOUN", "NNS", "pobj", 3),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Israel", "Israel", "PROPN", "NNP", "pobj", 6),
    ("was", "be", "AUX", "VBD", "auxpass", 9),
    ("praised", "praise", "VERB", "VBN", "ROOT", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]
PART_SPANS = [
    ActorSpan(0, 1, 0, _country("EGY", "Egypt")),
    ActorSpan(7, 8, 7, _country("ISR", "Israel")),
]


def test_nominal_participation_owner_of_a_part_takes_part():
    rows = _rows(PART_IN, PART_SPANS)
    assert ("EGY", "NEGOTIATES_WITH", "ISR", "asserted", "nominal-participation") in rows


def test_nominal_participation_needs_a_part_noun():
    # "Egypt's interest in the negotiations with Israel": interest is no part taken
    rows_in = [
        r if r[0] != "part" else ("interest", "interest", "NOUN", "NN", "nsubjpass", 9)
        for r in PART_IN
    ]
    assert not {r for r in _rows(rows_in, PART_SPANS) if r[1] == "NEGOTIATES_WITH"}


def test_passive_home_state_not_for_deportation():
    # "Two Egyptian opposition leaders were deported": deported by a state not their own
    deported = [
        r if r[0] != "detained" else ("deported", "deport", "VERB", "VBN", "ROOT", 5)
        for r in DETAINED
    ]
    assert not {
        r for r in _rows(deported, [ActorSpan(1, 4, 3, EGY_OPP)]) if r[4] == "passive-home-state"
    }


# "The EU condemned the arrest of the opposition leader."
ARREST_OF_LEADER: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("EU", "EU", "PROPN", "NNP", "nsubj", 2),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("arrest", "arrest", "NOUN", "NN", "dobj", 2),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("the", "the", "DET", "DT", "det", 8),
    ("opposition", "opposition", "NOUN", "NN", "compound", 8),
    ("leader", "leader", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]
# "The opposition leader's arrest angered the EU."
LEADERS_ARREST: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("opposition", "opposition", "NOUN", "NN", "compound", 2),
    ("leader", "leader", "NOUN", "NN", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("arrest", "arrest", "NOUN", "NN", "nsubj", 5),
    ("angered", "anger", "VERB", "VBD", "ROOT", 5),
    ("the", "the", "DET", "DT", "det", 7),
    ("EU", "EU", "PROPN", "NNP", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 5),
]
LEADER = Entity("person:leader", "Leader", "Person", "EGY")


def test_nominal_state_unplaced_arrest_by_the_patients_own_state():
    rows = _rows(ARREST_OF_LEADER, [ActorSpan(1, 2, 1, EU), ActorSpan(7, 9, 8, LEADER)])
    assert ("EGY", "COERCES", "person:leader", "asserted", "nominal-state") in rows


def test_nominal_state_possessor_of_an_arrest_is_its_patient():
    rows = _rows(LEADERS_ARREST, [ActorSpan(1, 3, 2, LEADER), ActorSpan(7, 8, 7, EU)])
    assert ("EGY", "COERCES", "person:leader", "asserted", "nominal-state") in rows


def test_nominal_state_unplaced_arrest_not_where_another_country_is_named():
    # "France condemned the arrest of the opposition leader": the arrest may be in France
    spans = [ActorSpan(1, 2, 1, _country("FRA", "France")), ActorSpan(7, 9, 8, LEADER)]
    assert not {r for r in _rows(ARREST_OF_LEADER, spans) if r[4] == "nominal-state"}


def test_nominal_state_unplaced_arrest_not_of_a_person_of_no_country():
    nobody = Entity("person:nobody", "Nobody", "Person", None)
    spans = [ActorSpan(1, 2, 1, EU), ActorSpan(7, 9, 8, nobody)]
    assert not {r for r in _rows(ARREST_OF_LEADER, spans) if r[4] == "nominal-state"}
