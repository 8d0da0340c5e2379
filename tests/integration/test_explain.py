"""`kgraph explain`: the article with its actor marks, then its triples; opened in a real
headless Chromium (Debian's ``chromium``, installed by ``.ci/run``)."""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.explain import KIND_COLORS, Explained, render_page
from kgraph.model import Document, Entity, Evidence, Mention, Triple

SEED = Path(__file__).parents[2] / "data" / "articles" / "seed-reuters-caracas.txt"


class Marks(HTMLParser):
    """The actor marks of a page: (kind label, id) per ``<mark class="entity">``."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self._depth = 0
        self._texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark" and ("class", "entity") in attrs:
            self._depth, self._texts = 1, []
        elif self._depth:
            self._depth += 1

    def handle_endtag(self, tag):
        if not self._depth:
            return
        self._depth -= 1
        if self._depth == 0:
            words = " ".join(self._texts).split()
            self.marks.append((words[-2], words[-1]))  # "... Russia Country RUS"

    def handle_data(self, data):
        if self._depth:
            self._texts.append(data)


def _marks(page: str) -> list[tuple[str, str]]:
    parser = Marks()
    parser.feed(page)
    return parser.marks


def test_page_escapes_hostile_text_and_ids():
    hostile = Entity('X"><script>alert(1)</script>', "<b>Evil</b>", "Country")
    text = "<script>alert(2)</script> Evil struck."
    start = text.index("Evil")
    triple = Triple(
        hostile, "ATTACKS", hostile, Evidence("d", text, 0, len(text)), rule="</td><script>"
    )
    page = render_page(
        [
            Explained(
                Document("d<1>", text), [Mention("d", start, start + 4, "Evil", hostile)], [triple]
            )
        ]
    )
    assert "<script>" not in page
    assert "&lt;script&gt;alert(2)" in page
    assert _marks(page) == [("Country", 'X"><script>alert(1)</script>')]


@pytest.mark.integration
def test_explain_command_marks_actors_with_ids_and_lists_triples(tmp_path):
    page = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["explain", str(SEED), "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    ids = {kb_id for _, kb_id in _marks(html)}
    assert {"RUS", "VEN", "person:nicolas-maduro", "person:vladimir-putin", "NOR"} <= ids
    assert ("Country", "RUS") in _marks(html)
    assert "<b>SUPPLIES</b>" in html
    assert "has provided loans and other help" in html.split('class="triples"')[1]


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def chromium() -> str:
    found = _chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run should have installed it")
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    return found


def _run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    argv = [
        chromium,
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=180, check=True)


@pytest.mark.integration
@pytest.mark.slow
def test_explain_page_renders_in_headless_chromium(tmp_path, chromium):
    from matplotlib.image import imread

    page = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["explain", str(SEED), "-o", str(page)])
    assert result.exit_code == 0, result.output
    url = page.as_uri()

    dom = _run_chromium(chromium, tmp_path / "profile", "--dump-dom", url).stdout
    marks = _marks(dom)
    assert len(marks) >= 40
    assert ("Country", "VEN") in marks and ("Person", "person:vladimir-putin") in marks

    shot = tmp_path / "shot.png"
    _run_chromium(
        chromium, tmp_path / "profile", "--window-size=1280,1000", f"--screenshot={shot}", url
    )
    pixels = imread(shot)[:, :, :3]  # floats in 0..1
    assert pixels.shape[:2] == (1000, 1280)
    assert pixels.std() > 0.05, "the screenshot is blank"
    country = tuple(int(KIND_COLORS["Country"][i : i + 2], 16) / 255 for i in (1, 3, 5))
    person = tuple(int(KIND_COLORS["Person"][i : i + 2], 16) / 255 for i in (1, 3, 5))
    for colour in (country, person):
        near = (abs(pixels - colour) < 2 / 255).all(axis=2).sum()
        assert near > 2000, f"few pixels of the mark colour {colour}: {near}"
