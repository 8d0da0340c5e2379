"""The Neo4j graph store: the same folded nodes and edges as the embedded store, in a server.

Layout in the database (``kgraph/data/schema.cypher`` holds the constraints and indexes):

- ``(:Entity:<Kind> {id, name, kind, country, aliases, roles})``, one per canonical id;
- ``(:Entity)-[:<RELATION> {status, count, first_date, last_date, evidence, plover, cameo,
  quad_class, confidence, role}]->(:Entity)``, one per (subject, relation, object, status),
  where ``evidence`` lists the ids of the sentences that support the edge;
- ``(:Evidence {id, doc_id, sentence, start, end})-[:IN]->(:Article {id, date})`` and
  ``(:Article)-[:MENTIONS]->(:Entity)``, so every edge leads back to its words.

Writes are ``UNWIND $rows`` batches in managed write transactions (retried on transient
errors). Values always travel as parameters; the only names put into Cypher text are labels
and relationship types checked against the ontology's fixed vocabularies.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import islice
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from kgraph.errors import GraphTargetError
from kgraph.model import Edge, Entity, LoadStats, Triple
from kgraph.stores.base import DIRECTIONS, edge_key, fold, known_relations
from kgraph.stores.neo4j_cypher import (
    EDGE_FIELDS,
    ENTITY_MERGE,
    EVIDENCE_MERGE,
    RELATION_MERGE,
    edge_attrs,
    edge_of,
    entity_fields,
    entity_rows,
    evidence_rows,
    node_attrs,
    relation_rows,
)

if TYPE_CHECKING:
    import networkx as nx
    from neo4j import Driver, ManagedTransaction

BATCH_SIZE = 1000
CHUNK_BATCHES = 20  # triples folded at once: batch size x this
START_HINT = "start one with scripts/neo4j-local start"


@cache
def schema_statements() -> tuple[str, ...]:
    """The statements of the packaged ``schema.cypher`` (constraints and indexes)."""
    from kgraph.query import split_statements

    text = resources.files("kgraph").joinpath("data/schema.cypher").read_text(encoding="utf-8")
    return tuple(split_statements(text))


def redact(uri: str) -> str:
    """The URI without any ``user:password@`` part, for messages.

    >>> redact("neo4j+s://alice:secret@db.example.com:7687")
    'neo4j+s://db.example.com:7687'
    """
    parts = urlsplit(uri)
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _batch_size_from_env() -> int:
    raw = os.environ.get("KGRAPH_NEO4J_BATCH_SIZE", "").strip()
    if not raw:
        return BATCH_SIZE
    if not raw.isdigit() or int(raw) < 1:
        raise GraphTargetError(f"KGRAPH_NEO4J_BATCH_SIZE must be a positive number, not {raw!r}")
    return int(raw)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "message", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _chunks(rows: Sequence[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class Neo4jStore:
    """A graph store in a Neo4j 5 server, reached over Bolt.

    Credentials come from ``NEO4J_USERNAME``/``NEO4J_PASSWORD`` (or the URI's user info) and
    the database from ``NEO4J_DATABASE`` (default: the server's default database). Without a
    password the driver connects without auth, as to ``scripts/neo4j-local``'s server.

    Args:
        uri: ``bolt://``, ``neo4j://`` (or their ``+s``/``+ssc`` forms) URI.
        batch_size: rows per ``UNWIND`` write (default: ``KGRAPH_NEO4J_BATCH_SIZE``, else
            1000).

    Raises:
        GraphTargetError: for a ``KGRAPH_NEO4J_BATCH_SIZE`` that is not a positive number.
    """

    def __init__(self, uri: str, *, batch_size: int | None = None) -> None:
        parts = urlsplit(uri)
        self.uri = redact(uri)
        self.batch_size = batch_size or _batch_size_from_env()
        self.database = os.environ.get("NEO4J_DATABASE") or None
        user = unquote(parts.username or "") or os.environ.get("NEO4J_USERNAME") or "neo4j"
        password = unquote(parts.password or "") or os.environ.get("NEO4J_PASSWORD")
        self._auth = (user, password) if password else None
        self._driver: Driver | None = None
        self._schema_ready = False

    # -- connection --------------------------------------------------------------------

    def connect(self) -> Driver:
        """The driver, connected and checked on first use.

        Raises:
            GraphTargetError: one line naming the URI (never the credentials) and the fix.
        """
        if self._driver is not None:
            return self._driver
        import neo4j
        from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

        # The driver logs failures it also raises; without a handler of the application's,
        # Python would print them to stderr beside our one-line message.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())

        try:
            # Server notifications (deprecations, plan hints) would be logged to stderr as
            # multi-line dumps; the CLI's contract is one-line messages.
            driver = neo4j.GraphDatabase.driver(
                self.uri, auth=self._auth, notifications_min_severity="OFF"
            )
        except (ValueError, DriverError) as exc:
            raise GraphTargetError(f"Bad Neo4j URI {self.uri}: {exc}") from None
        try:
            driver.verify_connectivity()
            driver.execute_query("RETURN 1", database_=self.database)
        except AuthError:
            driver.close()
            raise GraphTargetError(
                f"Neo4j at {self.uri} refused the credentials: "
                "set NEO4J_USERNAME and NEO4J_PASSWORD"
            ) from None
        except Neo4jError as exc:  # reached the server, which refused (e.g. no such database)
            driver.close()
            database = self.database or "(default)"
            raise GraphTargetError(
                f"Neo4j at {self.uri} cannot open database {database}: {_first_line(exc)}; "
                "check NEO4J_DATABASE"
            ) from None
        except (DriverError, OSError, ValueError) as exc:  # ValueError: unresolvable address
            driver.close()
            reason = (
                "no server answers" if isinstance(exc, ServiceUnavailable) else _first_line(exc)
            )
            if "+s" in self.uri.split("://", 1)[0]:
                reason += " over TLS; a server without TLS takes bolt:// or neo4j://"
            raise GraphTargetError(
                f"Cannot reach Neo4j at {self.uri} ({reason}); {START_HINT}, "
                "or pass --graph with a reachable bolt:// or neo4j:// URI"
            ) from None
        self._driver = driver
        return driver

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def __enter__(self) -> Neo4jStore:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self, query: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> tuple[list[str], list[list[Any]], dict[str, int]]:
        """Run one Cypher statement in a managed read (or write) transaction.

        Returns:
            The column names, the rows as lists of driver values, and the non-zero update
            counters (``{"nodes_created": 2}``).
        """

        def work(tx: ManagedTransaction) -> tuple[list[str], list[list[Any]], dict[str, int]]:
            result = tx.run(query, params or {})
            columns = list(result.keys())
            rows = [list(record.values()) for record in result]
            counters = vars(result.consume().counters)
            return columns, rows, {k: v for k, v in counters.items() if type(v) is int and v}

        with self.connect().session(database=self.database) as session:
            if write:
                return session.execute_write(work)
            return session.execute_read(work)

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.connect().execute_query(
            query, params, database_=self.database, routing_="r"
        )
        return [record.data() for record in records]

    # -- writing -----------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of ``schema.cypher`` (idempotent)."""
        if self._schema_ready:
            return
        driver = self.connect()
        for statement in schema_statements():
            driver.execute_query(statement, database_=self.database)
        self._schema_ready = True

    def _write(self, query: str, rows: Sequence[dict[str, Any]]) -> tuple[int, int, int]:
        """Write ``rows`` in batches; return (nodes created, relationships created, added)."""

        def work(tx: ManagedTransaction, batch: Sequence[dict[str, Any]]) -> tuple[int, int, int]:
            result = tx.run(query, rows=list(batch))
            added = sum(int(record.get("added") or 0) for record in result)
            counters = result.consume().counters
            return counters.nodes_created, counters.relationships_created, added

        totals = [0, 0, 0]
        with self.connect().session(database=self.database) as session:
            for batch in _chunks(rows, self.batch_size):
                for i, n in enumerate(session.execute_write(work, batch)):
                    totals[i] += n
        return totals[0], totals[1], totals[2]

    def add(self, triples: Iterable[Triple]) -> LoadStats:
        """Load triples: entities, then articles and evidence, then relation edges.

        Loading the same triples again changes nothing: nodes and edges are merged on their
        ids, and an edge's count grows only by evidence ids it does not list yet. Triples
        are read ``CHUNK_BATCHES`` batches at a time, so a long stream needs bounded memory.
        Triples whose relation is not in the ontology are skipped and listed in the stats.
        """
        stats = LoadStats()
        self.ensure_schema()
        stream = iter(triples)
        while chunk := list(islice(stream, self.batch_size * CHUNK_BATCHES)):
            stats.triples += len(chunk)
            self._add_chunk(chunk, stats)
        return stats

    def _add_chunk(self, triples: list[Triple], stats: LoadStats) -> None:
        # Relation names become relationship types: only the ontology's names get through.
        triples = list(known_relations(triples, stats))
        folded = fold(triples)
        for label, rows in sorted(entity_rows(folded).items()):
            stats.nodes_added += self._write(ENTITY_MERGE % {"label": label}, rows)[0]
        self._write(EVIDENCE_MERGE, evidence_rows(triples))
        for relation, rows in sorted(relation_rows(folded).items()):
            _, created, added = self._write(RELATION_MERGE % {"type": relation}, rows)
            stats.edges_added += created
            stats.mentions_added += added

    def clear(self) -> None:
        """Delete every node and relationship, 10,000 nodes a transaction (schema stays)."""
        driver = self.connect()
        while True:
            _, summary, _ = driver.execute_query(
                "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n", database_=self.database
            )
            if summary.counters.nodes_deleted == 0:
                return

    # -- reading -----------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        query = f"MATCH (n:Entity {{id: $id}}) RETURN {entity_fields('n')} AS n"
        rows = self._read(query, id=entity_id)
        return Entity.from_dict(rows[0]["n"]) if rows else None

    def resolve(self, name: str) -> list[str]:
        wanted = name.strip().casefold()
        if not wanted:
            return []
        ids = {wanted, wanted.upper(), name.strip()}
        rows = self._read(
            "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, "
            "n.aliases AS aliases",
            ids=sorted(ids),
        )
        phrase = '"' + wanted.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if any(ch.isalnum() for ch in wanted):
            rows += self._read(
                "CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node "
                "RETURN node.id AS id, node.name AS name, node.aliases AS aliases",
                phrase=phrase,
            )
        found = {
            row["id"]
            for row in rows
            if any(
                str(n).casefold() == wanted
                for n in (row["id"], row["name"], *(row["aliases"] or ()))
            )
        }
        return sorted(found)

    def neighbors(
        self, entity_id: str, relation: str | None = None, direction: str = "both"
    ) -> list[Edge]:
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}")
        parts = []
        if direction in ("out", "both"):
            parts.append("MATCH (s:Entity {id: $id})-[r]->(o:Entity)")
        if direction in ("in", "both"):
            loops = "" if direction == "in" else " WHERE s.id <> o.id"
            parts.append(f"MATCH (s:Entity)-[r]->(o:Entity {{id: $id}}){loops}")
        query = " UNION ALL ".join(
            f"{match} WITH s, r, o WHERE $relation IS NULL OR type(r) = $relation "
            f"RETURN {entity_fields('s')} AS subject, {entity_fields('o')} AS object, "
            f"{EDGE_FIELDS}"
            for match in parts
        )
        rows = self._read(query, id=entity_id, relation=relation)
        edges = [edge_of(row) for row in rows]
        return sorted(edges, key=lambda e: (-e.count, e.relation, e.subject.id, e.object.id))

    def stats(self) -> dict[str, Any]:
        kinds = self._read(
            "MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n ORDER BY n DESC, kind"
        )
        relations = self._read(
            "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS relation, count(*) AS n, "
            "sum(r.count) AS mentions ORDER BY n DESC, relation"
        )
        return {
            "nodes": sum(row["n"] for row in kinds),
            "edges": sum(row["n"] for row in relations),
            "mentions": sum(row["mentions"] or 0 for row in relations),
            "nodes_by_kind": {row["kind"]: row["n"] for row in kinds},
            "edges_by_relation": {row["relation"]: row["n"] for row in relations},
        }

    def to_networkx(self) -> nx.MultiDiGraph:
        import networkx as nx

        graph = nx.MultiDiGraph()
        query = f"MATCH (n:Entity) RETURN {entity_fields('n')} AS n ORDER BY n.id"
        for row in self._read(query):
            node = node_attrs(row["n"])
            graph.add_node(node["id"], **node)
        for row in self._read(
            f"MATCH (s:Entity)-[r]->(o:Entity) RETURN {EDGE_FIELDS} ORDER BY s, o, relation"
        ):
            attrs = edge_attrs(row)
            key = edge_key(attrs["relation"], attrs["status"])
            graph.add_edge(row["s"], row["o"], key=key, **attrs)
        return graph
