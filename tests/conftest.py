"""Shared fixtures. Neo4j tests (``@pytest.mark.neo4j``) run against a real server.

The server is ``KGRAPH_TEST_NEO4J_URI`` when set (its database is emptied before every
test: never point it at a graph you want to keep); otherwise ``scripts/neo4j-local start``
starts the repository's own server, and the session stops it at the end if it started it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "neo4j-local"


@pytest.fixture(scope="session")
def neo4j_uri() -> Iterator[str]:
    """The Bolt URI of a running Neo4j server for the test session."""
    uri = os.environ.get("KGRAPH_TEST_NEO4J_URI")
    if uri:
        yield uri
        return
    running = subprocess.run(
        [str(SERVER_SCRIPT), "status"], capture_output=True, text=True, check=False
    )
    started = running.returncode != 0
    if started:
        start = subprocess.run(
            [str(SERVER_SCRIPT), "start"], capture_output=True, text=True, check=False
        )
        if start.returncode != 0:
            pytest.fail(f"scripts/neo4j-local start failed:\n{start.stderr[-3000:]}")
        uri = start.stdout.strip().splitlines()[-1]
    else:
        uri = running.stdout.strip().splitlines()[-1]
    yield uri
    if started:
        subprocess.run([str(SERVER_SCRIPT), "stop"], capture_output=True, check=False)


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[object]:
    """An open :class:`Neo4jStore` on an emptied database (schema kept)."""
    from kgraph.stores.neo4j_store import Neo4jStore

    with Neo4jStore(neo4j_uri) as store:
        store.connect().execute_query("MATCH (n) DETACH DELETE n", database_=store.database)
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
