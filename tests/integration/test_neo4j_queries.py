"""The saved queries of ``cypher/`` and ``run_query`` against a real, loaded Neo4j graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import KgraphError
from kgraph.query import QueryResult, run_query
from kgraph.stores.neo4j_store import Neo4jStore

from .test_store_contract import PUTIN, SAMPLE, TALKS, mention

CYPHER = Path(__file__).resolve().parents[2] / "cypher"
SAVED = sorted(CYPHER.glob("*.cypher"))

pytestmark = pytest.mark.neo4j


@pytest.fixture
def graph(neo4j_uri: str, neo4j_store: Neo4jStore) -> str:
    """The URI of a database holding the contract suite's sample graph."""
    neo4j_store.add(SAMPLE)
    return neo4j_uri


def query(uri: str, saved: str, **params: object) -> QueryResult:
    return run_query(uri, str(CYPHER / f"{saved}.cypher"), params)


@pytest.mark.parametrize("path", SAVED, ids=[p.stem for p in SAVED])
def test_saved_query_runs_with_its_defaults(graph: str, path: Path) -> None:
    result = run_query(graph, str(path))
    assert result.columns
    assert result.rows, f"{path.name} found nothing in the sample graph"


def test_saved_query_who_supplies_whom(graph: str) -> None:
    result = query(graph, "who_supplies_whom")
    assert result.rows == [["RUS", "Russia", "VEN", "Venezuela", 2, "2019-09-25", "2019-10-01"]]
    assert query(graph, "who_supplies_whom", status="negated").rows == []


def test_saved_query_mediators(graph: str) -> None:
    records = query(graph, "mediators").records()
    assert [(r["mediator"], r["mediates"], r["mentions"]) for r in records] == [
        ("NOR", "topic:talks", 1)
    ]
    assert query(graph, "mediators", about="VEN").rows == []


def test_saved_query_partners_split_by_quadclass(graph: str) -> None:
    records = query(graph, "partners_by_quadclass").records()
    # RUS with its members RUS:MIL and Putin: supplies and deploys to VEN (material
    # cooperation), Putin meets Maduro (verbal), the USA sanctions Russia (material conflict).
    assert [(r["partner"], r["cooperation"], r["conflict"]) for r in records] == [
        ("VEN", 3, 0),
        ("USA", 0, 1),
        ("person:nicolas-maduro", 1, 0),
    ]
    assert records[0]["material_cooperation"] == 3
    assert records[1]["material_conflict"] == 1
    alone = query(graph, "partners_by_quadclass", with_members=False).records()
    assert [(r["partner"], r["cooperation"]) for r in alone] == [("VEN", 2), ("USA", 0)]


def test_saved_query_relations_over_time(graph: str) -> None:
    rows = query(graph, "relations_over_time").records()
    assert [(r["date"], r["subject"], r["relation"], r["status"]) for r in rows] == [
        ("2019-09-25", "RUS", "SUPPLIES", "asserted"),
        ("2019-10-01", "RUS", "SUPPLIES", "asserted"),
        (None, "RUS", "ATTACKS", "negated"),  # an undated mention (of d3) comes last
    ]


def test_saved_query_shortest_path_uses_relations_not_articles(graph: str) -> None:
    # Talks and RUS share article d1, but the chain of relations is talks-NOR-VEN-RUS.
    rows = query(graph, "shortest_path", source="topic:talks", target="RUS").records()
    assert rows == [
        {
            "hops": 3,
            "actors": ["topic:talks", "NOR", "VEN", "RUS"],
            "steps": ["NOR -MEDIATES-> topic:talks", "NOR -MEETS-> VEN", "RUS -SUPPLIES-> VEN"],
        }
    ]


def test_saved_query_shortest_path_does_not_hop_through_topics(
    graph: str, neo4j_store: Neo4jStore
) -> None:
    neo4j_store.add([mention(PUTIN, "BACKS", TALKS, "d4", 0, None)])
    rows = query(graph, "shortest_path", source="NOR", target="person:vladimir-putin").records()
    assert [r["steps"] for r in rows] == [
        [
            "NOR -MEETS-> VEN",
            "person:nicolas-maduro -LEADER_OF-> VEN",
            "person:nicolas-maduro -MEETS-> person:vladimir-putin",
        ]
    ]


def test_saved_query_central_actors(graph: str) -> None:
    rows = query(graph, "central_actors").records()
    assert (rows[0]["actor"], rows[0]["partners"]) == ("VEN", 5)
    assert "topic:talks" not in [r["actor"] for r in rows]


def test_saved_query_edge_evidence_finds_the_sentences(graph: str) -> None:
    rows = query(graph, "edge_evidence").records()
    assert [(r["article"], r["sentence"]) for r in rows] == [
        ("d1", SAMPLE[0].evidence.sentence),
        ("d2", SAMPLE[1].evidence.sentence),
    ]
    # A symmetric relation is found whichever way round it is asked.
    meets = query(
        graph,
        "edge_evidence",
        subject="person:vladimir-putin",
        relation="MEETS",
        object="person:nicolas-maduro",
    ).records()
    assert [r["sentence"] for r in meets] == [SAMPLE[5].evidence.sentence]


def test_saved_query_conflict_dyads_leave_out_negated_edges(graph: str) -> None:
    rows = query(graph, "conflict_dyads").records()
    assert [(r["subject"], r["object"], r["relations"]) for r in rows] == [
        ("USA", "RUS", ["SANCTIONS"]),
        ("USA", "VEN", ["CRITICIZES"]),
    ]


def test_saved_query_find_actor_by_alias(graph: str) -> None:
    assert query(graph, "find_actor", name="the Kremlin").rows == []
    assert [r["id"] for r in query(graph, "find_actor", name="oslo").records()] == ["NOR"]


def test_saved_query_overview_matches_store_stats(graph: str, neo4j_store: Neo4jStore) -> None:
    rows = query(graph, "overview").records()
    stats = neo4j_store.stats()
    kinds = {r["name"]: r["count"] for r in rows if r["element"] == "entity"}
    relations = {r["name"]: r["count"] for r in rows if r["element"] == "edge"}
    assert kinds == stats["nodes_by_kind"]
    assert relations == stats["edges_by_relation"]


def test_run_query_refuses_writes_without_write(graph: str) -> None:
    with pytest.raises(KgraphError, match="pass --write"):
        run_query(graph, "CREATE (:Note {text: $text})", {"text": "hello"})
    result = run_query(graph, "CREATE (:Note {text: $text})", {"text": "hello"}, write=True)
    assert result == QueryResult(
        ["statement", "changes"],
        [["CREATE (:Note {text: $text})", "labels_added=1, nodes_created=1, properties_set=1"]],
    )


def test_run_query_reports_a_syntax_error_in_one_line(graph: str) -> None:
    with pytest.raises(KgraphError, match=r"SyntaxError") as caught:
        run_query(graph, "MATCH (n RETURN n")
    assert "\n" not in str(caught.value)


def test_run_query_returns_nodes_as_plain_dicts(graph: str) -> None:
    result = run_query(graph, "MATCH (n:Entity {id: $id}) RETURN n", {"id": "NOR"})
    assert result.records() == [
        {
            "n": {
                "_labels": ["Country", "Entity"],
                "id": "NOR",
                "name": "Norway",
                "kind": "Country",
                "country": "NOR",
                "aliases": ["Norway", "Oslo"],
                "roles": [],
            }
        }
    ]


def test_run_query_schema_file_runs_without_write(graph: str) -> None:
    result = run_query(graph, str(CYPHER / "schema.cypher"))
    assert result.columns == ["statement", "changes"]
    assert {change for _, change in result.rows} == {"no change"}
