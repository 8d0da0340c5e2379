"""The Cypher the Neo4j store sends, and the rows it sends and reads back.

Every write is an ``UNWIND $rows`` statement (entities, new edges, known edges, mentions),
with labels filled in from the ontology's fixed names and relationship types passed as
values; each is preceded by one read of which keys exist (for mentions: unless the database
held none when the load began), so only new or changed rows are sent and new nodes and
edges are CREATEd. Reads come back as the node and edge
attributes of the embedded store, so both stores give the same answers.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from kgraph.errors import KgraphError
from kgraph.model import KINDS, Edge, Entity
from kgraph.stores.base import Folded, edge_from_attrs, mention_uid, name_key

# Entities that are new or gain aliases, roles or a country (the loader reads the others
# first and leaves them alone); MERGE, as a concurrent load may create the same id.
ENTITY_MERGE = """
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n:%(label)s
WITH n, row
SET n.country = coalesce(n.country, row.country),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS a
                          RETURN DISTINCT a ORDER BY a },
    n.roles = COLLECT { UNWIND coalesce(n.roles, []) + row.roles AS r
                        RETURN DISTINCT r ORDER BY r }
WITH n, row
CALL (n, row) {
  UNWIND row.names AS key
  MERGE (k:Name {key: key})
  MERGE (k)-[:NAMES]->(n)
}
RETURN n.id AS id, elementId(n) AS eid
"""

# The entities a name stands for: (:Name {key})-[:NAMES]->(:Entity), the key being the
# stripped, casefolded id, name or alias (base.name_key), as in the embedded store.
RESOLVE = """
MATCH (:Name {key: $key})-[:NAMES]->(n:Entity)
RETURN n.id AS id ORDER BY id
"""

ENTITIES_KNOWN = """
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.country AS country, n.aliases AS aliases, n.roles AS roles,
       elementId(n) AS eid
"""

MENTIONS_KNOWN = """
UNWIND $keys AS key
MATCH (m:Mention {key: key})
RETURN m.key AS key
"""

# Which edges exist, for the edges a chunk touches that the loader has not seen in this
# load: an edge exists exactly when one of its mentions does (both are written in one
# transaction), and a mention key starts with its edge's key, so one prefix seek in the
# unique index of :Mention(key) per edge answers it (``$prefixes``: edge keys + ',').
EDGES_KNOWN = """
UNWIND $prefixes AS prefix
WITH prefix WHERE EXISTS { MATCH (m:Mention) WHERE m.key STARTS WITH prefix }
RETURN prefix
"""

# The element ids of known edges (stored by an earlier load): one Expand(Into) per edge,
# over the relation types only (%(types)s: the ontology's names), not the thousands of
# MENTIONS and NAMES a busy entity also has.
EDGE_IDS = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})-[r:%(types)s]->(o:Entity {id: row.object})
WHERE r.key = row.key
RETURN r.key AS key, elementId(r) AS eid
"""

# The subjects of a chunk's edges, locked (a property set and removed) in id order before
# the loader reads which edges exist, so two concurrent loads never both CREATE one edge:
# the second waits for the first to commit, then finds its edge.
LOCK_SUBJECTS = """
UNWIND $rows AS eid
MATCH (n:Entity) WHERE elementId(n) = eid
SET n.kgraph_lock = true
REMOVE n.kgraph_lock
"""

# New edges: CREATE, with the relationship type as a value (Cypher 5.26's dynamic types,
# so every relation goes in one statement and one cached plan; the values are ontology
# names all the same). The edge keeps a bounded summary of its mentions. Its end nodes come
# as element ids. The new edges' element ids come back as one list (one record, not one
# Bolt message per edge).
EDGES_CREATE = """
UNWIND $rows AS row
MATCH (s:Entity) WHERE elementId(s) = row.s
MATCH (o:Entity) WHERE elementId(o) = row.o
CREATE (s)-[r:$(row.type) {key: row.key, status: row.status, count: row.count,
                           plover: row.plover, cameo: row.cameo, quad_class: row.quad_class,
                           role: row.role, confidence: row.confidence,
                           first_date: row.first_date, last_date: row.last_date}]->(o)
RETURN collect([row.key, elementId(r)]) AS ids
"""

# Known edges gaining mentions, found by element id (no expansion of dense nodes): the
# summary grows by the new mentions' count, dates and confidence (O(1) per mention).
EDGES_UPDATE = """
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET r.count = r.count + row.count,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence
                        ELSE r.confidence END,
    r.first_date = CASE WHEN row.first_date IS NOT NULL
                        AND (r.first_date IS NULL OR row.first_date < r.first_date)
                        THEN row.first_date ELSE r.first_date END,
    r.last_date = CASE WHEN row.last_date IS NOT NULL
                       AND (r.last_date IS NULL OR row.last_date > r.last_date)
                       THEN row.last_date ELSE r.last_date END
"""

# The new mentions of a chunk, every relationship type at once (a separate statement: in
# the edges' statement their properties would make the planner add Eager steps). A mention
# carries its sentence, article and offsets: the one node written per mention.
MENTIONS_CREATE = """
UNWIND $rows AS m
CREATE (:Mention {key: m.key, evidence: m.id, doc_id: m.doc_id, sentence: m.sentence,
                  start: m.start, end: m.end, date: m.date, confidence: m.confidence})
"""

# Whether the database holds any mention (from the count store: no scan).
ANY_MENTION = "MATCH (m:Mention) RETURN count(m) > 0 AS any"

# A database written by kgraph before mentions carried their sentences: its sentences are on
# (:Evidence)-[:IN]->(:Article) nodes. OLD_LAYOUT says whether it has any that were not
# converted yet (both counts from the count store: no scan); CONVERT_OLD_LAYOUT copies each
# evidence node's sentence, article and offsets onto its mentions, in transactions of 10,000
# mentions, then marks the database converted with one (:KgraphLayout {version: 2}) node
# (the old nodes stay: the README says how to delete them).
OLD_LAYOUT = """
CALL () { MATCH (e:Evidence) RETURN count(e) > 0 AS evidence }
CALL () { MATCH (k:KgraphLayout) RETURN count(k) = 0 AS unmarked }
RETURN evidence AND unmarked AS old
"""
CONVERT_OLD_LAYOUT = """
MATCH (m:Mention) WHERE m.sentence IS NULL
CALL (m) {
  MATCH (e:Evidence {id: m.evidence})
  SET m.doc_id = e.doc_id, m.sentence = e.sentence, m.start = e.start, m.end = e.end
} IN TRANSACTIONS OF 10000 ROWS
"""
MARK_CONVERTED = "MERGE (:KgraphLayout {version: 2})"


# An edge's most recent mentions (mention keys start with the edge's key and a comma).
RECENT_MENTIONS = """
MATCH (m:Mention) WHERE m.key STARTS WITH %(edge_key)s + ','
WITH m ORDER BY coalesce(m.date, '') DESC, m.evidence DESC
%(window)s
RETURN [m.evidence, m.date, m.sentence, m.confidence]
"""


def entity_fields(var: str) -> str:
    return f"{var} {{.id, .name, .kind, .country, .aliases, .roles}}"


EDGE_FIELDS = "s.id AS s, type(r) AS relation, o.id AS o, r {.*} AS props"


def recent_subquery(limit_param: str) -> str:
    """A COLLECT subquery: the ``$limit_param`` most recent mentions of ``r``."""
    body = RECENT_MENTIONS % {"edge_key": "r.key", "window": f"LIMIT ${limit_param}"}
    return f"COLLECT {{ {body} }} AS recent"


def entity_rows(
    folded: Folded, known: dict[str, dict[str, Any]] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Rows of the entities that are new or change (by label: ``Entity:Country``;
    ``Entity`` for an unknown kind), given the ``known`` stored ones."""
    known = known or {}
    by_label: dict[str, list[dict[str, Any]]] = {}
    for row in folded.nodes.values():
        old = known.get(row.id)
        if old is not None and (
            row.aliases <= set(old["aliases"] or ())
            and row.roles <= set(old["roles"] or ())
            and (old["country"] is not None or row.country is None)
        ):
            continue
        label = f"Entity:{row.kind}" if row.kind in KINDS else "Entity"
        # A new entity is found by its id, name and aliases; a known one by its new aliases
        # (its name stays the first one stored).
        names = (row.id, row.name, *row.aliases) if old is None else row.aliases
        keys = sorted({name_key(n) for n in names} - {""})
        by_label.setdefault(cypher_name(label), []).append({**row.properties(), "names": keys})
    return by_label


def relation_rows(
    folded: Folded, known: set[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of the edges with mentions not in ``known`` (mention keys), ordered by their
    end nodes (concurrent loads then take node locks in one order), and the rows of those
    new mentions."""
    rows: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for edge in sorted(folded.edges.values(), key=lambda e: (e.subject, e.object, e.key)):
        uid = edge.uid
        new: list[dict[str, Any]] = [
            {"key": key, "id": ev, **evidence_parts(ev), "sentence": sentence, "date": day,
             "confidence": conf}
            for ev, (sentence, day, conf) in edge.mentions.items()
            if (key := mention_uid(uid, ev)) not in known
        ]  # fmt: skip
        if not new:
            continue
        dates = [m["date"] for m in new if m["date"]]
        rows.append(
            {
                "key": uid,
                "type": cypher_name(edge.relation),
                "subject": edge.subject,
                "object": edge.object,
                "status": edge.status,
                "plover": edge.plover,
                "cameo": edge.cameo,
                "quad_class": edge.quad_class,
                "role": edge.role,
                "count": len(new),
                "confidence": max(float(m["confidence"]) for m in new),
                "first_date": min(dates, default=None),
                "last_date": max(dates, default=None),
            }
        )
        mentions += new
    return rows, mentions


def mention_keys(folded: Folded) -> list[str]:
    """The keys of the folded mentions."""
    return [mention_uid(e.uid, ev) for e in folded.edges.values() for ev in e.mentions]


def evidence_parts(evidence_id: str) -> dict[str, Any]:
    """The article and offsets of an evidence id (``doc_id:start-end``, the doc id possibly
    holding colons itself).

    >>> evidence_parts("reuters:2019/1:10-52")
    {'doc_id': 'reuters:2019/1', 'start': 10, 'end': 52}
    """
    doc_id, _, span = evidence_id.rpartition(":")
    start, _, end = span.partition("-")
    return {"doc_id": doc_id, "start": int(start), "end": int(end)}


def cypher_name(name: str) -> str:
    """A label or relationship type checked to be a plain name (already one of the ontology's
    fixed names), so it can go into Cypher text."""
    if not all(part.replace("_", "").isalnum() for part in name.split(":")):
        raise KgraphError(f"{name!r} cannot be a Neo4j label or relationship type")
    return name


def node_attrs(props: dict[str, Any]) -> dict[str, Any]:
    """The node attributes of the embedded store, from a node's properties."""
    entity = Entity.from_dict(props)
    return {**entity.to_dict(), "aliases": list(entity.aliases), "roles": list(entity.roles)}


def edge_attrs(row: dict[str, Any]) -> dict[str, Any]:
    """The edge attributes of the embedded store, from a relationship row (its ``recent``
    mentions, most recent first, as ``evidence``/``sentences``)."""
    props = row["props"]
    recent = row.get("recent") or []
    return {
        "relation": row["relation"],
        "status": props.get("status", "asserted"),
        "count": props.get("count", 0),
        "first_date": props.get("first_date"),
        "last_date": props.get("last_date"),
        "evidence": [m[0] for m in recent],
        "sentences": [m[2] for m in recent],
        "plover": props.get("plover"),
        "cameo": props.get("cameo"),
        "quad_class": props.get("quad_class"),
        "confidence": props.get("confidence", 0.0),
        "role": props.get("role"),
    }


def edge_of(row: dict[str, Any]) -> Edge:
    """An :class:`Edge` from a row with ``subject``/``object`` properties and the edge."""
    subject, obj = Entity.from_dict(row["subject"]), Entity.from_dict(row["object"])
    return edge_from_attrs(subject, obj, edge_attrs(row))


@cache
def relation_types() -> str:
    """The ontology's relation names as a Cypher type alternation (``SUPPLIES|ATTACKS|...``)."""
    from kgraph.ontology import RELATIONS

    return "|".join(cypher_name(name) for name in sorted(RELATIONS))
