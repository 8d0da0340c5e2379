"""The shapes of :mod:`kgraph.extract.rules_implicit`, on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

FRENCH_JOURNALIST = Entity("FRA:MED", "French media", "Group", "FRA")


def _arrested(place: bool) -> list[Row]:
    rows: list[Row] = [
        ("A", "a", "DET", "DT", "det", 2),
        ("French", "french", "ADJ", "JJ", "amod", 2),
        ("journalist", "journalist", "NOUN", "NN", "nsubjpass", 4),
        ("was", "be", "AUX", "VBD", "auxpass", 4),
        ("arrested", "arrest", "VERB", "VBN", "ROOT", 4),
    ]
    if place:
        rows.append(("in", "in", "ADP", "IN", "prep", 4))
        rows.append(("Egypt", "Egypt", "PROPN", "NNP", "pobj", 5))
    return [*rows, (".", ".", "PUNCT", ".", "punct", 4)]


def test_passive_act_of_state_is_the_place_country():
    spans = [ActorSpan(1, 3, 2, FRENCH_JOURNALIST), ActorSpan(6, 7, 6, _country("EGY", "Egypt"))]
    rows = _rows(_arrested(place=True), spans)
    assert ("EGY", "COERCES", "FRA:MED", "asserted", "passive-state") in rows


def test_passive_act_of_state_without_a_place_has_no_actor():
    assert _rows(_arrested(place=False), [ActorSpan(1, 3, 2, FRENCH_JOURNALIST)]) == set()


def _that_clause(verb: str, lemma: str, tag: str) -> list[Row]:
    return [
        ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 4),
        ("Washington", "Washington", "PROPN", "NNP", "nsubj", 4),
        ("pay" if tag == "VB" else "paid", "pay", "VERB", tag, "ccomp", 1),
        ("compensation", "compensation", "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


GERMANY_WASHINGTON = [
    ActorSpan(0, 1, 0, _country("DEU", "Germany")),
    ActorSpan(3, 4, 3, _country("USA", "United States")),
]


def test_demand_targets_the_subject_of_its_that_clause():
    rows = _rows(_that_clause("demanded", "demand", "VB"), GERMANY_WASHINGTON)
    assert ("DEU", "DEMANDS", "USA", "asserted", "complement-subject") in rows


def test_a_said_that_clause_is_no_demand():
    rows = _rows(_that_clause("said", "say", "VBD"), GERMANY_WASHINGTON)
    assert not any(r[1] == "DEMANDS" for r in rows)


STRIKES_KILLED: list[Row] = [
    ("Israeli", "israeli", "ADJ", "JJ", "amod", 2),
    ("air", "air", "NOUN", "NN", "compound", 2),
    ("strikes", "strike", "NOUN", "NNS", "nsubj", 3),
    ("killed", "kill", "VERB", "VBD", "ROOT", 3),
    ("ten", "ten", "NUM", "CD", "nummod", 5),
    ("Palestinians", "Palestinians", "PROPN", "NNPS", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_the_owner_of_a_deadly_attack_is_the_attacker():
    spans = [
        ActorSpan(0, 1, 0, _country("ISR", "Israel")),
        ActorSpan(5, 6, 5, _country("PSE", "Palestine")),
    ]
    rows = _rows(STRIKES_KILLED, spans)
    assert ("ISR", "ATTACKS", "PSE", "asserted", "instrument-subject") in rows


def test_an_attack_without_an_owner_names_no_attacker():
    rows = _rows(STRIKES_KILLED, [ActorSpan(5, 6, 5, _country("PSE", "Palestine"))])
    assert not any(r[1] == "ATTACKS" for r in rows)


def test_a_claim_in_a_that_clause_is_no_demand():
    rows = _rows(_that_clause("insisted", "insist", "VBD"), GERMANY_WASHINGTON)
    assert not any(r[1] == "DEMANDS" for r in rows)


def test_a_subjunctive_after_insist_is_a_demand():
    rows = _rows(_that_clause("insisted", "insist", "VB"), GERMANY_WASHINGTON)
    assert ("DEU", "DEMANDS", "USA", "asserted", "complement-subject") in rows


TUR_MED = Entity("TUR:MED", "Turkish journalists", "Group", "TUR")


def _sent_from(verb: str, lemma: str) -> list[Row]:
    """ "Two Turkish journalists were <expelled | arrested> from Egypt." """
    return [
        ("Two", "two", "NUM", "CD", "nummod", 2),
        ("Turkish", "turkish", "ADJ", "JJ", "amod", 2),
        ("journalists", "journalist", "NOUN", "NNS", "nsubjpass", 4),
        ("were", "be", "AUX", "VBD", "auxpass", 4),
        (verb, lemma, "VERB", "VBN", "ROOT", 4),
        ("from", "from", "ADP", "IN", "prep", 4),
        ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]


def _passive_states(verb: str, lemma: str) -> set[tuple[str, str, str]]:
    spans = [ActorSpan(1, 3, 2, TUR_MED), ActorSpan(6, 7, 6, _country("EGY", "Egypt"))]
    rows = _rows(_sent_from(verb, lemma), spans)
    return {r[:3] for r in rows if r[4] == "passive-state"}


def test_people_expelled_from_a_country_are_expelled_by_its_state():
    assert _passive_states("expelled", "expel") == {("EGY", "COERCES", "TUR:MED")}


def test_a_from_phrase_names_no_state_of_other_acts():
    # "arrested from Egypt" says where they came from, not who arrested them
    assert _passive_states("arrested", "arrest") == set()
