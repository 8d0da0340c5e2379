"""The Cypher the Neo4j store sends, and the rows it sends and reads back.

Every write is one of three ``UNWIND $rows`` statements (entities, evidence, relations), with
labels and relationship types filled in from the ontology's fixed names; reads come back as
the node and edge attributes of the embedded store, so both stores give the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kgraph.errors import KgraphError
from kgraph.model import KINDS, Edge, Entity, Triple
from kgraph.stores.base import Folded, edge_from_attrs

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
"""

EVIDENCE_MERGE = """
UNWIND $rows AS row
MERGE (a:Article {id: row.doc_id})
ON CREATE SET a.date = row.date
ON MATCH SET a.date = coalesce(a.date, row.date)
MERGE (e:Evidence {id: row.id})
ON CREATE SET e.doc_id = row.doc_id, e.sentence = row.sentence,
              e.start = row.start, e.end = row.end
MERGE (e)-[:IN]->(a)
WITH a, row
UNWIND row.entities AS entity_id
MATCH (n:Entity {id: entity_id})
MERGE (a)-[:MENTIONS]->(n)
"""

# New evidence ids extend the edge and its count; ids already on it change nothing.
RELATION_MERGE = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (s)-[r:%(type)s {status: row.status}]->(o)
ON CREATE SET r.count = 0, r.evidence = [], r.first_date = null, r.last_date = null,
              r.plover = row.plover, r.cameo = row.cameo, r.quad_class = row.quad_class,
              r.role = row.role, r.confidence = 0.0
WITH r, row, [m IN row.mentions WHERE NOT m.id IN r.evidence] AS new
WITH r, row, new, [m IN new WHERE m.date IS NOT NULL | m.date] AS dates
SET r.evidence = r.evidence + [m IN new | m.id],
    r.count = r.count + size(new),
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence
                        ELSE r.confidence END,
    r.first_date = reduce(d = r.first_date, x IN dates |
                          CASE WHEN d IS NULL OR x < d THEN x ELSE d END),
    r.last_date = reduce(d = r.last_date, x IN dates |
                         CASE WHEN d IS NULL OR x > d THEN x ELSE d END)
RETURN sum(size(new)) AS added
"""


def entity_fields(var: str) -> str:
    return f"{var} {{.id, .name, .kind, .country, .aliases, .roles}}"


EDGE_FIELDS = (
    "s.id AS s, type(r) AS relation, o.id AS o, r {.*} AS props, "
    "COLLECT { MATCH (e:Evidence) WHERE e.id IN r.evidence "
    "RETURN [e.id, e.sentence] } AS sentences"
)


def entity_rows(folded: Folded) -> dict[str, list[dict[str, Any]]]:
    """Entity rows by their labels (``Entity:Country``; ``Entity`` for an unknown kind)."""
    by_label: dict[str, list[dict[str, Any]]] = {}
    for row in folded.nodes.values():
        label = f"Entity:{row.kind}" if row.kind in KINDS else "Entity"
        by_label.setdefault(cypher_name(label), []).append(row.properties())
    return by_label


def relation_rows(folded: Folded) -> dict[str, list[dict[str, Any]]]:
    """Edge rows by relationship type, each with its mentions (evidence id and date)."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for edge in folded.edges.values():
        by_type.setdefault(cypher_name(edge.relation), []).append(
            {
                "subject": edge.subject,
                "object": edge.object,
                "status": edge.status,
                "plover": edge.plover,
                "cameo": edge.cameo,
                "quad_class": edge.quad_class,
                "role": edge.role,
                "confidence": edge.confidence,
                "mentions": [{"id": k, "date": day} for k, (_, day) in edge.mentions.items()],
            }
        )
    return by_type


def cypher_name(name: str) -> str:
    """A label or relationship type checked to be a plain name (already one of the ontology's
    fixed names), so it can go into Cypher text."""
    if not all(part.replace("_", "").isalnum() for part in name.split(":")):
        raise KgraphError(f"{name!r} cannot be a Neo4j label or relationship type")
    return name


def evidence_rows(triples: Sequence[Triple]) -> list[dict[str, Any]]:
    """One row per evidence sentence, with the entities its article mentions there."""
    rows: dict[str, dict[str, Any]] = {}
    for triple in triples:
        ev = triple.evidence
        row = rows.setdefault(
            ev.id,
            {
                "id": ev.id,
                "doc_id": ev.doc_id,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "date": triple.date,
                "entities": [],
            },
        )
        for entity_id in (triple.subject.id, triple.object.id):
            if entity_id not in row["entities"]:
                row["entities"].append(entity_id)
        row["date"] = row["date"] or triple.date
    return list(rows.values())


def node_attrs(props: dict[str, Any]) -> dict[str, Any]:
    """The node attributes of the embedded store, from a node's properties."""
    entity = Entity.from_dict(props)
    return {**entity.to_dict(), "aliases": list(entity.aliases), "roles": list(entity.roles)}


def edge_attrs(row: dict[str, Any]) -> dict[str, Any]:
    """The edge attributes of the embedded store, from a relationship row."""
    props = row["props"]
    evidence = list(props.get("evidence") or [])
    sentence_of = {eid: sentence for eid, sentence in row["sentences"]}
    return {
        "relation": row["relation"],
        "status": props.get("status", "asserted"),
        "count": props.get("count", 0),
        "first_date": props.get("first_date"),
        "last_date": props.get("last_date"),
        "evidence": evidence,
        "sentences": [sentence_of.get(eid, "") for eid in evidence],
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
