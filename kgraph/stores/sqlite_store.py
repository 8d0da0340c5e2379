"""The embedded graph: one SQLite file (Python's standard ``sqlite3``), no server.

Tables: ``nodes`` (one row per entity), ``names`` (casefolded ids, names and aliases, for
lookups by any name), ``edges`` (one row per (subject, relation, status, object) with its
bounded summary: count, first/last date, highest confidence), ``mentions`` (one row per
(edge, evidence sentence), the primary key that makes a second load of an article change
nothing) and ``evidence`` (the sentences). Indexes serve each command, so a lookup reads the
rows of one actor, not the graph; a load adds rows, it never rewrites the file.

Every command runs in one transaction: it commits when the command succeeds and rolls back
otherwise, so a failed or killed run (``kill -9`` included) leaves the previous graph as it
was. A second writer waits for the first (SQLite's lock, ``KGRAPH_BUSY_TIMEOUT`` seconds,
default 600) and then fails with a one-line message. NetworkX stays the in-memory graph for
algorithms and export: :meth:`SQLiteStore.to_networkx`.

A graph file of the first embedded format (node-link JSON) is converted once, in place, the
JSON kept beside it as ``<name>.json-v1.bak``.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.errors import GraphTargetError
from kgraph.model import Edge, Entity, LoadStats, Triple
from kgraph.ontology import RELATIONS
from kgraph.stores.base import (
    DIRECTIONS,
    RECENT,
    EdgeMention,
    NeighborsFromEdges,
    NodeRow,
    edge_from_attrs,
    edge_key,
    known_relations,
    long_key,
    name_key,
    prefetched,
)

if TYPE_CHECKING:
    import networkx as nx

SQLITE_MAGIC = b"SQLite format 3\x00"
SCHEMA_VERSION = "kgraph-sqlite/1"
CHUNK = 50_000  # triples folded and written at once: bounded memory for any stream
BUSY_TIMEOUT = 600.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
    aliases TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (
    name TEXT NOT NULL, node TEXT NOT NULL, PRIMARY KEY (name, node)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS edges (
    id INTEGER PRIMARY KEY, subject TEXT NOT NULL, relation TEXT NOT NULL,
    status TEXT NOT NULL, object TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
    first_date TEXT, last_date TEXT, confidence REAL NOT NULL DEFAULT 0.0,
    plover TEXT, cameo TEXT, quad_class INTEGER, role TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    edge INTEGER NOT NULL, evidence TEXT NOT NULL, date TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL, PRIMARY KEY (edge, evidence)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS evidence (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, sentence TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
) WITHOUT ROWID;
"""

# Indexes a load may drop and build again at its end (see SQLiteStore.add); the rank indexes
# hold each actor's edges in lookup order (asserted first, most mentioned first), so a lookup
# reads the first N edges of an actor without sorting all of them. A graph file written
# before they existed gets them at its next write.
INDEXES = {
    "edges_key": "edges (subject, relation, status, object)",  # unique (see KEY_INDEX)
    "edges_relation": "edges (relation, count)",
    "edges_out_rank": "edges (subject, status <> 'asserted', count DESC, relation, object)",
    "edges_in_rank": "edges (object, status <> 'asserted', count DESC, relation, subject)",
    "mentions_recent": "mentions (edge, date, evidence)",
}
KEY_INDEX = "edges_key"
# Files written before edges_key have the key as a table constraint (an automatic index);
# they keep it and never get edges_key. edges_object (files before the rank indexes) is
# redundant with edges_in_rank: dropped at the file's next write.
OLD_KEY_INDEX = "sqlite_autoindex_edges_1"
DROPPED = ("edges_object",)
RANKED_IDS = 100  # ids a limited edges_at reads by rank (one indexed walk per id and side)

NODE_COLUMNS = "n.id, n.name, n.kind, n.country, n.aliases, n.roles"
EDGE_COLUMNS = (
    "e.id, e.subject, e.relation, e.status, e.object, e.count, e.first_date, e.last_date, "
    "e.confidence, e.plover, e.cameo, e.quad_class, e.role"
)
# An edge's dates and confidence, given the mentions of a chunk (UPDATE_SUMMARY: its count).
UPDATE_DATES = (
    "UPDATE edges SET first_date = CASE WHEN first_date IS NULL OR ? < first_date "
    "THEN coalesce(?, first_date) ELSE first_date END, "
    "last_date = CASE WHEN last_date IS NULL OR ? > last_date "
    "THEN coalesce(?, last_date) ELSE last_date END, "
    "confidence = max(confidence, ?) WHERE id = ?"
)
UPDATE_SUMMARY = UPDATE_DATES.replace("UPDATE edges SET ", "UPDATE edges SET count = count + ?, ")
# An edge's most recent mentions, most recent first (index mentions_recent, read backwards).
RECENT_SQL = (
    "SELECT m.evidence, m.date, v.sentence, m.confidence FROM mentions m "
    "JOIN evidence v ON v.id = m.evidence WHERE m.edge = ? "
    "ORDER BY m.date DESC, m.evidence DESC LIMIT ? OFFSET ?"
)


def _busy_timeout() -> float:
    raw = os.environ.get("KGRAPH_BUSY_TIMEOUT", "").strip()
    try:
        return float(raw) if raw else BUSY_TIMEOUT
    except ValueError:
        raise GraphTargetError(f"KGRAPH_BUSY_TIMEOUT must be seconds, not {raw!r}") from None


class SQLiteStore(NeighborsFromEdges):
    """A graph store in one SQLite file.

    >>> import tempfile, pathlib
    >>> with SQLiteStore(pathlib.Path(tempfile.mkdtemp()) / "g.db") as store:
    ...     store.stats()["nodes"]
    0
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser()
        if self.path.is_dir():
            raise GraphTargetError(
                f"{self.path}: is a directory; --graph takes a file path such as "
                f"{self.path / 'graph.db'}"
            )
        if self.path.exists() and self.path.stat().st_size and not _is_sqlite(self.path):
            _convert_json(self.path)
        self._db: sqlite3.Connection | None = None
        self._writing = False

    # -- connection and transactions ---------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        """The connection; a graph file that does not exist yet reads as an empty graph
        (in memory: reading never creates the file)."""
        if self._db is None:
            self._db = self._connect(create=False)
        return self._db

    def _connect(self, create: bool) -> sqlite3.Connection:
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        if fresh and not create:
            db = sqlite3.connect(":memory:", isolation_level=None)
            db.executescript(SCHEMA)
            return db
        if fresh:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # Two processes may open one new file at once: switching to WAL can fail at once with
        # "locked" (no busy handler there), so the whole opening is retried until the timeout.
        deadline = time.monotonic() + _busy_timeout()
        while True:
            db = sqlite3.connect(self.path, timeout=_busy_timeout(), isolation_level=None)
            try:
                _open(db, create)
                return db
            except sqlite3.OperationalError as exc:
                db.close()
                if _is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise GraphTargetError(_locked_or(exc, self.path)) from None
            except sqlite3.DatabaseError as exc:
                db.close()
                raise GraphTargetError(
                    f"{self.path}: not a kgraph graph file ({exc}); pass another --graph path"
                ) from None

    def _begin_write(self) -> None:
        """Take the write lock for the rest of the command (the second writer waits here)."""
        if self._writing:
            return
        if self._db is None or self._db.execute("PRAGMA database_list").fetchone()[2] == "":
            if self._db is not None:  # an in-memory stand-in for a file not created yet
                self._db.close()
            self._db = self._connect(create=True)
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._writing = True
            self._index()
        except sqlite3.OperationalError as exc:
            raise GraphTargetError(_locked_or(exc, self.path)) from None

    def _index(self) -> None:
        """Create the indexes the file lacks (a file of an earlier kgraph gets them once)."""
        for name in DROPPED:
            self.db.execute(f"DROP INDEX IF EXISTS {name}")
        for name in self._indexes():
            unique = "UNIQUE " if name == KEY_INDEX else ""
            self.db.execute(f"CREATE {unique}INDEX IF NOT EXISTS {name} ON {INDEXES[name]}")

    def _indexes(self) -> list[str]:
        """The names of INDEXES this file has or gets."""
        old_key = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (OLD_KEY_INDEX,)
        ).fetchone()
        return [name for name in INDEXES if not (old_key and name == KEY_INDEX)]

    def commit(self) -> None:
        if self._writing:
            self.db.execute("COMMIT")
            self._writing = False

    def rollback(self) -> None:
        if self._writing and self._db is not None:
            self._db.execute("ROLLBACK")
            self._writing = False

    def close(self) -> None:
        if self._db is not None:
            self.rollback()
            self._db.close()
            self._db = None

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if not exc or exc[0] is None:  # keep the changes only when the block succeeded
                self.commit()
        finally:
            self.close()

    # -- writing -----------------------------------------------------------------------

    def add(self, triples: Iterable[Triple]) -> LoadStats:
        """Add triples ``CHUNK`` at a time; mentions already present are not counted again.

        The changes become visible (and durable) when the store's ``with`` block ends
        without an error, or at :meth:`commit`.
        """
        stats = LoadStats()
        self._begin_write()
        edges = _EdgeIds(self.db, self._indexes())
        # The objects of a load form no reference cycles, and collecting the young ones
        # again and again (the chunks in flight are hundreds of thousands of them) cost a
        # quarter of a large load's time: the cycle collector rests until the load ends.
        collecting = gc.isenabled()
        gc.disable()
        try:
            if edges.complete:  # a first load: each index is built once, at the end, sorted
                for name in self._indexes():
                    self.db.execute(f"DROP INDEX IF EXISTS {name}")
            nodes = _NodeCache()
            for chunk in prefetched(triples, CHUNK, lambda part: _fold(part, stats)):
                stats.triples += chunk.read
                self._write_nodes(chunk.nodes, nodes, stats)
                self._write_evidence(chunk.evidence)
                self._write_edges(chunk.edges, edges, stats)
            edges.recount()
            self._index()
        except sqlite3.OperationalError as exc:
            raise GraphTargetError(f"{self.path}: cannot write the graph ({exc})") from None
        finally:
            if collecting:
                gc.enable()
        return stats

    def _write_nodes(self, nodes: dict[str, NodeRow], cache: _NodeCache, stats: LoadStats) -> None:
        """Insert the chunk's new nodes, merge aliases, roles and country into known ones
        (a node this load already wrote with all of these is not read again)."""
        db = self.db
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
                     _json(props["aliases"]), _json(props["roles"]))
                )  # fmt: skip
                names += [(name_key(n), row.id) for n in (row.id, row.name, *row.aliases)]
                cache.put(row.id, row.country, row.aliases, row.roles)
                continue
            aliases, roles = json.loads(old[2]), json.loads(old[3])
            new_aliases = sorted(set(aliases) | row.aliases)
            new_roles = sorted(set(roles) | row.roles)
            country = old[1] or row.country
            if new_aliases != aliases or new_roles != roles or country != old[1]:
                updates.append((country, _json(new_aliases), _json(new_roles), row.id))
                names += [(name_key(n), row.id) for n in row.aliases]
            cache.put(row.id, country, new_aliases, new_roles)
        db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?)", inserts)
        db.executemany("UPDATE nodes SET country = ?, aliases = ?, roles = ? WHERE id = ?", updates)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
        stats.nodes_added += len(inserts)

    def _write_evidence(self, rows: list[tuple[str, str, str, int, int]]) -> None:
        """The chunk's sentences, in key order (sorted by :func:`_fold`; the first of a
        repeated id is kept)."""
        self.db.executemany("INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?)", rows)

    def _write_edges(
        self, folded: dict[EdgeKey, _EdgeFold], ids: _EdgeIds, stats: LoadStats
    ) -> None:
        """Write the chunk's edges and mentions. An edge new to the graph is inserted with
        its id, count, dates and confidence, and its mentions as they are (all new); for an
        edge already there, its mentions are inserted unless their (edge, evidence) key
        exists and its count grows by those that were new (O(1) per mention, whatever the
        edge's size), its dates and confidence folded in. Rows go in key order, so the
        indexes are updated in order."""
        db = self.db
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
            # (_EdgeIds.recount: the count is the number of its mentions).
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

    # -- reading -----------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities([entity_id]).get(entity_id)

    def entities(self, ids: Sequence[str]) -> dict[str, Entity]:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Entity] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                f"SELECT {NODE_COLUMNS} FROM nodes n WHERE n.id IN ({marks})", part
            ):
                found[row[0]] = _entity(row)
        return {i: found[i] for i in wanted if i in found}

    def resolve(self, name: str) -> list[str]:
        wanted = name_key(name)
        if not wanted:
            return []
        rows = self.db.execute("SELECT node FROM names WHERE name = ? ORDER BY node", (wanted,))
        return [row[0] for row in rows]

    def edges_at(
        self,
        ids: Sequence[str],
        relation: str | None = None,
        direction: str = "both",
        evidence: int = RECENT,
        since: str | None = None,
        limit: int | None = None,
    ) -> list[Edge]:
        parts, params = self._edge_parts(ids, relation, direction, since)
        if not parts:
            return []
        order = "ORDER BY status <> 'asserted', count DESC, relation, object, subject"
        columns = "SELECT e.id, e.status, e.count, e.relation, e.object, e.subject FROM edges e"
        wanted = list(dict.fromkeys(ids))
        if limit is not None and len(wanted) <= RANKED_IDS:
            # The first ``limit`` edges are among the first ``limit`` at each id and side:
            # each of those is read in lookup order from an index (edges_out_rank,
            # edges_in_rank), however many edges the id has.
            parts, params = self._ranked_parts(wanted, relation, direction, since, limit)
            picked = " UNION ALL ".join(f"SELECT * FROM ({columns} {part})" for part in parts)
        else:
            picked = " UNION ALL ".join(f"{columns} WHERE {part}" for part in parts)
        query = (
            f"WITH picked AS (SELECT * FROM ({picked}) {order} LIMIT ?) "
            f"SELECT {EDGE_COLUMNS}, {_node_cols('s')}, {_node_cols('o')} FROM picked p "
            "JOIN edges e ON e.id = p.id JOIN nodes s ON s.id = e.subject "
            f"JOIN nodes o ON o.id = e.object {order.replace('BY ', 'BY p.').replace(', ', ', p.')}"
        )
        rows = self.db.execute(query, (*params, -1 if limit is None else limit)).fetchall()
        return [self._edge(row, evidence) for row in rows]

    def count_edges(
        self,
        ids: Sequence[str],
        relation: str | None = None,
        direction: str = "both",
        since: str | None = None,
    ) -> int:
        parts, params = self._edge_parts(ids, relation, direction, since)
        if not parts:
            return 0
        query = " + ".join(f"(SELECT count(*) FROM edges e WHERE {part})" for part in parts)
        return int(self.db.execute(f"SELECT {query}", params).fetchone()[0])

    def _edge_parts(
        self, ids: Sequence[str], relation: str | None, direction: str, since: str | None
    ) -> tuple[list[str], tuple[Any, ...]]:
        """WHERE clauses of disjoint edge sets at ``ids`` (staged in a temporary table):
        edges leaving them, and edges entering them from elsewhere; each uses an index."""
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}")
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return [], ()
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
        db.execute("DELETE FROM wanted")
        db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((i,) for i in wanted))
        extra, values = "", tuple[Any, ...]()
        if relation is not None:
            extra, values = extra + " AND e.relation = ?", (*values, relation)
        if since is not None:
            extra, values = extra + " AND coalesce(e.last_date, '') >= ?", (*values, since)
        parts: list[str] = []
        params: tuple[Any, ...] = ()
        if direction in ("out", "both"):
            parts.append(f"e.subject IN (SELECT id FROM temp.wanted){extra}")
            params += values
        if direction in ("in", "both"):
            elsewhere = " AND e.subject NOT IN (SELECT id FROM temp.wanted)"
            parts.append(
                f"e.object IN (SELECT id FROM temp.wanted){extra}"
                + (elsewhere if direction == "both" else "")
            )
            params += values
        return parts, params

    def _ranked_parts(
        self, ids: list[str], relation: str | None, direction: str, since: str | None, limit: int
    ) -> tuple[list[str], tuple[Any, ...]]:
        """WHERE ... ORDER BY ... LIMIT clauses, one per id and side, each a walk of a rank
        index; the edges entering an id from another wanted id are left to that id's side."""
        extra, values = "", tuple[Any, ...]()
        if relation is not None:
            extra, values = extra + " AND e.relation = ?", (*values, relation)
        if since is not None:
            extra, values = extra + " AND coalesce(e.last_date, '') >= ?", (*values, since)
        rank = "ORDER BY e.status <> 'asserted', e.count DESC, e.relation"
        parts: list[str] = []
        params: tuple[Any, ...] = ()
        for entity_id in ids:
            if direction in ("out", "both"):
                parts.append(f"WHERE e.subject = ?{extra} {rank}, e.object LIMIT ?")
                params += (entity_id, *values, limit)
            if direction in ("in", "both"):
                elsewhere = " AND e.subject NOT IN (SELECT id FROM temp.wanted)"
                parts.append(
                    f"WHERE e.object = ?{elsewhere if direction == 'both' else ''}{extra} "
                    f"{rank}, e.subject LIMIT ?"
                )
                params += (entity_id, *values, limit)
        return parts, params

    def _edge(self, row: Sequence[Any], evidence: int) -> Edge:
        recent = self._recent(row[0], evidence, 0) if evidence else []
        attrs = _edge_attrs(row)
        attrs["evidence"] = [m.evidence for m in recent]
        attrs["sentences"] = [m.sentence for m in recent]
        return edge_from_attrs(_entity(row[13:19]), _entity(row[19:25]), attrs)

    def _recent(self, edge_id: int, limit: int | None, offset: int) -> list[EdgeMention]:
        rows = self.db.execute(RECENT_SQL, (edge_id, -1 if limit is None else limit, offset))
        return [EdgeMention(ev, day or None, sentence, conf) for ev, day, sentence, conf in rows]

    def mentions(
        self,
        subject: str,
        relation: str,
        obj: str,
        status: str = "asserted",
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EdgeMention]:
        row = self.db.execute(
            "SELECT id FROM edges WHERE subject = ? AND relation = ? AND status = ? AND object = ?",
            (subject, relation, status, obj),
        ).fetchone()
        return self._recent(row[0], limit, offset) if row else []

    def stats(self) -> dict[str, Any]:
        db = self.db
        kinds = db.execute(
            "SELECT kind, count(*) AS n FROM nodes GROUP BY kind ORDER BY n DESC, kind"
        ).fetchall()
        relations = db.execute(
            "SELECT relation, count(*) AS n, sum(count) FROM edges GROUP BY relation "
            "ORDER BY n DESC, relation"
        ).fetchall()
        return {
            "nodes": sum(n for _, n in kinds),
            "edges": sum(n for _, n, _ in relations),
            "mentions": sum(m or 0 for _, _, m in relations),
            "nodes_by_kind": dict(kinds),
            "edges_by_relation": {r: n for r, n, _ in relations},
        }

    def iter_evidence(self) -> Iterator[dict[str, Any]]:
        rows = self.db.execute(
            'SELECT v.id, v.doc_id, v.sentence, v.start, v."end", '
            "(SELECT max(m.date) FROM mentions m WHERE m.evidence = v.id) FROM evidence v "
            "ORDER BY v.id"
        )
        keys = ("id", "doc_id", "sentence", "start", "end", "date")
        for row in rows:
            record = dict(zip(keys, row, strict=True))
            record["date"] = record["date"] or None
            yield record

    def iter_mentions(self) -> Iterator[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT e.subject, e.relation, e.status, e.object, m.evidence, m.date, m.confidence "
            "FROM mentions m JOIN edges e ON e.id = m.edge ORDER BY m.edge, m.evidence"
        )
        keys = ("subject", "relation", "status", "object", "evidence", "date", "confidence")
        for row in rows:
            record = dict(zip(keys, row, strict=True))
            record["date"] = record["date"] or None
            yield record

    def iter_edges(self) -> Iterator[tuple[Sequence[Any], list[EdgeMention]]]:
        """Every edge row with all its mentions (oldest first), one edge at a time."""
        db = self.db
        reader = db.execute(f"SELECT {EDGE_COLUMNS} FROM edges e ORDER BY e.id")
        while rows := reader.fetchmany(1000):
            for row in rows:
                mentions = list(reversed(self._recent(row[0], None, 0)))
                yield row, mentions

    def import_networkx(self, graph: nx.MultiDiGraph) -> None:
        """Write a graph of the old JSON form (edges with full evidence lists) into this store."""
        db = self.db
        for node, attrs in graph.nodes(data=True):
            aliases, roles = list(attrs.get("aliases") or []), list(attrs.get("roles") or [])
            db.execute(
                "INSERT OR IGNORE INTO nodes VALUES (?, ?, ?, ?, ?, ?)",
                (node, attrs.get("name", node), attrs.get("kind", "Entity"), attrs.get("country"),
                 _json(sorted(aliases)), _json(sorted(roles))),
            )  # fmt: skip
            db.executemany(
                "INSERT OR IGNORE INTO names VALUES (?, ?)",
                [(name_key(n), node) for n in (node, attrs.get("name", node), *aliases)],
            )
        for subject, obj, attrs in graph.edges(data=True):
            evidence = list(attrs.get("evidence") or [])
            sentences = list(attrs.get("sentences") or [])
            edge_id = db.execute(
                "INSERT INTO edges (subject, relation, status, object, count, first_date, "
                "last_date, confidence, plover, cameo, quad_class, role) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (subject, attrs["relation"], attrs.get("status", "asserted"), obj, len(evidence),
                 attrs.get("first_date"), attrs.get("last_date"), attrs.get("confidence", 0.0),
                 attrs.get("plover"), attrs.get("cameo"), attrs.get("quad_class"),
                 attrs.get("role")),
            ).fetchone()[0]  # fmt: skip
            for i, evidence_id in enumerate(evidence):
                sentence = sentences[i] if i < len(sentences) else ""
                doc, _, span = evidence_id.rpartition(":")
                start, _, end = span.partition("-")
                # The old form kept no date per mention: the edge's last date stands for them.
                db.execute(
                    "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?)",
                    (
                        edge_id,
                        evidence_id,
                        attrs.get("last_date") or "",
                        attrs.get("confidence", 0.0),
                    ),  # fmt: skip
                )
                db.execute(
                    "INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?)",
                    (evidence_id, doc or evidence_id, sentence,
                     int(start) if start.isdigit() else 0, int(end) if end.isdigit() else 0),
                )  # fmt: skip

    def to_networkx(self) -> nx.MultiDiGraph:
        import networkx as nx

        graph = nx.MultiDiGraph()
        for row in self.db.execute(f"SELECT {NODE_COLUMNS} FROM nodes n ORDER BY n.id"):
            graph.add_node(row[0], **_node_attrs(row))
        for row, mentions in self.iter_edges():
            attrs = _edge_attrs(row)
            attrs["evidence"] = [m.evidence for m in mentions]
            attrs["sentences"] = [m.sentence for m in mentions]
            graph.add_edge(row[1], row[4], key=edge_key(row[2], row[3]), **attrs)
        return graph


EdgeKey = tuple[str, str, str, str]  # subject, relation, status, object
SYMMETRIC = frozenset(name for name, rel in RELATIONS.items() if rel.symmetric)
EDGE_IDS_HELD = 2_000_000  # edge keys remembered by one load (then looked up in the file)


class _NodeCache:
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


class _EdgeFold:
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
class _Chunk:
    """A chunk of triples folded into the rows the store writes."""

    read: int
    nodes: dict[str, NodeRow] = field(default_factory=dict)
    edges: dict[EdgeKey, _EdgeFold] = field(default_factory=dict)
    evidence: list[tuple[str, str, str, int, int]] = field(default_factory=list)


def _fold(triples: list[Triple], stats: LoadStats) -> _Chunk:
    """:func:`kgraph.stores.base.fold` of the triples :func:`known_relations` keeps (the
    same nodes, edges and mentions, the same skipped triples and messages), in one pass that
    merges an actor into its node once per chunk, not once per mention."""
    chunk = _Chunk(len(triples))
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
            or (fresh and (_long_entity(subject) or _long_entity(obj)))
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
            edge = edges[key] = _EdgeFold(t)
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


def _long_entity(entity: Entity) -> bool:
    return any(long_key(text) for text in (entity.id, entity.name, *entity.aliases))


_first = itemgetter(0)


class _EdgeIds:
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


def _node_cols(var: str) -> str:
    return ", ".join(f"{var}.{c}" for c in ("id", "name", "kind", "country", "aliases", "roles"))


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _node_attrs(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "id": row[0],
        "name": row[1],
        "kind": row[2],
        "country": row[3],
        "aliases": json.loads(row[4]),
        "roles": json.loads(row[5]),
    }


def _entity(row: Sequence[Any]) -> Entity:
    attrs = _node_attrs(row)
    return Entity(
        id=attrs["id"],
        name=attrs["name"],
        kind=attrs["kind"],
        country=attrs["country"],
        aliases=tuple(attrs["aliases"]),
        roles=tuple(attrs["roles"]),
    )


def _edge_attrs(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "relation": row[2],
        "status": row[3],
        "count": row[5],
        "first_date": row[6],
        "last_date": row[7],
        "evidence": [],
        "sentences": [],
        "plover": row[9],
        "cameo": row[10],
        "quad_class": row[11],
        "confidence": row[8],
        "role": row[12],
    }


def _open(db: sqlite3.Connection, create: bool) -> None:
    """Set a new connection up. The format is checked before anything is written, so the file
    of another program is left as it was; an empty file gets the schema in one write
    transaction (a second process creating it at the same time waits, then finds it there)."""
    empty = not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    if not empty:
        _check_format(db)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-65536")
    db.execute("PRAGMA temp_store=MEMORY")
    if empty and create:
        db.executescript(
            f"BEGIN IMMEDIATE; {SCHEMA}"
            f"INSERT OR IGNORE INTO meta VALUES ('format', '{SCHEMA_VERSION}'); COMMIT;"
        )
    _check_format(db)


def _check_format(db: sqlite3.Connection) -> None:
    try:
        version = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise
        raise sqlite3.DatabaseError(str(exc)) from None
    if not version or version[0] != SCHEMA_VERSION:
        raise sqlite3.DatabaseError(f"format {version[0] if version else None}")


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError as exc:
        raise GraphTargetError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _locked_or(exc: sqlite3.OperationalError, path: Path) -> str:
    if _is_busy(exc):
        return (
            f"{path}: another kgraph process is writing this graph and did not finish within "
            f"{_busy_timeout():.0f} s (KGRAPH_BUSY_TIMEOUT); try again when it is done"
        )
    return f"{path}: cannot open the graph ({exc})"


def _convert_json(path: Path) -> None:
    """Convert a node-link JSON graph file of the first embedded format, once, in place; the
    JSON is kept as ``<name>.json-v1.bak``. A file that is neither is left untouched."""
    from kgraph.stores.networkx_store import read_json_graph

    graph = read_json_graph(path)  # GraphTargetError for a file that is not a kgraph graph
    tmp = path.with_name(f".{path.name}.converting")
    tmp.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    try:
        with SQLiteStore(tmp) as store:
            store._begin_write()
            store.import_networkx(graph)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    backup = path.with_name(path.name + "-v1.bak" if path.suffix == ".json" else path.name + ".bak")
    os.replace(path, backup)
    os.replace(tmp, path)
    # Shown once on stderr by Python's last-resort handler unless the application set up
    # logging (the library never configures it; the command line's handler adds "kgraph: ").
    logging.getLogger("kgraph").warning(
        "converted %s from JSON to the indexed SQLite form (%d nodes, %d edges); "
        "the JSON file is kept as %s",
        path,
        graph.number_of_nodes(),
        graph.number_of_edges(),
        backup,
    )
