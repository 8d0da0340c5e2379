"""The rule lemmatizer with its word lists as sets gives spaCy's own lemmas."""

from __future__ import annotations

import random

import pytest
import spacy

from kgraph.extract.model_tuning import hashed_lemma_index
from kgraph.extract.nlp import load_nlp, model_name
from tests.integration.synthetic import article, news_bench_texts

pytestmark = pytest.mark.integration


def test_the_pipelines_lemma_index_is_sets():
    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(forms, frozenset) for forms in table.values())


def test_lemmas_with_the_sets_are_spacys():
    plain = spacy.load(model_name())
    hashed = spacy.load(model_name())
    assert hashed_lemma_index(hashed)
    rng = random.Random(11)
    texts = [article(rng, 2) for _ in range(12)] + news_bench_texts(300)
    texts.append("The ministers were meeting; talks broke down, said officials, who'd agreed.")
    lemmas = 0
    for a, b in zip(plain.pipe(texts), hashed.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        lemmas += len(a)
    assert lemmas > 500


def test_a_pipeline_without_a_lemmatizer_is_left_alone():
    assert not hashed_lemma_index(spacy.blank("en"))


def test_shadowing_forms_leave_a_hashed_index_hashed() -> None:
    # tune_lemmas after hashed_lemma_index keeps the sets (a list is a scan per lookup)
    import spacy

    from kgraph.extract.lemma_tuning import tune_lemmas
    from kgraph.extract.model_tuning import hashed_lemma_index, lemma_index
    from kgraph.extract.nlp import model_name

    nlp = spacy.load(model_name())
    assert hashed_lemma_index(nlp) and tune_lemmas(nlp)
    index = lemma_index(nlp)
    assert isinstance(index["verb"], frozenset) and "hop" not in index["verb"]
    assert nlp("Japan hoped to improve ties.")[1].lemma_ == "hope"
