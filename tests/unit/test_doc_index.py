"""Whole-article lookups made once per Doc (no model: a blank pipeline and set entities)."""

from __future__ import annotations

import gc

import spacy
from spacy.tokens import Doc, Span

from kgraph.resolve import doc_index
from kgraph.resolve.matcher import NameMatch, overlapping

NLP = spacy.blank("en")


def _doc(text: str, ents: list[tuple[int, int, str]] = ()) -> Doc:  # type: ignore[assignment]
    doc = NLP(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_positions_are_every_token_with_that_text_in_order():
    doc = _doc("the town of Pyay and Pyay town")
    assert doc_index.positions(doc, "Pyay") == [3, 5]
    assert doc_index.positions(doc, "town") == [1, 6]
    assert doc_index.positions(doc, "city") == []


def test_positions_hands_out_a_copy():
    doc = _doc("Pyay and Pyay")
    doc_index.positions(doc, "Pyay").clear()
    assert doc_index.positions(doc, "Pyay") == [0, 2]


def test_written_lower_asks_for_a_lower_case_form_anywhere():
    doc = _doc("Strange said it was a strange year")
    assert doc_index.written_lower(doc, "Strange")
    assert not doc_index.written_lower(doc, "Year2")
    assert not doc_index.written_lower(_doc("Pruitt spoke"), "Pruitt")


def test_text_is_the_docs_text():
    doc = _doc("Hurricane Maria hit  Puerto Rico.\n")
    assert doc_index.text(doc) == doc.text


def test_ents_within_gives_what_span_ents_gives():
    doc = _doc(
        "Putin met Xi in Beijing . Obama went to Paris and Berlin .",
        [(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE"), (6, 7, "PERSON"), (9, 10, "GPE"),
         (11, 12, "GPE")],
    )  # fmt: skip
    for start, end in [(0, 6), (6, 13), (3, 10), (5, 6), (0, 13), (10, 11)]:
        got = [(e.start, e.end, e.label_) for e in doc_index.ents_within(doc, start, end)]
        want = [(e.start, e.end, e.label_) for e in doc[start:end].ents]
        assert got == want, (start, end)


def test_a_docs_lookups_go_with_it():
    doc = _doc("Pyay town", [(0, 1, "GPE")])
    doc_index.positions(doc, "Pyay")
    doc_index.ents_within(doc, 0, 2)
    before = len(doc_index._MEMOS)
    del doc
    gc.collect()
    assert len(doc_index._MEMOS) == before - 1


def test_cached_builds_once_per_doc_and_key():
    doc, other, calls = _doc("a b"), _doc("a b"), []
    for d in (doc, doc, other):
        doc_index.cached(d, "k", lambda: calls.append(1) or len(calls))
    assert calls == [1, 1]


def _matches(*pairs: tuple[int, int]) -> list[NameMatch]:
    return [NameMatch(s, e, {"type": "country", "id": "X"}) for s, e in pairs]


def test_overlapping_finds_every_match_sharing_a_token():
    matches = _matches((0, 2), (3, 4), (5, 8), (9, 10))
    assert overlapping(matches, 0, 1) == matches[:1]
    assert overlapping(matches, 1, 4) == matches[:2]
    assert overlapping(matches, 2, 3) == []
    assert overlapping(matches, 6, 7) == [matches[2]]
    assert overlapping(matches, 4, 11) == matches[2:]
    assert overlapping([], 0, 5) == []


def test_overlapping_agrees_with_a_plain_scan():
    matches = _matches((1, 3), (3, 4), (6, 9), (12, 13), (14, 17))
    for start in range(0, 18):
        for end in range(start + 1, 19):
            plain = [m for m in matches if m.end > start and m.start < end]
            assert overlapping(matches, start, end) == plain, (start, end)
