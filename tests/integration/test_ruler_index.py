"""The attribute ruler's patterns found by :class:`IndexedRulerMatch` are the Matcher's
matches, in the same order, and the pipeline's annotations are those of spaCy's own ruler."""

from __future__ import annotations

import random

import pytest
import spacy

from kgraph.extract.model_tuning import IndexedRulerMatch, indexed_attribute_ruler
from kgraph.extract.nlp import load_nlp, model_name
from tests.integration.synthetic import article, news_bench_texts

pytestmark = pytest.mark.integration

# Every kind of pattern of en_core_web_sm's ruler: two-token ones ("gonna", "y'all", "ain't",
# "let's", "gotta", "c'mon"), DEP tests ("it" as subject and object, "there is"), NOT_IN
# tests (auxiliaries, determiners as pronouns), spaces (a blank line, a space run).
SPECIAL = [
    "I'm gonna go, y'all ain't got to. Let's c'mon. Gotta do it.\n\n  Did you? I did have it.",
    "There is a dog and it saw me; they gave it to you and I. That was what he gets.  Fine",
    "Y all gon na x \n\n\n",
    "",
]


def _texts() -> list[str]:
    rng = random.Random(5)
    return SPECIAL + [article(rng, 2) for _ in range(3)] + news_bench_texts(150)


def test_indexed_matches_equal_the_matchers():
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, IndexedRulerMatch)
    fast = ruler.match
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(_texts()))
    kinds = set()
    for doc in docs:
        plain = sorted(
            (int(ruler.vocab.strings[key]), key, start, end)
            for key, start, end in ruler.matcher(doc, allow_missing=True, as_spans=False)
        )
        assert fast(doc) == plain
        kinds.update(number for number, _, start, end in plain if end - start == 2)
    assert len(kinds) >= 4  # two-token patterns among them


def test_pipeline_with_the_index_annotates_as_spacys_ruler():
    plain = spacy.load(model_name())
    indexed = spacy.load(model_name())
    assert indexed_attribute_ruler(indexed)
    texts = _texts()
    for a, b in zip(plain.pipe(texts), indexed.pipe(texts), strict=True):
        assert [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in a] == [
            (t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in b
        ]


def test_a_pattern_of_another_shape_leaves_the_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "x", "OP": "+"}]], {"LEMMA": "y"})
    assert not indexed_attribute_ruler(nlp)
    assert not isinstance(ruler.match, IndexedRulerMatch)
