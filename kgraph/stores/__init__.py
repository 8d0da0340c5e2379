"""Graph backends, picked by the scheme of the ``--graph`` target.

A filesystem path is the embedded store (one SQLite file, the default, no server); a
``bolt://``, ``neo4j://`` (or ``+s``/``+ssc``) URI is a Neo4j server.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kgraph.errors import GraphTargetError
from kgraph.stores.base import GraphStore


def default_graph_path() -> Path:
    """Where the embedded graph lives unless ``--graph``, ``KGRAPH_GRAPH`` or ``NEO4J_URI``
    says otherwise: ``graph.db`` in the user data folder of ``platformdirs``
    (``~/.local/share/kgraph/graph.db`` on Linux, honouring ``XDG_DATA_HOME``). A graph at
    the earlier default, ``$XDG_DATA_HOME/kgraph/graph.json``, is used while no ``graph.db``
    exists (the store converts it in place once)."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir("kgraph", appauthor=False)) / "graph.db"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    legacy = Path(base) / "kgraph" / "graph.json"
    return legacy if not path.exists() and legacy.is_file() else path


def _open_embedded(target: str) -> GraphStore:
    from kgraph.stores.sqlite_store import SQLiteStore

    return SQLiteStore(Path(target))


def _open_neo4j(target: str) -> GraphStore:
    from kgraph.stores.neo4j_store import Neo4jStore  # lazy: the driver only when asked

    return Neo4jStore(target)


# scheme -> opener; "file" is any plain path.
BACKENDS: dict[str, Callable[[str], GraphStore]] = {
    "file": _open_embedded,
    "bolt": _open_neo4j,
    "bolt+s": _open_neo4j,
    "bolt+ssc": _open_neo4j,
    "neo4j": _open_neo4j,
    "neo4j+s": _open_neo4j,
    "neo4j+ssc": _open_neo4j,
}


def graph_target(target: str | None = None) -> str:
    """The graph to use: ``target`` (``--graph``), else ``KGRAPH_GRAPH``, else
    ``NEO4J_URI`` (the variable Neo4j's own tools read), else the default file."""
    return (
        target
        or os.environ.get("KGRAPH_GRAPH")
        or os.environ.get("NEO4J_URI")
        or str(default_graph_path())
    )


def scheme_of(target: str) -> str:
    """The backend scheme of a target: ``file`` for paths, else the URI scheme."""
    if "://" not in target:
        return "file"
    return target.split("://", 1)[0].lower()


def open_store(target: str | None = None) -> GraphStore:
    """Open the graph named by ``target`` (default: ``KGRAPH_GRAPH``, ``NEO4J_URI``, then
    the local file: see :func:`graph_target`).

    Raises:
        GraphTargetError: for an unknown scheme, naming the valid ones.
    """
    target = graph_target(target)
    scheme = scheme_of(target)
    if scheme == "file" and target.startswith("file://"):
        target = target[len("file://") :]
    opener = BACKENDS.get(scheme)
    if opener is None:
        valid = "a file path, " + ", ".join(f"{s}://" for s in BACKENDS if s != "file")
        raise GraphTargetError(
            f"Unknown graph target scheme {scheme!r} in {target!r}. Valid: {valid}"
        )
    return opener(target)
