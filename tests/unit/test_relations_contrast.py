"""A contrasted apposition ("X, not Y") and a labelling attack ("attacked X as a Y"), on
hand-built parses.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parses these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

RUS = _country("RUS", "Russia")
CHN = _country("CHN", "China")
JPN = _country("JPN", "Japan")
ISR = _country("ISR", "Israel")
PSE = _country("PSE", "Palestine")
NATO = Entity("igo:nato", "NATO", "IGO", None)

# "Russia blamed its neighbours, not China, for the attack."
BLAMED_NOT: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
    ("its", "its", "PRON", "PRP$", "poss", 3),
    ("neighbours", "neighbour", "NOUN", "NNS", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("China", "China", "PROPN", "NNP", "appos", 3),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("for", "for", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 10),
    ("attack", "attack", "NOUN", "NN", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_contrasted_apposition_is_no_target():
    rows = _rows(BLAMED_NOT, [ActorSpan(0, 1, 0, RUS), ActorSpan(6, 7, 6, CHN)])
    assert not any(r[2] == CHN.id for r in rows)


def test_an_apposition_without_not_still_names_the_target():
    rows_without_not = [r for r in BLAMED_NOT if r[0] != "not"]
    # indices after "not" move one down
    fixed = [(w, lem, pos, tag, dep, h - 1 if h > 5 else h) for w, lem, pos, tag, dep, h in
             rows_without_not]  # fmt: skip
    rows = _rows(fixed, [ActorSpan(0, 1, 0, RUS), ActorSpan(5, 6, 5, CHN)])
    assert (RUS.id, "CRITICIZES", CHN.id, "asserted", "active-svo") in rows


# "China attacked Japan as a militarist power."
AS_LABEL: list[Row] = [
    ("China", "China", "PROPN", "NNP", "nsubj", 1),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
    ("Japan", "Japan", "PROPN", "NNP", "dobj", 1),
    ("as", "as", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 6),
    ("militarist", "militarist", "NOUN", "NN", "compound", 6),
    ("power", "power", "NOUN", "NN", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "The Kremlin attacked NATO as reckless."
AS_ADJECTIVE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("Kremlin", "Kremlin", "PROPN", "NNP", "nsubj", 2),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
    ("NATO", "NATO", "PROPN", "NNP", "dobj", 2),
    ("as", "as", "ADP", "IN", "prep", 2),
    ("reckless", "reckless", "ADJ", "JJ", "amod", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Israel attacked Gaza as a warning."
AS_PURPOSE: list[Row] = [
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
    ("Gaza", "Gaza", "PROPN", "NNP", "dobj", 1),
    ("as", "as", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("warning", "warning", "NOUN", "NN", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_attack_that_labels_its_target_is_criticism():
    rows = _rows(AS_LABEL, [ActorSpan(0, 1, 0, CHN), ActorSpan(2, 3, 2, JPN)])
    assert (CHN.id, "CRITICIZES", JPN.id, "asserted", "active-svo") in rows
    assert not any(r[1] == "ATTACKS" for r in rows)


def test_an_attack_called_by_an_adjective_is_criticism():
    rows = _rows(AS_ADJECTIVE, [ActorSpan(0, 2, 1, RUS), ActorSpan(3, 4, 3, NATO)])
    assert (RUS.id, "CRITICIZES", NATO.id, "asserted", "active-svo") in rows


def test_an_attack_done_as_a_warning_keeps_its_sense():
    rows = _rows(AS_PURPOSE, [ActorSpan(0, 1, 0, ISR), ActorSpan(2, 3, 2, PSE)])
    assert (ISR.id, "ATTACKS", PSE.id, "asserted", "active-svo") in rows
