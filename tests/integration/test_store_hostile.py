"""Hostile strings in names, ids, sentences, lookups and query parameters: no injection, no
crash, the same answers from the embedded store and Neo4j. Example-based cases, then
property-based ones (hypothesis, bounded examples) comparing the stores and a model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.errors import KgraphError
from kgraph.lookup import lookup
from kgraph.model import Entity
from kgraph.stores.base import name_key
from kgraph.stores.sqlite_store import SQLiteStore

from .test_store_contract import RUS, SAMPLE, VEN, Opener, loaded, mention, open_graph, snapshot

__all__ = ["open_graph"]  # the contract suite's fixture: each test runs on both stores

HOSTILE = [
    'O\'Brien "the" `quoted`',
    "x}) DETACH DELETE n //",
    "MATCH (n) DETACH DELETE n",
    "'; DROP TABLE nodes; --",
    "RETURN 1 UNION MATCH (m) SET m.x = 1",
    "nul\x00in the middle",
    "\u202eright-to-left\u202c and zero\u200bwidth\ufeff",
    "مدينة القدس",
    '\\"backslash\\',
    "%s %(x)s {0} $param",
    "L" * 1000,
]


def hostile_entity(i: int, text: str) -> Entity:
    return Entity(f"org:{text}", f"Name {i} {text}", "Organization", "RUS", (text, f"a{i}"))


def hostile_triples() -> list[Any]:
    out = []
    for i, text in enumerate(HOSTILE):
        who = hostile_entity(i, text)
        out.append(mention(who, "CRITICIZES", VEN, f"doc {text}", i, "2020-01-01"))
        sentence = mention(RUS, "SUPPLIES", who, f"d{i}", 0, None)
        out.append(sentence.with_(evidence=sentence.evidence.__class__(
            f"d{i}", f"Russia supplies {text}.", 0, 10)))  # fmt: skip
    return out


def test_hostile_strings_load_and_look_up_on_each_store(open_graph: Opener) -> None:
    triples = hostile_triples()
    with loaded(open_graph, [*SAMPLE, *triples]) as store:
        before = snapshot(store)
        for i, text in enumerate(HOSTILE):
            entity_id = f"org:{text}"
            assert store.resolve(text) == [entity_id]
            assert store.resolve(f"  {text} ") == [entity_id]
            stored = hostile_entity(i, text)
            assert store.entity(entity_id) == stored.__class__(
                **{**stored.__dict__, "aliases": tuple(sorted(stored.aliases))}
            )
            result = lookup(store, text)
            assert [e.id for e in result.entities] == [entity_id]
            edges = {(e.subject.id, e.relation, e.object.id): e for e in result.edges}
            assert edges[("RUS", "SUPPLIES", entity_id)].sentences == (f"Russia supplies {text}.",)
            assert edges[(entity_id, "CRITICIZES", "VEN")].count == 1
            pages = store.mentions(entity_id, "CRITICIZES", "VEN")
            assert [m.evidence for m in pages] == [f"doc {text}:{i}-{i + len(pages[0].sentence)}"]
        for name in ("x})", "DETACH", "nodes", "%s", "", " ", "\x00"):
            assert store.resolve(name) == []
        with pytest.raises(KgraphError, match="No entity named"):
            lookup(store, "'; DROP TABLE nodes; -- no such")
        assert snapshot(store) == before  # lookups changed nothing
        stats = store.stats()
    assert stats["nodes"] == 8 + len(HOSTILE)
    assert stats["mentions"] == 10 + 2 * len(HOSTILE)


def test_over_long_ids_and_names_are_skipped_with_a_message(open_graph: Opener) -> None:
    long = "L" * 20_000
    sentence = mention(RUS, "SUPPLIES", VEN, "d1", 0, None)
    triples = [
        mention(hostile_entity(0, long), "CRITICIZES", VEN, "d1", 0, None),
        mention(RUS, "SUPPLIES", VEN, long, 0, None),  # a document id
        mention(RUS, "MEETS", Entity("org:ok", "OK", "Organization", None, (long,)), "d2", 0, None),
        sentence.with_(evidence=sentence.evidence.__class__("d3", long, 0, 20_000)),
    ]
    with open_graph() as store:
        stats = store.add(triples)
        assert store.neighbors("RUS", "SUPPLIES")[0].sentences == (long,)  # sentences: any size
    assert (stats.skipped, stats.mentions_added) == (3, 1)
    assert all("longer than 1024 bytes, skipped" in e and len(e) < 400 for e in stats.errors)


@pytest.mark.neo4j
def test_hostile_strings_give_the_same_graph_on_both_stores(
    tmp_path: Path, neo4j_store: Any
) -> None:
    triples = [*SAMPLE, *hostile_triples()]
    with SQLiteStore(tmp_path / "g.db") as embedded:
        embedded.add(triples)
        expected = snapshot(embedded)
        answers = [(embedded.resolve(t), lookup(embedded, t).edges) for t in HOSTILE]
    neo4j_store.add(triples)
    assert snapshot(neo4j_store) == expected
    assert [(neo4j_store.resolve(t), lookup(neo4j_store, t).edges) for t in HOSTILE] == answers


@pytest.mark.neo4j
def test_query_param_values_never_become_cypher(neo4j_uri: str, neo4j_store: Any) -> None:
    from kgraph.query import parse_params, run_query

    neo4j_store.add([*SAMPLE, *hostile_triples()])
    for text in HOSTILE:
        params = parse_params([f"actor=org:{text}"])
        result = run_query(neo4j_uri, "MATCH (n:Entity {id: $actor}) RETURN n.name AS name", params)
        assert len(result.rows) == 1 and text in result.rows[0][0]
    assert neo4j_store.stats()["nodes"] == 8 + len(HOSTILE)


# -- property-based: any text as a name, id or query ------------------------------------

names = st.text(st.characters(codec="utf-8"), min_size=0, max_size=40)
small = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


@small
@given(name=names, alias=names, query=names)
def test_resolve_matches_the_model_of_casefolded_names(
    tmp_path_factory: pytest.TempPathFactory, name: str, alias: str, query: str
) -> None:
    entity = Entity("org:x", name or "x", "Organization", None, (alias,) if alias else ())
    path = tmp_path_factory.mktemp("h") / "g.db"
    with SQLiteStore(path) as store:
        store.add([mention(entity, "CRITICIZES", VEN, "d1", 0, None)])
        found = store.resolve(query)
    keys = {name_key(n) for n in ("org:x", entity.name, *entity.aliases)} - {""}
    assert found == (["org:x"] if name_key(query) in keys else [])


@pytest.mark.neo4j
@small
@given(name=names, alias=names, query=names)
def test_resolve_and_lookup_agree_on_both_stores(
    tmp_path_factory: pytest.TempPathFactory, neo4j_store: Any, name: str, alias: str, query: str
) -> None:
    entity = Entity(f"org:{name}", name or "x", "Organization", "RUS", (alias,) if alias else ())
    triples = [mention(entity, "CRITICIZES", VEN, f"d {alias}", 0, None), *SAMPLE[:3]]
    neo4j_store.clear()
    neo4j_store.add(triples)
    with SQLiteStore(tmp_path_factory.mktemp("h") / "g.db") as embedded:
        embedded.add(triples)
        assert neo4j_store.resolve(query) == embedded.resolve(query)
        assert snapshot(neo4j_store) == snapshot(embedded)
        for text in (query, name, alias):
            try:
                expected: Any = lookup(embedded, text).edges
            except KgraphError as exc:
                expected = str(exc)
            try:
                got: Any = lookup(neo4j_store, text).edges
            except KgraphError as exc:
                got = str(exc)
            assert got == expected
