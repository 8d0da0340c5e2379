import io
import json

import pytest

from kgraph.errors import InputError
from kgraph.inputs import dateline_date, iter_documents, normalize_date


def test_txt_file_is_one_document_named_by_stem(tmp_path):
    (tmp_path / "a-story.txt").write_text("Russia supplied arms to Venezuela.\n")
    [doc] = iter_documents([tmp_path / "a-story.txt"])
    assert (doc.id, doc.date) == ("a-story", None)


def test_directory_is_read_recursively_in_name_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text.")
    (tmp_path / "sub" / "a.txt").write_text("A text.")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "C text."}) + "\n")
    assert [d.id for d in iter_documents([tmp_path])] == ["b", "c1", "a"]


def test_jsonl_records_keep_metadata_and_normalise_dates(tmp_path):
    record = {
        "id": 7,
        "text": "T.",
        "title": "Title",
        "date": "20080804",
        "source": "AFP",
        "url": "http://x",
    }
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n")
    [doc] = iter_documents([tmp_path / "r.jsonl"])
    assert (doc.id, doc.title, doc.date, doc.source, doc.url) == (
        "7",
        "Title",
        "2008-08-04",
        "AFP",
        "http://x",
    )


def test_bad_records_are_reported_one_line_each_and_the_rest_read(tmp_path):
    lines = [
        json.dumps({"id": "ok1", "text": "One."}),
        "{broken",
        json.dumps({"id": "x"}),
        json.dumps({"text": "no id"}),
        "[1, 2]",
        json.dumps({"id": "ok2", "text": "Two."}),
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n")
    errors: list[str] = []
    docs = list(iter_documents([tmp_path / "r.jsonl", tmp_path / "missing.txt"], errors.append))
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert errors == [
        f"{tmp_path}/r.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)",
        f"{tmp_path}/r.jsonl:3: record has no 'text'",
        f"{tmp_path}/r.jsonl:4: record has no 'id'",
        f"{tmp_path}/r.jsonl:5: expected a JSON object with 'id' and 'text'",
        f"{tmp_path}/missing.txt: no such file or directory",
    ]
    assert all("\n" not in e for e in errors)


def test_missing_path_raises_without_handler(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file or directory"):
        list(iter_documents([tmp_path / "nope.txt"]))


def test_unsupported_suffix_is_named(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    errors: list[str] = []
    assert list(iter_documents([tmp_path / "x.pdf"], errors.append)) == []
    assert errors == [
        f"{tmp_path}/x.pdf: unsupported file type '.pdf'; expected .txt, .html, .htm, .jsonl"
    ]


def test_stdin_plain_text_and_jsonl(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Russia supplied arms."))
    assert [d.id for d in iter_documents(["-"])] == ["stdin"]
    monkeypatch.setattr(
        "sys.stdin", io.StringIO('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n')
    )
    assert [d.id for d in iter_documents(["-"])] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, Sept 25, 2019 (Reuters) - ...", "2019-09-25"),
        ("LONDON, 3 March 2021 - ...", "2021-03-03"),
        ("Posted 2018-02-30 and 2018-02-28", "2018-02-28"),
        ("CARACAS (Reuters) - on Wednesday", None),
        ("MOSCOW, Sept 25 (Reuters) - no year", None),
    ],
)
def test_dateline_date_needs_a_full_valid_date(text, expected):
    assert dateline_date(text) == expected


def test_dateline_date_only_reads_the_top():
    assert dateline_date("x" * 400 + " Sept 25, 2019") is None


@pytest.mark.parametrize("value", [None, "", "yesterday", "2019-13-01", 3.5])
def test_normalize_date_rejects_non_dates(value):
    assert normalize_date(value) is None


def _records(n: int, text: str) -> str:
    return "".join(json.dumps({"id": f"r{i}", "text": f"{text} {i}"}) + "\n" for i in range(n))


def test_a_utf8_jsonl_file_is_read_a_line_at_a_time(tmp_path):
    import tracemalloc

    path = tmp_path / "big.jsonl"
    path.write_text(_records(20_000, "Kyiv \u201cand\u201d Moscow " * 20), encoding="utf-8")
    assert path.stat().st_size > 8_000_000
    tracemalloc.start()
    count = 0
    for document in iter_documents([path]):
        count += 1
        assert document.id == f"r{count - 1}"
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 20_000
    # a 1 MB chunk checked at a time (~3 MB with its text); read whole, the file's bytes, text
    # and lines took over 4x its size (> 32 MB)
    assert peak < 5_000_000


def test_a_jsonl_file_is_read_as_one_text_would_be(tmp_path):
    lines = _records(3, "S\u00e3o Paulo").splitlines()
    # a byte order mark, CRLF line ends, a U+2028 in a string, blank and bad lines
    body = "\r\n".join([lines[0], "", '{"id": "x", "text": "a\u2028b"}', "{bad", *lines[1:]])
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    errors: list[str] = []
    documents = list(iter_documents([path], on_error=errors.append))
    assert [d.id for d in documents] == ["r0", "x", "r1", "r2"]
    assert documents[1].text == "a\u2028b"
    assert errors == [
        f"{path}:4: not valid JSON (Expecting property name enclosed in double quotes)"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"  \n\n", "empty file"),
        (b'{"id": "a", "text": "x"}\n' + b"\x00\x01" * 10, "not text"),
    ],
)
def test_a_jsonl_file_that_is_blank_or_binary_gives_nothing(tmp_path, data, message):
    path = tmp_path / "b.jsonl"
    path.write_bytes(data)
    errors: list[str] = []
    assert list(iter_documents([path], on_error=errors.append)) == []
    assert len(errors) == 1 and message in errors[0]


def test_a_cp1252_jsonl_file_is_still_decoded_whole_with_a_note(tmp_path):
    path = tmp_path / "c.jsonl"
    record = '{"id": "a", "text": "The caf\u00e9 in S\u00e3o Paulo \u2014 closed"}\n'
    path.write_bytes(record.encode("cp1252") * 40)
    notes: list[str] = []
    documents = list(iter_documents([path], on_error=pytest.fail, on_note=notes.append))
    assert (
        len(documents) == 40
        and documents[0].text == "The caf\u00e9 in S\u00e3o Paulo \u2014 closed"
    )
    assert notes == [f"{path}: not UTF-8; read as cp1252"]
