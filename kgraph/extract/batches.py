"""One batch of documents through the extraction pipeline: the step every runner shares.

:func:`process_batch` is what runs in this process (``jobs=1``), in each worker process
(``jobs=N``, :mod:`kgraph.extract.parallel`) and on each Dask worker
(:mod:`kgraph.distributed`): documents in, plain records out (:class:`~kgraph.model.Triple` or
:class:`~kgraph.model.Mention` lists, no spaCy objects), one outcome per document, in order.

- Memory stays flat over any number of batches: the batch runs inside ``nlp.memory_zone()``,
  so the strings and lexemes it adds to the vocabulary are freed when it ends.
- Long articles are parsed in pieces (:mod:`kgraph.extract.pieces`); offsets come back relative
  to the whole article, which stays one document.
- A document that fails is an error message, never an exception: the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from kgraph.extract.pieces import PIECE_CHARS, split_text
from kgraph.model import Document, Entity, Mention, Triple

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Task = Literal["triples", "mentions"]
# What one document gives: its records, or an error message naming it.
Outcome = tuple[list[Any] | None, str | None]
T = TypeVar("T")

BATCH_SIZE = 32  # documents per nlp.pipe batch
# ... and at most this many characters (one longer piece goes alone): the parse's transient
# memory grows with the characters of a batch (news-bench's largest 32-record batch, 112,000
# characters: peak RSS 530 MB; cut at 25,000 characters: 245 MB; one process). News-bench's
# first 2,400 records: 199 MB at 40,000, 194 at 20,000, 190 at 10,000, the same output and
# CPU time (a batch of short records, ~6,000 characters, is not cut)
BATCH_CHARS = 10_000
# spaCy's lemmatizer caches the lemma of every (word, tag) it has seen, for good: a cache that
# grows with the vocabulary of the text (~0.8 kB a news record); emptied past this many entries
LEMMA_CACHE_MAX = 20_000
# After a batch of at least this many characters, free memory inside malloc's heap is given
# back (kgraph.extract.model_tuning.release_freed_memory): such a batch leaves holes that short ones
# do not, and after short ones the pages would only be faulted in again
TRIM_AFTER_CHARS = 20_000


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def process_batch(documents: Sequence[Document], task: Task = "triples") -> list[Outcome]:
    """Extract a batch of documents: ``(records, None)`` or ``(None, message)`` for each.

    Args:
        documents: the batch.
        task: ``triples`` (relation records) or ``mentions`` (resolved actor mentions).
    """
    # here: the parent of workers never needs spaCy
    from kgraph.extract.model_tuning import release_freed_memory
    from kgraph.extract.nlp import load_pipeline

    nlp = load_pipeline()
    try:
        with nlp.memory_zone():
            return _isolated(nlp, documents, task)
    finally:
        _bound_caches(nlp)
        chars = sum(len(d.text) for d in documents if isinstance(d.text, str))  # a bad one: None
        if chars >= TRIM_AFTER_CHARS:
            release_freed_memory()


def _bound_caches(nlp: Language) -> None:
    """Empty the lemmatizer's cache once it is large (it is only a cache: lemmas are the same)."""
    if "lemmatizer" in nlp.pipe_names:
        cache = getattr(nlp.get_pipe("lemmatizer"), "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_MAX:
            cache.clear()


def _isolated(nlp: Language, documents: Sequence[Document], task: Task) -> list[Outcome]:
    """The batch, or, when it fails, each document alone so one bad input costs only itself."""
    try:
        return _run(nlp, documents, task)
    except Exception as exc:
        if len(documents) == 1:
            message = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
            return [(None, f"{documents[0].id}: extraction failed ({message})")]
    return [outcome for document in documents for outcome in _isolated(nlp, [document], task)]


def _run(nlp: Language, documents: Sequence[Document], task: Task) -> list[Outcome]:
    max_chars = min(PIECE_CHARS, nlp.max_length - 1)
    pieces = [
        (i, offset, text)
        for i, document in enumerate(documents)
        for offset, text in split_text(document.text, max_chars)
    ]
    disable = ["kgraph_relations"] if task == "mentions" else []
    records: list[list[Any]] = [[] for _ in documents]
    for group in _groups(pieces):
        docs = []
        for i, _, text in group:
            doc = nlp.make_doc(text)
            doc._.kgraph_id = documents[i].id
            doc._.kgraph_date = documents[i].date
            docs.append(doc)
        parsed = nlp.pipe(docs, batch_size=len(docs), disable=disable)
        for (i, offset, _), doc in zip(group, parsed, strict=True):
            if task == "triples":
                records[i].extend(_shift_triple(t, offset) for t in doc._.kgraph_triples)
            else:
                records[i].extend(_mentions(doc, documents[i].id, offset))
    return [(found, None) for found in records]


def _groups(pieces: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    """Pieces in groups of at most BATCH_SIZE pieces and BATCH_CHARS characters (at least one)."""
    group: list[tuple[int, int, str]] = []
    chars = 0
    for piece in pieces:
        if group and (len(group) >= BATCH_SIZE or chars + len(piece[2]) > BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(piece)
        chars += len(piece[2])
    if group:
        yield group


def _shift_triple(triple: Triple, offset: int) -> Triple:
    if not offset:
        return triple
    ev = triple.evidence
    return triple.with_(evidence=replace(ev, start=ev.start + offset, end=ev.end + offset))


def _mentions(doc: Doc, doc_id: str, offset: int) -> Iterator[Mention]:
    from kgraph.extract.components import ACTORS_KEY

    for span in doc.spans[ACTORS_KEY]:
        yield Mention(
            doc_id=doc_id,
            start=span.start_char + offset,
            end=span.end_char + offset,
            text=span.text,
            entity=Entity.from_dict(span._.kgraph_entity),
        )
