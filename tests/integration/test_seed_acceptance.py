"""Acceptance: the seed article yields every required gold triple, at precision >= 0.90."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.evaluate import TripleReport, evaluate, format_report

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "golden" / "seed-reuters-caracas.gold.jsonl"
ARTICLE = ROOT / "data" / "articles" / "seed-reuters-caracas.txt"
# issue 4's bar (issue 2 asked for 0.80)
MIN_PRECISION = 0.90

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def report() -> TripleReport:
    result = evaluate(GOLD, text_path=ARTICLE)
    assert isinstance(result, TripleReport)
    return result


def test_seed_article_finds_every_required_triple(report: TripleReport):
    assert not report.missed, "required triples missed:\n" + format_report(report)


def test_seed_article_precision_meets_the_bar(report: TripleReport):
    assert report.precision >= MIN_PRECISION, (
        f"precision {report.precision:.3f} < {MIN_PRECISION}:\n" + format_report(report)
    )
