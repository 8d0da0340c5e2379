"""Issue 12's check: `kgraph show Russia` on the graph of the seed article."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from tests.unit.test_draw import png_size, svg_texts

pytestmark = pytest.mark.integration
ARTICLES = Path(__file__).parents[2] / "data" / "articles"


def test_show_russia_on_the_seed_graph_as_svg_and_png(tmp_path):
    graph = str(tmp_path / "seed.graph.json")
    built = CliRunner().invoke(main, ["build", str(ARTICLES), "--graph", graph])
    assert built.exit_code == 0, built.output
    svg, png = tmp_path / "r.svg", tmp_path / "r.png"
    for out in (svg, png):
        result = CliRunner().invoke(main, ["show", "Russia", "-o", str(out), "--graph", graph])
        assert result.exit_code == 0, result.output
    texts = svg_texts(svg)
    for name in ("Russia", "Venezuela", "Nicolas Maduro", "Vladimir Putin", "SUPPLIES"):
        assert name in texts, name
    width, height = png_size(png)
    assert width >= 400 and height >= 300
