"""Fighting named by a noun of the lexicon's <armed_nouns> class, on hand-built parses (no
model): an attack only with an armed party at one end (kgraph/extract/rules_conflict.py).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once: "Nigeria's conflict with Boko Haram has killed thousands.",
"Congress's battle with the White House continued."
"""

from __future__ import annotations

import pytest

from kgraph.extract.rules_conflict import armed_party
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

CONFLICT: list[Row] = [
    ("Nigeria", "Nigeria", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("conflict", "conflict", "NOUN", "NN", "nsubj", 7),
    ("with", "with", "ADP", "IN", "prep", 2),
    ("Boko", "Boko", "PROPN", "NNP", "compound", 5),
    ("Haram", "Haram", "PROPN", "NNP", "pobj", 3),
    ("has", "have", "AUX", "VBZ", "aux", 7),
    ("killed", "kill", "VERB", "VBN", "ROOT", 7),
    ("thousands", "thousand", "NOUN", "NNS", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]
BATTLE: list[Row] = [
    ("Congress", "Congress", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("battle", "battle", "NOUN", "NN", "nsubj", 7),
    ("with", "with", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 6),
    ("White", "White", "PROPN", "NNP", "compound", 6),
    ("House", "House", "PROPN", "NNP", "pobj", 3),
    ("continued", "continue", "VERB", "VBD", "ROOT", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]
NGA = _country("NGA", "Nigeria")
BOKO_HARAM = Entity("org:boko-haram", "Boko Haram", "Organization", "NGA")
NGA_REB = Entity("NGA:REB", "Nigerian rebels", "Group", "NGA")
NGA_OPP = Entity("NGA:OPP", "Nigerian opposition", "Group", "NGA")
USA_LEG = Entity("USA:LEG", "U.S. Congress", "Group", "USA")
USA_GOV = Entity("USA:GOV", "U.S. government", "Group", "USA")


def test_a_country_s_conflict_with_an_armed_group_attacks_it():
    spans = [ActorSpan(0, 1, 0, NGA), ActorSpan(4, 6, 5, BOKO_HARAM)]
    assert ("NGA", "ATTACKS", "org:boko-haram", "asserted", "nominal-poss") in _rows(
        CONFLICT, spans
    )


def test_a_country_s_conflict_with_rebels_attacks_them():
    spans = [ActorSpan(0, 1, 0, NGA), ActorSpan(4, 6, 5, NGA_REB)]
    assert ("NGA", "ATTACKS", "NGA:REB", "asserted", "nominal-poss") in _rows(CONFLICT, spans)


def test_a_country_s_conflict_with_the_opposition_attacks_no_one():
    spans = [ActorSpan(0, 1, 0, NGA), ActorSpan(4, 6, 5, NGA_OPP)]
    assert not any(r[1] == "ATTACKS" for r in _rows(CONFLICT, spans))


def test_a_battle_between_two_state_bodies_attacks_no_one():
    spans = [ActorSpan(0, 1, 0, USA_LEG), ActorSpan(5, 7, 6, USA_GOV)]
    assert not any(r[1] == "ATTACKS" for r in _rows(BATTLE, spans))


@pytest.mark.parametrize(
    ("entity", "armed"),
    [
        (Entity("SYR:MIL", "Syrian military", "Group", "SYR"), True),
        (NGA_REB, True),
        (BOKO_HARAM, True),
        (Entity("org:islamic-state", "Islamic State", "Organization"), True),
        (Entity("USA:COP", "U.S. police", "Group", "USA"), False),
        (USA_LEG, False),
        (NGA, False),
        (Entity("org:reuters", "Reuters", "Organization"), False),
    ],
)
def test_armed_party_is_an_armed_force_or_group(entity: Entity, armed: bool):
    assert armed_party(entity) is armed
