"""Relationship lookups: an actor's edges by any of its names.

``lookup(store, "Moscow")`` finds the entity ids the name stands for (the gazetteer's
aliases, then the ids, names and aliases stored in the graph), adds a country's groups
(``RUS`` brings ``RUS:GOV``, ``RUS:MIL`` ...), and returns their edges, most frequent first,
each with its total count and its most recent evidence sentences. The entities are read in
one query and all their edges in one more, groups included, on either store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kgraph.errors import KgraphError
from kgraph.model import Edge, Entity
from kgraph.ontology import SECTORS, relation_type
from kgraph.resolve import resolve_name as gazetteer_ids
from kgraph.stores.base import DIRECTIONS, RECENT, GraphStore


@dataclass
class LookupResult:
    """The entities a name resolved to and the edges found at them."""

    name: str
    entities: list[Entity] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    total: int = 0  # edges found, of which ``edges`` holds the first ``limit``


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
    evidence: int = RECENT,
    limit: int | None = None,
) -> LookupResult:
    """The edges of the actor named ``name``.

    Args:
        store: the graph.
        name: an id or any alias ("Russia", "RUS", "Moscow", "the Kremlin").
        relation: keep only this relation (validated against the ontology).
        direction: ``out`` (the actor acts), ``in`` (acted upon) or ``both``.
        since: keep edges last seen on or after this ISO date; undated edges are dropped.
        include_groups: for a country, include its groups' edges (``RUS:GOV`` for ``RUS``).
        evidence: the most recent sentences to keep on each edge (``Edge.count`` is the
            total; ``store.mentions`` pages through all of them).
        limit: keep the first ``limit`` edges (asserted first, most mentioned first);
            ``LookupResult.total`` counts them all.

    Raises:
        KgraphError: when nothing in the graph has that name, or for a bad option.
    """
    if relation is not None:
        relation = relation_type(relation).name
    if direction not in DIRECTIONS:
        raise KgraphError(f"Unknown direction {direction!r}. Valid: {', '.join(DIRECTIONS)}")
    result = LookupResult(name)
    ids = resolve_name(store, name)
    wanted = list(ids)
    if include_groups:
        for country in [i for i in ids if len(i) == 3 and i.isupper()]:
            wanted += [f"{country}:{sector}" for sector in SECTORS]
    found = store.entities(wanted)
    if not found:
        raise KgraphError(f"No entity named {name!r} in the graph (try an id such as RUS)")
    result.entities = list(found.values())
    result.edges = store.edges_at(list(found), relation, direction, evidence, since, limit)
    result.total = (
        len(result.edges)
        if limit is None or len(result.edges) < limit
        else store.count_edges(list(found), relation, direction, since)
    )
    return result
