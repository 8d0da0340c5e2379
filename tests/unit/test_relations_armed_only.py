"""Verbs whose sense depends on their parties, on hand-built parses (no model): <armed_only>
("target": an attack only as an armed force's act) and <job_verbs> ("work with": no
cooperation between two people or with civilians); and whose participle a clause after an urged
infinitive does ("pushed Chile to ..., sparring with Bolivia").

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once: "Syrian troops targeted the rebels in Idlib.", "Peru worked with Chile."
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

TARGETED: list[Row] = [
    ("Syrian", "syrian", "ADJ", "JJ", "amod", 1),
    ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
    ("targeted", "target", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("Idlib", "Idlib", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]
SYR_MIL = Entity("SYR:MIL", "Syrian military", "Group", "SYR")
SYR_GOV = Entity("SYR:GOV", "Syrian government", "Group", "SYR")
SYR_REB = Entity("SYR:REB", "Syrian rebels", "Group", "SYR")
IDLIB = Entity("loc:idlib", "Idlib", "Location", "SYR")


def _spans(subject: Entity, target: bool = True) -> list[ActorSpan]:
    spans = [ActorSpan(0, 2, 1, subject)]
    if target:
        spans.append(ActorSpan(3, 5, 4, SYR_REB))
    spans.append(ActorSpan(6, 7, 6, IDLIB, is_place=True))
    return spans


def test_an_armed_force_targeting_a_party_attacks_it():
    rows = _rows(TARGETED, _spans(SYR_MIL))
    assert ("SYR:MIL", "ATTACKS", "SYR:REB", "asserted", "active-svo") in rows


def test_a_government_targeting_a_party_attacks_no_one():
    rows = _rows(TARGETED, _spans(SYR_GOV))
    assert not any(r[1] == "ATTACKS" for r in rows)


def test_a_country_targeting_a_party_attacks_no_one():
    rows = _rows(TARGETED, _spans(_country("SYR", "Syria")))
    assert not any(r[1] == "ATTACKS" for r in rows)


def test_a_government_targeting_things_in_a_place_attacks_no_country():
    rows = _rows(TARGETED, _spans(SYR_GOV, target=False))
    assert not any(r[1] == "ATTACKS" for r in rows)


# "Peru worked with Chile." (and the same words between two people, or civilians and a country)
WORKED: list[Row] = [
    ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
    ("worked", "work", "VERB", "VBD", "ROOT", 1),
    ("with", "with", "ADP", "IN", "prep", 1),
    ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_working_with_a_country_is_cooperation():
    spans = [
        ActorSpan(0, 1, 0, _country("PER", "Peru")),
        ActorSpan(3, 4, 3, _country("CHL", "Chile")),
    ]
    assert any(r[1] == "COOPERATES_WITH" for r in _rows(WORKED, spans))


def test_working_with_a_person_is_a_job_between_people():
    spans = [
        ActorSpan(0, 1, 0, Entity("person:ana-paz", "Ana Paz", "Person", "PER")),
        ActorSpan(3, 4, 3, Entity("person:luis-soto", "Luis Soto", "Person", "CHL")),
    ]
    assert not any(r[1] == "COOPERATES_WITH" for r in _rows(WORKED, spans))


def test_civilians_working_with_a_country_do_not_cooperate_with_it():
    spans = [
        ActorSpan(0, 1, 0, Entity("PER:CVL", "Peruvian civilians", "Group", "PER")),
        ActorSpan(3, 4, 3, _country("CHL", "Chile")),
    ]
    assert not any(r[1] == "COOPERATES_WITH" for r in _rows(WORKED, spans))


def _pushed(comma: bool) -> list[Row]:
    """ "Peru pushed Chile to free the prisoners, publicly sparring with Bolivia." (the
    participle hung on the infinitive, as the parser hangs it; without the comma too)."""
    rows: list[Row] = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("pushed", "push", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("free", "free", "VERB", "VB", "advcl", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("prisoners", "prisoner", "NOUN", "NNS", "dobj", 4),
        (",", ",", "PUNCT", ",", "punct", 4),
        ("publicly", "publicly", "ADV", "RB", "advmod", 9),
        ("sparring", "spar", "VERB", "VBG", "advcl", 4),
        ("with", "with", "ADP", "IN", "prep", 9),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 10),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    if not comma:
        rows[7] = ("then", "then", "ADV", "RB", "advmod", 4)
    return rows


PUSHED_SPANS = [
    ActorSpan(0, 1, 0, _country("PER", "Peru")),
    ActorSpan(2, 3, 2, _country("CHL", "Chile")),
    ActorSpan(11, 12, 11, _country("BOL", "Bolivia")),
]


def test_a_participle_set_off_after_an_urged_infinitive_is_the_urgers():
    rows = _rows(_pushed(comma=True), PUSHED_SPANS)
    assert ("PER", "CRITICIZES", "BOL", "asserted", "participle-subject") in rows
    assert not any(r[0] == "CHL" and r[1] == "CRITICIZES" for r in rows)


def test_a_participle_not_set_off_stays_with_the_urged():
    rows = _rows(_pushed(comma=False), PUSHED_SPANS)
    assert ("CHL", "CRITICIZES", "BOL", "asserted", "participle-subject") in rows


# "Syria is allied to Iran." (a passive with no agent: its subject is the ally)
ALLIED: list[Row] = [
    ("Syria", "Syria", "PROPN", "NNP", "nsubjpass", 2),
    ("is", "be", "AUX", "VBZ", "auxpass", 2),
    ("allied", "ally", "VERB", "VBN", "ROOT", 2),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_the_subject_of_a_passive_alliance_is_the_ally():
    spans = [
        ActorSpan(0, 1, 0, _country("SYR", "Syria")),
        ActorSpan(4, 5, 4, _country("IRN", "Iran")),
    ]
    rows = _rows(ALLIED, spans)
    assert ("SYR", "BACKS", "IRN", "asserted", "prep-object") in rows
