"""The graph store interface, and the folding of triple mentions into nodes and edges.

Every backend receives the same folded rows, so the embedded store and Neo4j give the same
answers: one node per entity id, one edge per (subject, relation, object, status) holding
only bounded summaries (count of distinct evidence sentences, first/last date, highest
confidence), and one mention record per (edge, evidence sentence) kept apart from the edge:
its unique key makes loading the same article twice change nothing, and a hot edge's
thousands of mentions never make the edge itself grow.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from kgraph.model import Edge, Entity, LoadStats, Triple
from kgraph.ontology import RELATIONS, canonical

if TYPE_CHECKING:
    import networkx as nx

DIRECTIONS = ("out", "in", "both")
T = TypeVar("T")
RECENT = 3  # evidence sentences an edge carries when read back for a lookup


@dataclass(frozen=True)
class EdgeMention:
    """One mention of an edge: the evidence sentence that says it, its date and confidence."""

    evidence: str
    date: str | None
    sentence: str
    confidence: float


def name_key(text: str) -> str:
    """How both stores match a name: stripped and casefolded (``"  The KREMLIN"`` ->
    ``"the kremlin"``); an entity is found by the keys of its id, name and aliases."""
    return str(text).strip().casefold()


def neighbor_order(edge: Edge) -> tuple[int, str, str, str]:
    """The order of ``neighbors``: most mentioned first, then relation, subject, object."""
    return (-edge.count, edge.relation, edge.subject.id, edge.object.id)


def lookup_order(edge: Edge) -> tuple[bool, int, str, str, str]:
    """The order of ``edges_at`` and of a lookup: asserted edges first, most mentioned
    first, then relation, object, subject (both stores sort this way before a limit)."""
    return (edge.status != "asserted", -edge.count, edge.relation, edge.object.id, edge.subject.id)


def mention_order(date: str | None, evidence: str) -> tuple[str, str]:
    """The order of an edge's mentions in both stores: by date (undated first), then id."""
    return (date or "", evidence)


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
    # evidence id -> (sentence, date, confidence); distinct sentences only.
    mentions: dict[str, tuple[str, str | None, float]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return edge_key(self.relation, self.status)

    @property
    def uid(self) -> str:
        """The edge's unique key across the graph (see :func:`edge_uid`)."""
        return edge_uid(self.subject, self.relation, self.status, self.object)

    def dates(self) -> list[str]:
        return [day for _, day, _ in self.mentions.values() if day]


# What ``json.dumps(..., ensure_ascii=False)`` escapes in a string: quotes, backslashes and
# control characters. A string without them is written between quotes as it is.
_escaped = re.compile(r'[\x00-\x1f"\\]').search


def edge_uid(subject: str, relation: str, status: str, obj: str) -> str:
    """A string naming one edge, injective whatever the ids hold (a JSON array without its
    closing bracket, so a mention key :func:`mention_uid` starts with it).

    >>> edge_uid("RUS", "SUPPLIES", "asserted", "VEN")
    '["RUS","SUPPLIES","asserted","VEN"'
    """
    parts = (subject, relation, status, obj)
    if _escaped("".join(parts)) is None:  # nothing JSON escapes: the same text, built directly
        return '["' + '","'.join(parts) + '"'
    return json.dumps(parts, ensure_ascii=False, separators=(",", ":"))[:-1]


def mention_uid(edge: str, evidence_id: str) -> str:
    """The unique key of one mention: its edge's key and the evidence id.

    >>> mention_uid(edge_uid("RUS", "SUPPLIES", "asserted", "VEN"), "d1:0-20")
    '["RUS","SUPPLIES","asserted","VEN","d1:0-20"]'
    """
    if _escaped(evidence_id) is None:
        return f'{edge},"{evidence_id}"]'
    return edge + "," + json.dumps(evidence_id, ensure_ascii=False) + "]"


def edge_key(relation: str, status: str) -> str:
    """The key of an edge among the parallel edges of a node pair.

    >>> edge_key("SUPPLIES", "asserted"), edge_key("ATTACKS", "negated")
    ('SUPPLIES', 'ATTACKS|negated')
    """
    return relation if status == "asserted" else f"{relation}|{status}"


def edge_from_attrs(subject: Entity, obj: Entity, attrs: dict[str, Any]) -> Edge:
    """An :class:`Edge` from the edge attributes both stores read back (``to_networkx``'s
    edge shape: relation, status, count, dates, evidence, sentences, codes). Read for a
    lookup, ``evidence``/``sentences`` hold the most recent mentions, most recent first;
    ``count`` is the total."""
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
        ev = triple.evidence
        known = edge.mentions.get(ev.id)
        if known is None or triple.confidence > known[2]:
            date = known[1] if known else triple.date
            edge.mentions[ev.id] = (ev.sentence, date, triple.confidence)
    return folded


@dataclass
class Chunk:
    """Triples read at once: how many, those with a known relation, and their fold."""

    read: int
    triples: list[Triple]
    folded: Folded


def prefetched_chunks(items: Iterable[Triple], size: int, stats: LoadStats) -> Iterator[Chunk]:
    """``items`` in chunks of ``size``, the next one read and folded by a background thread
    while the caller writes the current one (parsing JSON and folding overlap with the
    database's work, which releases the GIL). Unknown relations are counted in ``stats``.
    At most three chunks are held: memory stays bounded.

    Raises:
        Whatever reading ``items`` raised, in the caller's thread.
    """

    def prepare(chunk: list[Triple]) -> Chunk:
        kept = list(known_relations(chunk, stats))
        return Chunk(len(chunk), kept, fold(kept))

    return prefetched(items, size, prepare)


def prefetched(
    items: Iterable[Triple], size: int, prepare: Callable[[list[Triple]], T]
) -> Iterator[T]:
    """``prepare(chunk)`` for each chunk of ``size`` items, computed by a background thread
    one chunk ahead of the caller (see :func:`prefetched_chunks`)."""
    import queue
    import threading
    from itertools import islice

    slots: queue.Queue[T | BaseException | None] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        stream = iter(items)
        try:
            while not stop.is_set():
                chunk = list(islice(stream, size))
                if not chunk:
                    break
                slots.put(prepare(chunk))
            slots.put(None)
        except BaseException as exc:  # handed to the consumer, which raises it
            slots.put(exc)

    reader = threading.Thread(target=produce, name="kgraph-reader", daemon=True)
    reader.start()
    try:
        while (item := slots.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while reader.is_alive():  # unblock a producer waiting on a full queue
            try:
                slots.get_nowait()
            except queue.Empty:
                reader.join(0.05)


MAX_KEY_BYTES = 1024  # an id (entity, document) or name in UTF-8: Neo4j indexes keys < 8 KiB


def known_relations(triples: Iterable[Triple], stats: LoadStats) -> Iterator[Triple]:
    """The triples both stores can hold: a relation in the ontology (a relation name becomes
    a Neo4j relationship type: only known names pass), and entity ids, names, aliases and
    the document id within ``MAX_KEY_BYTES`` each (they are index keys). The others are
    counted and listed in ``stats``, the same way on both stores."""
    for t in triples:
        problem = None
        if t.relation not in RELATIONS:
            problem = "relation not in the kgraph ontology"
        elif _too_long(t):
            problem = f"an id or name longer than {MAX_KEY_BYTES} bytes"
        if problem is None:
            yield t
            continue
        stats.skipped += 1
        where = t.evidence.id if len(t.evidence.id) <= 80 else t.evidence.id[:80] + "..."
        ends = [e if len(e) <= 80 else e[:80] + "..." for e in (t.subject.id, t.object.id)]
        arrow = f"{ends[0]} -{t.relation[:80]}-> {ends[1]}"
        stats.errors.append(f"{where}: {arrow}: {problem}, skipped")


def long_key(text: str) -> bool:
    """Whether ``text`` is longer than ``MAX_KEY_BYTES`` in UTF-8. A code point is at most
    4 bytes, so only a text of more than a quarter of that many characters is encoded."""
    if len(text) <= MAX_KEY_BYTES // 4:
        return False
    return len(text.encode("utf-8", "surrogatepass")) > MAX_KEY_BYTES


def _too_long(t: Triple) -> bool:
    texts = [t.evidence.doc_id]
    for e in (t.subject, t.object):
        texts += [e.id, e.name, *e.aliases]
    if max(map(len, texts)) <= MAX_KEY_BYTES // 4:  # the usual case, decided at once
        return False
    return any(long_key(text) for text in texts)


class NeighborsFromEdges:
    """:meth:`GraphStore.neighbors` for a store whose :meth:`GraphStore.edges_at` reads the
    edges at several ids in one query: one entity's edges, in :func:`neighbor_order`."""

    def edges_at(
        self, ids: Sequence[str], relation: str | None, direction: str, evidence: int
    ) -> list[Edge]:
        raise NotImplementedError

    def neighbors(
        self,
        entity_id: str,
        relation: str | None = None,
        direction: str = "both",
        evidence: int = RECENT,
    ) -> list[Edge]:
        edges = self.edges_at([entity_id], relation, direction, evidence)
        return sorted(edges, key=neighbor_order)


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

    def entities(self, ids: Sequence[str]) -> dict[str, Entity]:
        """The stored entities among ``ids``, by id (one read)."""
        ...

    def neighbors(
        self,
        entity_id: str,
        relation: str | None = None,
        direction: str = "both",
        evidence: int = RECENT,
    ) -> list[Edge]:
        """The edges at an entity, optionally of one relation and direction, each with its
        ``evidence`` most recent sentences."""
        ...

    def edges_at(
        self,
        ids: Sequence[str],
        relation: str | None = None,
        direction: str = "both",
        evidence: int = RECENT,
        since: str | None = None,
        limit: int | None = None,
    ) -> list[Edge]:
        """The edges at any of ``ids`` (each edge once), in one read: a country's lookup
        with its groups. Only edges last seen on or after ``since``; the first ``limit`` in
        :func:`lookup_order`."""
        ...

    def count_edges(
        self,
        ids: Sequence[str],
        relation: str | None = None,
        direction: str = "both",
        since: str | None = None,
    ) -> int:
        """How many edges :meth:`edges_at` would give without a limit."""
        ...

    def mentions(
        self,
        subject: str,
        relation: str,
        obj: str,
        status: str = "asserted",
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EdgeMention]:
        """An edge's mentions, most recent first, ``limit`` of them from ``offset``."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts: nodes, edges, mentions, nodes by kind, edges by relation."""
        ...

    def iter_evidence(self) -> Iterator[dict[str, Any]]:
        """Every evidence sentence: ``{id, doc_id, sentence, start, end, date}`` (the date
        of its article, when known)."""
        ...

    def iter_mentions(self) -> Iterator[dict[str, Any]]:
        """Every mention: ``{subject, relation, status, object, evidence, date,
        confidence}``."""
        ...

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx MultiDiGraph (node/edge attributes as stored)."""
        ...

    def __enter__(self) -> GraphStore: ...

    def __exit__(self, *exc: object) -> None: ...
