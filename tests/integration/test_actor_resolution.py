"""Actor resolution against the golden cases (tests/golden/actor-resolution.jsonl).

Each case names a mention in a sentence and the id it must resolve to. A case passes when
the resolved mentions overlapping the expected words all carry the expected id.
"""

from __future__ import annotations

import json
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
