"""`kgraph extract` on a folder of mixed inputs: legacy encodings, web pages, bad files."""

import json
import os
import random

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from tests.integration.synthetic import article
from tests.integration.test_long_documents import kgraph
from tests.unit.test_inputs_encodings_html import PAGE

pytestmark = pytest.mark.integration


def mixed_folder(tmp_path):
    """The issue's folder: good, legacy-encoded, web-page, empty, binary and broken inputs."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "latin.txt").write_bytes(
        "Russia supplied arms to Venezuela, Nicolás Maduro said on Monday.\n".encode("latin-1")
    )
    (folder / "utf16.txt").write_bytes("Norway mediated talks in Barbados.\n".encode("utf-16"))
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.html").write_text("<html><body></body></html>", encoding="utf-8")
    (folder / "noise.txt").write_bytes(os.urandom(20_000))
    feed = [json.dumps({"id": "f1", "html": PAGE}), "{broken", json.dumps({"id": "f2"})]
    (folder / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    return folder


def test_extract_mixed_folder_reads_good_and_recoverable_inputs_names_bad_ones(tmp_path):
    folder = mixed_folder(tmp_path)
    out = tmp_path / "triples.jsonl"

    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out)])

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert f"kgraph: note: {folder}/latin.txt: not UTF-8; read as cp1252" in lines
    for bad in (
        "blank.html: no article text found in the HTML",
        "empty.txt: empty file",
        "noise.txt: not text",
        "feed.jsonl:2: not valid JSON",
        "feed.jsonl:3: record has no 'text'",
    ):
        assert any(line.startswith("kgraph: skipped") and bad in line for line in lines), bad
    assert "kgraph: 5 input(s) skipped, see above" in lines
    assert len(lines) == 7, lines  # one line per skipped input, the note, the summary
    triples = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    found = {
        (t["evidence"]["doc_id"], t["subject"]["id"], t["relation"], t["object"]["id"])
        for t in triples
    }
    assert ("latin", "RUS", "SUPPLIES", "VEN") in found
    assert any(doc == "utf16" and rel == "MEDIATES" for doc, _, rel, _ in found), found
    for doc in ("page", "f1"):
        assert (doc, "RUS", "SUPPLIES", "VEN") in found, found
    page_dates = {t["date"] for t in triples if t["evidence"]["doc_id"] == "page"}
    assert page_dates == {"2019-09-25"}


@pytest.mark.slow
def test_the_mixed_folder_with_a_2_3_mb_article_yields_every_good_input(tmp_path):
    """Issue 11's folder with its 2.3 MB article (generated text, over spaCy's limit): every
    good and recoverable input yields triples, the bad ones are named, no traceback, exit 1."""
    folder = mixed_folder(tmp_path)
    rng = random.Random(23)
    paragraphs: list[str] = []
    while sum(len(p) + 2 for p in paragraphs) < 2_300_000:
        paragraphs.append(article(rng, paragraphs=1).strip())
    (folder / "huge.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")

    run = kgraph("extract", str(folder), "--jobs", "2")

    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "kgraph: 5 input(s) skipped, see above" in run.stderr.splitlines()
    docs = {json.loads(line)["evidence"]["doc_id"] for line in run.stdout.splitlines()}
    assert {"huge", "latin", "utf16", "page", "f1"} <= docs, docs
