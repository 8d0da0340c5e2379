"""Actor resolution against the golden cases (tests/golden/actor-resolution.jsonl).

Each case names a mention in a sentence and the id it must resolve to. A case passes when
the resolved mentions overlapping the expected words all carry the expected id.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document, Mention

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "actor-resolution.jsonl"
THRESHOLD = 0.95

pytestmark = pytest.mark.integration


def _cases() -> list[dict[str, str]]:
    return [json.loads(line) for line in GOLDEN.read_text("utf-8").splitlines() if line.strip()]


def _verdict(case: dict[str, str], mentions: list[Mention]) -> tuple[bool, list[Mention]]:
    start = case["text"].find(case["mention"])
    assert start >= 0, f"mention {case['mention']!r} not in {case['text']!r}"
    end = start + len(case["mention"])
    overlapping = [m for m in mentions if m.start < end and start < m.end]
    return bool(overlapping) and all(
        m.entity.id == case["expect"] for m in overlapping
    ), overlapping


def test_actor_resolution_accuracy_on_golden_cases() -> None:
    cases = _cases()
    assert len(cases) >= 35
    documents = [Document(f"case-{i}", case["text"]) for i, case in enumerate(cases)]
    by_doc: dict[str, list[Mention]] = {d.id: [] for d in documents}
    for mention in entity_mentions(documents):
        by_doc[mention.doc_id].append(mention)
    failures = []
    for document, case in zip(documents, cases, strict=True):
        ok, got = _verdict(case, by_doc[document.id])
        if not ok:
            found = [(m.text, m.entity.id) for m in got] or "nothing"
            failures.append(
                f"{case['mention']!r} in {case['text']!r}: want {case['expect']}, got {found}"
            )
    accuracy = 1 - len(failures) / len(cases)
    print(f"actor resolution: {accuracy:.1%} of {len(cases)} golden mentions")
    for failure in failures:
        print("  FAIL", failure)
    assert accuracy >= THRESHOLD, "\n".join(failures)


# Invented sentences for the model's known slips: a split name, a company typed as a person,
# an institution read as a place, a generic party's country, "its army" after a country.
MODEL_SLIPS = [
    (
        "North Korean envoy Ri Pyong Chol arrived on Monday.",
        "Ri Pyong Chol",
        "person:ri-pyong-chol",
    ),
    ("South Korean President Moon Jae-in spoke on Friday.", "Moon Jae-in", "person:moon-jae-in"),
    ("Analysts at J.P. Morgan expect a rate cut.", "J.P. Morgan", "org:jpmorgan"),
    ("A spokesman from the Home Office said the rules would change.", "Home Office", "GBR:GOV"),
    ("Norway's Labour Party won the most seats.", "Labour Party", "org:labour-party-nor"),
    ("North Korea said its army would respond to the drills.", "army", "PRK:MIL"),
]


@pytest.mark.parametrize(("text", "words", "expect"), MODEL_SLIPS)
def test_actor_resolution_corrects_model_slips(text: str, words: str, expect: str) -> None:
    case = {"text": text, "mention": words, "expect": expect}
    mentions = list(entity_mentions([Document("slip", text)]))
    ok, got = _verdict(case, mentions)
    assert ok, [(m.text, m.entity.id) for m in got]


DEMO = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "demo"
ID_FORMS = {
    "Country": re.compile(r"^[A-Z]{3}$"),
    "Group": re.compile(r"^[A-Z]{3}:[A-Z]{3}$"),
    "Person": re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$"),
    "IGO": re.compile(r"^igo:[a-z0-9]+(-[a-z0-9]+)*$"),
    "Organization": re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$"),
    "Location": re.compile(r"^loc:[a-z0-9]+(-[a-z0-9]+)*$"),
}


@pytest.mark.slow
def test_actor_resolution_invariants_on_demo_articles() -> None:
    """On real articles: spans never overlap, heads lie inside, ids follow the ontology."""
    files = sorted(DEMO.glob("*.txt"))
    if not files:
        pytest.skip(f"demo corpus not found at {DEMO}")
    from kgraph.extract.entities import find_actors
    from kgraph.extract.nlp import load_nlp
    from kgraph.ontology import SECTORS
    from kgraph.resolve.gazetteer import load

    countries = load().countries
    nlp = load_nlp()
    kinds: dict[str, int] = {}
    for path, doc in zip(files, nlp.pipe(p.read_text("utf-8") for p in files), strict=True):
        covered: set[int] = set()
        for actor in find_actors(doc, path.stem):
            entity = actor.entity
            assert actor.start <= actor.head < actor.end, (path.name, actor)
            assert covered.isdisjoint(range(actor.start, actor.end)), (path.name, actor)
            covered.update(range(actor.start, actor.end))
            assert ID_FORMS[entity.kind].match(entity.id), (path.name, entity)
            assert entity.aliases and entity.name
            assert actor.is_place == (entity.kind == "Location"), (path.name, actor)
            if entity.kind in ("Country", "Group"):
                assert entity.id[:3] in countries and entity.country == entity.id[:3]
            if entity.kind == "Group":
                assert entity.id[4:] in SECTORS, entity.id
            kinds[entity.kind] = kinds.get(entity.kind, 0) + 1
    print("mentions by kind:", kinds)
    assert kinds.get("Country", 0) > kinds.get("Location", 0) > 0
