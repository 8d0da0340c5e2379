"""Faults while writing: two `kgraph load` processes on one graph (embedded and Neo4j), and a
Neo4j server killed (SIGKILL) in the middle of a load, then restarted: the load reports one
line, and running it again converges to what one clean load gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kgraph.stores.sqlite_store import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "neo4j-local"
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import write_jsonl  # noqa: E402


def kgraph(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kgraph", *args], cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "KGRAPH_NO_PROGRESS": "1", **env},
    )  # fmt: skip


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = process.communicate(timeout=900)
    return process.returncode, err


def embedded_stats(tmp_path: Path, *files: Path) -> dict[str, Any]:
    """``kgraph stats`` of the files loaded one after the other into a fresh embedded graph."""
    graph = tmp_path / f"reference-{len(files)}.db"
    for path in files:
        assert finish(kgraph("load", str(path), "--graph", str(graph)))[0] == 0
    with SQLiteStore(graph) as store:
        return store.stats()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two overlapping inputs: the second repeats half of the first."""
    folder = tmp_path_factory.mktemp("inputs")
    first = write_jsonl(folder / "a.jsonl", 3000, seed=3)
    second = folder / "b.jsonl"
    lines = first.read_text().splitlines()[1500:]
    more = write_jsonl(folder / "more.jsonl", 1500, seed=3, start=3000).read_text().splitlines()
    second.write_text("\n".join(lines + more) + "\n")
    return first, second


@pytest.mark.slow
def test_two_embedded_loads_at_once_both_succeed_and_converge(
    tmp_path: Path, inputs: tuple[Path, Path]
) -> None:
    graph = tmp_path / "g.db"
    loads = [kgraph("load", str(path), "--graph", str(graph)) for path in inputs]
    results = [finish(p) for p in loads]
    assert [rc for rc, _ in results] == [0, 0], results
    with SQLiteStore(graph) as store:
        assert store.stats() == embedded_stats(tmp_path, *inputs)


@pytest.mark.neo4j
@pytest.mark.slow
def test_two_neo4j_loads_at_once_both_succeed_and_converge(
    tmp_path: Path, inputs: tuple[Path, Path], neo4j_uri: str, neo4j_store: Any
) -> None:
    loads = [kgraph("load", str(path), "--graph", neo4j_uri) for path in inputs]
    results = [finish(p) for p in loads]
    assert [rc for rc, _ in results] == [0, 0], results
    assert neo4j_store.stats() == embedded_stats(tmp_path, *inputs)


# -- a server killed mid-load ---------------------------------------------------------------


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A Neo4j server of this module (its own home and ports), to be killed."""
    env = {
        **os.environ,
        "KGRAPH_NEO4J_HOME": str(tmp_path_factory.mktemp("neo4j-kill-home")),
        "KGRAPH_NEO4J_BOLT_PORT": os.environ.get("KGRAPH_TEST_KILL_BOLT_PORT", "7698"),
        "KGRAPH_NEO4J_HTTP_PORT": os.environ.get("KGRAPH_TEST_KILL_HTTP_PORT", "7485"),
        "KGRAPH_NEO4J_HEAP": "512m",
    }
    env.pop("NEO4J_PASSWORD", None)
    start = subprocess.run([str(SCRIPT), "start"], env=env, capture_output=True, text=True)
    if start.returncode != 0:
        pytest.fail(f"scripts/neo4j-local start failed:\n{start.stderr[-2000:]}")
    env["URI"] = start.stdout.strip().splitlines()[-1]
    try:
        yield env
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True)


@pytest.mark.neo4j
@pytest.mark.slow
def test_neo4j_killed_mid_load_gives_one_line_and_a_rerun_converges(
    tmp_path: Path, own_server: dict[str, str]
) -> None:
    n = int(os.environ.get("KGRAPH_TEST_KILL_TRIPLES", "60000"))
    triples = write_jsonl(tmp_path / "t.jsonl", n, seed=5)
    uri = own_server["URI"]
    pid = int((Path(own_server["KGRAPH_NEO4J_HOME"]) / "run" / "kgraph-neo4j.pid").read_text())
    load = kgraph("load", str(triples), "--graph", uri, KGRAPH_NEO4J_BATCH_SIZE="1000")
    from kgraph.stores.neo4j_store import Neo4jStore

    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:  # wait until some transactions are in
        time.sleep(1)
        with Neo4jStore(uri) as store:
            if store.stats()["mentions"] > 0:
                break
    os.kill(pid, signal.SIGKILL)
    rc, err = finish(load)
    assert rc == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"Error: Neo4j at {uri}") or f"Neo4j at {uri}" in lines[0], err
    restart = subprocess.run([str(SCRIPT), "start"], env=own_server, capture_output=True, text=True)
    assert restart.returncode == 0, restart.stderr[-2000:]
    rc, err = finish(kgraph("load", str(triples), "--graph", uri))
    assert rc == 0, err
    with Neo4jStore(uri) as store:
        assert store.stats() == embedded_stats(tmp_path, triples)
    stats = json.loads(subprocess.run(
        [sys.executable, "-m", "kgraph", "stats", "--json", "--graph", uri], cwd=ROOT,
        capture_output=True, text=True, check=True,
    ).stdout)  # fmt: skip
    assert stats == embedded_stats(tmp_path, triples)
