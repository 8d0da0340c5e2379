"""Relationship lookups: an actor's edges by any of its names.

``lookup(store, "Moscow")`` finds the entity ids the name stands for (the gazetteer's
aliases, then the ids, names and aliases stored in the graph), adds a country's groups
(``RUS`` brings ``RUS:GOV``, ``RUS:MIL`` ...), and returns their edges, most frequent first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kgraph.errors import KgraphError
from kgraph.model import Edge, Entity
from kgraph.ontology import SECTORS, relation_type
from kgraph.resolve import resolve_name as gazetteer_ids
from kgraph.stores.base import DIRECTIONS, GraphStore


@dataclass
class LookupResult:
    """The entities a name resolved to and the edges found at them."""

    name: str
    entities: list[Entity] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def resolve_name(store: GraphStore, name: str) -> list[str]:
    """Entity ids for a name: gazetteer aliases first, then what the graph stores."""
    ids = [entity.id for entity in gazetteer_ids(name)] + store.resolve(name)
    return list(dict.fromkeys(ids))


def lookup(
    store: GraphStore,
    name: str,
    relation: str | None = None,
    direction: str = "both",
    since: str | None = None,
    include_groups: bool = True,
) -> LookupResult:
    """The edges of the actor named ``name``.

    Args:
        store: the graph.
        name: an id or any alias ("Russia", "RUS", "Moscow", "the Kremlin").
        relation: keep only this relation (validated against the ontology).
        direction: ``out`` (the actor acts), ``in`` (acted upon) or ``both``.
        since: keep edges last seen on or after this ISO date; undated edges are dropped.
        include_groups: for a country, include its groups' edges (``RUS:GOV`` for ``RUS``).

    Raises:
        KgraphError: when nothing in the graph has that name, or for a bad option.
    """
    if relation is not None:
        relation = relation_type(relation).name
    if direction not in DIRECTIONS:
        raise KgraphError(f"Unknown direction {direction!r}. Valid: {', '.join(DIRECTIONS)}")
    result = LookupResult(name)
    found = {i: e for i in resolve_name(store, name) if (e := store.entity(i)) is not None}
    if include_groups:
        for country in [i for i in found if len(i) == 3 and i.isupper()]:
            for sector in SECTORS:
                group_id = f"{country}:{sector}"
                if group_id not in found and (group := store.entity(group_id)) is not None:
                    found[group_id] = group
    if not found:
        raise KgraphError(f"No entity named {name!r} in the graph (try an id such as RUS)")
    result.entities = list(found.values())
    seen: set[tuple[str, str, str, str]] = set()
    for entity_id in found:
        for edge in store.neighbors(entity_id, relation, direction):
            key = (edge.subject.id, edge.relation, edge.status, edge.object.id)
            if key in seen or (since and (edge.last_date or "") < since):
                continue
            seen.add(key)
            result.edges.append(edge)
    result.edges.sort(key=lambda e: (e.status != "asserted", -e.count, e.relation, e.object.id))
    return result
