"""The casualty rules (kgraph.extract.rules_casualties) and counted of-phrases, on hand-built
parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

ISR = Entity("ISR", "Israel", "Country", "ISR", aliases=("Israeli",))
SYR_MIL = Entity("SYR:MIL", "Syrian soldiers", "Group", "SYR")
IRQ_COP = Entity("IRQ:COP", "Iraqi policemen", "Group", "IRQ")
IRQ_REB = Entity("IRQ:REB", "Kurdish rebels", "Group", "IRQ")

# "Ten Syrian soldiers died in Israeli air strikes."
DIED_IN_STRIKES: list[Row] = [
    ("Ten", "ten", "NUM", "CD", "nummod", 2),
    ("Syrian", "syrian", "ADJ", "JJ", "amod", 2),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 3),
    ("died", "die", "VERB", "VBD", "ROOT", 3),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("Israeli", "israeli", "ADJ", "JJ", "amod", 7),
    ("air", "air", "NOUN", "NN", "compound", 7),
    ("strikes", "strike", "NOUN", "NNS", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Two Iraqi policemen were killed when Kurdish rebels attacked a checkpoint."
KILLED_WHEN: list[Row] = [
    ("Two", "two", "NUM", "CD", "nummod", 2),
    ("Iraqi", "iraqi", "ADJ", "JJ", "amod", 2),
    ("policemen", "policeman", "NOUN", "NNS", "nsubjpass", 4),
    ("were", "be", "AUX", "VBD", "auxpass", 4),
    ("killed", "kill", "VERB", "VBN", "ROOT", 4),
    ("when", "when", "SCONJ", "WRB", "advmod", 8),
    ("Kurdish", "kurdish", "ADJ", "JJ", "amod", 7),
    ("rebels", "rebel", "NOUN", "NNS", "nsubj", 8),
    ("attacked", "attack", "VERB", "VBD", "advcl", 4),
    ("a", "a", "DET", "DT", "det", 10),
    ("checkpoint", "checkpoint", "NOUN", "NN", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Rebels killed 12 of the soldiers."
KILLED_TWELVE_OF: list[Row] = [
    ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1),
    ("killed", "kill", "VERB", "VBD", "ROOT", 1),
    ("12", "12", "NUM", "CD", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 5),
    ("soldiers", "soldier", "NOUN", "NNS", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_died_in_an_owned_attack():
    spans = [ActorSpan(1, 3, 2, SYR_MIL), ActorSpan(5, 6, 5, ISR)]
    rows = _rows(DIED_IN_STRIKES, spans)
    assert ("ISR", "ATTACKS", "SYR:MIL", "asserted", "casualty-instrument") in rows


def test_killed_when_an_actor_attacked():
    spans = [ActorSpan(1, 3, 2, IRQ_COP), ActorSpan(6, 8, 7, IRQ_REB)]
    rows = _rows(KILLED_WHEN, spans)
    assert ("IRQ:REB", "ATTACKS", "IRQ:COP", "asserted", "casualty-clause") in rows


def test_killed_when_without_an_attacker_has_no_casualty_clause():
    rows = _rows(KILLED_WHEN, [ActorSpan(1, 3, 2, IRQ_COP)])
    assert not [r for r in rows if r[4] == "casualty-clause"]


def test_a_number_counts_the_members_of_its_of_phrase():
    spans = [ActorSpan(0, 1, 0, IRQ_REB), ActorSpan(4, 6, 5, SYR_MIL)]
    rows = _rows(KILLED_TWELVE_OF, spans)
    assert ("IRQ:REB", "ATTACKS", "SYR:MIL", "asserted", "active-svo") in rows
