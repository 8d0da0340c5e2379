"""Articles longer than spaCy's limit are parsed in pieces: one article, whole-text offsets,
no traceback for any input (generated texts, no corpus)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgraph.extract import entity_mentions, extract_many
from kgraph.extract.nlp import load_pipeline
from kgraph.model import Document, Triple
from tests.integration.synthetic import article
from tests.integration.test_parallel import kgraph

pytestmark = pytest.mark.integration


@pytest.fixture
def small_limit() -> Iterator[int]:
    """spaCy's own length limit lowered, so a few kB are a "long" article."""
    nlp = load_pipeline()
    saved = nlp.max_length
    nlp.max_length = 3000
    try:
        yield nlp.max_length
    finally:
        nlp.max_length = saved


def _keys(triples: list[Triple]) -> set[tuple[object, ...]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.modality, t.evidence.start, t.evidence.end)
        for t in triples
    }


def test_long_article_gives_what_it_gives_unsplit():
    text = article(random.Random(5), paragraphs=70)  # ~15,000 characters
    document = Document("long", text, date="2020-02-02")
    whole = next(extract_many([document]))[1]
    nlp = load_pipeline()
    saved, nlp.max_length = nlp.max_length, 3000
    try:
        [(got, pieces)] = list(extract_many([document]))
        mentions = list(entity_mentions([document]))
    finally:
        nlp.max_length = saved
    assert got == document  # still one article
    assert len(text) > 4 * 3000 and len(pieces) > 40
    assert _keys(pieces) == _keys(whole)
    # offsets and evidence are the whole article's
    assert all(text[t.evidence.start : t.evidence.end] == t.evidence.sentence for t in pieces)
    assert max(t.evidence.start for t in pieces) > 3 * 3000
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert max(m.start for m in mentions) > 3 * 3000
    assert {t.date for t in pieces} == {"2020-02-02"}


ODD_TEXTS = {
    "unbroken": "x" * 7000,
    "punctuation": "!?." * 1100,
    "controls": "Russia\x00 supplied\x07 arms \x1b[0m to Venezuela.\r\n" * 200,
    "rtl-zero-width": ("\u200fRussia\u200b supplied arms to \u202eVenezuela. ") * 200,
    "one-line": "Russia supplied arms to Venezuela and " * 300,
}


@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_odd_long_inputs_never_raise(name: str, small_limit: int):
    text = ODD_TEXTS[name]
    assert len(text) > small_limit
    errors: list[str] = []
    results = list(extract_many([Document(name, text)], on_error=errors.append))
    assert errors == [] and [d.id for d, _ in results] == [name]
    for triple in results[0][1]:
        assert text[triple.evidence.start : triple.evidence.end] == triple.evidence.sentence


@pytest.mark.slow
def test_cli_extracts_an_article_over_spacys_default_limit(tmp_path: Path):
    rng = random.Random(11)
    paragraphs = []
    while sum(len(p) + 2 for p in paragraphs) < 1_100_000:  # spaCy's default limit: 1,000,000
        paragraphs.append(article(rng, paragraphs=1).strip())
    text = "\n\n".join(paragraphs) + "\n"
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    good = tmp_path / "small.txt"
    good.write_text("France criticized Iran over the talks.\n", encoding="utf-8")
    run = kgraph("extract", str(path), str(good), "--jobs", "2")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    ids = [r["evidence"]["doc_id"] for r in records]
    assert set(ids) == {"huge", "small"} and ids[-1] == "small"
    huge = [r for r in records if r["evidence"]["doc_id"] == "huge"]
    assert len(huge) > 1000
    assert max(r["evidence"]["end"] for r in huge) > 1_000_000
    assert all(
        text[r["evidence"]["start"] : r["evidence"]["end"]] == r["evidence"]["sentence"]
        for r in huge
    )
