"""What only the Neo4j store does: mentions with their sentences, labels, schema, batching,
connection errors. Runs against the real server of ``scripts/neo4j-local``."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from kgraph.errors import GraphTargetError
from kgraph.model import Entity
from kgraph.stores import open_store
from kgraph.stores.neo4j_store import Neo4jStore

from .test_store_contract import RUS, SAMPLE, VEN, mention, snapshot


def rows(store: Neo4jStore, query: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = store.connect().execute_query(query, params, database_=store.database)
    return [record.data() for record in records]


def test_neo4j_store_unreachable_server_names_uri_and_fix_not_credentials() -> None:
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    store = open_store("bolt://alice:s3cret-pw@127.0.0.1:9")
    with pytest.raises(GraphTargetError) as caught:
        store.__enter__()
    message = str(caught.value)
    assert "bolt://127.0.0.1:9" in message
    assert "scripts/neo4j-local start" in message
    assert "s3cret" not in message and "alice" not in message
    assert "\n" not in message


def test_neo4j_store_unreachable_routing_uri_prints_nothing_else() -> None:
    # In a fresh interpreter (pytest would capture the driver's log records itself): the
    # library leaves the driver's logger alone; the command prints one line.
    code = (
        "import logging\n"
        "from kgraph.errors import GraphTargetError\n"
        "from kgraph.stores.neo4j_store import Neo4jStore\n"
        "try:\n"
        "    Neo4jStore('neo4j://127.0.0.1:9').connect()\n"
        "except GraphTargetError as exc:\n"
        "    print(exc)\n"
        "print(logging.getLogger('neo4j').handlers)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.startswith("Cannot reach Neo4j at neo4j://127.0.0.1:9 (no server answers)")
    assert run.stdout.splitlines()[-1] == "[]"
    cli = subprocess.run(
        [sys.executable, "-m", "kgraph", "stats", "--graph", "neo4j://127.0.0.1:9"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert cli.returncode == 1
    assert cli.stderr.startswith("Error: Cannot reach Neo4j at neo4j://127.0.0.1:9")
    assert len(cli.stderr.strip().splitlines()) == 1
    assert "docker run" in cli.stderr and "scripts/neo4j-local start" in cli.stderr


def test_neo4j_store_unreachable_tls_uri_hints_at_plain_schemes() -> None:
    with pytest.raises(GraphTargetError, match="over TLS; a server without TLS takes bolt://"):
        Neo4jStore("neo4j+s://127.0.0.1:9").connect()


def test_neo4j_store_malformed_uri_is_a_target_error() -> None:
    with pytest.raises(GraphTargetError, match="Neo4j at bolt://127.0.0.1:notaport"):
        Neo4jStore("bolt://127.0.0.1:notaport").connect()


def test_neo4j_store_batch_size_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KGRAPH_NEO4J_BATCH_SIZE", raising=False)
    assert Neo4jStore("bolt://127.0.0.1:9").batch_size == 10_000
    monkeypatch.setenv("KGRAPH_NEO4J_BATCH_SIZE", "250")
    assert Neo4jStore("bolt://127.0.0.1:9").batch_size == 250
    assert Neo4jStore("bolt://127.0.0.1:9", batch_size=10).batch_size == 10
    monkeypatch.setenv("KGRAPH_NEO4J_BATCH_SIZE", "lots")
    with pytest.raises(GraphTargetError, match="KGRAPH_NEO4J_BATCH_SIZE"):
        Neo4jStore("bolt://127.0.0.1:9")


def test_neo4j_store_decodes_credentials_in_the_uri() -> None:
    store = Neo4jStore("bolt://ana%40org:p%3Ass@127.0.0.1:9")
    assert store.uri == "bolt://127.0.0.1:9"
    assert store._auth == ("ana@org", "p:ss")


@pytest.mark.neo4j
def test_neo4j_store_unknown_database_names_the_env_variable(
    neo4j_uri: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_DATABASE", "nosuchdb")
    with pytest.raises(GraphTargetError, match="NEO4J_DATABASE"):
        Neo4jStore(neo4j_uri).connect()


@pytest.mark.neo4j
def test_neo4j_store_every_edge_leads_back_to_its_sentences(neo4j_store: Neo4jStore) -> None:
    neo4j_store.add(SAMPLE)
    found = rows(
        neo4j_store,
        "MATCH (s:Entity)-[r]->(o:Entity) MATCH (m:Mention) WHERE m.key STARTS WITH r.key + ',' "
        "RETURN m.evidence AS id, m.sentence AS sentence, m.doc_id AS doc, m.start AS start, "
        "m.end AS end",
    )
    expected = {
        (t.evidence.id, t.evidence.sentence, t.evidence.doc_id, t.evidence.start, t.evidence.end)
        for t in SAMPLE
    }
    assert {(r["id"], r["sentence"], r["doc"], r["start"], r["end"]) for r in found} == expected
    # One node per mention, nothing else per sentence or article.
    labels = rows(neo4j_store, "MATCH (n) RETURN DISTINCT labels(n)[0] AS label ORDER BY label")
    assert [r["label"] for r in labels] == ["Entity", "Mention", "Name"]


@pytest.mark.neo4j
def test_neo4j_store_mentions_carry_their_date(neo4j_store: Neo4jStore) -> None:
    # The date of each mention's triple (the undated one in d3 stays undated, as in the
    # embedded store).
    neo4j_store.add(SAMPLE)
    dates = rows(neo4j_store, "MATCH (m:Mention) RETURN m.evidence AS id, m.date AS date")
    assert {(r["id"], r["date"]) for r in dates} == {(t.evidence.id, t.date) for t in SAMPLE}


@pytest.mark.neo4j
def test_neo4j_store_fresh_load_repeating_an_article_is_caught_by_the_key(
    neo4j_store: Neo4jStore,
) -> None:
    # Into an empty database the loader does not read which mentions exist; an article that
    # comes twice in one load (in two chunks) is caught by the unique key, and the chunk is
    # written again after reading: counts as for one copy.
    chunked = Neo4jStore(neo4j_store.uri, batch_size=len(SAMPLE))
    with chunked:
        added = chunked.add([*SAMPLE, *SAMPLE])
    twice = neo4j_store.stats(), snapshot(neo4j_store)
    neo4j_store.clear()
    once = neo4j_store.add(SAMPLE)
    assert (added.mentions_added, added.edges_added) == (once.mentions_added, once.edges_added)
    assert twice == (neo4j_store.stats(), snapshot(neo4j_store))


@pytest.mark.neo4j
def test_neo4j_store_old_layout_is_refused_then_converted_by_a_load(
    neo4j_store: Neo4jStore,
) -> None:
    # A database as kgraph wrote it before mentions carried their sentences: the sentence on
    # an (:Evidence)-[:IN]->(:Article) node, the mention with only key, evidence, date and
    # confidence.
    neo4j_store.add(SAMPLE)
    expected = snapshot(neo4j_store)
    neo4j_store.run(
        "MATCH (m:Mention) MERGE (a:Article {id: m.doc_id}) SET a.date = m.date "
        "MERGE (e:Evidence {id: m.evidence}) SET e.doc_id = m.doc_id, e.sentence = m.sentence, "
        "e.start = m.start, e.end = m.end MERGE (e)-[:IN]->(a) "
        "REMOVE m.doc_id, m.sentence, m.start, m.end",
        write=True,
    )
    old = Neo4jStore(neo4j_store.uri)
    with old, pytest.raises(GraphTargetError, match="older kgraph.*kgraph load /dev/null"):
        old.stats()
    converted = Neo4jStore(neo4j_store.uri)
    with converted:
        stats = converted.add([])
        assert stats.mentions_added == 0
        assert snapshot(converted) == expected
        evidence = rows(converted, "MATCH (e:Evidence) RETURN count(e) AS n")
        assert evidence == [{"n": len({t.evidence.id for t in SAMPLE})}]  # nothing deleted
    # A later process reads it (the old nodes stay, marked converted) and a later load
    # converts nothing again.
    later = Neo4jStore(neo4j_store.uri)
    with later:
        assert snapshot(later) == expected
        assert later.add(SAMPLE).mentions_added == 0


@pytest.mark.neo4j
def test_neo4j_store_labels_entities_by_kind(neo4j_store: Neo4jStore) -> None:
    neo4j_store.add(SAMPLE)
    countries = rows(neo4j_store, "MATCH (n:Country) RETURN n.id AS id ORDER BY id")
    assert [r["id"] for r in countries] == ["NOR", "RUS", "USA", "VEN"]
    people = rows(neo4j_store, "MATCH (n:Person:Entity) RETURN count(n) AS n")
    assert people == [{"n": 2}]


@pytest.mark.neo4j
def test_neo4j_store_creates_the_schema(neo4j_store: Neo4jStore) -> None:
    neo4j_store.add(SAMPLE[:1])
    names = {r["name"] for r in rows(neo4j_store, "SHOW INDEXES YIELD name RETURN name")}
    assert {"entity_id", "mention_key", "name_key", "entity_name", "entity_names"} <= names


@pytest.mark.neo4j
def test_neo4j_store_batch_size_does_not_change_the_graph(
    neo4j_uri: str, neo4j_store: Neo4jStore
) -> None:
    neo4j_store.add(SAMPLE)
    whole = snapshot(neo4j_store)
    neo4j_store.clear()
    # batch_size=1 folds 20 triples at a time: a stream of 33 goes in two chunks.
    with Neo4jStore(neo4j_uri, batch_size=1) as small:
        stats = small.add(t for t in SAMPLE * 3)
        assert snapshot(small) == whole
    assert (stats.triples, stats.nodes_added, stats.edges_added, stats.mentions_added) == (
        33,
        8,
        9,
        10,
    )


@pytest.mark.neo4j
def test_neo4j_store_skips_relations_outside_the_ontology(neo4j_store: Neo4jStore) -> None:
    hostile = mention(RUS, "SUPPLIES", VEN, "d9", 0, None).with_(
        relation="SUPPLIES]->(x) DETACH DELETE x //"
    )
    stats = neo4j_store.add([SAMPLE[0], hostile])
    assert stats.skipped == 1 and "not in the kgraph ontology" in stats.errors[0]
    assert neo4j_store.stats()["edges_by_relation"] == {"SUPPLIES": 1}


@pytest.mark.neo4j
def test_neo4j_store_keeps_an_unknown_kind_as_a_plain_entity(neo4j_store: Neo4jStore) -> None:
    odd = Entity("org:x", "X", "Spaceship")
    neo4j_store.add([mention(RUS, "SUPPLIES", VEN, "d1", 0, None).with_(object=odd)])
    assert rows(neo4j_store, "MATCH (n {id: 'org:x'}) RETURN labels(n) AS labels") == [
        {"labels": ["Entity"]}
    ]
    assert neo4j_store.entity("org:x") == odd


@pytest.mark.neo4j
def test_neo4j_store_clear_empties_the_database(neo4j_store: Neo4jStore) -> None:
    neo4j_store.add(SAMPLE)
    neo4j_store.clear()
    assert rows(neo4j_store, "MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
