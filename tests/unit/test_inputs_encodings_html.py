"""Inputs in other encodings and as web pages (files generated here, no fixtures)."""

import io
import json
import os

import pytest

from kgraph.inputs import decode_bytes, iter_documents

STORY = (
    "CARACAS (Reuters) - Venezuelan President Nicolás Maduro said on Monday that Russia "
    "supplied “military help” to Venezuela – and São Paulo’s café owners disagreed."
)


def _read(paths):
    errors: list[str] = []
    notes: list[str] = []
    docs = list(iter_documents(paths, errors.append, notes.append))
    return docs, errors, notes


@pytest.mark.parametrize(
    "data",
    [
        STORY.encode("utf-8"),
        b"\xef\xbb\xbf" + STORY.encode("utf-8"),
        STORY.encode("utf-16"),  # with a byte order mark (the platform's order)
        b"\xfe\xff" + STORY.encode("utf-16-be"),
        b"\xff\xfe" + STORY.encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16be-bom", "utf16le-bom"],
)
def test_unicode_files_are_read_without_a_note(tmp_path, data):
    (tmp_path / "story.txt").write_bytes(data)
    [doc], errors, notes = _read([tmp_path / "story.txt"])
    assert (doc.text, errors, notes) == (STORY, [], [])


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoded_file_is_read_with_a_one_line_note(tmp_path, encoding):
    text = STORY if encoding == "cp1252" else STORY.replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("’", "'") if encoding == "latin-1" else text
    (tmp_path / "old.txt").write_bytes(text.encode(encoding))
    [doc], errors, notes = _read([tmp_path / "old.txt"])
    assert doc.text == text
    assert errors == []
    assert notes == [f"{tmp_path}/old.txt: not UTF-8; read as cp1252"]


def test_binary_file_is_skipped_with_one_line_and_the_rest_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(os.urandom(20_000))
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"Russia\x00\x00\x00supplied")
    docs, errors, notes = _read([tmp_path])
    assert [d.id for d in docs] == ["b"]
    assert errors == [
        f"{tmp_path}/a.txt: not text (binary data or an unknown encoding)",
        f"{tmp_path}/c.txt: not text (binary data or an unknown encoding)",
    ]
    assert notes == []


def test_legacy_jsonl_feed_is_decoded_too(tmp_path):
    record = json.dumps({"id": "r1", "text": "Bogotá said talks ended."}, ensure_ascii=False)
    (tmp_path / "feed.jsonl").write_bytes((record + "\n").encode("cp1252"))
    [doc], errors, notes = _read([tmp_path / "feed.jsonl"])
    assert (doc.id, doc.text, errors, len(notes)) == ("r1", "Bogotá said talks ended.", [], 1)


def test_decode_bytes_reports_what_it_used():
    assert decode_bytes(b"\xef\xbb\xbfabc").encoding == "utf-8"
    assert decode_bytes("abc".encode("utf-16")).text == "abc"
    assert decode_bytes(b"\xff\xfe\x00\xd8") is None  # a BOM, then a broken surrogate
    assert decode_bytes(b"").text == ""


PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Russia sends aid to Venezuela | The Daily Planet</title>
<meta property="og:title" content="Russia sends aid to Venezuela">
<meta property="article:published_time" content="2019-09-25T10:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/subscribe">Subscribe to our newsletter today</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article>
<h1>Russia sends aid to Venezuela</h1>
<p>CARACAS (Reuters) - Russia has provided loans and other help for the military and oil
industry in Venezuela, officials said on Wednesday, as the country faces a deep crisis.</p>
<p>Venezuelan President Nicolas Maduro on Monday left for a state visit to Russia, where he
met his Russian counterpart, Vladimir Putin, to discuss energy and arms deals.</p>
<p>Norway has mediated talks between the government and the opposition since May, and the
two sides met again in Barbados last month without an agreement.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity chef opens new restaurant</a></li>
<li><a href="/b">Ten tips for a better garden this spring</a></li></ul></aside>
<footer><p>Copyright 2019 The Daily Planet. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""
NAV_ONLY = (
    "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World news</a></li>"
    "</ul></nav><footer><p>Copyright 2019 The Daily Planet.</p></footer></body></html>"
)
BOILERPLATE = ("Subscribe", "cookies", "Celebrity chef", "garden", "Copyright", "Privacy")


def _assert_main_text_only(text):
    assert "Russia has provided loans" in text
    assert "Norway has mediated talks" in text
    for words in BOILERPLATE:
        assert words not in text, words


def test_html_file_gives_main_text_title_and_date(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [doc], errors, _ = _read([tmp_path / "page.html"])
    assert errors == []
    assert (doc.id, doc.title, doc.date) == ("page", "Russia sends aid to Venezuela", "2019-09-25")
    _assert_main_text_only(doc.text)
    assert "\n\n" in doc.text  # paragraphs stay apart: a blank line ends a sentence


def test_html_without_metadata_date_uses_the_dateline_not_a_guess(tmp_path):
    page = PAGE.replace(
        '<meta property="article:published_time" content="2019-09-25T10:00:00Z">', ""
    )
    (tmp_path / "a.htm").write_text(page, encoding="utf-8")
    [doc], _, _ = _read([tmp_path / "a.htm"])
    assert doc.date is None
    dated = page.replace("CARACAS (Reuters)", "CARACAS, Sept 24, 2019 (Reuters)")
    (tmp_path / "a.htm").write_text(dated, encoding="utf-8")
    [doc], _, _ = _read([tmp_path / "a.htm"])
    assert doc.date == "2019-09-24"


def test_jsonl_html_records_go_through_the_extractor_and_keep_record_fields(tmp_path):
    records = [
        {"id": "p1", "html": PAGE, "source": "Daily Planet", "url": "https://example.org/p1"},
        {"id": "p2", "html": PAGE, "title": "Own title", "date": "2020-01-02"},
        {"id": "p3", "html": NAV_ONLY},
        {"id": "t1", "text": "Russia supplied arms to Venezuela."},
    ]
    feed = "\n".join(json.dumps(r) for r in records) + "\n"
    (tmp_path / "feed.jsonl").write_text(feed, encoding="utf-8")
    docs, errors, _ = _read([tmp_path / "feed.jsonl"])
    assert [d.id for d in docs] == ["p1", "p2", "t1"]
    p1, p2, _ = docs
    _assert_main_text_only(p1.text)
    assert (p1.title, p1.date, p1.source, p1.url) == (
        "Russia sends aid to Venezuela",
        "2019-09-25",
        "Daily Planet",
        "https://example.org/p1",
    )
    assert (p2.title, p2.date) == ("Own title", "2020-01-02")
    assert errors == [f"{tmp_path}/feed.jsonl:3: no article text found in the HTML"]


def test_directory_reads_html_pages(tmp_path):
    (tmp_path / "a.txt").write_text("Russia supplied arms.", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    docs, errors, _ = _read([tmp_path])
    assert ([d.id for d in docs], errors) == (["a", "b"], [])


def test_stdin_bytes_html_and_legacy_text(monkeypatch):
    class Stdin(io.TextIOWrapper):
        pass

    monkeypatch.setattr("sys.stdin", Stdin(io.BytesIO(PAGE.encode("utf-8"))))
    [doc], errors, _ = _read(["-"])
    _assert_main_text_only(doc.text)
    monkeypatch.setattr("sys.stdin", Stdin(io.BytesIO("Bogotá said.".encode("cp1252"))))
    [doc], errors, notes = _read(["-"])
    assert (doc.text, errors, notes) == ("Bogotá said.", [], ["stdin: not UTF-8; read as cp1252"])
