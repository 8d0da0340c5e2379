"""The README's main job end to end: build the seed article, look up Russia, export."""

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kgraph.cli import main

pytestmark = pytest.mark.integration
ARTICLES = Path(__file__).parents[2] / "data" / "articles"


@pytest.fixture(scope="module")
def built_graph(tmp_path_factory):
    graph = tmp_path_factory.mktemp("g") / "graph.json"
    result = CliRunner().invoke(main, ["build", str(ARTICLES), "--graph", str(graph)])
    assert result.exit_code == 0, result.output
    return graph


def test_build_then_lookup_russia_lists_supplies_venezuela_with_evidence(built_graph):
    result = CliRunner().invoke(main, ["lookup", "Russia", "--graph", str(built_graph), "--json"])
    assert result.exit_code == 0, result.output
    edges = [json.loads(line) for line in result.output.splitlines()]
    supplies = [
        e
        for e in edges
        if e["relation"] == "SUPPLIES" and e["object"]["id"] == "VEN" and e["status"] == "asserted"
    ]
    assert supplies, [(e["subject"]["id"], e["relation"], e["object"]["id"]) for e in edges]
    assert any("loans" in s for e in supplies for s in e["sentences"])


def test_lookup_by_capital_alias_finds_the_same_edges(built_graph):
    by_name = CliRunner().invoke(main, ["lookup", "Russia", "--graph", str(built_graph)])
    by_capital = CliRunner().invoke(main, ["lookup", "Moscow", "--graph", str(built_graph)])
    assert by_name.output.split("\n", 1)[1] == by_capital.output.split("\n", 1)[1]


def test_building_twice_changes_nothing(built_graph):
    before = built_graph.read_bytes()
    result = CliRunner().invoke(main, ["build", str(ARTICLES), "--graph", str(built_graph)])
    assert "0 new node(s), 0 new edge(s), 0 new mention(s)" in result.output
    assert built_graph.read_bytes() == before


def test_extract_then_load_equals_build(built_graph, tmp_path):
    runner = CliRunner()
    triples = tmp_path / "t.jsonl"
    assert runner.invoke(main, ["extract", str(ARTICLES), "-o", str(triples)]).exit_code == 0
    other = tmp_path / "g.json"
    assert runner.invoke(main, ["load", str(triples), "--graph", str(other)]).exit_code == 0
    from kgraph.stores.sqlite_store import SQLiteStore

    def graph_of(path):
        with SQLiteStore(path) as store:
            g = store.to_networkx()
        return nx.node_link_data(g, edges="edges")

    assert graph_of(built_graph) == graph_of(other)


def test_entities_prints_offsets_into_the_document():
    result = CliRunner().invoke(main, ["entities", str(ARTICLES / "seed-reuters-caracas.txt")])
    text = (ARTICLES / "seed-reuters-caracas.txt").read_text()
    mentions = [json.loads(line) for line in result.output.splitlines()]
    assert mentions
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
        assert set(m) == {"doc_id", "start", "end", "text", "id", "kind", "name"}


def test_export_graphml_round_trips(built_graph, tmp_path):
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(
        main, ["export", "--format", "graphml", "-o", str(out), "--graph", str(built_graph)]
    )
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert graph.nodes["RUS"]["kind"] == "Country"
    assert all(isinstance(d["count"], int) for _, _, d in graph.edges(data=True))


def test_build_reports_bad_input_and_builds_the_rest(tmp_path):
    graph = tmp_path / "g.json"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "text": "Russia supplied arms to Venezuela."}\n{oops\n')
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "missing.txt"), str(bad), "--graph", str(graph)]
    )
    assert result.exit_code == 1
    assert f"kgraph: skipped {tmp_path}/missing.txt: no such file or directory" in result.output
    assert f"kgraph: skipped {bad}:2: not valid JSON" in result.output
    assert "1 article(s) read." in result.output
    assert graph.exists()
