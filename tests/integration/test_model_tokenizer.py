"""The model loaded with an empty tokenizer (:data:`kgraph.extract.nlp.EMPTY_TOKENIZER`) ends
up with the tokenizer saved with the model, the one spaCy's own loading gives (both tuned by
:func:`kgraph.extract.tokenizer_tuning.tune_tokenizer`)."""

from __future__ import annotations

import random

import pytest
import spacy

from kgraph.extract.nlp import load_nlp, model_name
from kgraph.extract.tokenizer_tuning import tune_tokenizer
from tests.integration.synthetic import article
from tests.integration.test_ruler_index import SPECIAL

pytestmark = pytest.mark.integration


def test_the_tokenizer_is_the_models_own():
    ours = load_nlp().tokenizer
    theirs = spacy.load(model_name()).tokenizer
    tune_tokenizer(theirs)  # kgraph's tickers and ranks, on either
    assert len(ours.rules) > 1000  # the special cases were loaded, not left empty
    # its rules and patterns (the vocabulary grows with what the cached pipeline has read)
    assert ours.to_bytes(exclude=["vocab"]) == theirs.to_bytes(exclude=["vocab"])
    rng = random.Random(11)
    texts = SPECIAL + [article(rng, 3) for _ in range(5)] + ["U.S.-led e-mail a.m. :) 5km $4bn"]
    for text in texts:
        assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
