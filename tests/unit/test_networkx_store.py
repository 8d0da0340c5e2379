import dataclasses
import json

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
    assert edge.evidence == ("d1:0-" + str(len(edge.sentences[0])), edge.evidence[1])


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
