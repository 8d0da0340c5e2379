"""The token-to-vector networks run in windows of a bounded number of tokens (peak memory)
and give the same vectors, parse and entities as on whole documents (generated texts)."""

from __future__ import annotations

import random

import numpy
import pytest
import spacy

from kgraph.extract.model_tuning import bound_tok2vec
from kgraph.extract.nlp import model_name
from tests.integration.synthetic import article

pytestmark = pytest.mark.integration


def _annotations(doc: spacy.tokens.Doc) -> tuple[object, ...]:
    return (
        [(t.tag_, t.dep_, t.head.i, t.lemma_, t.is_sent_start) for t in doc],
        [(e.start, e.end, e.label_) for e in doc.ents],
    )


def test_windowed_networks_give_what_whole_documents_give():
    rng = random.Random(3)
    texts = [article(rng, paragraphs=12), "", "Russia supplied arms.", article(rng, 2)]
    whole = spacy.load(model_name())
    windowed = spacy.load(model_name())
    # windows far smaller than a document: every long one is cut many times
    assert bound_tok2vec(windowed, max_tokens=40) == ["tok2vec", "ner"]
    assert len(whole.make_doc(texts[0])) > 400
    for a, b in zip(whole.pipe(texts), windowed.pipe(texts), strict=True):
        assert numpy.array_equal(a.tensor, b.tensor)
        assert _annotations(a) == _annotations(b)


def test_a_pipeline_of_another_architecture_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert bound_tok2vec(nlp) == []
