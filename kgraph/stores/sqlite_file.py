"""The embedded graph's file: its schema, its rows, and opening it safely.

The SQLite schema and indexes of :mod:`kgraph.stores.sqlite_store`, the conversion of its
rows to entities and edge attributes, and the opening of a file: the format is checked before
anything is written, a busy file is waited for (``KGRAPH_BUSY_TIMEOUT``), and every failure
becomes a one-line message that names the file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kgraph.errors import GraphTargetError
from kgraph.model import Entity

SQLITE_MAGIC = b"SQLite format 3\x00"
SCHEMA_VERSION = "kgraph-sqlite/1"
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

NODE_COLUMNS = "n.id, n.name, n.kind, n.country, n.aliases, n.roles"
EDGE_COLUMNS = (
    "e.id, e.subject, e.relation, e.status, e.object, e.count, e.first_date, e.last_date, "
    "e.confidence, e.plover, e.cameo, e.quad_class, e.role"
)


def busy_timeout() -> float:
    raw = os.environ.get("KGRAPH_BUSY_TIMEOUT", "").strip()
    try:
        return float(raw) if raw else BUSY_TIMEOUT
    except ValueError:
        raise GraphTargetError(f"KGRAPH_BUSY_TIMEOUT must be seconds, not {raw!r}") from None


def node_cols(var: str) -> str:
    return ", ".join(f"{var}.{c}" for c in ("id", "name", "kind", "country", "aliases", "roles"))


def json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def node_attrs(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "id": row[0],
        "name": row[1],
        "kind": row[2],
        "country": row[3],
        "aliases": json.loads(row[4]),
        "roles": json.loads(row[5]),
    }


def entity_of_row(row: Sequence[Any]) -> Entity:
    attrs = node_attrs(row)
    return Entity(
        id=attrs["id"],
        name=attrs["name"],
        kind=attrs["kind"],
        country=attrs["country"],
        aliases=tuple(attrs["aliases"]),
        roles=tuple(attrs["roles"]),
    )


def edge_attrs(row: Sequence[Any]) -> dict[str, Any]:
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


def open_db(db: sqlite3.Connection, create: bool) -> None:
    """Set a new connection up. The format is checked before anything is written, so the file
    of another program is left as it was; an empty file gets the schema in one write
    transaction (a second process creating it at the same time waits, then finds it there)."""
    empty = not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    if not empty:
        check_format(db)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-65536")
    db.execute("PRAGMA temp_store=MEMORY")
    if empty and create:
        db.executescript(
            f"BEGIN IMMEDIATE; {SCHEMA}"
            f"INSERT OR IGNORE INTO meta VALUES ('format', '{SCHEMA_VERSION}'); COMMIT;"
        )
    check_format(db)


def check_format(db: sqlite3.Connection) -> None:
    try:
        version = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise
        raise sqlite3.DatabaseError(str(exc)) from None
    if not version or version[0] != SCHEMA_VERSION:
        raise sqlite3.DatabaseError(f"format {version[0] if version else None}")


def is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError as exc:
        raise GraphTargetError(f"{path}: cannot read ({exc.strerror or exc})") from None


def locked_or(exc: sqlite3.OperationalError, path: Path) -> str:
    if is_busy(exc):
        return (
            f"{path}: another kgraph process is writing this graph and did not finish within "
            f"{busy_timeout():.0f} s (KGRAPH_BUSY_TIMEOUT); try again when it is done"
        )
    return f"{path}: cannot open the graph ({exc})"
