"""A he/she/his/her after its clause's subject, a person named by a title alone ("the
general", "the minister"), stands for that title: the person it resolves to, or no one when it
names no one, never an earlier person of another post (kgraph.extract.args_pronouns.
resolve_pronoun). Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency,
head index), as the English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import PUTIN, Row, _country, _rows

CHN = _country("CHN", "China")

# "Putin spoke on Monday. The minister said his talks with China had gone well."
MINISTER: list[Row] = [
    ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("The", "the", "DET", "DT", "det", 6),
    ("minister", "minister", "NOUN", "NN", "nsubj", 7),
    ("said", "say", "VERB", "VBD", "ROOT", 7),
    ("his", "his", "PRON", "PRP$", "poss", 9),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 13),
    ("with", "with", "ADP", "IN", "prep", 9),
    ("China", "China", "PROPN", "NNP", "pobj", 10),
    ("had", "have", "AUX", "VBD", "aux", 13),
    ("gone", "go", "VERB", "VBN", "ccomp", 7),
    ("well", "well", "ADV", "RB", "advmod", 13),
    (".", ".", "PUNCT", ".", "punct", 7),
]

# "Putin spoke on Monday. He said his talks with China had gone well."
HE: list[Row] = [
    ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("He", "he", "PRON", "PRP", "nsubj", 6),
    ("said", "say", "VERB", "VBD", "ROOT", 6),
    ("his", "his", "PRON", "PRP$", "poss", 8),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 12),
    ("with", "with", "ADP", "IN", "prep", 8),
    ("China", "China", "PROPN", "NNP", "pobj", 9),
    ("had", "have", "AUX", "VBD", "aux", 12),
    ("gone", "go", "VERB", "VBN", "ccomp", 6),
    ("well", "well", "ADV", "RB", "advmod", 12),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_his_after_a_title_that_names_no_one_is_no_earlier_person():
    rows = _rows(MINISTER, [ActorSpan(0, 1, 0, PUTIN), ActorSpan(11, 12, 11, CHN)])
    assert not any(PUTIN.id in (r[0], r[2]) for r in rows)


def test_his_after_he_is_the_person_named_before():
    rows = _rows(HE, [ActorSpan(0, 1, 0, PUTIN), ActorSpan(10, 11, 10, CHN)])
    assert any({r[0], r[2]} == {PUTIN.id, "CHN"} for r in rows)
