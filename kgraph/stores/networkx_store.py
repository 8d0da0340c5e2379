"""The embedded graph: a networkx MultiDiGraph kept in one JSON file, no server.

The file is node-link JSON. It is read when the store opens and written when the store
closes after changes, atomically (a temporary file in the same folder, then a rename), so a
failed run leaves the previous graph as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.errors import GraphTargetError
from kgraph.model import Edge, Entity, LoadStats, Triple
from kgraph.stores.base import DIRECTIONS, Folded, edge_from_attrs, fold, known_relations

FORMAT = "kgraph-networkx/1"  # node-link JSON, node key "node" (nodes carry an "id" attribute)


class NetworkXStore:
    """A graph store backed by a networkx MultiDiGraph persisted as JSON.

    >>> import tempfile, pathlib
    >>> with NetworkXStore(pathlib.Path(tempfile.mkdtemp()) / "g.json") as store:
    ...     store.stats()["nodes"]
    0
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser()
        if self.path.is_dir():
            raise GraphTargetError(
                f"{self.path}: is a directory; --graph takes a file path such as "
                f"{self.path / 'graph.json'}"
            )
        self.graph = self._read() if self.path.exists() else nx.MultiDiGraph()
        self._dirty = False
        self._names: dict[str, set[str]] | None = None

    # -- persistence -------------------------------------------------------------------

    def _read(self) -> nx.MultiDiGraph:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("graph", {}).get("format") != FORMAT:
                raise ValueError("missing format marker")
            graph = nx.node_link_graph(
                data, directed=True, multigraph=True, edges="edges", name="node"
            )
        except (OSError, ValueError, KeyError, AttributeError, nx.NetworkXError) as exc:
            raise GraphTargetError(
                f"{self.path}: not a kgraph graph file ({exc}); pass another --graph path"
            ) from None
        return graph

    def save(self) -> None:
        """Write the graph atomically: temporary file in the same folder, then rename."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.graph.graph["format"] = FORMAT
        data = nx.node_link_data(self.graph, edges="edges", name="node")
        fd, tmp = tempfile.mkstemp(prefix=".kgraph-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._dirty = False

    def close(self) -> None:
        if self._dirty:
            self.save()

    def __enter__(self) -> NetworkXStore:
        return self

    def __exit__(self, *exc: object) -> None:
        if not exc or exc[0] is None:  # save only when the block succeeded
            self.close()

    # -- writing -----------------------------------------------------------------------

    def add(self, triples: Iterable[Triple]) -> LoadStats:
        """Fold triples into the graph; mentions already present are not counted again."""
        stats = LoadStats()
        self._names = None
        folded = fold(known_relations(triples, stats))
        stats.triples = folded.triples + stats.skipped
        self._merge(folded, stats)
        if stats.nodes_added or stats.edges_added or stats.mentions_added:
            self._dirty = True
        return stats

    def _merge(self, folded: Folded, stats: LoadStats) -> None:
        g = self.graph
        for node_id, row in folded.nodes.items():
            if node_id not in g:
                g.add_node(node_id, **row.properties())
                stats.nodes_added += 1
                continue
            attrs = g.nodes[node_id]
            aliases = sorted(set(attrs.get("aliases", [])) | row.aliases)
            roles = sorted(set(attrs.get("roles", [])) | row.roles)
            if aliases != attrs.get("aliases") or roles != attrs.get("roles"):
                attrs["aliases"], attrs["roles"] = aliases, roles
                self._dirty = True
            if attrs.get("country") is None and row.country:
                attrs["country"] = row.country
                self._dirty = True
        for (subject, key, obj), edge in folded.edges.items():
            if not g.has_edge(subject, obj, key):
                g.add_edge(
                    subject, obj, key=key,
                    relation=edge.relation, status=edge.status, count=0,
                    first_date=None, last_date=None, evidence=[], sentences=[],
                    plover=edge.plover, cameo=edge.cameo, quad_class=edge.quad_class,
                    confidence=0.0, role=edge.role,
                )  # fmt: skip
                stats.edges_added += 1
            attrs = g.edges[subject, obj, key]
            for evidence_id, (sentence, day) in edge.mentions.items():
                if evidence_id in attrs["evidence"]:
                    continue
                attrs["evidence"].append(evidence_id)
                attrs["sentences"].append(sentence)
                attrs["count"] += 1
                stats.mentions_added += 1
                if day:
                    attrs["first_date"] = min(filter(None, (attrs["first_date"], day)))
                    attrs["last_date"] = max(filter(None, (attrs["last_date"], day)))
            attrs["confidence"] = max(attrs["confidence"], edge.confidence)

    # -- reading -----------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self.graph:
            return None
        return _entity(self.graph.nodes[entity_id])

    def resolve(self, name: str) -> list[str]:
        return sorted(self._name_index().get(name.strip().casefold(), ()))

    def _name_index(self) -> dict[str, set[str]]:
        """Casefolded id, name and aliases -> node ids; built once, dropped by ``add``."""
        if self._names is None:
            self._names = {}
            for node_id, attrs in self.graph.nodes(data=True):
                for alias in (node_id, attrs.get("name", ""), *attrs.get("aliases", [])):
                    self._names.setdefault(str(alias).casefold(), set()).add(node_id)
        return self._names

    def neighbors(
        self, entity_id: str, relation: str | None = None, direction: str = "both"
    ) -> list[Edge]:
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}")
        if entity_id not in self.graph:
            return []
        g = self.graph
        edges: list[tuple[str, str, dict[str, Any]]] = []
        if direction in ("out", "both"):
            edges += [(u, v, d) for u, v, d in g.out_edges(entity_id, data=True)]
        if direction in ("in", "both"):
            edges += [
                (u, v, d)
                for u, v, d in g.in_edges(entity_id, data=True)
                if u != v or direction == "in"
            ]
        result = [
            edge_from_attrs(_entity(g.nodes[u]), _entity(g.nodes[v]), d)
            for u, v, d in edges
            if relation is None or d["relation"] == relation
        ]
        return sorted(result, key=lambda e: (-e.count, e.relation, e.subject.id, e.object.id))

    def stats(self) -> dict[str, Any]:
        g = self.graph
        return {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "mentions": sum(d["count"] for _, _, d in g.edges(data=True)),
            "nodes_by_kind": dict(Counter(d["kind"] for _, d in g.nodes(data=True)).most_common()),
            "edges_by_relation": dict(
                Counter(d["relation"] for _, _, d in g.edges(data=True)).most_common()
            ),
        }

    def to_networkx(self) -> nx.MultiDiGraph:
        graph = self.graph.copy()
        graph.graph.pop("format", None)
        return graph


def _entity(attrs: dict[str, Any]) -> Entity:
    return Entity(
        id=attrs["id"],
        name=attrs["name"],
        kind=attrs["kind"],
        country=attrs.get("country"),
        aliases=tuple(attrs.get("aliases", ())),
        roles=tuple(attrs.get("roles", ())),
    )
