"""Writing the graph for other tools: GraphML (Gephi, Cytoscape, yEd), node-link JSON, and
the CSV files of ``neo4j-admin database import`` (the bulk path for a first Neo4j load)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import networkx as nx

FORMATS = ("graphml", "json", "neo4j-import")
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


# -- neo4j-admin database import ----------------------------------------------------------

ARRAY_DELIMITER = "\x1f"  # U+001F: never in a name, unlike ; or |
IMPORT_FILES = {
    "entities.csv": "--nodes={dir}/entities.csv",
    "mentions.csv": "--nodes=Mention={dir}/mentions.csv",
    "relations.csv": "--relationships={dir}/relations.csv",
    "names.csv": "--nodes=Name={dir}/names.csv",
    "names_of.csv": "--relationships=NAMES={dir}/names_of.csv",
}


def neo4j_import_command(directory: str, database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that reads the files of :func:`write_neo4j_import`."""
    files = " ".join(flag.format(dir=directory) for flag in IMPORT_FILES.values())
    return (
        f"neo4j-admin database import full {database} --overwrite-destination "
        f"--array-delimiter=U+001F --multiline-fields=true {files}"
    )


def write_neo4j_import(store: Any, directory: Path) -> dict[str, int]:
    """Write the graph as the CSV files (with headers) that ``neo4j-admin database import
    full`` reads, in the layout the Neo4j store writes (entities with their kind as a label,
    relation edges with their bounded summary, mentions with their sentences), plus
    ``import-command.txt`` with the command. Returns the rows written per file.

    After the import, start the server and create the schema (``kgraph query
    cypher/schema.cypher --graph ...``, or any ``kgraph load``).
    """
    from kgraph.model import KINDS
    from kgraph.stores.base import edge_uid, mention_uid, name_key

    directory.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(IMPORT_FILES, 0)
    graph = store.to_networkx()
    with _csv(directory / "entities.csv") as out:
        out.writerow(["id:ID(Entity)", "name", "kind", "country", "aliases:string[]",
                      "roles:string[]", ":LABEL"])  # fmt: skip
        for node, attrs in graph.nodes(data=True):
            kind = attrs.get("kind") or ""
            labels = "Entity;" + kind if kind in KINDS else "Entity"
            aliases, roles = _array(attrs.get("aliases")), _array(attrs.get("roles"))
            out.writerow([node, attrs.get("name"), kind, attrs.get("country"), aliases, roles,
                          labels])  # fmt: skip
            counts["entities.csv"] += 1
    names: dict[str, set[str]] = {}  # the lookup keys of every entity (base.name_key)
    for node, attrs in graph.nodes(data=True):
        for name in (node, attrs.get("name") or node, *(attrs.get("aliases") or ())):
            if key := name_key(name):
                names.setdefault(key, set()).add(node)
    with _csv(directory / "names.csv") as out, _csv(directory / "names_of.csv") as names_of:
        out.writerow(["key:ID(Name)"])
        names_of.writerow([":START_ID(Name)", ":END_ID(Entity)"])
        for key, nodes in sorted(names.items()):
            out.writerow([key])
            counts["names.csv"] += 1
            for node in sorted(nodes):
                names_of.writerow([key, node])
                counts["names_of.csv"] += 1
    with _csv(directory / "relations.csv") as out:
        out.writerow([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "key", "status",
                      "count:int", "first_date", "last_date", "plover", "cameo", "quad_class:int",
                      "confidence:double", "role"])  # fmt: skip
        for subject, obj, attrs in graph.edges(data=True):
            key = edge_uid(subject, attrs["relation"], attrs["status"], obj)
            out.writerow([subject, obj, attrs["relation"], key, attrs["status"], attrs["count"],
                          attrs.get("first_date"), attrs.get("last_date"), attrs.get("plover"),
                          attrs.get("cameo"), attrs.get("quad_class"), attrs.get("confidence"),
                          attrs.get("role")])  # fmt: skip
            counts["relations.csv"] += 1
    del graph
    # The sentence, article and offsets of every evidence id, to put on its mentions.
    sentences = {ev["id"]: ev for ev in store.iter_evidence()}
    with _csv(directory / "mentions.csv") as out:
        out.writerow(["key:ID(Mention)", "evidence", "doc_id", "sentence", "start:int",
                      "end:int", "date", "confidence:double"])  # fmt: skip
        for m in store.iter_mentions():
            edge = edge_uid(m["subject"], m["relation"], m["status"], m["object"])
            ev = sentences.get(m["evidence"]) or {}
            out.writerow([mention_uid(edge, m["evidence"]), m["evidence"], ev.get("doc_id"),
                          ev.get("sentence"), ev.get("start"), ev.get("end"), m["date"],
                          m["confidence"]])  # fmt: skip
            counts["mentions.csv"] += 1
    command = neo4j_import_command(str(directory))
    (directory / "import-command.txt").write_text(command + "\n", encoding="utf-8")
    return counts


def _array(values: Any) -> str:
    return ARRAY_DELIMITER.join(str(v) for v in values or ())


@contextmanager
def _csv(path: Path) -> Iterator[Any]:
    with path.open("w", encoding="utf-8", newline="") as handle:
        yield csv.writer(handle, quoting=csv.QUOTE_MINIMAL, doublequote=True)
