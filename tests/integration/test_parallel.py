"""``--jobs N``: worker processes give what one process gives, in input order."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kgraph.extract import entity_mentions, extract_many
from kgraph.model import Document
from tests.integration.synthetic import write_records

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"


def kgraph(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KGRAPH_NO_PROGRESS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "kgraph", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
        timeout=600,
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    write_records(folder / "feed.jsonl", 60, bad_lines=True)
    (folder / "seed.txt").write_text(
        (ARTICLES / "seed-reuters-caracas.txt").read_text("utf-8"), encoding="utf-8"
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_extract_jobs_2_writes_what_jobs_1_writes(inputs: Path):
    one = kgraph("extract", str(inputs))
    two = kgraph("extract", str(inputs), "--jobs", "2")
    assert one.returncode == two.returncode == 1  # the bad inputs
    assert two.stdout == one.stdout
    ids = [json.loads(line)["evidence"]["doc_id"] for line in two.stdout.splitlines()]
    assert "seed-reuters-caracas" not in ids and "seed" in ids and "gen-0059" in ids
    assert ids == sorted(ids, key=lambda i: (i.startswith("seed"), i))  # input order
    skipped = [line for line in two.stderr.splitlines() if line.startswith("kgraph: skipped")]
    assert len(skipped) == 3, two.stderr
    assert "empty.txt: empty file" in two.stderr and "feed.jsonl:22: not valid JSON" in two.stderr
    assert "Traceback" not in two.stderr


def test_entities_jobs_2_prints_what_jobs_1_prints(inputs: Path):
    one = kgraph("entities", str(inputs / "seed.txt"), str(inputs / "feed.jsonl"))
    two = kgraph("entities", str(inputs / "seed.txt"), str(inputs / "feed.jsonl"), "-j", "2")
    assert two.stdout == one.stdout and one.stdout.count("\n") > 100


def test_build_jobs_2_loads_what_jobs_1_loads(inputs: Path, tmp_path: Path):
    graphs = []
    for jobs in ("1", "2"):
        graph = tmp_path / f"g{jobs}.json"
        run = kgraph("build", str(inputs), "--graph", str(graph), "--jobs", jobs)
        assert run.returncode == 1 and "61 article(s) read." in run.stderr, run.stderr
        graphs.append(json.loads(kgraph("stats", "--json", "--graph", str(graph)).stdout))
    assert graphs[0] == graphs[1] and graphs[0]["edges"] > 20


def test_extract_many_jobs_reports_a_failing_document_and_goes_on():
    documents = [
        Document("a", "Russia supplied arms to Venezuela."),
        Document("bad", None),  # type: ignore[arg-type]
        Document("c", "France criticized Iran."),
    ]
    errors: list[str] = []
    got = [(d.id, [t.relation for t in ts]) for d, ts in extract_many(documents, 2, errors.append)]
    assert got == [("a", ["SUPPLIES"]), ("c", ["CRITICIZES"])]
    assert len(errors) == 1 and errors[0].startswith("bad: extraction failed (")
    mentions = list(entity_mentions(documents, jobs=2, on_error=errors.append))
    assert [m.entity.id for m in mentions] == ["RUS", "VEN", "FRA", "IRN"]


def _children(pid: int) -> set[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(p) for p in path.read_text().split()} if path.exists() else set()


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_ctrl_c_stops_every_worker_and_keeps_the_old_output(tmp_path: Path):
    feed = write_records(tmp_path / "big.jsonl", 3000)
    out = tmp_path / "triples.jsonl"
    out.write_text("old\n", encoding="utf-8")
    env = {**os.environ, "KGRAPH_NO_PROGRESS": "1"}
    cmd = [sys.executable, "-m", "kgraph", "extract", str(feed), "-j", "2", "-o", str(out)]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.5)
        workers = _workers(proc.pid)
    assert len(workers) == 2, "the two workers never started"
    helpers = _descendants(proc.pid)  # the workers, the fork server, the resource tracker
    time.sleep(3)  # let them work
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode != 0
    assert "Traceback" not in stderr, stderr
    assert "Aborted!" in stderr
    time.sleep(1)
    assert not [p for p in helpers if _alive(p)]
    assert out.read_text(encoding="utf-8") == "old\n"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_a_killed_run_leaves_no_worker_behind(tmp_path: Path):
    """SIGKILL cannot be caught: the workers must notice their parent's death themselves."""
    feed = write_records(tmp_path / "big.jsonl", 3000)
    env = {**os.environ, "KGRAPH_NO_PROGRESS": "1"}
    cmd = [
        sys.executable,
        "-m",
        "kgraph",
        "extract",
        str(feed),
        "-j",
        "2",
        "-o",
        str(tmp_path / "t"),
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.5)
        workers = _workers(proc.pid)
    assert len(workers) == 2, "the two workers never started"
    helpers = _descendants(proc.pid)  # the workers, the fork server, the resource tracker
    proc.kill()  # the parent alone, as the out-of-memory killer or `kill -9` would
    proc.wait(timeout=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and [p for p in helpers if _alive(p)]:
        time.sleep(0.5)
    left = [_cmdline(p)[:80] for p in helpers if _alive(p)]
    for pid in helpers:  # never leave them to the next test, whatever the outcome
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    assert not left


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        for child in _children(todo.pop()):
            found.add(child)
            todo.append(child)
    return found


def _workers(pid: int) -> set[int]:
    """Worker processes: spawned children of the command, or children of its fork server."""
    spawned = {c for c in _children(pid) if "spawn_main" in _cmdline(c)}
    servers = [c for c in _children(pid) if "forkserver" in _cmdline(c)]
    return spawned | {w for s in servers for w in _children(s)}


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except FileNotFoundError:
        return ""
