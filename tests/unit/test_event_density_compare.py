"""``bench/event_density.py --compare``: an --out file read back, and the changes printed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "event_density.py"


def _module():
    spec = importlib.util.spec_from_file_location("event_density", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_changes_are_printed_by_sentence(tmp_path, capsys):
    density = _module()
    out = tmp_path / "before.tsv"
    out.write_text(
        "d1\tUSA\tCRITICIZES\tRUS\tactive-svo\tThe US criticized Russia.\n"
        "d2\tFRA\tMEETS\tDEU\tactive-svo\tFrance met Germany.\n"
        "d4\tCHN\tBACKS\tPAK\tactive-svo\tChina backed Pakistan.\n",
        encoding="utf-8",
    )
    after = {
        ("d1", "USA", "WARNS", "RUS"): ("active-svo", "The US criticized Russia."),
        ("d3", "IRN", "ATTACKS", "IRQ"): ("prep-object", "Iran shelled Iraq."),
        ("d4", "CHN", "BACKS", "PAK"): ("active-svo", "China backed Pakistan."),
    }
    density.print_changes(density.read_rows(out), after)
    printed = capsys.readouterr().out
    assert "2 added, 2 removed (3 -> 3)" in printed
    change = printed.index("d1: The US criticized Russia.")
    assert printed.index("- USA -CRITICIZES-> RUS", change) < printed.index("+ USA -WARNS-> RUS")
    assert "- FRA -MEETS-> DEU   [active-svo]" in printed
    assert "+ IRN -ATTACKS-> IRQ   [prep-object]" in printed
    assert "d4" not in printed  # unchanged: not shown


def test_a_file_of_another_shape_is_refused_by_name(tmp_path):
    density = _module()
    bad = tmp_path / "bad.tsv"
    bad.write_text("d1\tUSA\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.tsv:1: not a line of an --out file"):
        density.read_rows(bad)
