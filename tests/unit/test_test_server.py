"""The test session's Neo4j server is its own: never the user's home, port or data."""

from pathlib import Path

from tests.conftest import test_server_env


def test_test_server_has_its_own_home_and_ports_whatever_the_user_set() -> None:
    user = {"HOME": "/home/u", "KGRAPH_NEO4J_HOME": "/srv/mine", "KGRAPH_NEO4J_BOLT_PORT": "7687"}
    env = test_server_env(user)
    assert env["KGRAPH_NEO4J_HOME"] == str(Path("/home/u/.cache/kgraph/neo4j/test-home"))
    assert (env["KGRAPH_NEO4J_BOLT_PORT"], env["KGRAPH_NEO4J_HTTP_PORT"]) == ("7688", "7475")


def test_test_server_home_and_ports_can_be_chosen() -> None:
    env = test_server_env(
        {"HOME": "/h", "KGRAPH_TEST_NEO4J_HOME": "/tmp/t", "KGRAPH_TEST_NEO4J_BOLT_PORT": "7711"}
    )
    assert (env["KGRAPH_NEO4J_HOME"], env["KGRAPH_NEO4J_BOLT_PORT"]) == ("/tmp/t", "7711")
