"""Logging: module loggers in the library, configured only by the CLI (-v/--verbose)."""

import subprocess
import sys

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.stores import open_store
from tests.unit.triples import RUS, VEN, triple


@pytest.fixture
def graph(tmp_path):
    target = str(tmp_path / "g.graph.json")
    with open_store(target) as store:
        store.add([triple(RUS, "SUPPLIES", VEN)])
    return target


@pytest.mark.parametrize(
    ("flags", "shown", "hidden"),
    [
        ([], [], ["INFO", "DEBUG"]),
        (["-v"], ["INFO kgraph.draw: Russia: 2 actors, 1 edges"], ["DEBUG"]),
        (["--verbose", "--verbose"], ["INFO kgraph.draw", "DEBUG kgraph"], []),
    ],
)
def test_verbose_option_sets_kgraph_log_level(graph, tmp_path, flags, shown, hidden):
    out = str(tmp_path / "r.svg")
    result = CliRunner().invoke(main, [*flags, "show", "Russia", "-o", out, "--graph", graph])
    assert result.exit_code == 0, result.output
    for text in shown:
        assert text in result.output
    for text in hidden:
        assert text not in result.output


def test_importing_the_library_configures_no_logging():
    code = (
        "import logging\n"
        "import kgraph.cli, kgraph.draw, kgraph.explain, kgraph.html_pages, kgraph.inputs\n"
        "import kgraph.timeline\n"
        "assert logging.getLogger().handlers == [], logging.getLogger().handlers\n"
        "assert logging.getLogger('kgraph').level == logging.NOTSET\n"
        "for name in ('draw', 'explain', 'html_pages', 'inputs', 'timeline'):\n"
        "    module = __import__('kgraph.' + name, fromlist=['logger'])\n"
        "    assert module.logger.name == 'kgraph.' + name\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
