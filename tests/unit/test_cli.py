import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.triples_jsonl import write_triples

from .triples import MADURO, NOR, PUTIN, RUS, TALKS, VEN, triple

COMMANDS = [
    *("extract", "entities", "load", "build", "lookup", "export", "stats"),
    *("explain", "show", "timeline"),
]


@pytest.fixture
def triples_file(tmp_path):
    out = io.StringIO()
    write_triples(
        [
            triple(RUS, "SUPPLIES", VEN),
            triple(NOR, "MEDIATES", TALKS, start=50),
            triple(PUTIN, "MEETS", MADURO, start=90),
        ],
        out,
    )
    path = tmp_path / "t.jsonl"
    path.write_text(out.getvalue())
    return path


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("KGRAPH_GRAPH", str(tmp_path / "graph.json"))
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: main " + command in result.output or f"Usage: kgraph {command}" in result.output


def test_cli_load_then_lookup_shows_relation_and_evidence(runner, triples_file):
    result = runner.invoke(main, ["load", str(triples_file)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["lookup", "Russia"])
    assert result.exit_code == 0, result.output
    assert "Russia (RUS) -SUPPLIES-> Venezuela (VEN)  x1  2019-09-25" in result.output
    assert '"Russia supplies Venezuela (sentence at 0)."' in result.output


def test_cli_lookup_json_prints_records(runner, triples_file):
    runner.invoke(main, ["load", str(triples_file)])
    result = runner.invoke(main, ["lookup", "RUS", "--json", "--relation", "supplies"])
    [record] = [json.loads(line) for line in result.output.splitlines()]
    assert (record["subject"]["id"], record["relation"], record["object"]["id"]) == (
        "RUS",
        "SUPPLIES",
        "VEN",
    )


def test_cli_load_twice_adds_nothing(runner, triples_file):
    runner.invoke(main, ["load", str(triples_file)])
    result = runner.invoke(main, ["load", str(triples_file)])
    assert "0 new node(s), 0 new edge(s), 0 new mention(s)" in result.output


def test_cli_unknown_relation_is_one_line(runner, triples_file):
    runner.invoke(main, ["load", str(triples_file)])
    result = runner.invoke(main, ["lookup", "Russia", "--relation", "SUPPLY"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: Unknown relation 'SUPPLY'. Valid: APPEALS_TO, OFFERS")
    assert len(result.output.strip().splitlines()) == 1


def test_cli_unknown_graph_scheme_is_one_line(runner):
    result = runner.invoke(main, ["stats", "--graph", "neo4://x"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: Unknown graph target scheme 'neo4'")
    assert "Traceback" not in result.output


def test_cli_missing_triples_file_is_named_and_others_load(runner, triples_file, tmp_path):
    result = runner.invoke(main, ["load", str(tmp_path / "nope.jsonl"), str(triples_file)])
    assert result.exit_code == 1
    assert f"kgraph: skipped {tmp_path}/nope.jsonl: no such file" in result.output
    assert "3 triple(s)" in result.output


def test_cli_lookup_unknown_name(runner, triples_file):
    runner.invoke(main, ["load", str(triples_file)])
    result = runner.invoke(main, ["lookup", "Atlantis"])
    assert result.exit_code == 1
    assert "No entity named 'Atlantis'" in result.output


def test_cli_lookup_bad_since(runner):
    result = runner.invoke(main, ["lookup", "Russia", "--since", "last week"])
    assert result.exit_code == 2
    assert "'last week' is not a date" in result.output


def test_cli_export_graphml_file_reads_back(runner, triples_file, tmp_path):
    runner.invoke(main, ["load", str(triples_file)])
    out = tmp_path / "g.graphml"
    result = runner.invoke(main, ["export", "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert graph.nodes["RUS"]["kind"] == "Country"


def test_cli_stats_json(runner, triples_file):
    runner.invoke(main, ["load", str(triples_file)])
    result = runner.invoke(main, ["stats", "--json"])
    counts = json.loads(result.output)
    assert (counts["nodes"], counts["edges"], counts["mentions"]) == (6, 3, 3)
