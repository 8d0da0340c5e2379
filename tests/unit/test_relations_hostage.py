"""The captive-object rule (kgraph.extract.rules_hostage) on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences (the model hangs "hostage" as ccomp, oprd, advcl or a direct object).
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

REB = Entity("COL:REB", "Colombian rebels", "Group", "COL")
FRA_MED = Entity("FRA:MED", "French journalists", "Group", "FRA")
JPN_LAB = Entity("JPN:LAB", "Japanese workers", "Group", "JPN")
COL = Entity("COL", "Colombia", "Country", "COL")

# "Rebels are holding two French journalists hostage."
HOLDING_HOSTAGE: list[Row] = [
    ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
    ("are", "be", "AUX", "VBP", "aux", 2),
    ("holding", "hold", "VERB", "VBG", "ROOT", 2),
    ("two", "two", "NUM", "CD", "nummod", 5),
    ("French", "french", "ADJ", "JJ", "amod", 5),
    ("journalists", "journalist", "NOUN", "NNS", "dobj", 2),
    ("hostage", "hostage", "NOUN", "NN", "ccomp", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Two Japanese workers were taken hostage by the rebels."
TAKEN_HOSTAGE: list[Row] = [
    ("Two", "two", "NUM", "CD", "nummod", 2),
    ("Japanese", "japanese", "ADJ", "JJ", "amod", 2),
    ("workers", "worker", "NOUN", "NNS", "nsubjpass", 4),
    ("were", "be", "AUX", "VBD", "auxpass", 4),
    ("taken", "take", "VERB", "VBN", "ROOT", 4),
    ("hostage", "hostage", "NOUN", "NN", "oprd", 4),
    ("by", "by", "ADP", "IN", "agent", 4),
    ("the", "the", "DET", "DT", "det", 8),
    ("rebels", "rebel", "NOUN", "NNS", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "The rebels took control of the town." (no captive word)
TOOK_CONTROL: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
    ("took", "take", "VERB", "VBD", "ROOT", 2),
    ("control", "control", "NOUN", "NN", "dobj", 2),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("town", "town", "NOUN", "NN", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_holding_someone_hostage_abducts_them():
    spans = [ActorSpan(0, 1, 0, REB), ActorSpan(4, 6, 5, FRA_MED)]
    rows = _rows(HOLDING_HOSTAGE, spans)
    assert ("COL:REB", "ATTACKS", "FRA:MED", "asserted", "captive-object") in rows


def test_taken_hostage_by_an_agent():
    spans = [ActorSpan(1, 3, 2, JPN_LAB), ActorSpan(7, 9, 8, REB)]
    rows = _rows(TAKEN_HOSTAGE, spans)
    assert ("COL:REB", "ATTACKS", "JPN:LAB", "asserted", "captive-object") in rows


def test_taking_without_a_captive_word_is_no_abduction():
    spans = [ActorSpan(0, 2, 1, REB), ActorSpan(6, 7, 6, COL, is_place=True)]
    assert not [r for r in _rows(TOOK_CONTROL, spans) if r[4] == "captive-object"]


# "Two Japanese workers were held by the rebels." (no captive word)
HELD_BY_REBELS: list[Row] = [
    ("Two", "two", "NUM", "CD", "nummod", 2),
    ("Japanese", "japanese", "ADJ", "JJ", "amod", 2),
    ("workers", "worker", "NOUN", "NNS", "nsubjpass", 4),
    ("were", "be", "AUX", "VBD", "auxpass", 4),
    ("held", "hold", "VERB", "VBN", "ROOT", 4),
    ("by", "by", "ADP", "IN", "agent", 4),
    ("the", "the", "DET", "DT", "det", 7),
    ("rebels", "rebel", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 4),
]

COL_COP = Entity("COL:COP", "Colombian police", "Group", "COL")


def test_people_held_by_an_armed_group_are_its_captives():
    spans = [ActorSpan(0, 3, 2, JPN_LAB), ActorSpan(6, 8, 7, REB)]
    rows = _rows(HELD_BY_REBELS, spans)
    assert ("COL:REB", "ATTACKS", "JPN:LAB", "asserted", "held-by-armed") in rows


def test_people_held_by_police_are_no_captives():
    spans = [ActorSpan(0, 3, 2, JPN_LAB), ActorSpan(6, 8, 7, COL_COP)]
    assert not any(r[4] == "held-by-armed" for r in _rows(HELD_BY_REBELS, spans))
