"""Verbs of the lexicon's <armed_only> class ("target"): an attack only as an armed force's act,
on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed this
invented sentence once: "Syrian troops targeted the rebels in Idlib."
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
