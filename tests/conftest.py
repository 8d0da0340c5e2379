"""Shared fixtures. Neo4j tests (``@pytest.mark.neo4j``) run against a real server.

The server is ``KGRAPH_TEST_NEO4J_URI`` when set (its database is emptied before every
test: never point it at a graph you want to keep). Otherwise the session starts a server of
its own with ``scripts/neo4j-local``: its own home (``KGRAPH_TEST_NEO4J_HOME``, default
``<cache>/kgraph/neo4j/test-home``) and ports (``KGRAPH_TEST_NEO4J_BOLT_PORT``/``_HTTP_PORT``,
default 7688/7475), so a user's local server (``scripts/neo4j-local start`` on 7687, home
``<cache>/kgraph/neo4j/home``) and its data are never touched. The session stops the test
server at the end if it started it; ``.ci/run`` stops it too (see :func:`test_server_env`).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "neo4j-local"


def test_server_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The environment that runs ``scripts/neo4j-local`` on the test server: a home under the
    jar cache and ports of its own (never the user's ``KGRAPH_NEO4J_*`` server)."""
    env = dict(os.environ if environ is None else environ)
    home = env.get("HOME") or str(Path.home())
    cache = Path(env.get("XDG_CACHE_HOME") or Path(home) / ".cache") / "kgraph" / "neo4j"
    env["KGRAPH_NEO4J_HOME"] = env.get("KGRAPH_TEST_NEO4J_HOME") or str(cache / "test-home")
    env["KGRAPH_NEO4J_BOLT_PORT"] = env.get("KGRAPH_TEST_NEO4J_BOLT_PORT") or "7688"
    env["KGRAPH_NEO4J_HTTP_PORT"] = env.get("KGRAPH_TEST_NEO4J_HTTP_PORT") or "7475"
    return env


test_server_env.__test__ = False  # type: ignore[attr-defined]  # not a test despite its name


@pytest.fixture(scope="session")
def neo4j_uri() -> Iterator[str]:
    """The Bolt URI of a running Neo4j server for the test session."""
    uri = os.environ.get("KGRAPH_TEST_NEO4J_URI")
    if uri:
        yield uri
        return
    env = test_server_env()
    running = subprocess.run(
        [str(SERVER_SCRIPT), "status"], capture_output=True, text=True, check=False, env=env
    )
    started = running.returncode != 0
    if started:
        start = subprocess.run(
            [str(SERVER_SCRIPT), "start"], capture_output=True, text=True, check=False, env=env
        )
        if start.returncode != 0:
            pytest.fail(f"scripts/neo4j-local start failed:\n{start.stderr[-3000:]}")
        uri = start.stdout.strip().splitlines()[-1]
    else:
        uri = running.stdout.strip().splitlines()[-1]
    yield uri
    if started:
        subprocess.run([str(SERVER_SCRIPT), "stop"], capture_output=True, check=False, env=env)


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[object]:
    """An open :class:`Neo4jStore` on an emptied database (schema kept)."""
    from kgraph.stores.neo4j_store import Neo4jStore

    with Neo4jStore(neo4j_uri) as store:
        store.clear()
        yield store


def _hypothesis_profiles() -> None:
    """Property tests explore new examples on a developer's machine; in CI (``CI`` set) they
    replay a fixed sequence, so a run's verdict does not depend on the draw."""
    try:
        from hypothesis import settings
    except ImportError:  # the test extra brings hypothesis; unit tests without it still run
        return
    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profiles()
