"""armed-adjunct: an ownerless attack noun in a during/in-phrase is the armed subject's own
attack, not when the verb says the subject suffered it. Hand-built parses of invented
sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

ISR_MIL = Entity("ISR:MIL", "Israeli military", "Group", "ISR")
ISR_GOV = Entity("ISR:GOV", "Israeli government", "Group", "ISR")
HAMAS = Entity("org:hamas", "Hamas", "Organization", "PSE")

# "Israeli troops crossed the border during a raid on Hamas."
CROSSED_DURING_RAID: list[Row] = [
    ("Israeli", "israeli", "ADJ", "JJ", "amod", 1),
    ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
    ("crossed", "cross", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("border", "border", "NOUN", "NN", "dobj", 2),
    ("during", "during", "ADP", "IN", "prep", 2),
    ("a", "a", "DET", "DT", "det", 7),
    ("raid", "raid", "NOUN", "NN", "pobj", 5),
    ("on", "on", "ADP", "IN", "prep", 7),
    ("Hamas", "Hamas", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Two Israeli soldiers died in a raid on Hamas."
DIED_IN_RAID: list[Row] = [
    ("Two", "two", "NUM", "CD", "nummod", 2),
    ("Israeli", "israeli", "ADJ", "JJ", "amod", 2),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 3),
    ("died", "die", "VERB", "VBD", "ROOT", 3),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("raid", "raid", "NOUN", "NN", "pobj", 4),
    ("on", "on", "ADP", "IN", "prep", 6),
    ("Hamas", "Hamas", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_armed_subject_owns_the_attack_of_its_during_phrase():
    spans = [ActorSpan(0, 2, 1, ISR_MIL), ActorSpan(9, 10, 9, HAMAS)]
    found = _rows(CROSSED_DURING_RAID, spans)
    assert {(s, r, o, rule) for s, r, o, _, rule in found} == {
        ("ISR:MIL", "ATTACKS", "org:hamas", "armed-adjunct")
    }


def test_an_unarmed_subject_owns_no_attack():
    spans = [ActorSpan(0, 2, 1, ISR_GOV), ActorSpan(9, 10, 9, HAMAS)]
    assert _rows(CROSSED_DURING_RAID, spans) == set()


def test_a_subject_that_died_in_the_attack_is_no_attacker():
    spans = [ActorSpan(1, 3, 2, ISR_MIL), ActorSpan(8, 9, 8, HAMAS)]
    assert _rows(DIED_IN_RAID, spans) == set()
