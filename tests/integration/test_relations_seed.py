"""Relation rules with the real model: the sentence shapes of the seed article, and its records."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kgraph.extract import extract, extract_doc
from kgraph.extract.nlp import load_nlp
from kgraph.extract.relations import RULE_CONFIDENCE
from kgraph.model import Document, Triple

ARTICLE = Path(__file__).resolve().parents[2] / "data" / "articles" / "seed-reuters-caracas.txt"

pytestmark = pytest.mark.integration


def _keys(text: str) -> set[tuple[str, str, str, str]]:
    return {(t.subject.id, t.relation, t.object.id, t.status) for t in extract(Document("s", text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reduced relative on a noun, topic object
        (
            "Negotiations with the government, mediated by Norway, have stalled.",
            ("NOR", "MEDIATES", "topic:talks", "asserted"),
        ),
        # agent noun under a copula
        (
            "Moscow has been one of Maduro's biggest backers.",
            ("RUS", "BACKS", "person:nicolas-maduro", "asserted"),
        ),
        # event noun lent a subject by a motion verb
        (
            "Maduro on Monday left for a state visit to Russia.",
            ("person:nicolas-maduro", "VISITS", "RUS", "asserted"),
        ),
        # locative relative
        (
            "Venezuela, where Russia has major energy investments, needs money.",
            ("RUS", "INVESTS_IN", "VEN", "asserted"),
        ),
        # conjoined verbs sharing a subject, recipient inside a prepositional phrase
        (
            "Moscow has backed Maduro and has provided loans and other help for the military "
            "in Venezuela.",
            ("RUS", "SUPPLIES", "VEN:MIL", "asserted"),
        ),
        # warned-against act: the warning is asserted, the act hypothetical
        (
            "The U.S. government warned Putin against sending Maduro military assistance.",
            ("USA:GOV", "WARNS", "person:vladimir-putin", "asserted"),
        ),
        (
            "The U.S. government warned Putin against sending Maduro military assistance.",
            ("person:vladimir-putin", "SUPPLIES", "person:nicolas-maduro", "hypothetical"),
        ),
        # relative clause, reporting verb, pronoun subject
        (
            "Maduro met with Putin, who said he backed negotiations.",
            ("person:vladimir-putin", "BACKS", "topic:talks", "asserted"),
        ),
        # negation
        ("Russia did not attack Ukraine.", ("RUS", "ATTACKS", "UKR", "negated")),
        # future
        ("China will impose sanctions on Japan.", ("CHN", "SANCTIONS", "JPN", "hypothetical")),
    ],
)
def test_relations_seed_shape(text: str, expected: tuple[str, str, str, str]):
    assert expected in _keys(text)


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Triple]]:
    if not ARTICLE.is_file():
        pytest.skip(f"{ARTICLE} missing")
    text = ARTICLE.read_text(encoding="utf-8")
    return text, extract(Document("seed", text, date="2019-09-25"))


def test_relations_seed_records_point_at_their_sentences(seed: tuple[str, list[Triple]]):
    text, triples = seed
    assert triples
    for t in triples:
        assert text[t.evidence.start : t.evidence.end] == t.evidence.sentence
        assert t.date == "2019-09-25"
        assert t.rule in RULE_CONFIDENCE or t.rule in (
            "stated-intent",
            "stated-appeal",
            "reported-accusation",
        )
        assert 0.1 <= t.confidence <= 1.0


def test_relations_seed_speaker_is_no_actor(seed: tuple[str, list[Triple]]):
    # "the Interfax news agency reported ...": the news agency does nothing to anyone
    _, triples = seed
    assert not any(t.subject.id.startswith("org:") for t in triples)


def test_relations_rules_are_cheap(seed: tuple[str, list[Triple]]):
    text, _ = seed
    doc = load_nlp()(text)
    # the fastest of ten runs: a mean would count the pauses of a machine shared with other
    # work (the test failed that way under load), the fastest is what the rules cost
    runs = []
    for _ in range(10):
        started = time.perf_counter()
        extract_doc(doc, Document("seed", text))
        runs.append(time.perf_counter() - started)
    assert min(runs) < 0.25, f"{min(runs):.3f}s per article for actors + relations"
