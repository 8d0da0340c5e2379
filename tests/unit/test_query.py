"""kgraph.query without a server: parsing saved queries, parameters, targets."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from kgraph.errors import GraphTargetError, InputError
from kgraph.query import (
    NEEDS_NEO4J,
    QueryResult,
    format_table,
    header_defaults,
    load_query,
    parse_params,
    parse_value,
    run_query,
    saved_queries,
    split_statements,
)
from kgraph.stores.neo4j_connect import redact, schema_statements

CYPHER = Path(__file__).resolve().parents[2] / "cypher"
SAVED = sorted(CYPHER.glob("*.cypher"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25", 25),
        ("0.5", 0.5),
        ("true", True),
        ("null", None),
        ('["Country", "IGO"]', ["Country", "IGO"]),
        ('"RUS"', "RUS"),
        ("'RUS'", "RUS"),
        ("VEN:GOV", "VEN:GOV"),
        ("2019-09-25", "2019-09-25"),
        ("  Nicolas Maduro ", "Nicolas Maduro"),
    ],
)
def test_parse_value_reads_json_quoted_or_bare_text(text: str, value: object) -> None:
    assert parse_value(text) == value


def test_parse_params_splits_on_the_first_equals_sign() -> None:
    assert parse_params(["actor=RUS", "limit=5", "$q=a=b"]) == {
        "actor": "RUS",
        "limit": 5,
        "q": "a=b",
    }


@pytest.mark.parametrize("bad", ["actor", "=RUS", "bad name=1"])
def test_parse_params_rejects_options_without_a_name(bad: str) -> None:
    with pytest.raises(InputError, match="NAME=VALUE"):
        parse_params([bad])


def test_split_statements_ignores_semicolons_in_strings_and_comments() -> None:
    text = """// first; still a comment
    RETURN 'a;b' AS x, "c;d" AS y;
    /* block; comment */ MATCH (`odd;name`) RETURN 1;
    // only a comment;
    """
    assert split_statements(text) == [
        "// first; still a comment\n    RETURN 'a;b' AS x, \"c;d\" AS y",
        "/* block; comment */ MATCH (`odd;name`) RETURN 1",
    ]


def test_header_defaults_reads_param_lines_of_the_leading_comment_only() -> None:
    text = """// What it answers.
// :param actor => 'RUS'
// :param limit => 10;

// :param kinds => ["Country"]
MATCH (n) RETURN n LIMIT $limit
// :param late => 1
"""
    assert header_defaults(text) == {"actor": "RUS", "limit": 10, "kinds": ["Country"]}


def test_load_query_finds_the_parameters_used_outside_strings() -> None:
    query = load_query("MATCH (n {id: $id}) WHERE n.name <> '$not' RETURN n LIMIT $limit")
    assert query.parameters() == ["id", "limit"]
    assert query.source == "<text>" and not query.is_schema


def test_load_query_takes_long_multiline_text_as_cypher() -> None:
    text = "MATCH (n)\nRETURN n.id AS id, " + " + ".join(["n.name"] * 2000) + " AS long"
    assert load_query(text).statements == [text]
    assert load_query("RETURN 1").statements == ["RETURN 1"]


def test_load_query_names_a_missing_file_and_the_saved_queries() -> None:
    with pytest.raises(InputError, match=r"nope\.cypher: no such file or saved query\. Saved"):
        load_query("nope.cypher")


def test_load_query_finds_saved_queries_by_name_outside_a_checkout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    expected = (CYPHER / "who_supplies_whom.cypher").read_text(encoding="utf-8")
    for name in (
        "who_supplies_whom",
        "who_supplies_whom.cypher",
        "cypher/who_supplies_whom.cypher",
    ):
        query = load_query(name)
        assert query.source == "cypher/who_supplies_whom.cypher"
        assert query.statements == split_statements(expected)
        assert query.defaults == {"status": "asserted", "limit": 25}
    assert load_query("RETURN").statements == ["RETURN"]  # not a saved name: Cypher text


def test_load_query_rejects_text_without_a_statement() -> None:
    with pytest.raises(InputError, match="no Cypher statement"):
        load_query("// just a comment")


def test_load_query_marks_idempotent_schema_ddl_only() -> None:
    assert load_query(str(CYPHER / "schema.cypher")).is_schema
    assert not load_query("CREATE INDEX x FOR (n:A) ON (n.b)").is_schema  # not idempotent
    assert not load_query("CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b); CREATE (n)").is_schema


@pytest.mark.parametrize("path", SAVED, ids=[p.stem for p in SAVED])
def test_saved_query_describes_its_question_and_defaults_every_parameter(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.stem != "schema":
        assert "?" in text.splitlines()[0], "the first line asks the file's question"
    query = load_query(str(path))
    assert set(query.parameters()) <= set(query.defaults), "a parameter has no default"
    assert set(query.defaults) <= set(query.parameters()), "a default is never used"


def test_saved_queries_are_listed_in_the_readme() -> None:
    readme = (CYPHER / "README.md").read_text(encoding="utf-8")
    assert len(SAVED) >= 8
    for path in SAVED:
        assert f"`{path.name}`" in readme, path.name


def test_saved_queries_match_their_packaged_copies() -> None:
    packaged = saved_queries()
    assert sorted(packaged) == [p.stem for p in SAVED]
    for path in SAVED:
        assert path.read_text(encoding="utf-8") == packaged[path.stem], (
            f"cypher/{path.name} should be a link to kgraph/data/{path.name}"
        )
    schema = resources.files("kgraph").joinpath("data/schema.cypher").read_text("utf-8")
    assert split_statements(schema) == list(schema_statements())
    assert len(schema_statements()) == 6  # 3 constraints, 3 indexes


def test_run_query_on_the_embedded_graph_says_cypher_needs_neo4j(tmp_path: Path) -> None:
    with pytest.raises(GraphTargetError) as caught:
        run_query(str(tmp_path / "graph.json"), "RETURN 1")
    assert str(caught.value) == NEEDS_NEO4J
    assert str(caught.value).startswith("Cypher needs a Neo4j graph: pass --graph bolt://")


def test_run_query_default_target_is_the_embedded_graph(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KGRAPH_GRAPH", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with pytest.raises(GraphTargetError, match="Cypher needs a Neo4j graph"):
        run_query(None, "RETURN 1")


def test_run_query_names_missing_parameters_before_connecting() -> None:
    # Nothing listens on port 9: the error must come from the parameter check.
    with pytest.raises(InputError, match=r"no value for \$who: pass --param who=VALUE"):
        run_query("bolt://127.0.0.1:9", "MATCH (n {id: $who}) RETURN n")


def test_redact_drops_user_and_password() -> None:
    assert redact("bolt://neo4j:pw@localhost:7687/db?x=1") == "bolt://localhost:7687/db?x=1"
    assert redact("neo4j://127.0.0.1") == "neo4j://127.0.0.1"


def test_format_table_aligns_columns_and_shortens_long_cells() -> None:
    result = QueryResult(["id", "aliases"], [["RUS", ["Moscow"]], ["VEN", "x" * 80]])
    lines = format_table(result, max_width=10).splitlines()
    assert lines == [
        "id   aliases",
        "---  ----------",
        'RUS  ["Moscow"]',
        "VEN  xxxxxxxxx…",
    ]
