"""A verb particle is a particle, not a preposition with its own object: "giving speeches to
voters in Philadelphia" does not "give in" (kgraph.extract.rules_verbal_targets._has_particle and
kgraph.extract.cameo._has_words). Hand-built parses, no model."""

from __future__ import annotations

from kgraph.extract.cameo import _has_words
from kgraph.extract.rules_verbal_targets import _has_particle
from tests.unit.test_relations_shapes import Row, _build

# "Democrats gave speeches to voters in Philadelphia."
SPEECHES: list[Row] = [
    ("Democrats", "Democrats", "PROPN", "NNPS", "nsubj", 1),
    ("gave", "give", "VERB", "VBD", "ROOT", 1),
    ("speeches", "speech", "NOUN", "NNS", "dobj", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("voters", "voter", "NOUN", "NNS", "pobj", 3),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("Philadelphia", "Philadelphia", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "The rebels gave in to the demands."
GAVE_IN: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
    ("gave", "give", "VERB", "VBD", "ROOT", 2),
    ("in", "in", "ADP", "RP", "prt", 2),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 6),
    ("demands", "demand", "NOUN", "NNS", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_preposition_with_its_object_is_no_particle():
    verb = _build(SPEECHES)[1]
    assert not _has_particle(verb, "in")
    assert not _has_words(verb, ("in",))


def test_a_particle_is_one():
    verb = _build(GAVE_IN)[2]
    assert _has_particle(verb, "in")
    assert _has_words(verb, ("in",))
