"""scripts/neo4j-local end to end, on a second server with auth: its own home directory and
ports, the jar cache shared with the main server. Starts and stops a JVM (about 20 s)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgraph.errors import GraphTargetError
from kgraph.stores.neo4j_store import Neo4jStore

from .test_store_contract import SAMPLE

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j-local"
PASSWORD = "kgraph-test-Pw-7301"
URI = "bolt://127.0.0.1:7697"

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def script(command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), command], env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Environment of a started auth-enabled server; it is stopped at the end."""
    home = tmp_path_factory.mktemp("neo4j-auth-home")
    env = {
        **os.environ,
        "KGRAPH_NEO4J_HOME": str(home),
        "KGRAPH_NEO4J_BOLT_PORT": "7697",
        "KGRAPH_NEO4J_HTTP_PORT": "7484",
        "KGRAPH_NEO4J_HEAP": "512m",
        "NEO4J_PASSWORD": PASSWORD,
    }
    # Two starts at once (a CI script and a test fixture may race): one starts the server.
    racing = [
        subprocess.Popen(
            [str(SCRIPT), "start"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]  # fmt: skip
    outputs = [p.communicate() for p in racing]
    results = [(p.returncode, out, err) for p, (out, err) in zip(racing, outputs, strict=True)]
    try:
        assert [rc for rc, _, _ in results] == [0, 0], results
        starters = [r for r in results if "starting Neo4j" in r[2]]
        assert len(starters) == 1, results
        env["_start_stdout"], env["_start_stderr"] = starters[0][1], starters[0][2]
        env["_other_stderr"] = next(r[2] for r in results if r is not starters[0])
        yield env
    finally:
        script("stop", env)


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)


def test_neo4j_local_start_prints_only_the_uri(server: dict[str, str]) -> None:
    assert server["_start_stdout"] == URI + "\n"
    assert "initial password set" in server["_start_stderr"]
    assert PASSWORD not in server["_start_stdout"] + server["_start_stderr"]


def test_neo4j_local_racing_start_waits_and_finds_it_running(server: dict[str, str]) -> None:
    assert "already running" in server["_other_stderr"]


def test_neo4j_local_start_when_running_says_so(server: dict[str, str]) -> None:
    again = script("start", server)
    assert (again.returncode, again.stdout) == (0, URI + "\n")
    assert "already running" in again.stderr


def test_neo4j_local_status_prints_the_uri(server: dict[str, str]) -> None:
    status = script("status", server)
    assert (status.returncode, status.stdout) == (0, URI + "\n")


def test_neo4j_local_logs_never_hold_the_password(server: dict[str, str]) -> None:
    logs = Path(server["KGRAPH_NEO4J_HOME"]) / "logs"
    for log in logs.iterdir():
        assert PASSWORD not in log.read_text(encoding="utf-8", errors="replace"), log.name


def test_neo4j_store_reads_the_password_from_the_environment(
    server: dict[str, str], monkeypatch: pytest.MonkeyPatch, no_credentials: None
) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    with Neo4jStore(URI) as store:
        store.clear()
        store.add(SAMPLE)
        assert store.stats()["nodes"] == 8


def test_neo4j_store_takes_credentials_from_the_uri(
    server: dict[str, str], no_credentials: None
) -> None:
    with Neo4jStore(f"bolt://neo4j:{PASSWORD}@127.0.0.1:7697") as store:
        assert store.uri == URI
        assert store.entity("RUS") is not None


@pytest.mark.parametrize("password", [None, "wrong-password-123"])
def test_neo4j_store_refused_credentials_name_the_variables_not_the_secret(
    server: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    no_credentials: None,
    password: str | None,
) -> None:
    if password:
        monkeypatch.setenv("NEO4J_PASSWORD", password)
    with pytest.raises(GraphTargetError) as caught:
        Neo4jStore(URI).connect()
    message = str(caught.value)
    assert message == (
        f"Neo4j at {URI} refused the credentials: set NEO4J_USERNAME and NEO4J_PASSWORD"
    )


def test_neo4j_local_start_with_a_wrong_password_explains(server: dict[str, str]) -> None:
    wrong = script("start", {**server, "NEO4J_PASSWORD": "wrong-password-123"})
    assert wrong.returncode == 1
    assert "refuses the credentials" in wrong.stderr
    assert "wrong-password-123" not in wrong.stderr + wrong.stdout


def test_neo4j_local_stop_is_clean(server: dict[str, str]) -> None:
    pid = int((Path(server["KGRAPH_NEO4J_HOME"]) / "run" / "kgraph-neo4j.pid").read_text())
    stop = script("stop", server)
    assert stop.returncode == 0 and "stopped" in stop.stderr
    assert not Path(f"/proc/{pid}").exists()
    assert "Stopped." in (Path(server["KGRAPH_NEO4J_HOME"]) / "logs" / "neo4j.log").read_text()
    assert script("status", server).returncode == 3
    assert script("stop", server).stderr.strip() == "neo4j-local: not running"
