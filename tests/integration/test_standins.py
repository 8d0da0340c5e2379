"""Surnames that are English words, parsed as a stand-in's (kgraph.extract.standins), through
the loaded parser and the extraction."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.extract.nlp import load_nlp
from kgraph.model import Document

pytestmark = pytest.mark.integration

TEXTS = [
    "Trump snubbed Merkel at the summit.",
    "Trump played host to Macron on Tuesday.",
    "Theresa May arrived in Brussels on Monday. May urged Juncker to compromise in May.",
]


def _triples(text: str) -> set[tuple[str, str, str]]:
    doc = Document(id="d", text=text, date="2018-05-01")
    return {(t.subject.id, t.relation, t.object.id) for t in extract(doc) if t.status == "asserted"}


def test_the_name_is_parsed_as_a_name_with_its_own_words_and_offsets():
    nlp = load_nlp()
    one = list(nlp.pipe(TEXTS))
    for text, doc in zip(TEXTS, one, strict=True):
        assert doc.text == text
        assert [t.idx for t in doc] == [t.idx for t in nlp.make_doc(text)]
    for doc in one[:2]:  # the model alone: a verb, a common noun, both the root
        assert (doc[0].text, doc[0].pos_, doc[0].dep_, doc[0].lemma_) == (
            "Trump",
            "PROPN",
            "nsubj",
            "Trump",
        )
    may = [t for t in one[2] if t.text == "May"]
    assert (may[1].pos_, may[1].dep_, may[1].head.text) == ("PROPN", "nsubj", "urged")  # a modal
    assert may[2].dep_ == "pobj"  # "in May": the month, as the model had it
    two = list(nlp.pipe(TEXTS, n_process=2))
    assert [d.to_json() for d in two] == [d.to_json() for d in one]


def test_clauses_of_such_a_name_yield_their_events():
    assert ("person:donald-trump", "REJECTS", "person:angela-merkel") in _triples(TEXTS[0])
    assert ("person:donald-trump", "HOSTS", "person:emmanuel-macron") in _triples(TEXTS[1])
    appeal = ("person:theresa-may", "APPEALS_TO", "person:jean-claude-juncker")
    assert appeal in _triples(TEXTS[2])
