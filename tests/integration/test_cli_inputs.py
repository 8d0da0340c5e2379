"""`kgraph extract` on a folder of mixed inputs: legacy encodings, web pages, bad files."""

import json
import os

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from tests.unit.test_inputs_encodings_html import PAGE

pytestmark = pytest.mark.integration


def test_extract_mixed_folder_reads_good_and_recoverable_inputs_names_bad_ones(tmp_path):
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
