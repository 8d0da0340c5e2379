"""`kgraph show` and `kgraph timeline`: the pictures' files, from hand-built graphs."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.draw import QUAD_COLORS
from kgraph.model import Entity
from kgraph.stores import open_store
from kgraph.timeline import mention_dates, plot_args, timeline
from kgraph.triples_jsonl import write_triples
from tests.unit.triples import MADURO, NOR, PUTIN, RUS, RUS_MIL, TALKS, VEN, triple

COL = Entity("COL", "Colombia", "Country", "COL", aliases=("Colombia",))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", data[16:24])


def svg_texts(path: Path) -> str:
    """The text drawn in an SVG (matplotlib keeps it as <text> with svg.fonttype=none)."""
    return " ".join(re.findall(r"<text[^>]*>([^<]*)<", path.read_text(encoding="utf-8")))


TRIPLES = [
    triple(RUS, "SUPPLIES", VEN, doc="a", date="2019-01-10"),
    triple(RUS, "SUPPLIES", VEN, doc="b", date="2019-01-20"),
    triple(RUS, "SUPPLIES", VEN, doc="c", date="2019-04-02"),
    triple(RUS_MIL, "DEPLOYS_TO", VEN, doc="c", start=50, date="2019-04-02"),
    triple(RUS, "BACKS", MADURO, doc="d", date="2018-11-30"),
    triple(PUTIN, "LEADER_OF", RUS, doc="d", start=80, date=None),
    triple(NOR, "MEDIATES", TALKS, doc="e", date="2019-05-01"),
    triple(COL, "ATTACKS", VEN, doc="f", date="2019-02-11"),
    triple(MADURO, "CRITICIZES", COL, doc="g", date="2019-02-12"),
]


@pytest.fixture
def graph(tmp_path) -> str:
    target = str(tmp_path / "g.graph.json")
    with open_store(target) as store:
        store.add(TRIPLES)
    return target


def _show(graph: str, out: Path, *args: str):
    return CliRunner().invoke(main, ["show", "Russia", "-o", str(out), "--graph", graph, *args])


def test_show_svg_names_the_neighbours_as_text(graph, tmp_path):
    out = tmp_path / "r.svg"
    result = _show(graph, out)
    assert result.exit_code == 0, result.output
    texts = svg_texts(out)
    for name in ("Russia", "Venezuela", "Nicolas Maduro", "Vladimir Putin", "SUPPLIES ×3"):
        assert name in texts, name
    assert "Colombia" not in texts  # two relations away
    svg = out.read_text(encoding="utf-8")
    assert QUAD_COLORS[2][0] in svg  # material cooperation: SUPPLIES, DEPLOYS_TO
    assert QUAD_COLORS[4][0] not in svg  # no conflict at depth 1


def test_show_depth_two_reaches_the_next_ring_with_conflict_colour(graph, tmp_path):
    out = tmp_path / "r2.svg"
    assert _show(graph, out, "--depth", "2").exit_code == 0
    texts = svg_texts(out)
    assert "Colombia" in texts and "ATTACKS" in texts
    assert QUAD_COLORS[4][0] in out.read_text(encoding="utf-8")  # material conflict


def test_show_relation_and_since_filter_the_edges(graph, tmp_path):
    out = tmp_path / "s.svg"
    assert _show(graph, out, "--relation", "SUPPLIES").exit_code == 0
    assert "Venezuela" in svg_texts(out) and "Nicolas Maduro" not in svg_texts(out)
    assert _show(graph, out, "--since", "2019-01-01").exit_code == 0
    texts = svg_texts(out)
    assert "Venezuela" in texts
    assert "Nicolas Maduro" not in texts and "Vladimir Putin" not in texts  # 2018, undated


def test_show_png_is_a_real_picture_of_useful_size(graph, tmp_path):
    from matplotlib.image import imread

    out = tmp_path / "r.png"
    assert _show(graph, out).exit_code == 0
    width, height = png_size(out)
    assert width >= 400 and height >= 300
    pixels = imread(out)[:, :, :3]
    assert pixels.std() > 0.05  # not blank


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "Russia", "-o", "r.jpg"], "r.jpg: unsupported picture format"),
        (["show", "Atlantis", "-o", "a.svg"], "No entity named 'Atlantis'"),
        (["show", "Russia", "-o", "r.svg", "--relation", "HUGS"], "HUGS"),
        (["show", "Russia", "-o", "r.svg", "--since", "soon"], "'soon' is not a date"),
        (["timeline", "Russia", "-o", "t.gif"], "t.gif: unsupported picture format"),
    ],
)
def test_bad_picture_options_are_one_line_errors(graph, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*args, "--graph", graph])
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    assert not list(tmp_path.glob("[rat].*"))  # nothing half-written


def test_timeline_counts_months_by_relation(graph):
    with open_store(graph) as store:
        data = plot_args(timeline(store, "Russia"))
    assert data["months"] == ["2018-11", "2018-12", "2019-01", "2019-02", "2019-03", "2019-04"]
    # SUPPLIES spans January to April: one mention in each end month, one in between.
    assert data["rows"]["SUPPLIES"] == [0, 0, 1, 0, 0, 1]
    assert data["rows"]["DEPLOYS_TO"] == [0, 0, 0, 0, 0, 1]
    assert data["rows"]["BACKS"] == [1, 0, 0, 0, 0, 0]
    assert (data["between"], data["undated"]) == (1, 1)


def test_timeline_with_the_triples_counts_every_mention_in_its_month(graph, tmp_path):
    with open_store(graph) as store:
        data = plot_args(timeline(store, "Russia", dates=mention_dates(TRIPLES)))
    assert data["rows"]["SUPPLIES"] == [0, 0, 2, 0, 0, 1]
    assert (data["between"], data["undated"]) == (0, 1)
    records = tmp_path / "t.jsonl"
    with records.open("w", encoding="utf-8") as out:
        write_triples(TRIPLES, out)
    png = tmp_path / "t.png"
    args = ["timeline", "Russia", "-o", str(png), "--graph", graph, "--triples", str(records)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "5 mention(s) in 6 month(s)" in result.output  # 4 without the triples
    missing = CliRunner().invoke(main, [*args[:-1], str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1 and "nope.jsonl: no such file" in missing.output


def test_timeline_of_a_pair_keeps_only_their_edges(graph):
    with open_store(graph) as store:
        data = plot_args(timeline(store, "Venezuela", "Colombia"))
    assert (data["months"], data["relations"]) == (["2019-02"], ["ATTACKS"])


def test_timeline_command_writes_a_png(graph, tmp_path):
    out = tmp_path / "t.png"
    result = CliRunner().invoke(
        main, ["timeline", "Russia", "Venezuela", "-o", str(out), "--graph", graph]
    )
    assert result.exit_code == 0, result.output
    width, height = png_size(out)
    assert width >= 400 and height >= 300


def test_timeline_without_dates_is_a_one_line_error(tmp_path):
    target = str(tmp_path / "u.graph.json")
    with open_store(target) as store:
        store.add([triple(RUS, "SUPPLIES", VEN, date=None)])
    out = tmp_path / "t.png"
    result = CliRunner().invoke(main, ["timeline", "Russia", "-o", str(out), "--graph", target])
    assert result.exit_code == 1
    assert "Russia: no dated mentions to draw (1 undated mention(s)" in result.output
    assert not out.exists()


def test_show_a_single_neighbour_is_drawn_apart_from_the_actor(tmp_path):
    target = str(tmp_path / "one.graph.json")
    with open_store(target) as store:
        store.add([triple(RUS, "SUPPLIES", VEN)])
    out = tmp_path / "one.svg"
    assert _show(target, out).exit_code == 0
    assert "Venezuela" in svg_texts(out) and "SUPPLIES" in svg_texts(out)
