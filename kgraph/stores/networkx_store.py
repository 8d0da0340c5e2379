"""The first embedded format: a networkx MultiDiGraph as node-link JSON in one file.

It is read only to convert it, once, into the indexed SQLite store
(:mod:`kgraph.stores.sqlite_store`), which replaced it: that store reads only what a command
needs, adds without rewriting the file, and keeps mentions apart from their edges.
``NetworkXStore`` is kept as a name of the embedded store for code that imports it.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kgraph.errors import GraphTargetError
from kgraph.stores.sqlite_store import SQLiteStore

FORMAT = "kgraph-networkx/1"  # node-link JSON, node key "node" (nodes carry an "id" attribute)

NetworkXStore = SQLiteStore


def read_json_graph(path: Path) -> nx.MultiDiGraph:
    """The graph of a JSON graph file written by kgraph before the SQLite store.

    Raises:
        GraphTargetError: the file is not such a graph (it is left as it is).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("graph", {}).get("format") != FORMAT:
            raise ValueError("missing format marker")
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges", name="node")
    except (OSError, ValueError, KeyError, AttributeError, nx.NetworkXError) as exc:
        raise GraphTargetError(
            f"{path}: not a kgraph graph file ({exc}); pass another --graph path"
        ) from None
