import dataclasses
import json
import os

import networkx as nx
import pytest

from kgraph.errors import GraphTargetError
from kgraph.export import flatten_for_graphml, write_graphml, write_json
from kgraph.lookup import lookup
from kgraph.stores import open_store, scheme_of
from kgraph.stores.networkx_store import NetworkXStore

from .triples import MADURO, NOR, PUTIN, RUS, RUS_MIL, TALKS, VEN, triple

SEED = [
    triple(RUS, "SUPPLIES", VEN, start=0),
    triple(RUS_MIL, "SUPPLIES", VEN, start=100),
    triple(RUS, "SUPPLIES", VEN, doc="d2", start=0, date="2019-10-01"),
    triple(NOR, "MEDIATES", TALKS, start=200),
    triple(PUTIN, "MEETS", MADURO, start=300),
    triple(RUS, "ATTACKS", VEN, start=400, negated=True),
]


def test_store_persists_atomically_and_reopens(tmp_path):
    path = tmp_path / "g.json"
    with NetworkXStore(path) as store:
        stats = store.add(SEED)
    assert (stats.triples, stats.edges_added, stats.mentions_added) == (6, 5, 6)
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]  # no temporary left behind
    with NetworkXStore(path) as store:
        assert store.stats()["mentions"] == 6


def test_loading_twice_changes_nothing(tmp_path):
    path = tmp_path / "g.json"
    with NetworkXStore(path) as store:
        store.add(SEED)
    before = path.read_bytes()
    with NetworkXStore(path) as store:
        stats = store.add(SEED)
    assert (stats.nodes_added, stats.edges_added, stats.mentions_added) == (0, 0, 0)
    assert path.read_bytes() == before


def test_repeated_mentions_fold_with_count_and_dates(tmp_path):
    with NetworkXStore(tmp_path / "g.json") as store:
        store.add(SEED)
        [edge] = store.neighbors("RUS", "SUPPLIES", "out")
    assert (edge.count, edge.first_date, edge.last_date) == (2, "2019-09-25", "2019-10-01")
    # Read back for a lookup: the most recent mentions first.
    assert [e.split(":")[0] for e in edge.evidence] == ["d2", "d1"]


def test_negated_mentions_get_their_own_edge(tmp_path):
    with NetworkXStore(tmp_path / "g.json") as store:
        store.add(SEED)
        statuses = {e.status for e in store.neighbors("RUS", "ATTACKS")}
    assert statuses == {"negated"}


def test_failed_run_leaves_the_old_graph(tmp_path):
    path = tmp_path / "g.json"
    with NetworkXStore(path) as store:
        store.add(SEED[:1])
    before = path.read_bytes()
    with pytest.raises(RuntimeError), NetworkXStore(path) as store:
        store.add(SEED)
        raise RuntimeError("extraction crashed")
    assert path.read_bytes() == before


def test_corrupt_file_is_reported_and_kept(tmp_path):
    path = tmp_path / "g.json"
    path.write_text('{"something": "else"}')
    with pytest.raises(GraphTargetError, match="g.json: not a kgraph graph file"):
        NetworkXStore(path)
    assert path.read_text() == '{"something": "else"}'
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_unknown_scheme_names_the_valid_ones():
    assert scheme_of("/tmp/x.json") == "file"
    with pytest.raises(
        GraphTargetError, match=r"Unknown graph target scheme 'neo4' .* Valid: a file path, bolt://"
    ):
        open_store("neo4://localhost")


def test_lookup_by_alias_includes_country_groups(tmp_path):
    with NetworkXStore(tmp_path / "g.json") as store:
        store.add(SEED)
        result = lookup(store, "Moscow", relation="supplies")
    assert {e.id for e in result.entities} == {"RUS", "RUS:MIL"}
    assert [(e.subject.id, e.count) for e in result.edges] == [("RUS", 2), ("RUS:MIL", 1)]


def test_lookup_since_and_direction(tmp_path):
    with NetworkXStore(tmp_path / "g.json") as store:
        store.add(SEED)
        assert lookup(store, "VEN", direction="out").edges == []
        recent = lookup(store, "VEN", direction="in", since="2019-09-30").edges
    assert [(e.subject.id, e.relation) for e in recent] == [("RUS", "SUPPLIES")]


def test_symmetric_edges_match_from_either_end(tmp_path):
    with NetworkXStore(tmp_path / "g.json") as store:
        store.add([triple(MADURO, "MEETS", PUTIN, start=900)] + SEED)
        from_putin = store.neighbors(PUTIN.id, "MEETS")
        from_maduro = store.neighbors(MADURO.id, "MEETS")
    assert len(from_putin) == len(from_maduro) == 1
    assert from_putin[0].count == 2


def test_graphml_round_trips_with_attribute_types(tmp_path):
    with NetworkXStore(tmp_path / "g.json") as store:
        store.add(SEED)
        graph = store.to_networkx()
    path = tmp_path / "g.graphml"
    with path.open("wb") as out:
        write_graphml(graph, out)
    back = nx.read_graphml(path, force_multigraph=True)
    flat = flatten_for_graphml(graph)
    assert set(back.nodes) == set(flat.nodes)
    for node, attrs in flat.nodes(data=True):
        assert back.nodes[node] == attrs
    assert back.number_of_edges() == flat.number_of_edges()
    for u, v, key, attrs in flat.edges(keys=True, data=True):
        got = back.edges[u, v, key]
        assert got == attrs
        assert isinstance(got["count"], int) and isinstance(got["confidence"], float)
    assert back.nodes["RUS"]["aliases"] == "Moscow|Russia"
    sentences = json.loads(back.edges["RUS", "VEN", "SUPPLIES"]["sentences"])
    assert len(sentences) == 2


def test_json_export_reads_back_as_node_link(tmp_path):
    import io

    with NetworkXStore(tmp_path / "g.json") as store:
        store.add(SEED)
        graph = store.to_networkx()
    out = io.StringIO()
    write_json(graph, out)
    back = nx.node_link_graph(json.loads(out.getvalue()), edges="edges")
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["person:vladimir-putin"]["roles"] == ["President"]


def test_resolve_sees_names_added_after_an_earlier_lookup(tmp_path):
    with NetworkXStore(tmp_path / "g.json") as store:
        store.add(SEED[:1])
        assert store.resolve("moscow") == ["RUS"]
        assert store.resolve("Oslo") == []
        oslo = dataclasses.replace(NOR, aliases=("Oslo",))
        store.add([triple(oslo, "MEDIATES", TALKS, start=700)])
        assert store.resolve("oslo") == ["NOR"]


# -- the SQLite form: bounded edges, old JSON files, faults ---------------------------------


def _json_graph_file(path, triples):
    """A graph file in the first embedded format (node-link JSON, full evidence lists)."""
    from kgraph.ontology import canonical

    graph = nx.MultiDiGraph(format="kgraph-networkx/1")
    for t in map(canonical, triples):
        for e in (t.subject, t.object):
            graph.add_node(e.id, **e.to_dict() | {"aliases": list(e.aliases), "roles": []})
        key = t.relation if t.status == "asserted" else f"{t.relation}|{t.status}"
        if not graph.has_edge(t.subject.id, t.object.id, key):
            graph.add_edge(
                t.subject.id, t.object.id, key=key, relation=t.relation, status=t.status,
                count=0, first_date=t.date, last_date=t.date, evidence=[], sentences=[],
                plover=t.plover, cameo=t.cameo, quad_class=t.quad_class,
                confidence=t.confidence, role=t.role,
            )  # fmt: skip
        attrs = graph.edges[t.subject.id, t.object.id, key]
        if t.evidence.id not in attrs["evidence"]:
            attrs["evidence"].append(t.evidence.id)
            attrs["sentences"].append(t.evidence.sentence)
            attrs["count"] += 1
            attrs["last_date"] = max(filter(None, (attrs["last_date"], t.date)), default=None)
    data = nx.node_link_data(graph, edges="edges", name="node")
    path.write_text(json.dumps(data))


def test_an_old_json_graph_is_converted_once_with_a_message(tmp_path, caplog):
    path = tmp_path / "graph.json"
    _json_graph_file(path, SEED)
    with caplog.at_level("WARNING", logger="kgraph"), NetworkXStore(path) as store:
        [edge] = store.neighbors("RUS", "SUPPLIES", "out")
        assert (edge.count, len(edge.sentences)) == (2, 2)
        assert store.stats()["mentions"] == 6
    assert "converted" in caplog.text and "graph.json-v1.bak" in caplog.text
    # the command line's handler adds "kgraph: " (it printed "kgraph: kgraph: converted")
    assert not any(m.startswith("kgraph:") for m in caplog.messages)
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert json.loads((tmp_path / "graph.json-v1.bak").read_text())["graph"]
    caplog.clear()
    with caplog.at_level("WARNING", logger="kgraph"), NetworkXStore(path) as store:
        again = store.add(SEED)  # the converted graph keeps idempotency
    assert (again.edges_added, again.mentions_added) == (0, 0)
    assert caplog.text == ""


def test_reading_a_missing_graph_creates_no_file(tmp_path):
    with NetworkXStore(tmp_path / "none.db") as store:
        assert store.stats()["nodes"] == 0
        assert store.resolve("Russia") == []
    assert list(tmp_path.iterdir()) == []


def test_a_hot_edge_keeps_a_bounded_row_and_pages_its_mentions(tmp_path):
    many = [
        triple(
            RUS, "SUPPLIES", VEN, doc=f"h{i:04d}", date=f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}"
        )  # noqa: E501
        for i in range(3000)
    ]
    with NetworkXStore(tmp_path / "g.db") as store:
        stats = store.add(many)
        [edge] = store.neighbors("RUS", "SUPPLIES", "out", evidence=2)
        pages = [
            store.mentions("RUS", "SUPPLIES", "VEN", offset=o, limit=1000)
            for o in (0, 1000, 2000, 3000)
        ]
    assert (stats.mentions_added, edge.count, len(edge.evidence)) == (3000, 3000, 2)
    assert (edge.first_date, edge.last_date) == ("2019-01-01", "2019-12-28")
    assert [len(p) for p in pages] == [1000, 1000, 1000, 0]
    every = [m for page in pages for m in page]
    assert len({m.evidence for m in every}) == 3000
    keys = [(m.date, m.evidence) for m in every]
    assert keys == sorted(keys, reverse=True)  # most recent first, no repeats across pages
    assert edge.evidence == tuple(m.evidence for m in every[:2])


KILL_SCRIPT = """
import sys, time
from pathlib import Path
import kgraph.stores.sqlite_store as embedded
from tests.unit.triples import RUS, VEN, triple
embedded.CHUNK = 50  # several chunks written before the stream stalls
def stream():
    for i in range(400):
        yield triple(RUS, "CRITICIZES", VEN, doc=f"k{i}", start=0)
    print("writing", flush=True)
    time.sleep(60)
with embedded.SQLiteStore(Path(sys.argv[1])) as store:
    store.add(stream())
"""


def test_kill_9_mid_write_leaves_the_previous_graph(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "g.db"
    with NetworkXStore(path) as store:
        store.add(SEED)
        before = sorted(store.to_networkx().edges(keys=True, data="count"))
    root = Path(__file__).resolve().parents[2]
    writer = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(path)], cwd=root, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    writer.kill()
    writer.wait()
    with NetworkXStore(path) as store:
        assert sorted(store.to_networkx().edges(keys=True, data="count")) == before
        assert store.neighbors("RUS", "CRITICIZES") == []
        store.add(SEED[:1])  # and the file takes writes again


HOLD_SCRIPT = """
import sys, time
from pathlib import Path
from kgraph.stores.sqlite_store import SQLiteStore
from tests.unit.triples import NOR, TALKS, triple
with SQLiteStore(Path(sys.argv[1])) as store:
    store.add([triple(NOR, "MEDIATES", TALKS, doc="held", start=0)])
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_a_second_writer_waits_or_fails_with_a_clear_message(tmp_path, monkeypatch):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "g.db"
    with NetworkXStore(path) as store:
        store.add(SEED)
    root = Path(__file__).resolve().parents[2]
    first = subprocess.Popen(
        [sys.executable, "-c", HOLD_SCRIPT, str(path), "3"], cwd=root, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert first.stdout is not None and first.stdout.readline() == "holding\n"
    monkeypatch.setenv("KGRAPH_BUSY_TIMEOUT", "0.2")
    busy = pytest.raises(GraphTargetError, match="another kgraph process is writing")
    with busy, NetworkXStore(path) as store:
        store.add([triple(RUS, "VISITS", NOR, doc="late", start=0)])
    monkeypatch.setenv("KGRAPH_BUSY_TIMEOUT", "60")
    with NetworkXStore(path) as store:  # waits for the first writer, then writes
        store.add([triple(RUS, "VISITS", NOR, doc="late", start=0)])
    assert first.wait() == 0
    with NetworkXStore(path) as store:
        assert store.stats()["mentions"] == 8


def _first_write(path: str) -> str:
    from pathlib import Path

    try:
        with NetworkXStore(Path(path)) as store:
            store.add([triple(NOR, "MEDIATES", TALKS, doc=f"d{os.getpid()}", start=0)])
    except GraphTargetError as exc:
        return str(exc)
    return "ok"


def test_writers_racing_to_create_one_new_file_all_succeed(tmp_path):
    """Three processes open a graph file that does not exist yet, at once, twenty times: the
    first creates the schema, the others wait for it (no "locked", no "no such table")."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(3) as pool:
        for round_ in range(20):
            path = str(tmp_path / f"g{round_}.db")
            assert pool.map(_first_write, [path] * 3) == ["ok"] * 3
            with NetworkXStore(tmp_path / f"g{round_}.db") as store:
                assert store.stats()["mentions"] == 3


def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    refused = pytest.raises(GraphTargetError, match="not a kgraph graph file")
    with refused, NetworkXStore(path) as store:
        store.add(SEED)
    assert path.read_bytes() == before


def _random_triples(seed, n=600):
    """Triples over a few actors (the same id written with other aliases now and then),
    symmetric relations, repeated sentences, negations, an unknown relation and an id too
    long to be a key. A sentence always has one date and confidence (as in real articles),
    so the folded graph does not depend on how the stream is cut into chunks."""
    import random

    from kgraph.model import Entity, Evidence, Triple
    from kgraph.ontology import RELATIONS

    rng = random.Random(seed)
    names = ["RUS", "VEN", "USA", "RUS:MIL", "VEN:GOV", "person:p1", "igo:un"]
    relations = ["SUPPLIES", "MEETS", "CRITICIZES", "ATTACKS", "NEGOTIATES_WITH", "NOPE"]
    out = []
    for _ in range(n):
        a, b = rng.sample(names, 2)
        ends = []
        for name in (a, b):
            aliases = tuple(rng.sample(["x", "y", "z"], rng.randint(0, 2)))
            country = None if rng.random() < 0.3 else name[:3].upper()
            ends.append(Entity(name, f"{name} name", "Country", country, aliases))
        if rng.random() < 0.01:
            ends[1] = Entity("LONG", "long", "Country", aliases=("w" * 1100,))
        relation = rng.choice(relations)
        rel = RELATIONS.get(relation)
        day, start = rng.randint(0, 40), rng.randint(0, 3) * 10
        doc = f"d{day}"
        out.append(
            Triple(
                ends[0], relation, ends[1], Evidence(doc, f"s {doc} {start}", start, start + 5),
                rel.plover if rel else None, rel.cameo if rel else None,
                rel.quad_class if rel else None, negated=rng.random() < 0.1,
                confidence=0.5 + (day * 7 + start) % 40 / 100, date=f"2020-01-{day % 28 + 1:02d}",
            )
        )  # fmt: skip
    return out


@pytest.mark.parametrize("seed, held", [(1, None), (2, None), (3, None), (1, 12), (2, 30)])
def test_loading_in_chunks_gives_the_reference_fold(tmp_path, monkeypatch, seed, held):
    """The embedded store's one-pass fold, in chunks of 7 and in two loads, writes the
    nodes, edges and mentions of the stores' shared fold (kgraph.stores.base.fold); also
    when a load remembers only a few edge ids (``held``) and looks the others up."""
    import kgraph.stores.sqlite_load as load
    import kgraph.stores.sqlite_store as embedded
    from kgraph.model import LoadStats
    from kgraph.stores.base import fold, known_relations

    monkeypatch.setattr(embedded, "CHUNK", 7)
    if held:
        monkeypatch.setattr(load, "EDGE_IDS_HELD", held)
    triples = _random_triples(seed)
    reference = LoadStats()
    expected = fold(list(known_relations(triples, reference)))
    with embedded.SQLiteStore(tmp_path / "g.db") as store:
        first = store.add(triples[:250])
    with embedded.SQLiteStore(tmp_path / "g.db") as store:
        second = store.add(triples[150:])
        graph = store.to_networkx()
        mentions = {(m["subject"], m["relation"], m["status"], m["object"], m["evidence"])
                    for m in store.iter_mentions()}  # fmt: skip
    twice = LoadStats()
    list(known_relations(triples[:250] + triples[150:], twice))
    assert (first.errors + second.errors, first.skipped + second.skipped) == (
        twice.errors,
        twice.skipped,
    )
    assert reference.skipped > 0
    assert first.mentions_added + second.mentions_added == len(mentions)
    nodes = {n: {**a} for n, a in graph.nodes(data=True)}
    assert nodes == {i: row.properties() for i, row in expected.nodes.items()}
    edges = {
        (s, a["relation"], a["status"], o): (a["count"], a["first_date"], a["last_date"],
                                            a["confidence"], a["plover"], a["cameo"])
        for s, o, a in graph.edges(data=True)
    }  # fmt: skip
    want = {}
    for row in expected.edges.values():
        dates = row.dates()
        key = (row.subject, row.relation, row.status, row.object)
        want[key] = (len(row.mentions), min(dates), max(dates), row.confidence, row.plover,
                     row.cameo)  # fmt: skip
    assert edges == want
    assert mentions == {
        (r.subject, r.relation, r.status, r.object, ev)
        for r in expected.edges.values()
        for ev in r.mentions
    }


@pytest.mark.parametrize("direction", ["out", "in", "both"])
def test_a_limited_lookup_reads_the_first_edges_by_rank(tmp_path, direction):
    """edges_at with a limit (one indexed walk per id and side) gives the first edges of
    the full, sorted answer, with or without a relation or date filter."""
    from kgraph.stores.base import lookup_order
    from kgraph.stores.sqlite_store import SQLiteStore

    triples = [t for t in _random_triples(4, 1500) if t.relation != "NOPE"]
    ids = ["RUS", "RUS:MIL", "person:p1"]
    with SQLiteStore(tmp_path / "g.db") as store:
        store.add(triples)
        for relation, since, limit in [(None, None, 5), ("CRITICIZES", None, 3),
                                       (None, "2020-01-15", 4), (None, None, 1000)]:  # fmt: skip
            every = store.edges_at(ids, relation, direction, since=since)
            first = store.edges_at(ids, relation, direction, since=since, limit=limit)
            assert len(every) > limit or limit == 1000
            order = [lookup_order(e) for e in every][:limit]
            assert [lookup_order(e) for e in first] == order
            assert store.count_edges(ids, relation, direction, since) == len(every)


def test_a_graph_file_with_the_old_edge_key_loads_and_keeps_its_form(tmp_path):
    """A file written before the edge key became a named index (the key a table constraint,
    plus the edges_object index of the first format) takes loads as before: no second key
    index, edges_object dropped at its first write; the same answers as a new file."""
    import sqlite3

    import kgraph.stores.sqlite_file as embedded_file
    import kgraph.stores.sqlite_store as embedded

    old_schema = embedded_file.SCHEMA.replace(
        "role TEXT\n);", "role TEXT,\n    UNIQUE (subject, relation, status, object)\n);"
    )
    assert old_schema != embedded_file.SCHEMA
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(
        old_schema + "CREATE INDEX edges_object ON edges (object);"
        f"INSERT INTO meta VALUES ('format', '{embedded_file.SCHEMA_VERSION}');"
    )
    db.close()
    for graph in (path, tmp_path / "new.db"):
        for part in (SEED[:3], SEED, SEED):  # a first load, then loads into a graph with edges
            with embedded.SQLiteStore(graph) as store:
                store.add(part)
    indexes = {}
    for graph in (path, tmp_path / "new.db"):
        db = sqlite3.connect(graph)
        indexes[graph.name] = {r[0] for r in db.execute("SELECT name FROM sqlite_master "
                                                        "WHERE type = 'index'")}  # fmt: skip
        db.close()
    assert "sqlite_autoindex_edges_1" in indexes["old.db"]
    assert "edges_key" not in indexes["old.db"] and "edges_object" not in indexes["old.db"]
    assert indexes["new.db"] - indexes["old.db"] == {"edges_key"}
    answers = []
    for graph in (path, tmp_path / "new.db"):
        with embedded.SQLiteStore(graph) as store:
            answers.append(
                (store.stats(), [e.to_dict() for e in lookup(store, "RUS", limit=None).edges])
            )
            with pytest.raises(sqlite3.IntegrityError):  # the key is unique in both forms
                store.db.execute(
                    "INSERT INTO edges (subject, relation, status, object) "
                    "SELECT subject, relation, status, object FROM edges LIMIT 1"
                )
    assert answers[0] == answers[1] and answers[0][0]["mentions"] == len(SEED)


def test_a_first_load_past_the_held_edge_ids_builds_the_key_index_first(tmp_path, monkeypatch):
    """A first load drops the edge key index and builds it at the end; when the load has
    seen more edges than it holds, it builds the key at once (it queries keys from then on)
    and the graph is the same as a load that held every id."""
    import sqlite3

    import kgraph.stores.sqlite_load as load
    import kgraph.stores.sqlite_store as embedded

    triples = [t for t in _random_triples(5, 600) if t.relation != "NOPE"]
    monkeypatch.setattr(embedded, "CHUNK", 20)
    with embedded.SQLiteStore(tmp_path / "all.db") as store:
        store.add(triples)
        every = store.to_networkx()
    monkeypatch.setattr(load, "EDGE_IDS_HELD", 40)
    plans = []
    real_find = load.EdgeIds.find

    def find(self, keys):
        real_find(self, keys)
        if not self.complete:
            plans.append(self.db.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM edges WHERE subject = 'a' AND relation = 'b' "
                "AND status = 'c' AND object = 'd'").fetchall())  # fmt: skip

    monkeypatch.setattr(load.EdgeIds, "find", find)
    with embedded.SQLiteStore(tmp_path / "held.db") as store:
        store.add(triples)
        held = store.to_networkx()
    assert plans and all("edges_key" in str(plan) for plan in plans)
    assert nx.utils.graphs_equal(every, held)
    assert sorted(every.edges(data="count")) == sorted(held.edges(data="count"))
    db = sqlite3.connect(tmp_path / "held.db")
    found = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'edges_key'")
    assert found.fetchone() == (1,)
    db.close()
