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

The schema and the opening of the file are :mod:`kgraph.stores.sqlite_file`; the folding and
writing of one load's rows, :mod:`kgraph.stores.sqlite_load`.
"""

from __future__ import annotations

import gc
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.errors import GraphTargetError
from kgraph.model import Edge, Entity, LoadStats, Triple
from kgraph.stores.base import (
    DIRECTIONS,
    RECENT,
    EdgeMention,
    NeighborsFromEdges,
    edge_from_attrs,
    edge_key,
    name_key,
    prefetched,
)
from kgraph.stores.sqlite_file import (
    DROPPED,
    EDGE_COLUMNS,
    INDEXES,
    KEY_INDEX,
    NODE_COLUMNS,
    OLD_KEY_INDEX,
    SCHEMA,
    busy_timeout,
    edge_attrs,
    entity_of_row,
    is_busy,
    is_sqlite,
    json_list,
    locked_or,
    node_attrs,
    node_cols,
    open_db,
)
from kgraph.stores.sqlite_load import (
    EdgeIds,
    NodeCache,
    fold,
    write_edges,
    write_evidence,
    write_nodes,
)

if TYPE_CHECKING:
    import networkx as nx

CHUNK = 50_000  # triples folded and written at once: bounded memory for any stream
RANKED_IDS = 100  # ids a limited edges_at reads by rank (one indexed walk per id and side)


# An edge's most recent mentions, most recent first (index mentions_recent, read backwards).
RECENT_SQL = (
    "SELECT m.evidence, m.date, v.sentence, m.confidence FROM mentions m "
    "JOIN evidence v ON v.id = m.evidence WHERE m.edge = ? "
    "ORDER BY m.date DESC, m.evidence DESC LIMIT ? OFFSET ?"
)


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
        if self.path.exists() and self.path.stat().st_size and not is_sqlite(self.path):
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
        deadline = time.monotonic() + busy_timeout()
        while True:
            db = sqlite3.connect(self.path, timeout=busy_timeout(), isolation_level=None)
            try:
                open_db(db, create)
                return db
            except sqlite3.OperationalError as exc:
                db.close()
                if is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise GraphTargetError(locked_or(exc, self.path)) from None
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
            raise GraphTargetError(locked_or(exc, self.path)) from None

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
        edges = EdgeIds(self.db, self._indexes())
        # The objects of a load form no reference cycles, and collecting the young ones
        # again and again (the chunks in flight are hundreds of thousands of them) cost a
        # quarter of a large load's time: the cycle collector rests until the load ends.
        collecting = gc.isenabled()
        gc.disable()
        try:
            if edges.complete:  # a first load: each index is built once, at the end, sorted
                for name in self._indexes():
                    self.db.execute(f"DROP INDEX IF EXISTS {name}")
            nodes = NodeCache()
            for chunk in prefetched(triples, CHUNK, lambda part: fold(part, stats)):
                stats.triples += chunk.read
                write_nodes(self.db, chunk.nodes, nodes, stats)
                write_evidence(self.db, chunk.evidence)
                write_edges(self.db, chunk.edges, edges, stats)
            edges.recount()
            self._index()
        except sqlite3.OperationalError as exc:
            raise GraphTargetError(f"{self.path}: cannot write the graph ({exc})") from None
        finally:
            if collecting:
                gc.enable()
        return stats

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
                found[row[0]] = entity_of_row(row)
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
            f"SELECT {EDGE_COLUMNS}, {node_cols('s')}, {node_cols('o')} FROM picked p "
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
        attrs = edge_attrs(row)
        attrs["evidence"] = [m.evidence for m in recent]
        attrs["sentences"] = [m.sentence for m in recent]
        return edge_from_attrs(entity_of_row(row[13:19]), entity_of_row(row[19:25]), attrs)

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
                 json_list(sorted(aliases)), json_list(sorted(roles))),
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
            graph.add_node(row[0], **node_attrs(row))
        for row, mentions in self.iter_edges():
            attrs = edge_attrs(row)
            attrs["evidence"] = [m.evidence for m in mentions]
            attrs["sentences"] = [m.sentence for m in mentions]
            graph.add_edge(row[1], row[4], key=edge_key(row[2], row[3]), **attrs)
        return graph


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
