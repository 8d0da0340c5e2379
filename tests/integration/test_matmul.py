"""The pipeline's networks multiply matrices through numpy (:mod:`kgraph.extract.matmul`)
and annotate as they do with thinc's blis: the same tags, parses, lemmas and entities."""

from __future__ import annotations

import random
from typing import Any

import pytest
import spacy

from kgraph.extract.matmul import MatmulOps, one_blas_thread, use_numpy_matmul
from kgraph.extract.nlp import load_nlp, model_name
from tests.integration.synthetic import article, news_bench_texts

pytestmark = pytest.mark.integration


def _texts() -> list[str]:
    rng = random.Random(23)
    return [article(rng, 4) for _ in range(8)] + news_bench_texts(300)


def _annotations(doc: Any) -> tuple[list[tuple[str, str, int, str]], list[Any]]:
    tokens = [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc]
    return tokens, [(e.start, e.end, e.label_) for e in doc.ents]


def test_the_networks_multiply_through_numpy():
    if not one_blas_thread():
        pytest.skip("numpy's BLAS cannot be held to one thread here: the pipeline keeps blis")
    nlp = load_nlp()
    for name in ("tok2vec", "ner", "parser"):
        layers = list(nlp.get_pipe(name).model.walk())
        assert layers and all(isinstance(layer.ops, MatmulOps) for layer in layers)
    theirs = spacy.load(model_name())
    assert not isinstance(theirs.get_pipe("ner").model.ops, MatmulOps)


def test_the_annotations_are_blis_ones():
    if not one_blas_thread():
        pytest.skip("numpy's BLAS cannot be held to one thread here: the pipeline keeps blis")
    theirs, ours = spacy.load(model_name()), spacy.load(model_name())
    assert use_numpy_matmul(ours)
    texts = _texts()
    pairs = zip(ours.pipe(texts, batch_size=32), theirs.pipe(texts, batch_size=32), strict=True)
    tokens = 0
    for a, b in pairs:
        assert _annotations(a) == _annotations(b), a.text[:80]
        tokens += len(a)
    assert tokens > 1000


def test_gemm_is_a_matrix_product():
    ops = MatmulOps()
    x = ops.xp.arange(6, dtype="float32").reshape(2, 3)
    y = ops.xp.arange(12, dtype="float32").reshape(3, 4)
    assert (ops.gemm(x, y) == x @ y).all()
    assert (ops.gemm(y, x, trans1=True, trans2=True) == (x @ y).T).all()
    out = ops.alloc2f(2, 4)
    assert ops.gemm(x, y, out=out) is out and (out == x @ y).all()
