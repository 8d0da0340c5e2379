"""A reciprocal pronoun, however the parser heads it: "each other" on "other", "one another"
on "one" or "another" (kgraph.extract.rules_verbal_targets._reciprocal_pronoun). Hand-built
parses, no model."""

from __future__ import annotations

from kgraph.extract.rules_verbal_targets import _reciprocal_pronoun
from tests.unit.test_relations_shapes import Row, _build

# "Germany and France blamed each other."
EACH_OTHER: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("France", "France", "PROPN", "NNP", "conj", 0),
    ("blamed", "blame", "VERB", "VBD", "ROOT", 3),
    ("each", "each", "DET", "DT", "det", 5),
    ("other", "other", "ADJ", "JJ", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Russia and China criticized one another."
ONE_ANOTHER: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("China", "China", "PROPN", "NNP", "conj", 0),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 3),
    ("one", "one", "NUM", "CD", "dobj", 3),
    ("another", "another", "DET", "DT", "det", 4),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Egypt blamed the other side."
OTHER_SIDE: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
    ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("other", "other", "ADJ", "JJ", "amod", 4),
    ("side", "side", "NOUN", "NN", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_each_other_is_reciprocal():
    assert _reciprocal_pronoun(_build(EACH_OTHER)[5])


def test_one_another_is_reciprocal_on_either_word():
    doc = _build(ONE_ANOTHER)
    assert _reciprocal_pronoun(doc[4])
    assert _reciprocal_pronoun(doc[5])


def test_the_other_side_is_no_reciprocal():
    doc = _build(OTHER_SIDE)
    assert not _reciprocal_pronoun(doc[3])
    assert not _reciprocal_pronoun(doc[4])
