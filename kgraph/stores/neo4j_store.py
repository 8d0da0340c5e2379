"""The Neo4j graph store: the same folded nodes and edges as the embedded store, in a server.

Layout in the database (``kgraph/data/schema.cypher`` holds the constraints and indexes):

- ``(:Entity:<Kind> {id, name, kind, country, aliases, roles})``, one per canonical id;
- ``(:Entity)-[:<RELATION> {key, status, count, first_date, last_date, plover, cameo,
  quad_class, confidence, role}]->(:Entity)``, one per (subject, relation, object, status),
  bounded however often it is said;
- ``(:Mention {key, evidence, doc_id, sentence, start, end, date, confidence})``, one per
  (edge, evidence sentence), its unique key starting with the edge's ``key``: every edge
  leads back to its words (the sentence, its article ``doc_id`` and character offsets, the
  article's ``date``) through its mentions, and an article's mentions are those with its
  ``doc_id``. A sentence that holds several triples is repeated on each of their mentions;
  the mention is the only node written per triple.

A database written by kgraph before mentions carried their sentences (``:Evidence`` and
``:Article`` nodes) is refused by the reading commands with a one-line message; the next
load converts it in place, copying each sentence onto its mentions (the old nodes stay, and a
``(:KgraphLayout {version: 2})`` node marks it converted).

Writes are ``UNWIND $rows`` batches in managed write transactions (the driver retries
transient errors such as deadlocks; a unique-key race with a concurrent load is retried
here). Each chunk of triples first reads which entities, mentions and edges exist, then
sends only what is new, CREATEing new mentions and edges (relationship types travel as
values: Neo4j 5.26+) and updating known edges by element id; entities are found by element
id too. A load into a database without mentions skips the read of which mentions exist (none
does, but for a concurrent load or a repeated article, which the unique key catches: the
chunk is then rolled back and written again after reading). A reader thread folds the next
chunk and builds its rows while the server writes the current one. Values always travel as
parameters; the only names put into Cypher text are labels checked against the
ontology's fixed vocabularies.

The connection helpers are :mod:`kgraph.stores.neo4j_connect`, one load's chunk writes
:mod:`kgraph.stores.neo4j_load`, the Cypher text and rows :mod:`kgraph.stores.neo4j_cypher`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from kgraph.errors import GraphTargetError
from kgraph.model import Edge, Entity, LoadStats, Triple
from kgraph.stores.base import (
    DIRECTIONS,
    RECENT,
    EdgeMention,
    NeighborsFromEdges,
    edge_key,
    edge_uid,
    name_key,
    prefetched,
)
from kgraph.stores.neo4j_connect import (
    START_HINT,
    batch_size_from_env,
    first_line,
    import_driver,
    redact,
    schema_statements,
    too_old,
)
from kgraph.stores.neo4j_cypher import (
    ANY_MENTION,
    CONVERT_OLD_LAYOUT,
    EDGE_FIELDS,
    MARK_CONVERTED,
    OLD_LAYOUT,
    RECENT_MENTIONS,
    RESOLVE,
    edge_attrs,
    edge_of,
    entity_fields,
    node_attrs,
    recent_subquery,
    relation_types,
)
from kgraph.stores.neo4j_load import RACE_RETRIES, LoadCache, Prepared, prepare, write_chunk

if TYPE_CHECKING:
    import networkx as nx
    from neo4j import Driver, ManagedTransaction


class Neo4jStore(NeighborsFromEdges):
    """A graph store in a Neo4j 5 server, reached over Bolt.

    Credentials come from ``NEO4J_USERNAME``/``NEO4J_PASSWORD`` (or the URI's user info) and
    the database from ``NEO4J_DATABASE`` (default: the server's default database). Without a
    password the driver connects without auth, as to ``scripts/neo4j-local``'s server.

    Args:
        uri: ``bolt://``, ``neo4j://`` (or their ``+s``/``+ssc`` forms) URI.
        batch_size: rows per ``UNWIND`` write (default: ``KGRAPH_NEO4J_BATCH_SIZE``, else
            10,000).

    Raises:
        GraphTargetError: for a ``KGRAPH_NEO4J_BATCH_SIZE`` that is not a positive number.
    """

    def __init__(self, uri: str, *, batch_size: int | None = None) -> None:
        parts = urlsplit(uri)
        self.uri = redact(uri)
        self.batch_size = batch_size or batch_size_from_env()
        self.database = os.environ.get("NEO4J_DATABASE") or None
        user = unquote(parts.username or "") or os.environ.get("NEO4J_USERNAME") or "neo4j"
        password = unquote(parts.password or "") or os.environ.get("NEO4J_PASSWORD")
        self._auth = (user, password) if password else None
        self._driver: Driver | None = None
        self._schema_ready = False
        self._counted: tuple[Any, int] = (None, 0)  # edges_at's arguments and edge count
        self._old_layout = False  # the database holds :Evidence nodes (read on connecting)

    # -- connection --------------------------------------------------------------------

    def connect(self) -> Driver:
        """The driver, connected and checked on first use.

        Raises:
            GraphTargetError: one line naming the URI (never the credentials) and the fix.
        """
        if self._driver is not None:
            return self._driver
        neo4j = import_driver()
        from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

        try:
            # Server notifications (deprecations, plan hints) would be logged to stderr as
            # multi-line dumps; the CLI's contract is one-line messages.
            driver = neo4j.GraphDatabase.driver(
                self.uri, auth=self._auth, notifications_min_severity="OFF"
            )
        except (ValueError, DriverError) as exc:
            raise GraphTargetError(f"Bad Neo4j URI {self.uri}: {exc}") from None
        try:  # one round trip checks the server, the credentials and the database
            records, _, _ = driver.execute_query(OLD_LAYOUT, database_=self.database)
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
                f"Neo4j at {self.uri} cannot open database {database}: {first_line(exc)}; "
                "check NEO4J_DATABASE"
            ) from None
        except (DriverError, OSError, ValueError) as exc:  # ValueError: unresolvable address
            driver.close()
            reason = "no server answers" if isinstance(exc, ServiceUnavailable) else first_line(exc)
            if "+s" in self.uri.split("://", 1)[0]:
                reason += " over TLS; a server without TLS takes bolt:// or neo4j://"
            raise GraphTargetError(
                f"Cannot reach Neo4j at {self.uri} ({reason}); {START_HINT}, "
                "or pass --graph with a reachable bolt:// or neo4j:// URI"
            ) from None
        self._driver = driver
        self._old_layout = bool(records[0]["old"])
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
        driver = self.connect()
        if self._old_layout:
            raise GraphTargetError(
                f"Neo4j at {self.uri} holds a graph written by an older kgraph (sentences on "
                ":Evidence nodes); load into it once to convert it in place (nothing is "
                f"deleted): kgraph load /dev/null --graph {self.uri}"
            )
        records, _, _ = driver.execute_query(query, params, database_=self.database, routing_="r")
        return [record.data() for record in records]

    # -- writing -----------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of ``schema.cypher`` (idempotent)."""
        if self._schema_ready:
            return
        driver = self.connect()
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions RETURN versions[0] AS version",
            database_=self.database,
        )
        version = str(records[0]["version"]) if records else ""
        if too_old(version):
            raise GraphTargetError(
                f"Neo4j at {self.uri} is version {version}; kgraph loads into Neo4j 5.26 or "
                "later (it passes relationship types as values)"
            )
        for statement in schema_statements():
            driver.execute_query(statement, database_=self.database)
        if self._old_layout:
            self._convert_old_layout()
        self._schema_ready = True

    def _convert_old_layout(self) -> None:
        """Copy the sentences of a database written by kgraph before mentions carried them
        (``:Evidence`` nodes) onto their mentions, once; the old nodes stay."""
        import logging

        with self.connect().session(database=self.database) as session:
            counters = session.run(CONVERT_OLD_LAYOUT).consume().counters
            session.run(MARK_CONVERTED).consume()
        self._old_layout = False
        # Shown once on stderr by Python's last-resort handler unless the application set up
        # logging (the library never configures it).
        logging.getLogger("kgraph").warning(
            "converted the Neo4j database at %s to the current layout: %d mention "
            "properties set from its :Evidence nodes, which stay (delete them and :Article "
            "nodes by hand once no older kgraph reads the database)",
            self.uri, counters.properties_set,
        )  # fmt: skip

    def add(self, triples: Iterable[Triple]) -> LoadStats:
        """Load triples: entities, then relation edges with their mentions (each carrying its
        sentence), ``batch_size`` triples per transaction (bounded memory).

        Loading the same triples again changes nothing: mentions have unique keys, and an
        edge's count grows only by mentions it does not have yet. Triples whose relation is
        not in the ontology are skipped and listed in the stats.

        Raises:
            GraphTargetError: one line naming the server and the cause when the server goes
                away or refuses a write (what was written stays; a rerun completes it).
        """
        from neo4j.exceptions import DriverError, Neo4jError

        stats = LoadStats()
        self._counted = (None, 0)
        try:
            self.ensure_schema()
            cache = LoadCache(fresh=not self._read(ANY_MENTION)[0]["any"])
            for chunk in prefetched(triples, self.batch_size, lambda part: prepare(part, stats)):
                stats.triples += chunk.read
                self._add_chunk(chunk, stats, cache)
        except (DriverError, Neo4jError, OSError) as exc:
            raise GraphTargetError(
                f"Neo4j at {self.uri}: the load stopped after {stats.triples} triple(s) read "
                f"({first_line(exc) or type(exc).__name__}); what was written is consistent "
                "and loading again completes it"
            ) from None
        return stats

    def _add_chunk(self, chunk: Prepared, stats: LoadStats, cache: LoadCache) -> None:
        """One transaction: read which entities, articles, evidence, edges and mentions exist,
        then write what is new. The driver retries it on transient errors (deadlocks, a
        leader switch); a unique-key race with a concurrent load is retried here, reading
        again. What it wrote is remembered for the next chunks once it has committed."""
        from neo4j.exceptions import ConstraintError

        read_mentions = not cache.fresh
        with self.connect().session(database=self.database) as session:
            for attempt in range(RACE_RETRIES):
                try:
                    added, entities, edges = session.execute_write(
                        write_chunk, chunk, cache, read_mentions, self.batch_size
                    )
                    break
                except ConstraintError:
                    if attempt == RACE_RETRIES - 1:
                        raise
                    read_mentions = True
        cache.update(entities, edges)
        stats.nodes_added += added.nodes_added
        stats.edges_added += added.edges_added
        stats.mentions_added += added.mentions_added

    def clear(self) -> None:
        """Delete every node and relationship (the schema stays), relationships first and
        10,000 per transaction, so a node with a million relationships never makes one
        transaction that outgrows the server's transaction memory. The nodes go with
        ``DETACH``: a relationship another client commits between the two passes (a load
        still finishing) is deleted with its node instead of failing the clear."""
        with self.connect().session(database=self.database) as session:
            for query in (
                "MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS",
                "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
            ):
                session.run(query).consume()  # auto-commit: CALL IN TRANSACTIONS needs it
        self._old_layout = False

    # -- reading -----------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities([entity_id]).get(entity_id)

    def entities(self, ids: Sequence[str]) -> dict[str, Entity]:
        wanted = list(dict.fromkeys(ids))
        query = f"UNWIND $ids AS id MATCH (n:Entity {{id: id}}) RETURN {entity_fields('n')} AS n"
        rows = self._read(query, ids=wanted)
        found = {row["n"]["id"]: Entity.from_dict(row["n"]) for row in rows}
        return {i: found[i] for i in wanted if i in found}

    def resolve(self, name: str) -> list[str]:
        key = name_key(name)
        if not key:
            return []
        return [row["id"] for row in self._read(RESOLVE, key=key)]

    def edges_at(
        self,
        ids: Sequence[str],
        relation: str | None = None,
        direction: str = "both",
        evidence: int = RECENT,
        since: str | None = None,
        limit: int | None = None,
    ) -> list[Edge]:
        """The edges at any of ``ids`` with their most recent mentions, in one query (which
        also counts them all: a following :meth:`count_edges` with the same arguments
        answers from that count, without a second query)."""
        wanted = list(dict.fromkeys(ids))
        query = (
            f"{self._edges_match(direction)} "
            "WITH collect(r) AS found WITH size(found) AS total, found UNWIND found AS r "
            "WITH total, r, startNode(r) AS s, endNode(r) AS o "
            "ORDER BY r.status <> 'asserted', r.count DESC, type(r), o.id, s.id "
            + ("" if limit is None else "LIMIT $limit ")
            + f"RETURN total, {entity_fields('s')} AS subject, {entity_fields('o')} AS object, "
            f"{EDGE_FIELDS}, {recent_subquery('recent')}"
        )
        rows = self._read(
            query, ids=wanted, relation=relation, since=since, limit=limit, recent=evidence,
        )  # fmt: skip
        self._counted = (
            (tuple(wanted), relation, direction, since),
            rows[0]["total"] if rows else 0,
        )
        return [edge_of(row) for row in rows]

    def count_edges(
        self,
        ids: Sequence[str],
        relation: str | None = None,
        direction: str = "both",
        since: str | None = None,
    ) -> int:
        wanted = list(dict.fromkeys(ids))
        counted, total = self._counted
        self._counted = (None, 0)  # used once: the graph may change after it
        if counted == (tuple(wanted), relation, direction, since):
            return total  # counted by the edges_at just before
        query = f"{self._edges_match(direction)} RETURN count(r) AS n"
        rows = self._read(query, ids=wanted, relation=relation, since=since)
        return int(rows[0]["n"])

    @staticmethod
    def _edges_match(direction: str) -> str:
        """Cypher binding ``r`` to each edge at ``$ids`` once, of ``$relation`` (when not
        null) and last seen on or after ``$since`` (when not null)."""
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}")
        types = relation_types()  # not MENTIONS or NAMES, which dense entities have many of
        parts = []
        if direction in ("out", "both"):
            parts.append(f"WITH n MATCH (n)-[r:{types}]->(:Entity) RETURN r")
        if direction in ("in", "both"):
            parts.append(f"WITH n MATCH (n)<-[r:{types}]-(:Entity) RETURN r")
        return (
            f"UNWIND $ids AS id MATCH (n:Entity {{id: id}}) CALL {{ {' UNION '.join(parts)} }} "
            "WITH DISTINCT r WHERE ($relation IS NULL OR type(r) = $relation) "
            "AND ($since IS NULL OR coalesce(r.last_date, '') >= $since)"
        )

    def mentions(
        self,
        subject: str,
        relation: str,
        obj: str,
        status: str = "asserted",
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EdgeMention]:
        window = "SKIP $offset" + ("" if limit is None else " LIMIT $limit")
        query = RECENT_MENTIONS % {"edge_key": "$edge", "window": window} + " AS m"
        rows = self._read(
            query, edge=edge_uid(subject, relation, status, obj), offset=offset, limit=limit
        )
        return [EdgeMention(*row["m"]) for row in rows]

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

    def iter_evidence(self) -> Iterator[dict[str, Any]]:
        yield from self._read(
            "MATCH (m:Mention) WITH m.evidence AS id, collect(m)[0] AS m, max(m.date) AS date "
            "RETURN id, m.doc_id AS doc_id, m.sentence AS sentence, m.start AS start, "
            "m.end AS end, date ORDER BY id"
        )

    def iter_mentions(self) -> Iterator[dict[str, Any]]:
        for row in self._read(
            "MATCH (m:Mention) RETURN m.key AS key, m.evidence AS evidence, m.date AS date, "
            "m.confidence AS confidence ORDER BY key"
        ):
            subject, relation, status, obj, evidence = json.loads(row["key"])
            yield {
                "subject": subject, "relation": relation, "status": status, "object": obj,
                "evidence": evidence, "date": row["date"], "confidence": row["confidence"],
            }  # fmt: skip

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph with every edge's mentions (oldest first), read in three queries
        (entities, edges, mentions); for algorithms and export."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        query = f"MATCH (n:Entity) RETURN {entity_fields('n')} AS n ORDER BY n.id"
        for row in self._read(query):
            node = node_attrs(row["n"])
            graph.add_node(node["id"], **node)
        mentions: dict[str, list[tuple[str, str, str]]] = {}
        for row in self._read(
            "MATCH (m:Mention) RETURN m.key AS key, m.evidence AS evidence, "
            "coalesce(m.date, '') AS date, m.sentence AS sentence"
        ):
            edge = row["key"][: -len(json.dumps(row["evidence"], ensure_ascii=False)) - 2]
            mentions.setdefault(edge, []).append(
                (row["date"], row["evidence"], row["sentence"] or "")
            )
        for row in self._read(
            f"MATCH (s:Entity)-[r]->(o:Entity) RETURN {EDGE_FIELDS} ORDER BY s, o, relation"
        ):
            attrs = edge_attrs(row)
            found = sorted(mentions.get(row["props"].get("key", ""), []))
            attrs["evidence"] = [m[1] for m in found]
            attrs["sentences"] = [m[2] for m in found]
            key = edge_key(attrs["relation"], attrs["status"])
            graph.add_edge(row["s"], row["o"], key=key, **attrs)
        return graph
