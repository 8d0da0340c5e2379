"""One contract for every graph store: the embedded NetworkX file and a real Neo4j server.

Each test runs once per store with the same hand-built triples and hand-computed answers, so
the two backends cannot drift apart. The Neo4j runs are marked ``neo4j``; deselect them with
``-m "not neo4j"`` on a machine without Java.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kgraph.model import Entity, Evidence, Triple
from kgraph.ontology import RELATIONS
from kgraph.stores.base import GraphStore
from kgraph.stores.networkx_store import NetworkXStore

RUS = Entity("RUS", "Russia", "Country", "RUS", aliases=("Moscow", "Russia"))
RUS_MIL = Entity("RUS:MIL", "Russian military", "Group", "RUS", aliases=("Russian troops",))
VEN = Entity("VEN", "Venezuela", "Country", "VEN", aliases=("Caracas", "Venezuela"))
NOR = Entity("NOR", "Norway", "Country", "NOR", aliases=("Norway", "Oslo"))
USA = Entity("USA", "United States", "Country", "USA", aliases=("U.S.", "Washington"))
TALKS = Entity("topic:talks", "talks", "Topic", aliases=("negotiations",))
MADURO = Entity(
    "person:nicolas-maduro", "Nicolas Maduro", "Person", "VEN", ("Maduro",), ("President",)
)
PUTIN = Entity(
    "person:vladimir-putin", "Vladimir Putin", "Person", "RUS", ("Putin",), ("President",)
)


def mention(
    subject: Entity,
    relation: str,
    obj: Entity,
    doc: str,
    start: int,
    date: str | None,
    **fields: Any,
) -> Triple:
    """A triple record as extraction writes it, with its sentence at ``start`` in ``doc``."""
    rel = RELATIONS[relation]
    sentence = f"{subject.name} {relation.lower().replace('_', ' ')} {obj.name}."
    return Triple(
        subject=subject,
        relation=relation,
        object=obj,
        evidence=Evidence(doc, sentence, start, start + len(sentence)),
        plover=rel.plover,
        cameo=rel.cameo,
        quad_class=rel.quad_class,
        confidence=fields.pop("confidence", 0.8),
        date=date,
        rule="contract",
        **fields,
    )


SAMPLE = [
    mention(RUS, "SUPPLIES", VEN, "d1", 0, "2019-09-25", confidence=0.7),
    mention(RUS, "SUPPLIES", VEN, "d2", 0, "2019-10-01", confidence=0.9),
    mention(RUS, "SUPPLIES", VEN, "d1", 0, "2019-09-25"),  # the same sentence again
    mention(RUS_MIL, "DEPLOYS_TO", VEN, "d1", 100, "2019-09-25"),
    mention(NOR, "MEDIATES", TALKS, "d1", 200, "2019-09-25"),
    mention(PUTIN, "MEETS", MADURO, "d2", 300, "2019-10-01"),
    mention(NOR, "MEETS", VEN, "d2", 500, "2019-10-01"),
    mention(RUS, "ATTACKS", VEN, "d3", 0, None, negated=True),
    mention(USA, "SANCTIONS", RUS, "d3", 50, "2019-11-02"),
    mention(USA, "CRITICIZES", VEN, "d3", 80, "2019-11-02"),
    mention(MADURO, "LEADER_OF", VEN, "d1", 400, "2019-09-25", role="President"),
]
# 8 entities; 9 edges (Putin/Maduro MEETS folds to one edge, the repeated SUPPLIES sentence
# counts once); 10 distinct (edge, sentence) mentions.
SAMPLE_NODES = 8
SAMPLE_EDGES = 9
SAMPLE_MENTIONS = 10

Opener = Callable[[], GraphStore]


@pytest.fixture(params=["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def open_graph(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    """Opens a store on one empty graph; every call opens it afresh (as a new process would)."""
    if request.param == "networkx":
        path = tmp_path / "graph.json"
        return lambda: NetworkXStore(path)
    from kgraph.stores.neo4j_store import Neo4jStore

    uri = request.getfixturevalue("neo4j_uri")
    request.getfixturevalue("neo4j_store")  # empties the database
    return lambda: Neo4jStore(uri)


def loaded(open_graph: Opener, triples: list[Triple] = SAMPLE) -> GraphStore:
    with open_graph() as store:
        store.add(triples)
    return open_graph()


def snapshot(store: GraphStore) -> tuple[list[Any], list[Any]]:
    graph = store.to_networkx()
    nodes = sorted(graph.nodes(data=True))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
    return nodes, edges


def edge_data(store: GraphStore, subject: str, key: str, obj: str) -> dict[str, Any]:
    return dict(store.to_networkx().edges[subject, obj, key])


def test_store_add_reports_new_nodes_edges_and_mentions(open_graph: Opener) -> None:
    with open_graph() as store:
        stats = store.add(SAMPLE)
    assert (stats.triples, stats.nodes_added, stats.edges_added, stats.mentions_added) == (
        11,
        SAMPLE_NODES,
        SAMPLE_EDGES,
        SAMPLE_MENTIONS,
    )
    assert (stats.skipped, stats.errors) == (0, [])


def test_store_skips_relations_outside_the_ontology_and_lists_them(open_graph: Opener) -> None:
    bogus = mention(RUS, "SUPPLIES", VEN, "d9", 0, None).with_(relation="DETONATES")
    with open_graph() as store:
        stats = store.add([bogus, SAMPLE[0]])
        assert store.neighbors("RUS", direction="out")[0].relation == "SUPPLIES"
    assert (stats.triples, stats.skipped, stats.edges_added) == (2, 1, 1)
    assert stats.errors == [
        f"{bogus.evidence.id}: RUS -DETONATES-> VEN: relation not in the kgraph ontology, skipped"
    ]


def test_store_add_twice_changes_nothing(open_graph: Opener) -> None:
    with loaded(open_graph) as store:
        before = snapshot(store)
        again = store.add(SAMPLE)
        after = snapshot(store)
    assert (again.nodes_added, again.edges_added, again.mentions_added) == (0, 0, 0)
    assert after == before


def test_store_counts_only_evidence_not_yet_on_the_edge(open_graph: Opener) -> None:
    with loaded(open_graph, SAMPLE[:1]) as store:
        stats = store.add(SAMPLE[:3])
        edge = edge_data(store, "RUS", "SUPPLIES", "VEN")
    assert stats.mentions_added == 1
    assert edge["count"] == 2
    assert edge["evidence"] == [SAMPLE[0].evidence.id, SAMPLE[1].evidence.id]
    assert edge["sentences"] == [SAMPLE[0].evidence.sentence, SAMPLE[1].evidence.sentence]
    assert (edge["first_date"], edge["last_date"]) == ("2019-09-25", "2019-10-01")
    assert edge["confidence"] == pytest.approx(0.9)


def test_store_keeps_negated_mentions_on_their_own_edge(open_graph: Opener) -> None:
    asserted = mention(RUS, "ATTACKS", VEN, "d4", 0, "2020-01-01")
    with loaded(open_graph, [*SAMPLE, asserted]) as store:
        graph = store.to_networkx()
    keys = sorted(graph["RUS"]["VEN"])
    assert keys == ["ATTACKS", "ATTACKS|negated", "SUPPLIES"]
    assert graph.edges["RUS", "VEN", "ATTACKS|negated"]["status"] == "negated"
    assert graph.edges["RUS", "VEN", "ATTACKS"]["count"] == 1


def test_store_stores_a_symmetric_relation_once(open_graph: Opener) -> None:
    back = mention(MADURO, "MEETS", PUTIN, "d5", 0, "2019-12-01")
    with loaded(open_graph, [SAMPLE[5], back]) as store:
        graph = store.to_networkx()
    pair = ("person:nicolas-maduro", "person:vladimir-putin")
    assert list(graph.edges(keys=True)) == [(*pair, "MEETS")]
    assert graph.edges[(*pair, "MEETS")]["count"] == 2


def test_store_merges_aliases_roles_and_country(open_graph: Opener) -> None:
    first = Entity("person:ana-diaz", "Ana Diaz", "Person", None, ("Ana Diaz",))
    later = Entity("person:ana-diaz", "A. Diaz", "Person", "VEN", ("Diaz",), ("Minister",))
    with loaded(open_graph, [mention(first, "VISITS", RUS, "d6", 0, None)]) as store:
        store.add([mention(later, "VISITS", RUS, "d7", 0, None)])
        entity = store.entity("person:ana-diaz")
    assert entity == Entity(
        "person:ana-diaz", "Ana Diaz", "Person", "VEN", ("Ana Diaz", "Diaz"), ("Minister",)
    )


def test_store_entity_is_none_for_an_unknown_id(open_graph: Opener) -> None:
    with loaded(open_graph) as store:
        assert store.entity("VEN") == VEN
        assert store.entity("ATL") is None


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("moscow", ["RUS"]),
        ("rus", ["RUS"]),
        ("Russian Troops", ["RUS:MIL"]),
        ("MADURO", ["person:nicolas-maduro"]),
        ("Nicolas Maduro", ["person:nicolas-maduro"]),
        ("Person:Vladimir-Putin", ["person:vladimir-putin"]),
        ("u.s.", ["USA"]),
        ("united STATES", ["USA"]),
        ("United", []),
        ("Russian", []),
        ("", []),
    ],
)
def test_store_resolve_matches_ids_names_and_aliases(
    open_graph: Opener, name: str, ids: list[str]
) -> None:
    with loaded(open_graph) as store:
        assert store.resolve(name) == ids


def test_store_resolve_returns_every_entity_sharing_an_alias(open_graph: Opener) -> None:
    twin = Entity("org:caracas-fc", "Caracas FC", "Organization", "VEN", ("Caracas",))
    with loaded(open_graph, [*SAMPLE, mention(twin, "VISITS", NOR, "d8", 0, None)]) as store:
        assert store.resolve("caracas") == ["VEN", "org:caracas-fc"]


def test_store_neighbors_by_direction_and_relation(open_graph: Opener) -> None:
    def view(edges: list[Any]) -> list[tuple[str, str, str, str, int]]:
        return [(e.subject.id, e.relation, e.object.id, e.status, e.count) for e in edges]

    with loaded(open_graph) as store:
        assert view(store.neighbors("RUS")) == [
            ("RUS", "SUPPLIES", "VEN", "asserted", 2),
            ("RUS", "ATTACKS", "VEN", "negated", 1),
            ("USA", "SANCTIONS", "RUS", "asserted", 1),
        ]
        assert view(store.neighbors("RUS", direction="in")) == [
            ("USA", "SANCTIONS", "RUS", "asserted", 1)
        ]
        assert view(store.neighbors("VEN", "SUPPLIES", "in")) == [
            ("RUS", "SUPPLIES", "VEN", "asserted", 2)
        ]
        assert store.neighbors("VEN", direction="out") == []
        assert store.neighbors("ATL") == []
        edge = store.neighbors("person:nicolas-maduro", "LEADER_OF")[0]
    assert (edge.role, edge.cameo, edge.quad_class) == ("President", None, None)
    assert edge.subject == MADURO and edge.object == VEN
    assert edge.sentences == (SAMPLE[-1].evidence.sentence,)


def test_store_neighbors_lists_a_self_loop_once(open_graph: Opener) -> None:
    loop = mention(VEN, "CRITICIZES", VEN, "d9", 0, None)
    with loaded(open_graph, [loop]) as store:
        assert len(store.neighbors("VEN")) == 1
        assert len(store.neighbors("VEN", direction="in")) == 1
        assert len(store.neighbors("VEN", direction="out")) == 1


def test_store_neighbors_rejects_an_unknown_direction(open_graph: Opener) -> None:
    with loaded(open_graph) as store, pytest.raises(ValueError, match="direction"):
        store.neighbors("RUS", direction="sideways")


def test_store_stats_counts_by_kind_and_relation(open_graph: Opener) -> None:
    with loaded(open_graph) as store:
        stats = store.stats()
    assert stats["nodes"] == SAMPLE_NODES
    assert stats["edges"] == SAMPLE_EDGES
    assert stats["mentions"] == SAMPLE_MENTIONS
    assert stats["nodes_by_kind"] == {"Country": 4, "Person": 2, "Group": 1, "Topic": 1}
    assert stats["edges_by_relation"] == {
        "MEETS": 2,
        "SUPPLIES": 1,
        "DEPLOYS_TO": 1,
        "MEDIATES": 1,
        "ATTACKS": 1,
        "SANCTIONS": 1,
        "CRITICIZES": 1,
        "LEADER_OF": 1,
    }


def test_store_to_networkx_has_the_shared_attribute_shape(open_graph: Opener) -> None:
    with loaded(open_graph) as store:
        graph = store.to_networkx()
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.nodes["person:nicolas-maduro"] == {
        "id": "person:nicolas-maduro",
        "name": "Nicolas Maduro",
        "kind": "Person",
        "country": "VEN",
        "aliases": ["Maduro"],
        "roles": ["President"],
    }
    assert graph.nodes["topic:talks"]["country"] is None
    edge = graph.edges["RUS", "VEN", "SUPPLIES"]
    assert set(edge) == {
        "relation", "status", "count", "first_date", "last_date", "evidence", "sentences",
        "plover", "cameo", "quad_class", "confidence", "role",
    }  # fmt: skip
    assert (edge["relation"], edge["status"], edge["plover"], edge["cameo"]) == (
        "SUPPLIES",
        "asserted",
        "AID",
        "07",
    )
    assert isinstance(edge["count"], int) and isinstance(edge["quad_class"], int)
    assert isinstance(edge["evidence"], list) and isinstance(edge["confidence"], float)


def test_store_reopened_keeps_the_graph(open_graph: Opener) -> None:
    with loaded(open_graph) as store:
        first = snapshot(store)
    with open_graph() as store:
        assert snapshot(store) == first


@pytest.mark.neo4j
def test_stores_build_identical_graphs(tmp_path: Path, neo4j_store: GraphStore) -> None:
    with NetworkXStore(tmp_path / "graph.json") as embedded:
        embedded.add(SAMPLE)
        embedded.add(SAMPLE[2:5])
        expected = snapshot(embedded)
    neo4j_store.add(SAMPLE)
    neo4j_store.add(SAMPLE[2:5])
    assert snapshot(neo4j_store) == expected


def test_store_edges_carry_the_most_recent_sentences_and_page_the_rest(open_graph: Opener) -> None:
    days = [f"2020-0{1 + i % 9}-1{i % 10}" for i in range(25)]
    many = [mention(USA, "CRITICIZES", VEN, f"c{i:02d}", 0, day) for i, day in enumerate(days)]
    with loaded(open_graph, [*SAMPLE, *many]) as store:
        [edge] = store.neighbors("USA", "CRITICIZES", "out", evidence=2)
        pages = [store.mentions("USA", "CRITICIZES", "VEN", "asserted", o, 10) for o in (0, 10, 20)]
        rest = store.mentions("USA", "CRITICIZES", "VEN", offset=24)
        none = store.mentions("USA", "CRITICIZES", "RUS")
    assert edge.count == 26 and len(edge.evidence) == len(edge.sentences) == 2
    every = [m for page in pages for m in page]
    assert [len(p) for p in pages] == [10, 10, 6]
    order = [(m.date or "", m.evidence) for m in every]
    assert order == sorted(order, reverse=True) and len(set(order)) == 26
    assert edge.evidence == tuple(m.evidence for m in every[:2])
    assert edge.sentences == tuple(m.sentence for m in every[:2])
    assert rest == every[24:] and none == []
    assert every[-1].evidence == SAMPLE[9].evidence.id  # 2019: the oldest, last


def test_store_edges_at_reads_several_entities_each_edge_once(open_graph: Opener) -> None:
    with loaded(open_graph) as store:
        edges = store.edges_at(["RUS", "RUS:MIL", "VEN", "ATL"], direction="both")
        entities = store.entities(["RUS:GOV", "RUS", "RUS:MIL"])
    keys = [(e.subject.id, e.relation, e.status, e.object.id) for e in edges]
    assert len(keys) == len(set(keys)) == 7
    assert list(entities) == ["RUS", "RUS:MIL"]
