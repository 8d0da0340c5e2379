"""Whole-article lookups made once per Doc, not once per name.

Some readings of a name depend on the rest of the article ("Strange ... a strange year", "the
town of Pyay", "Hurricane Maria", "Congress" in an article that names no other country).
Scanning the whole Doc for each name costs the square of the article's length: a 100 kB
article spent most of its time there. These indexes are built on first use and dropped with
the Doc (kgraph never retokenizes a Doc after parsing, nor changes its entities). They hold
plain values only (offsets, strings), never a Span or a Token: those hold their Doc, which
would then never be freed. ``Doc.text`` is no attribute but a join of every token, and
``Doc.ents`` makes every entity anew, so both are kept too.
"""

from __future__ import annotations

import bisect
import weakref
from collections import defaultdict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from spacy.tokens import Doc, Span

T = TypeVar("T")

_MEMOS: dict[int, dict[Hashable, Any]] = {}


def cached(doc: Doc, key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, made once per Doc and ``key`` (a fact of the whole article; plain values
    only)."""
    memo = _MEMOS.get(id(doc))
    if memo is None:
        memo = _MEMOS[id(doc)] = {}
        weakref.finalize(doc, _MEMOS.pop, id(doc), None)  # before the id can be reused
    if key not in memo:
        memo[key] = build()
    return cast(T, memo[key])


def text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    return cached(doc, "text", lambda: doc.text)


def positions(doc: Doc, word: str) -> list[int]:
    """Indexes of the tokens whose text is ``word``, in order."""

    def build() -> dict[str, list[int]]:
        index = defaultdict(list)
        for token in doc:
            index[token.text].append(token.i)
        return dict(index)

    return list(cached(doc, "positions", build).get(word, ()))


def written_lower(doc: Doc, word: str) -> bool:
    """Whether the article writes ``word`` (any case) in lower case somewhere."""
    lower = cached(doc, "lower", lambda: frozenset(t.lower_ for t in doc if t.is_lower))
    return word.lower() in lower


def ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The model's entities inside tokens [start, end), as ``Span.ents`` gives them."""
    ents: list[tuple[int, int, int]] = cached(
        doc, "ents", lambda: [(e.start, e.end, e.label) for e in doc.ents]
    )
    starts: list[int] = cached(doc, "ent-starts", lambda: [s for s, _, _ in ents])
    chosen = ents[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    return [Span(doc, s, e, label=label) for s, e, label in chosen if e <= end]
