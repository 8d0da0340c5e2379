"""A conjunct joined by "but" to a denied verb is the act done instead ("did not fight the
rebels but helped Assad"): the first verb's negation does not reach it; "and" shares it.
Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as the
English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from kgraph.extract.modality import clause_modality
from tests.unit.test_relations_shapes import Row, _build


def _fought(cc: str) -> list[Row]:
    # "Iran did not fight the rebels but/and helped Assad."
    return [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
        ("did", "do", "AUX", "VBD", "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        ("fight", "fight", "VERB", "VB", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 3),
        (cc, cc, "CCONJ", "CC", "cc", 3),
        ("helped", "help", "VERB", "VBD", "conj", 3),
        ("Assad", "Assad", "PROPN", "NNP", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


# "Russia will not attack the rebels but help Assad."
WILL: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
    ("will", "will", "AUX", "MD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("attack", "attack", "VERB", "VB", "ROOT", 3),
    ("the", "the", "DET", "DT", "det", 5),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 3),
    ("but", "but", "CCONJ", "CC", "cc", 3),
    ("help", "help", "VERB", "VB", "conj", 3),
    ("Assad", "Assad", "PROPN", "NNP", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_a_but_conjunct_of_a_denied_verb_is_not_denied():
    doc = _build(_fought("but"))
    assert clause_modality(doc[3]).negated
    helped = clause_modality(doc[7])
    assert not helped.negated and helped.modality == "asserted"


def test_an_and_conjunct_shares_the_denial():
    doc = _build(_fought("and"))
    assert clause_modality(doc[7]).negated


def test_the_contrast_keeps_the_first_verbs_mood():
    doc = _build(WILL)
    helped = clause_modality(doc[7])
    assert not helped.negated and helped.modality == "hypothetical"
