"""Property tests (hypothesis) for the input readers and the triple record round trip.

Bounded example counts keep the suite fast; each property names what must hold for every
input, not one chosen case.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.inputs import decode_bytes, iter_documents
from kgraph.model import KINDS, MODALITIES, Entity, Evidence, Triple
from kgraph.triples_jsonl import read_triples, write_triples

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Any text a file could hold: every code point but NUL and lone surrogates.
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
nonblank = texts.filter(lambda t: t.strip() != "")
WORDS = (
    *("Russia", "Venezuela", "talks", "Bogotá", "São", "Paulo", "Nicolás", "Maduro", "said"),
    *("on", "Monday", "café", "“loans”", "–", "officials", "Zürich", "Genève", "naïve"),
    *("façade", "résumé", "Ñandú", "crisis", "deal"),
)
legacy_sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(" ".join)


@FAST
@given(text=texts.filter(lambda t: not t.startswith("\ufeff")))
def test_decode_bytes_reads_every_unicode_encoding_back(text):
    for data in (
        text.encode("utf-8"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.encode("utf-16"),
        b"\xfe\xff" + text.encode("utf-16-be"),
    ):
        decoded = decode_bytes(data)
        assert decoded is not None
        assert (decoded.text, decoded.fallback) == (text, False)


@FAST
@given(sentence=legacy_sentences)
def test_decode_bytes_reads_cp1252_news_text_back_with_the_fallback(sentence):
    data = sentence.encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded is not None
    assert decoded.text == sentence
    assert decoded.fallback == (data != sentence.encode("utf-8"))


@FAST
@given(data=st.binary(max_size=2000))
def test_decode_bytes_never_raises_and_never_returns_nul(data):
    decoded = decode_bytes(data)
    assert decoded is None or "\x00" not in decoded.text


@FAST
@given(
    records=st.lists(
        st.fixed_dictionaries({"id": nonblank, "text": nonblank}),
        min_size=1,
        max_size=5,
    ),
    ensure_ascii=st.booleans(),
)
def test_jsonl_reader_gives_back_every_record(tmp_path_factory, records, ensure_ascii):
    path = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    lines = [json.dumps(r, ensure_ascii=ensure_ascii) for r in records]
    path.write_text("\r\n".join(lines) + "\n", encoding="utf-8", newline="")
    errors: list[str] = []
    docs = list(iter_documents([path], errors.append, errors.append))
    assert errors == []
    assert [(d.id, d.text) for d in docs] == [(r["id"], r["text"]) for r in records]


@FAST
@given(text=nonblank, suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_any_text_file_is_read_or_named_on_one_line(tmp_path_factory, text, suffix):
    path = tmp_path_factory.mktemp("any") / f"doc{suffix}"
    path.write_text(text, encoding="utf-8")
    errors: list[str] = []
    docs = list(iter_documents([path], errors.append, errors.append))
    for message in errors:
        assert message.startswith(str(path)) and "\n" not in message
    if suffix == ".txt":
        assert ([d.text for d in docs], errors) == ([text], [])
    for doc in docs:
        assert doc.text.strip()


@FAST
@given(data=st.binary(min_size=1, max_size=3000), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_any_bytes_never_raise(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"x{suffix}"
    path.write_bytes(data)
    errors: list[str] = []
    docs = list(iter_documents([path], errors.append, errors.append))
    assert all("\n" not in e for e in errors)
    assert docs or errors


@FAST
@given(text=nonblank)
def test_stdin_text_is_one_article(monkeypatch, text):
    stream = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stream)
    errors: list[str] = []
    docs = list(iter_documents(["-"], errors.append, errors.append))
    if text.lstrip().startswith(("{", "<")):
        return  # read as JSON Lines or maybe a web page: covered above
    assert ([(d.id, d.text) for d in docs], errors) == ([("stdin", text)], [])


entities = st.builds(
    Entity,
    id=nonblank,
    name=nonblank,
    kind=st.sampled_from(KINDS),
    country=st.none() | nonblank,
    aliases=st.lists(texts, max_size=3).map(tuple),
    roles=st.lists(texts, max_size=2).map(tuple),
)
triples = st.builds(
    Triple,
    subject=entities,
    relation=nonblank,
    object=entities,
    evidence=st.builds(
        Evidence,
        doc_id=texts,
        sentence=texts,
        start=st.integers(0, 10**9),
        end=st.integers(0, 10**9),
    ),
    plover=st.none() | texts,
    cameo=st.none() | texts,
    quad_class=st.none() | st.integers(1, 4),
    negated=st.booleans(),
    modality=st.sampled_from(MODALITIES),
    confidence=st.integers(0, 1000).map(lambda n: n / 1000),
    date=st.none() | texts,
    rule=texts,
    role=st.none() | nonblank,
)


@FAST
@given(triple=triples)
def test_triple_record_round_trips_through_json(triple):
    assert Triple.from_dict(json.loads(json.dumps(triple.to_dict()))) == triple


@FAST
@given(batch=st.lists(triples, max_size=4))
def test_triple_records_round_trip_through_a_jsonl_file(tmp_path_factory, batch):
    path: Path = tmp_path_factory.mktemp("triples") / "t.jsonl"
    with path.open("w", encoding="utf-8") as out:
        assert write_triples(batch, out) == len(batch)
    assert list(read_triples(path)) == batch
