"""Speed-ups of actor resolution give what the plain readings they replace give.

Each gate or one-pass scan is compared with the straightforward per-token code it stands
for, on hand-written sentences that contain what the gate looks for, on generated articles,
and on the first records of ``../shared/corpus/news-bench.jsonl`` when it is there (read where
it lies, never copied).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

import pytest

from kgraph.extract.nlp import load_nlp
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.parties import one_word_modifiers, tokens_among
from kgraph.resolve.people import posted_name, title_before
from kgraph.resolve.person_spans import posted_people
from tests.integration.synthetic import article, news_bench

pytestmark = pytest.mark.integration

CORPUS = news_bench()
CORPUS_RECORDS = 150

SENTENCES = [
    "Republican lawmakers and Labour MPs criticized the plan; a Democratic senator agreed.",
    "U.S. Ambassador to Mexico Roberta Jacobson met Tory leader Michael Howard in London.",
    "The envoy to the United Nations Nikki Haley spoke at the WTO on Monday.",
    "Spokesman Dmitry Peskov said Russia would answer. Conservatives, Tories and Liberals met.",
    "",
    "Democrats.",
]


def texts() -> Iterator[str]:
    yield from SENTENCES
    rng = random.Random(11)
    for _ in range(3):
        yield article(rng)
    if CORPUS is not None:
        with CORPUS.open(encoding="utf-8") as stream:
            for n, line in enumerate(stream):
                if n >= CORPUS_RECORDS:
                    break
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    yield text


@pytest.fixture(scope="module")
def docs() -> list:
    return list(load_nlp().pipe(texts()))


def test_party_words_found_in_one_pass_are_the_tokens_a_plain_loop_finds(docs):
    modifiers, hashes = one_word_modifiers()
    plain_words = {m for row in gz.load().parties for m in row["modifiers"] if " " not in m}
    assert modifiers == plain_words
    found = 0
    for doc in docs:
        plain = [t.i for t in doc if t.text in plain_words]
        assert [t.i for t in tokens_among(doc, hashes)] == plain
        found += len(plain)
    assert found >= 6  # the hand-written sentences alone hold six


def _posted_people_plain(doc, spans):
    """posted_people as it read before its gate (the title searched for first)."""
    from spacy.tokens import Span

    out = []
    for span in spans:
        i = span.start - 1
        name = posted_name(doc, i) if i > 0 and title_before(doc, i) is not None else None
        if name is not None and span.start < name < span.end - 1:
            span = Span(doc, name, span.end, label="PERSON")
        out.append(span)
    return out


def test_posted_people_with_its_gate_gives_what_it_gave_without(docs):
    def key(spans):
        return [(s.start, s.end, s.label_) for s in spans]

    changed = 0
    for doc in docs:
        spans = list(doc.ents)
        expected = key(_posted_people_plain(doc, spans))
        assert key(posted_people(doc, spans)) == expected
        changed += expected != key(spans)
    assert changed >= 1  # "Ambassador to Mexico Roberta Jacobson" is re-read as a person
