"""One load into the embedded graph: triples folded into rows, and the rows written.

:func:`fold` turns a chunk of triples into the nodes, edges (one per key, with their mentions)
and evidence rows that :func:`write_nodes`, :func:`write_evidence` and :func:`write_edges`
write; :class:`NodeCache` and :class:`EdgeIds` are what one load remembers of the graph, both
bounded, so a load of any size runs in bounded memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from kgraph.model import Entity, LoadStats, Triple
from kgraph.ontology import RELATIONS
from kgraph.stores.base import NodeRow, known_relations, long_key, name_key
from kgraph.stores.sqlite_file import INDEXES, KEY_INDEX, json_list

# An edge's dates and confidence, given the mentions of a chunk (UPDATE_SUMMARY: its count).
UPDATE_DATES = (
    "UPDATE edges SET first_date = CASE WHEN first_date IS NULL OR ? < first_date "
    "THEN coalesce(?, first_date) ELSE first_date END, "
    "last_date = CASE WHEN last_date IS NULL OR ? > last_date "
    "THEN coalesce(?, last_date) ELSE last_date END, "
    "confidence = max(confidence, ?) WHERE id = ?"
)
UPDATE_SUMMARY = UPDATE_DATES.replace("UPDATE edges SET ", "UPDATE edges SET count = count + ?, ")
EdgeKey = tuple[str, str, str, str]  # subject, relation, status, object
SYMMETRIC = frozenset(name for name, rel in RELATIONS.items() if rel.symmetric)
EDGE_IDS_HELD = 2_000_000  # edge keys remembered by one load (then looked up in the file)


class NodeCache:
    """What one load knows of the nodes it wrote or read: id -> (country, aliases, roles)
    as stored, so a node named again with nothing new is not read again. Bounded."""

    HELD = 200_000

    def __init__(self) -> None:
        self.nodes: dict[str, tuple[str | None, frozenset[str], frozenset[str]]] = {}

    def holds(self, row: NodeRow) -> bool:
        """The node is stored with this row's aliases, roles and a country (or the row
        has none): writing the row would change nothing."""
        known = self.nodes.get(row.id)
        return (
            known is not None
            and (known[0] is not None or row.country is None)
            and row.aliases <= known[1]
            and row.roles <= known[2]
        )

    def put(
        self, node: str, country: str | None, aliases: Iterable[str], roles: Iterable[str]
    ) -> None:
        if len(self.nodes) >= self.HELD:
            self.nodes.clear()
        self.nodes[node] = (country, frozenset(aliases), frozenset(roles))


class EdgeFold:
    """One edge's mentions in a chunk: codes of its first mention, the highest confidence,
    and evidence id -> (date, confidence), each sentence once."""

    __slots__ = ("plover", "cameo", "quad_class", "role", "confidence", "mentions", "first", "last")

    def __init__(self, triple: Triple) -> None:
        self.plover, self.cameo = triple.plover, triple.cameo
        self.quad_class, self.role = triple.quad_class, triple.role
        self.confidence = 0.0
        self.mentions: dict[str, tuple[str | None, float]] = {}
        self.first: str | None = None  # the earliest and latest dates of the mentions
        self.last: str | None = None


@dataclass
class Chunk:
    """A chunk of triples folded into the rows the store writes."""

    read: int
    nodes: dict[str, NodeRow] = field(default_factory=dict)
    edges: dict[EdgeKey, EdgeFold] = field(default_factory=dict)
    evidence: list[tuple[str, str, str, int, int]] = field(default_factory=list)


def fold(triples: list[Triple], stats: LoadStats) -> Chunk:
    """:func:`kgraph.stores.base.fold` of the triples :func:`known_relations` keeps (the
    same nodes, edges and mentions, the same skipped triples and messages), in one pass that
    merges an actor into its node once per chunk, not once per mention."""
    chunk = Chunk(len(triples))
    nodes, edges, evidence = chunk.nodes, chunk.edges, chunk.evidence
    merged: dict[str, Entity] = {}  # id -> the Entity last checked and merged
    seen, edge_of, add_evidence = merged.get, edges.get, evidence.append
    for t in triples:
        relation, subject, obj, ev = t.relation, t.subject, t.object, t.evidence
        doc_id = ev.doc_id
        # Most triples carry actors already checked and merged in this chunk (the parser
        # shares one Entity per actor record): only the others are checked and merged.
        fresh = seen(subject.id) is not subject or seen(obj.id) is not obj
        if (
            relation not in RELATIONS
            or (fresh and (long_entity(subject) or long_entity(obj)))
            or long_key(doc_id)
        ) and not list(known_relations([t], stats)):  # counted and named as on both stores
            continue
        if relation in SYMMETRIC and obj.id < subject.id:
            subject, obj = obj, subject
        if fresh:
            for entity in (subject, obj):
                if seen(entity.id) is not entity:
                    row = nodes.get(entity.id)
                    if row is None:
                        row = nodes[entity.id] = NodeRow(
                            entity.id, entity.name, entity.kind, entity.country
                        )
                    row.merge(entity)
                    merged[entity.id] = entity
        # Triple.status and Evidence.id, inlined
        status = "negated" if t.negated else (
            "hypothetical" if t.modality == "hypothetical" else "asserted"
        )  # fmt: skip
        key = (subject.id, relation, status, obj.id)
        edge = edge_of(key)
        if edge is None:
            edge = edges[key] = EdgeFold(t)
        confidence = t.confidence
        if confidence > edge.confidence:
            edge.confidence = confidence
        start, end = ev.start, ev.end
        evidence_id = f"{doc_id}:{start}-{end}"
        mentions = edge.mentions
        known = mentions.get(evidence_id)
        if known is None:
            day = t.date
            mentions[evidence_id] = (day, confidence)
            if day:
                if edge.first is None or day < edge.first:
                    edge.first = day
                if edge.last is None or day > edge.last:
                    edge.last = day
        elif confidence > known[1]:
            mentions[evidence_id] = (known[0], confidence)
        add_evidence((evidence_id, doc_id, ev.sentence, start, end))
    evidence.sort(key=_first)  # stable: the first of a repeated id stays first
    return chunk


def long_entity(entity: Entity) -> bool:
    return any(long_key(text) for text in (entity.id, entity.name, *entity.aliases))


_first = itemgetter(0)


class EdgeIds:
    """Edge key -> id for one load. A graph that was empty when the load began holds only
    the edges this load wrote, all remembered: a key not here is new, with no query. Else
    (or once ``EDGE_IDS_HELD`` keys were seen) the keys of a chunk not remembered are looked
    up in one query (:meth:`find`)."""

    def __init__(self, db: sqlite3.Connection, indexes: Sequence[str]) -> None:
        self.db = db
        top = db.execute("SELECT max(id) FROM edges").fetchone()[0]
        self.complete = top is None  # every edge of the graph is in self.ids
        self.next = (top or 0) + 1
        self.ids: dict[EdgeKey, int] = {}
        # The key is an index that a first load drops (built again before a key is queried).
        self.key_index = KEY_INDEX in indexes
        # Edges that got mentions from a later chunk of a first load: counted at the end.
        self.touched: set[int] = set()

    def find(self, keys: Iterable[EdgeKey]) -> None:
        """Look up, in one query, the keys of a chunk that are not remembered (forgetting
        the earlier ones first when ``EDGE_IDS_HELD`` would be passed: memory stays bounded;
        never within a chunk, whose keys stay known until it is written)."""
        keys = list(keys)
        if len(self.ids) + len(keys) > EDGE_IDS_HELD:
            self.ids.clear()
            if self.complete and self.key_index:  # dropped by this load: queried from now on
                self.db.execute(
                    f"CREATE UNIQUE INDEX IF NOT EXISTS {KEY_INDEX} ON {INDEXES[KEY_INDEX]}"
                )
            self.complete = False
        if self.complete:
            return
        wanted = [key for key in keys if key not in self.ids]
        if not wanted:
            return
        db = self.db
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS fkeys (subject TEXT, relation TEXT, status TEXT, "
            "object TEXT)"
        )
        db.execute("DELETE FROM fkeys")
        db.executemany("INSERT INTO fkeys VALUES (?, ?, ?, ?)", wanted)
        found = db.execute(
            "SELECT e.subject, e.relation, e.status, e.object, e.id FROM fkeys f JOIN edges e "
            "ON e.subject = f.subject AND e.relation = f.relation AND e.status = f.status "
            "AND e.object = f.object"
        ).fetchall()
        db.execute("DELETE FROM fkeys")
        for subject, relation, status, obj, edge_id in found:
            self.ids[subject, relation, status, obj] = edge_id

    def recount(self) -> None:
        """Set the count of the edges in ``touched`` to their number of mentions."""
        if self.touched:
            self.db.executemany(
                "UPDATE edges SET count = (SELECT count(*) FROM mentions WHERE edge = ?1) "
                "WHERE id = ?1",
                ((edge_id,) for edge_id in sorted(self.touched)),
            )
            self.touched.clear()

    def get(self, key: EdgeKey) -> int | None:
        """The id of a known edge (after :meth:`find` for its chunk), else None."""
        return self.ids.get(key)

    def add(self, key: EdgeKey) -> int:
        """The id of a new edge."""
        edge_id, self.next = self.next, self.next + 1
        self.ids[key] = edge_id
        return edge_id


def write_nodes(
    db: sqlite3.Connection, nodes: dict[str, NodeRow], cache: NodeCache, stats: LoadStats
) -> None:
    """Insert the chunk's new nodes, merge aliases, roles and country into known ones
    (a node this load already wrote with all of these is not read again)."""
    rows = [row for row in nodes.values() if not cache.holds(row)]
    known: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(rows), 500):
        part = [row.id for row in rows[start : start + 500]]
        marks = ",".join("?" * len(part))
        for found in db.execute(
            f"SELECT id, country, aliases, roles FROM nodes WHERE id IN ({marks})", part
        ):
            known[found[0]] = found
    inserts, updates, names = [], [], []
    for row in rows:
        old = known.get(row.id)
        if old is None:
            props = row.properties()
            inserts.append(
                (row.id, row.name, row.kind, row.country,
                 json_list(props["aliases"]), json_list(props["roles"]))
            )  # fmt: skip
            names += [(name_key(n), row.id) for n in (row.id, row.name, *row.aliases)]
            cache.put(row.id, row.country, row.aliases, row.roles)
            continue
        aliases, roles = json.loads(old[2]), json.loads(old[3])
        new_aliases = sorted(set(aliases) | row.aliases)
        new_roles = sorted(set(roles) | row.roles)
        country = old[1] or row.country
        if new_aliases != aliases or new_roles != roles or country != old[1]:
            updates.append((country, json_list(new_aliases), json_list(new_roles), row.id))
            names += [(name_key(n), row.id) for n in row.aliases]
        cache.put(row.id, country, new_aliases, new_roles)
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?)", inserts)
    db.executemany("UPDATE nodes SET country = ?, aliases = ?, roles = ? WHERE id = ?", updates)
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
    stats.nodes_added += len(inserts)


def write_evidence(db: sqlite3.Connection, rows: list[tuple[str, str, str, int, int]]) -> None:
    """The chunk's sentences, in key order (sorted by :func:`fold`; the first of a
    repeated id is kept)."""
    db.executemany("INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?)", rows)


def write_edges(
    db: sqlite3.Connection, folded: dict[EdgeKey, EdgeFold], ids: EdgeIds, stats: LoadStats
) -> None:
    """Write the chunk's edges and mentions. An edge new to the graph is inserted with
    its id, count, dates and confidence, and its mentions as they are (all new); for an
    edge already there, its mentions are inserted unless their (edge, evidence) key
    exists and its count grows by those that were new (O(1) per mention, whatever the
    edge's size), its dates and confidence folded in. Rows go in key order, so the
    indexes are updated in order."""
    new_edges: list[tuple[Any, ...]] = []
    old_edges: list[tuple[Any, ...]] = []
    new_mentions: list[tuple[int, str, str, float]] = []
    old_mentions: list[tuple[int, str, str, float]] = []
    keys = sorted(folded)
    ids.find(keys)
    known = ids.ids
    for key in keys:
        edge = folded[key]
        first, last = edge.first, edge.last
        edge_id = known.get(key)
        if edge_id is None:
            edge_id = ids.add(key)
            new_edges.append(
                (edge_id, *key, len(edge.mentions), first, last, edge.confidence,
                 edge.plover, edge.cameo, edge.quad_class, edge.role)
            )  # fmt: skip
            rows = new_mentions
        else:
            old_edges.append((first, first, last, last, edge.confidence, edge_id))
            rows = old_mentions
        mentions = edge.mentions
        if len(mentions) == 1:
            for evidence, (day, confidence) in mentions.items():
                rows.append((edge_id, evidence, day or "", confidence))
        else:
            for evidence in sorted(mentions):
                day, confidence = mentions[evidence]
                rows.append((edge_id, evidence, day or "", confidence))
    db.executemany(
        "INSERT INTO edges (id, subject, relation, status, object, count, first_date, "
        "last_date, confidence, plover, cameo, quad_class, role) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new_edges,
    )
    db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)", new_mentions)
    stats.edges_added += len(new_edges)
    stats.mentions_added += len(new_mentions)
    if not old_edges:
        return
    if ids.complete:
        # A first load (the ids of every edge in the graph are known): a mention of an
        # edge written by an earlier chunk is inserted unless there already, and that
        # edge's count is set at the end of the load from its mention rows
        # (EdgeIds.recount: the count is the number of its mentions).
        before = db.total_changes
        db.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?)", old_mentions)
        stats.mentions_added += db.total_changes - before
        ids.touched.update(row[-1] for row in old_edges)
        db.executemany(UPDATE_DATES, old_edges)
        return
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS batch (edge INTEGER, evidence TEXT, date TEXT, "
        "confidence REAL)"
    )
    db.execute("DELETE FROM batch")
    db.executemany("INSERT INTO batch VALUES (?, ?, ?, ?)", old_mentions)
    added = Counter(
        row[0]
        for row in db.execute(
            "INSERT OR IGNORE INTO mentions SELECT edge, evidence, date, confidence "
            "FROM batch WHERE true ORDER BY edge, evidence RETURNING edge"
        )
    )
    db.execute("DELETE FROM batch")
    db.executemany(UPDATE_SUMMARY, ((added.get(row[-1], 0), *row) for row in old_edges))
    stats.mentions_added += sum(added.values())
