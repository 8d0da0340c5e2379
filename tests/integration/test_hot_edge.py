"""A hot edge: 50,000 mentions of one dyad load into Neo4j with the server's default memory
settings (scripts/neo4j-local: 1 GB heap, default transaction limits) and into the embedded
store in bounded memory; the edge itself stays a fixed handful of properties."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kgraph.model import Entity, Evidence, Triple
from kgraph.ontology import RELATIONS
from kgraph.stores.sqlite_store import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
USA = Entity("USA", "United States", "Country", "USA", ("Washington",))
CHN = Entity("CHN", "China", "Country", "CHN", ("Beijing",))
HOT = 50_000

pytestmark = pytest.mark.slow


def hot_triples(n: int = HOT) -> list[Triple]:
    rel = RELATIONS["CRITICIZES"]
    out = []
    for i in range(n):
        sentence = f"Washington criticized Beijing again (statement {i})."
        out.append(
            Triple(
                USA,
                "CRITICIZES",
                CHN,
                Evidence(f"hot-{i // 4}", sentence, i % 4 * 100, i % 4 * 100 + len(sentence)),
                rel.plover,
                rel.cameo,
                rel.quad_class,
                confidence=0.6 + (i % 7) / 20,
                date=f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}",
                rule="hot",
            )  # fmt: skip
        )
    return out


def check(edge: Any, store: Any) -> None:
    assert (edge.count, edge.first_date, edge.last_date) == (HOT, "2010-01-10", "2019-09-19")
    assert len(edge.sentences) == 3
    recent = store.mentions("USA", "CRITICIZES", "CHN", offset=HOT - 2, limit=10)
    assert len(recent) == 2


def test_hot_edge_into_the_embedded_store_in_bounded_memory(tmp_path: Path) -> None:
    records = tmp_path / "hot.jsonl"
    with records.open("w") as out:
        for t in hot_triples():
            out.write(json.dumps(t.to_dict()) + "\n")
    graph = tmp_path / "g.db"
    # VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from the forking parent's RSS
    # (here a test process with the spaCy model loaded), VmHWM is this program's own peak.
    code = (
        "import sys\nfrom kgraph.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
        "print(int(hwm.split()[1]) // 1024, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, "load", str(records), "--graph", str(graph)], cwd=ROOT,
        capture_output=True, text=True, env={**os.environ, "KGRAPH_NO_PROGRESS": "1"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    peak_mb = int(run.stderr.strip().splitlines()[-1])
    assert peak_mb < 400, f"peak {peak_mb} MB for {HOT} mentions"
    with SQLiteStore(graph) as store:
        [edge] = store.neighbors("USA", "CRITICIZES")
        check(edge, store)
        columns = store.db.execute("SELECT * FROM edges").description
    assert len(columns) == 13  # a fixed row, whatever the number of mentions


@pytest.mark.neo4j
def test_hot_edge_into_neo4j_with_default_memory_settings(neo4j_store: Any) -> None:
    stats = neo4j_store.add(hot_triples())
    assert (stats.edges_added, stats.mentions_added) == (1, HOT)
    [edge] = neo4j_store.neighbors("USA", "CRITICIZES")
    check(edge, neo4j_store)
    records, _, _ = neo4j_store.connect().execute_query(
        "MATCH (:Entity {id: 'USA'})-[r:CRITICIZES]->() RETURN keys(r) AS keys"
    )
    assert sorted(records[0]["keys"]) == sorted(
        ["key", "status", "count", "first_date", "last_date", "plover", "cameo", "quad_class",
         "confidence"]  # role is null: not stored
    )  # fmt: skip
    neo4j_store.clear()  # in batches: within the default transaction memory
