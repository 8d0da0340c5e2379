"""Dev set: dyad and dyad+PLOVER scores on the PETRARCH2 validation sentences (shared/dev)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.evaluate import CameoReport, evaluate, format_report

DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "dev" / "petrarch2-validation.jsonl"
MIN_DYAD_F1 = 0.70
MIN_PLOVER_F1 = 0.55

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def report() -> CameoReport:
    if not DEV_SET.is_file():
        pytest.skip(f"{DEV_SET} not present (shared material)")
    result = evaluate(DEV_SET)
    assert isinstance(result, CameoReport)
    return result


def test_dev_set_dyad_f1(report: CameoReport):
    f1 = report.scores["dyad"].f1
    assert f1 >= MIN_DYAD_F1, f"dyad F1 {f1:.3f} < {MIN_DYAD_F1}:\n" + format_report(report)


def test_dev_set_dyad_plover_f1(report: CameoReport):
    f1 = report.scores["dyad+plover"].f1
    assert f1 >= MIN_PLOVER_F1, f"dyad+PLOVER F1 {f1:.3f} < {MIN_PLOVER_F1}:\n" + format_report(
        report
    )
