"""Tense across clauses (kgraph.extract.modality): a past conjunct of a modal verb has its own
tense, and a present time clause under a participle of a future clause has not happened.
Hand-built parses (no model) of invented sentences, shaped as the English pipeline parses them.
"""

from __future__ import annotations

import pytest

from kgraph.extract.modality import clause_modality
from tests.unit.test_relations_shapes import Row, _build


def _will_help(word: str, tag: str) -> list[Row]:
    # "The plan will help Syria and drew/send criticism from Turkey."
    return [
        ("The", "the", "DET", "DT", "det", 1),
        ("plan", "plan", "NOUN", "NN", "nsubj", 3),
        ("will", "will", "AUX", "MD", "aux", 3),
        ("help", "help", "VERB", "VB", "ROOT", 3),
        ("Syria", "Syria", "PROPN", "NNP", "dobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        (word, word, "VERB", tag, "conj", 3),
        ("criticism", "criticism", "NOUN", "NN", "dobj", 6),
        ("from", "from", "ADP", "IN", "prep", 7),
        ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 8),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


@pytest.mark.parametrize(
    ("word", "tag", "modality"),
    [("drew", "VBD", "asserted"), ("draw", "VB", "hypothetical")],
)
def test_modality_a_past_conjunct_of_a_modal_has_its_own_tense(word, tag, modality):
    doc = _build(_will_help(word, tag))
    assert clause_modality(doc[3]).modality == "hypothetical"
    assert clause_modality(doc[6]).modality == modality


def _when_meets(aux: str, tag: str) -> list[Row]:
    # "Trump would/did discuss fentanyl made in China when he meets Xi.": the parser hangs the
    # time clause on the participle
    return [
        ("Trump", "Trump", "PROPN", "NNP", "nsubj", 2),
        (aux, aux, "AUX", tag, "aux", 2),
        ("discuss", "discuss", "VERB", "VB", "ROOT", 2),
        ("fentanyl", "fentanyl", "NOUN", "NN", "dobj", 2),
        ("made", "make", "VERB", "VBN", "acl", 3),
        ("in", "in", "ADP", "IN", "prep", 4),
        ("China", "China", "PROPN", "NNP", "pobj", 5),
        ("when", "when", "ADV", "WRB", "advmod", 9),
        ("he", "he", "PRON", "PRP", "nsubj", 9),
        ("meets", "meet", "VERB", "VBZ", "advcl", 4),
        ("Xi", "Xi", "PROPN", "NNP", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


@pytest.mark.parametrize(
    ("aux", "tag", "modality"), [("would", "MD", "hypothetical"), ("did", "VBD", "asserted")]
)
def test_modality_a_present_time_clause_below_a_participle_of_a_future(aux, tag, modality):
    doc = _build(_when_meets(aux, tag))
    assert clause_modality(doc[9]).modality == modality
