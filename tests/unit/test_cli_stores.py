"""The store options of the command line: lookup --evidence/--limit, export neo4j-import,
the graph target's fallbacks, one-line errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.stores import graph_target
from kgraph.stores.sqlite_store import SQLiteStore

from .triples import RUS, RUS_MIL, VEN, triple


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "g.db"
    triples = [
        triple(RUS, "SUPPLIES", VEN, doc=f"d{i}", date=f"2019-01-0{1 + i}") for i in range(6)
    ]
    triples.append(triple(RUS_MIL, "DEPLOYS_TO", VEN, doc="m1"))
    with SQLiteStore(path) as store:
        store.add(triples)
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_lookup_shows_the_most_recent_sentences_and_the_total(graph: Path) -> None:
    code, out = run("lookup", "Russia", "--graph", str(graph), "--evidence", "2")
    assert code == 0
    assert "x6  2019-01-01..2019-01-06" in out
    assert out.count("Russia supplies") == 2
    assert "(2 most recent of 6 sentences; --evidence all)" in out


def test_lookup_evidence_all_pages_through_every_sentence(graph: Path) -> None:
    code, out = run("lookup", "RUS", "-r", "SUPPLIES", "--evidence", "all", "--graph", str(graph))
    assert code == 0 and out.count("Russia supplies") == 6 and "most recent of" not in out


def test_lookup_limit_shows_the_most_mentioned_and_the_total(graph: Path) -> None:
    code, out = run("lookup", "Russia", "--limit", "1", "--graph", str(graph))
    assert code == 0 and "SUPPLIES" in out and "DEPLOYS_TO" not in out
    assert "1 of 2 relations shown" in out


def test_lookup_rejects_a_bad_evidence_value(graph: Path) -> None:
    code, out = run("lookup", "Russia", "--evidence", "some", "--graph", str(graph))
    assert code == 2 and "'some' is not a number or 'all'" in out


def test_export_neo4j_import_writes_csv_files_with_headers(graph: Path, tmp_path: Path) -> None:
    code, out = run("export", "--format", "neo4j-import", "-o", str(tmp_path / "imp"),
                    "--graph", str(graph))  # fmt: skip
    assert code == 0, out
    rows = list(csv.reader((tmp_path / "imp" / "relations.csv").open()))
    assert rows[0][:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert sorted(r[2] for r in rows[1:]) == ["DEPLOYS_TO", "SUPPLIES"]
    assert len(list(csv.reader((tmp_path / "imp" / "mentions.csv").open()))) == 8
    command = (tmp_path / "imp" / "import-command.txt").read_text()
    assert command.startswith("neo4j-admin database import full neo4j ")


def test_export_neo4j_import_needs_a_folder(graph: Path) -> None:
    code, out = run("export", "--format", "neo4j-import", "--graph", str(graph))
    assert code == 2 and "pass -o DIR" in out


def test_graph_target_falls_back_to_neo4j_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KGRAPH_GRAPH", raising=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://db:7687")
    assert graph_target() == "bolt://db:7687"
    monkeypatch.setenv("KGRAPH_GRAPH", "/tmp/x.db")
    assert graph_target() == "/tmp/x.db"
    assert graph_target("other.db") == "other.db"


def test_default_graph_reads_the_earlier_json_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KGRAPH_GRAPH", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert graph_target() == str(tmp_path / "kgraph" / "graph.db")
    (tmp_path / "kgraph").mkdir()
    (tmp_path / "kgraph" / "graph.json").write_text("{}")
    assert graph_target() == str(tmp_path / "kgraph" / "graph.json")
