"""The graph store interface, and the folding of triple mentions into nodes and edges.

Every backend receives the same folded rows, so the embedded store and Neo4j give the same
answers: one node per entity id, one edge per (subject, relation, object, status), with a
count of distinct evidence sentences, first/last date and the evidence ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from kgraph.model import Edge, Entity, LoadStats, Triple
from kgraph.ontology import RELATIONS, canonical

if TYPE_CHECKING:
    import networkx as nx

DIRECTIONS = ("out", "in", "both")


@dataclass
class NodeRow:
    """An entity as a store writes it; aliases and roles merge across mentions."""

    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    def merge(self, entity: Entity) -> None:
        self.aliases.update(entity.aliases)
        self.roles.update(entity.roles)
        if self.country is None and entity.country:
            self.country = entity.country

    def properties(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "aliases": sorted(self.aliases),
            "roles": sorted(self.roles),
        }


@dataclass
class EdgeRow:
    """The mentions of one (subject, relation, object, status) in a batch of triples."""

    subject: str
    relation: str
    object: str
    status: str
    plover: str | None
    cameo: str | None
    quad_class: int | None
    role: str | None = None
    confidence: float = 0.0
    # evidence id -> (sentence, date); distinct sentences only.
    mentions: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return edge_key(self.relation, self.status)


def edge_key(relation: str, status: str) -> str:
    """The key of an edge among the parallel edges of a node pair.

    >>> edge_key("SUPPLIES", "asserted"), edge_key("ATTACKS", "negated")
    ('SUPPLIES', 'ATTACKS|negated')
    """
    return relation if status == "asserted" else f"{relation}|{status}"


def edge_from_attrs(subject: Entity, obj: Entity, attrs: dict[str, Any]) -> Edge:
    """An :class:`Edge` from the edge attributes both stores read back (``to_networkx``'s
    edge shape: relation, status, count, dates, evidence, sentences, codes)."""
    return Edge(
        subject=subject,
        relation=attrs["relation"],
        object=obj,
        status=attrs["status"],
        count=attrs["count"],
        first_date=attrs["first_date"],
        last_date=attrs["last_date"],
        evidence=tuple(attrs["evidence"]),
        sentences=tuple(attrs["sentences"]),
        plover=attrs.get("plover"),
        cameo=attrs.get("cameo"),
        quad_class=attrs.get("quad_class"),
        confidence=attrs.get("confidence", 0.0),
        role=attrs.get("role"),
    )


@dataclass
class Folded:
    """A batch of triples folded into node and edge rows."""

    nodes: dict[str, NodeRow] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], EdgeRow] = field(default_factory=dict)
    triples: int = 0


def fold(triples: Iterable[Triple]) -> Folded:
    """Fold triple mentions: symmetric relations ordered, repeated sentences counted once."""
    folded = Folded()
    for triple in triples:
        folded.triples += 1
        triple = canonical(triple)
        for entity in (triple.subject, triple.object):
            row = folded.nodes.get(entity.id)
            if row is None:
                row = folded.nodes[entity.id] = NodeRow(
                    entity.id, entity.name, entity.kind, entity.country
                )
            row.merge(entity)
        key = (triple.subject.id, edge_key(triple.relation, triple.status), triple.object.id)
        edge = folded.edges.get(key)
        if edge is None:
            edge = folded.edges[key] = EdgeRow(
                triple.subject.id,
                triple.relation,
                triple.object.id,
                triple.status,
                triple.plover,
                triple.cameo,
                triple.quad_class,
                role=triple.role,
            )
        edge.confidence = max(edge.confidence, triple.confidence)
        edge.mentions.setdefault(triple.evidence.id, (triple.evidence.sentence, triple.date))
    return folded


def known_relations(triples: Iterable[Triple], stats: LoadStats) -> Iterator[Triple]:
    """The triples whose relation is in the ontology; the others are counted and listed in
    ``stats`` (a relation name becomes a Neo4j relationship type: only known names pass)."""
    for t in triples:
        if t.relation in RELATIONS:
            yield t
            continue
        stats.skipped += 1
        stats.errors.append(
            f"{t.evidence.id}: {t.subject.id} -{t.relation}-> {t.object.id}: "
            "relation not in the kgraph ontology, skipped"
        )


class GraphStore(Protocol):
    """What every graph backend offers. Stores are context managers."""

    def add(self, triples: Iterable[Triple]) -> LoadStats:
        """Load triples; loading the same triples again changes nothing."""
        ...

    def resolve(self, name: str) -> list[str]:
        """Entity ids whose id, name or alias is ``name`` (case-insensitive)."""
        ...

    def entity(self, entity_id: str) -> Entity | None:
        """The stored entity with this id."""
        ...

    def neighbors(
        self, entity_id: str, relation: str | None = None, direction: str = "both"
    ) -> list[Edge]:
        """The edges at an entity, optionally of one relation and direction."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts: nodes, edges, mentions, nodes by kind, edges by relation."""
        ...

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx MultiDiGraph (node/edge attributes as stored)."""
        ...

    def __enter__(self) -> GraphStore: ...

    def __exit__(self, *exc: object) -> None: ...
