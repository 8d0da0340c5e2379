"""Reaching a Neo4j server: the driver (imported lean), URIs safe for messages, the
server's version and the settings read from the environment.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kgraph.errors import GraphTargetError

BATCH_SIZE = 10_000  # triples per write transaction (and at most rows per statement)
START_HINT = (
    "start one with `docker run -p 7687:7687 -e NEO4J_AUTH=none neo4j:5.26`, "
    "or scripts/neo4j-local start from a kgraph checkout"
)


@cache
def schema_statements() -> tuple[str, ...]:
    """The statements of the packaged ``schema.cypher`` (constraints and indexes)."""
    from kgraph.query import split_statements

    text = resources.files("kgraph").joinpath("data/schema.cypher").read_text(encoding="utf-8")
    return tuple(split_statements(text))


# Imported by the driver only to convert values kgraph never sends or asks for (numpy arrays,
# pandas and pyarrow frames); numpy alone costs a third of a lookup's start-up.
DRIVER_EXTRAS = ("numpy", "pandas", "pyarrow")


def import_driver() -> Any:
    """The ``neo4j`` module, imported without its optional numpy/pandas/pyarrow support
    unless the process has imported those already (they stay importable afterwards)."""
    import sys

    if "neo4j" in sys.modules:
        return sys.modules["neo4j"]
    hidden = [name for name in DRIVER_EXTRAS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail
    try:
        import neo4j
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return neo4j


def redact(uri: str) -> str:
    """The URI without any ``user:password@`` part, for messages.

    >>> redact("neo4j+s://alice:secret@db.example.com:7687")
    'neo4j+s://db.example.com:7687'
    """
    parts = urlsplit(uri)
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def batch_size_from_env() -> int:
    raw = os.environ.get("KGRAPH_NEO4J_BATCH_SIZE", "").strip()
    if not raw:
        return BATCH_SIZE
    if not raw.isdigit() or int(raw) < 1:
        raise GraphTargetError(f"KGRAPH_NEO4J_BATCH_SIZE must be a positive number, not {raw!r}")
    return int(raw)


def too_old(version: str) -> bool:
    """Whether a server version (``5.26.1``, ``5.27-aura``, ``2025.01.0``) predates 5.26.

    >>> too_old("5.20.0"), too_old("5.26.31"), too_old("2025.01.0"), too_old("4.4.3")
    (True, False, False, True)
    """
    numbers = [int(part) for part in re.findall(r"\d+", version)[:2]]
    return len(numbers) == 2 and tuple(numbers) < (5, 26)


def first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "message", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
