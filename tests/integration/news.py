"""Invented news sentences extracted as one dated article, for the integration tests of the
relation rules (the article's date matters to rules that read years and times)."""

from __future__ import annotations

from kgraph.extract import extract
from kgraph.model import Document, Triple

DATE = "2017-06-01"


def extracted(text: str) -> list[Triple]:
    """The triples of ``text`` read as one article dated ``DATE``."""
    return extract(Document("t", text, date=DATE))


def events(text: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of the asserted or reported, unnegated event triples
    (those with a PLOVER type) of ``text``."""
    return {
        (t.subject.id, t.relation, t.object.id)
        for t in extracted(text)
        if t.plover and t.modality in ("asserted", "reported") and not t.negated
    }


def keyed(text: str) -> set[tuple[str, str, str, str, bool]]:
    """(subject, relation, object, modality, negated) of every triple of ``text`` read as one
    undated article."""
    return {
        (t.subject.id, t.relation, t.object.id, t.modality, t.negated)
        for t in extract(Document("s", text))
    }


def asserted_events(text: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of the asserted or reported, unnegated triples of
    :func:`keyed` (structural ones included)."""
    return {k[:3] for k in keyed(text) if k[3] in ("asserted", "reported") and not k[4]}


def ruled(text: str) -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, rule) of the asserted or reported, unnegated triples of
    ``text`` read as one undated article (so each rule's triple can be asked for)."""
    return {
        (t.subject.id, t.relation, t.object.id, t.rule)
        for t in extract(Document("s", text))
        if t.modality in ("asserted", "reported") and not t.negated
    }
