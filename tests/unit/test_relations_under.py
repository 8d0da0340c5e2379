"""The nominal-recipient rule (kgraph.extract.rules_recipient) with a copula on "under":
"the army was under attack by the rebels" -> the rebels attack the army. Hand-built parses,
no model; rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline
parsed the invented sentence.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

IRQ_MIL = Entity("IRQ:MIL", "Iraqi military", "Group", "IRQ")
IRQ_REB = Entity("IRQ:REB", "Iraqi rebels", "Group", "IRQ")

# "The army was under attack by the rebels." (a copula, not "came under")
WAS_UNDER_ATTACK: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("army", "army", "NOUN", "NN", "nsubj", 2),
    ("was", "be", "AUX", "VBD", "ROOT", 2),
    ("under", "under", "ADP", "IN", "prep", 2),
    ("attack", "attack", "NOUN", "NN", "pobj", 3),
    ("by", "by", "ADP", "IN", "prep", 4),
    ("the", "the", "DET", "DT", "det", 7),
    ("rebels", "rebel", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_being_under_attack_by_a_party_is_its_target():
    rows = _rows(WAS_UNDER_ATTACK, [ActorSpan(0, 2, 1, IRQ_MIL), ActorSpan(6, 8, 7, IRQ_REB)])
    assert ("IRQ:REB", "ATTACKS", "IRQ:MIL", "asserted", "nominal-recipient") in rows
