"""One load into Neo4j: chunks of triples folded into rows, and one transaction per chunk.

A reader thread prepares the next chunk (:func:`prepare`) while the server writes the one
before it (:func:`write_chunk`); :class:`LoadCache` is what the load remembers of what it
wrote, bounded by ``CACHE_LIMIT``. Every statement sends its values as parameters.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from kgraph.model import LoadStats, Triple
from kgraph.stores.base import Folded, fold, known_relations
from kgraph.stores.neo4j_cypher import (
    EDGE_IDS,
    EDGES_CREATE,
    EDGES_KNOWN,
    EDGES_UPDATE,
    ENTITIES_KNOWN,
    ENTITY_MERGE,
    LOCK_SUBJECTS,
    MENTIONS_CREATE,
    MENTIONS_KNOWN,
    entity_rows,
    mention_keys,
    relation_rows,
    relation_types,
)

if TYPE_CHECKING:
    from neo4j import ManagedTransaction

RACE_RETRIES = 5  # a chunk is read and written again after a unique-key race
CACHE_LIMIT = 500_000  # entities or edges remembered during one load (then forgotten)
# The loader's statements keep their first plan: during a first load the statistics change
# by orders of magnitude, and the server would otherwise replan each statement every few
# seconds (each plan is an index seek by a unique key whatever the statistics).
KEEP_PLAN = "CYPHER replan=skip "


def run_rows(tx: ManagedTransaction, query: str, rows: Sequence[Any]) -> tuple[int, int]:
    """Run one ``UNWIND $rows`` write; return (nodes created, relationships created)."""
    counters = tx.run(KEEP_PLAN + query, rows=list(rows)).consume().counters
    return counters.nodes_created, counters.relationships_created


def merged_entity(old: dict[str, Any] | None, row: Any, eid: str) -> dict[str, Any]:
    """An entity's stored properties and element id once a chunk's row (a ``NodeRow``)
    has been written."""
    if old is None:
        return {
            "country": row.country, "aliases": sorted(row.aliases), "roles": sorted(row.roles),
            "eid": eid,
        }  # fmt: skip
    return {
        "country": old["country"] if old["country"] is not None else row.country,
        "aliases": sorted({*old["aliases"], *row.aliases}),
        "roles": sorted({*old["roles"], *row.roles}),
        "eid": eid,
    }


@dataclass
class Prepared:
    """A chunk of triples made ready for writing by the reader thread, while the server
    writes the chunk before it: the fold, and the relation and mention rows as they are
    when none of the chunk's mentions is stored yet (the writer rebuilds them in the rare case
    that some are)."""

    read: int
    folded: Folded
    edges: list[dict[str, Any]]
    mentions: list[dict[str, Any]]


def prepare(chunk: list[Triple], stats: LoadStats) -> Prepared:
    folded = fold(known_relations(chunk, stats))
    edges, mentions = relation_rows(folded, set())
    return Prepared(len(chunk), folded, edges, mentions)


Row = TypeVar("Row")


class LoadCache:
    """What one load has written or read, so later chunks need not read it again: entity
    properties by id and edge element ids by edge key. Loads only add, so what is known
    stays true (an edge is never deleted by a load); each map is dropped whole when it
    reaches ``CACHE_LIMIT`` entries, keeping memory bounded (it is then read again).
    ``fresh``: the database held no mention when the load began, so chunks need not read
    which of their mentions exist (a unique-key error says when one does)."""

    def __init__(self, fresh: bool = False) -> None:
        self.entities: dict[str, dict[str, Any]] = {}
        self.edges: dict[str, str] = {}
        self.fresh = fresh

    def update(self, entities: dict[str, dict[str, Any]], edges: dict[str, str]) -> None:
        if len(self.entities) + len(entities) > CACHE_LIMIT:
            self.entities.clear()
        self.entities.update(entities)
        if len(self.edges) + len(edges) > CACHE_LIMIT:
            self.edges.clear()
        self.edges.update(edges)


def chunks(rows: Sequence[Row], size: int) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def known_rows(tx: ManagedTransaction, query: str, name: str, keys: Sequence[Any]) -> list[Any]:
    """The rows of ``query`` (``UNWIND ${name} ...``) for ``keys``, in one read."""
    if not keys:
        return []
    return [record.values() for record in tx.run(KEEP_PLAN + query, {name: list(keys)})]


def write_chunk(
    tx: ManagedTransaction, chunk: Prepared, cache: LoadCache, read_mentions: bool, batch_size: int
) -> tuple[LoadStats, dict[str, dict[str, Any]], dict[str, str]]:
    """Write one prepared chunk in transaction ``tx``: read which entities, mentions and
    edges exist (mentions only with ``read_mentions``), then write what is new; return the
    counts added, the chunk's entities as stored and its edges' element ids."""
    added = LoadStats()
    folded = chunk.folded
    # Entities: read those this load has not seen; write the new and the changed ones.
    # Every entity of the chunk then has its element id, by which the statements below
    # find it (a seek by id rather than one index seek by a string key per row).
    unseen = [i for i in folded.nodes if i not in cache.entities]
    known_nodes = {i: cache.entities[i] for i in folded.nodes if i in cache.entities}
    known_nodes.update(
        (row[0], {"country": row[1], "aliases": row[2] or [], "roles": row[3] or [],
                  "eid": row[4]})
        for row in known_rows(tx, ENTITIES_KNOWN, "ids", unseen)
    )  # fmt: skip
    eids = {i: node["eid"] for i, node in known_nodes.items()}
    for label, rows in sorted(entity_rows(folded, known_nodes).items()):
        for batch in chunks(rows, batch_size):
            eids.update(known_rows(tx, ENTITY_MERGE % {"label": label}, "rows", batch))
        added.nodes_added += sum(1 for row in rows if row["id"] not in known_nodes)
    entities = {
        i: merged_entity(known_nodes.get(i), row, eids[i]) for i, row in folded.nodes.items()
    }
    # Mentions: read which exist (unless none did when the load began), then lock the
    # edges with new mentions by their subjects, and split them into known edges (by
    # element id) and new ones.
    known_mentions = (
        {row[0] for row in known_rows(tx, MENTIONS_KNOWN, "keys", mention_keys(folded))}
        if read_mentions
        else set()
    )
    edges, mentions = (
        relation_rows(folded, known_mentions) if known_mentions else (chunk.edges, chunk.mentions)
    )
    subjects = sorted({row["subject"] for row in edges})
    for ids in chunks(subjects, batch_size):
        run_rows(tx, LOCK_SUBJECTS, [eids[i] for i in ids])
    element_ids = {r["key"]: cache.edges[r["key"]] for r in edges if r["key"] in cache.edges}
    unseen = [row["key"] + "," for row in edges if row["key"] not in element_ids]
    stored = {row[0][:-1] for row in known_rows(tx, EDGES_KNOWN, "prefixes", unseen)}
    lookup = [
        {"key": row["key"], "subject": row["subject"], "object": row["object"]}
        for row in edges
        if row["key"] in stored
    ]
    element_ids.update(
        (row[0], row[1])
        for row in known_rows(tx, EDGE_IDS % {"types": relation_types()}, "rows", lookup)
    )
    known_edges = [
        {"eid": element_ids[row["key"]], "count": row["count"],
         "confidence": row["confidence"], "first_date": row["first_date"],
         "last_date": row["last_date"]}
        for row in edges
        if row["key"] in element_ids
    ]  # fmt: skip
    new = [
        {**row, "s": eids[row["subject"]], "o": eids[row["object"]]}
        for row in edges
        if row["key"] not in element_ids
    ]
    for batch in chunks(known_edges, batch_size):
        run_rows(tx, EDGES_UPDATE, batch)
    for batch in chunks(new, batch_size):
        for (created,) in known_rows(tx, EDGES_CREATE, "rows", batch):
            element_ids.update((key, eid) for key, eid in created)
    added.edges_added += len(new)
    for batch in chunks(mentions, batch_size):
        run_rows(tx, MENTIONS_CREATE, batch)
    added.mentions_added += len(mentions)
    return added, entities, element_ids
