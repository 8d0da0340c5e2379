"""Conjuncts of an argument (kgraph.extract.args_context.conjuncts) on hand-built parses: a
conjunct the parser hung on an object while it is the subject of the next verb is no object."""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.extract.args_context import conjuncts
from tests.unit.test_entities import english_vocab

# "Leaders distanced themselves from Moore and the committee cut ties ."
WORDS = ["Leaders", "distanced", "themselves", "from", "Moore", "and", "the", "committee", "cut"]
WORDS += ["ties", "."]
HEADS = [1, 1, 1, 1, 3, 4, 7, 4, 1, 8, 1]
DEPS = ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "det", "conj", "advcl", "dobj", "punct"]
POS = ["NOUN", "VERB", "PRON", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
TAGS = ["NNS", "VBD", "PRP", "IN", "NNP", "CC", "DT", "NN", "VBD", "NNS", "."]


def _doc(deps: list[str]) -> Doc:
    return Doc(english_vocab(), words=WORDS, heads=HEADS, deps=deps, pos=POS, tags=TAGS)


def test_conjunct_before_a_verb_without_subject_is_that_verbs_subject() -> None:
    doc = _doc(DEPS)
    assert [t.text for t in conjuncts(doc[4])] == ["Moore"]


def test_conjunct_before_a_verb_with_its_own_subject_stays() -> None:
    # the same words with "ties" the subject of "cut": the parse gives "cut" a subject
    deps = DEPS[:9] + ["nsubj"] + DEPS[10:]
    doc = _doc(deps)
    assert [t.text for t in conjuncts(doc[4])] == ["Moore", "committee"]
