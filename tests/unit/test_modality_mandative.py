"""A mandate's complement ("demanded that the US match ...") has not happened; a past tense
under a mandative verb (a misattached "that he met", "that Iran had attacked") is no such
subjunctive and keeps its own status. Hand-built parses, invented sentences."""

from __future__ import annotations

from kgraph.extract.modality import clause_modality
from tests.unit.test_relations_shapes import Row, _build


def _rows(word: str, tag: str) -> list[Row]:
    # "Smith asked that he meet|met Putin ."
    return [
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("asked", "ask", "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 4),
        ("he", "he", "PRON", "PRP", "nsubj", 4),
        (word, "meet", "VERB", tag, "ccomp", 1),
        ("Putin", "Putin", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


# "Smith asked that he had met Putin ."
PERFECT: list[Row] = [
    ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
    ("asked", "ask", "VERB", "VBD", "ROOT", 1),
    ("that", "that", "SCONJ", "IN", "mark", 5),
    ("he", "he", "PRON", "PRP", "nsubj", 5),
    ("had", "have", "AUX", "VBD", "aux", 5),
    ("met", "meet", "VERB", "VBN", "ccomp", 1),
    ("Putin", "Putin", "PROPN", "NNP", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_mandate_complement_has_not_happened():
    doc = _build(_rows("meet", "VB"))
    assert clause_modality(doc[4]).modality == "hypothetical"


def test_a_past_tense_under_a_mandative_verb_happened():
    doc = _build(_rows("met", "VBD"))
    assert clause_modality(doc[4]).modality == "asserted"


def test_a_past_perfect_under_a_mandative_verb_happened():
    doc = _build(PERFECT)
    assert clause_modality(doc[5]).modality == "asserted"
