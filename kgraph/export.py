"""Writing the graph for other tools: GraphML (Gephi, Cytoscape, yEd) and node-link JSON."""

from __future__ import annotations

import json
from typing import IO, Any

import networkx as nx

FORMATS = ("graphml", "json")
LIST_SEPARATOR = "|"


def flatten_for_graphml(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values GraphML can hold.

    GraphML keeps str, int, float and bool. Lists of strings become one string joined by
    ``|`` (aliases, roles, evidence ids) except evidence sentences, which become a JSON array
    string since sentences may contain ``|``; dicts become JSON; None values are left out.
    """
    flat = nx.MultiDiGraph()
    flat.graph.update(_flat(graph.graph))
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **_flat(attrs))
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **_flat(attrs))
    return flat


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, bool | int | float | str):
            out[name] = value
        elif isinstance(value, list | tuple | set) and name != "sentences":
            out[name] = LIST_SEPARATOR.join(str(v) for v in value)
        else:
            out[name] = json.dumps(
                list(value) if isinstance(value, set | tuple) else value, ensure_ascii=False
            )
    return out


def write_graphml(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Write GraphML that ``networkx.read_graphml`` and Gephi read, with typed attributes."""
    nx.write_graphml(flatten_for_graphml(graph), out, named_key_ids=True)


def write_json(graph: nx.MultiDiGraph, out: IO[str]) -> None:
    """Write node-link JSON (``networkx.node_link_graph(data, edges="edges")`` reads it)."""
    json.dump(nx.node_link_data(graph, edges="edges"), out, ensure_ascii=False, indent=1)
    out.write("\n")
