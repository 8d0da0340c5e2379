"""Extraction: article text -> resolved actor mentions -> triple records.

The work is done by two spaCy components (:mod:`kgraph.extract.components`):
``kgraph_actors`` resolves mentions (``find_actors``) into ``doc.spans["kgraph_actors"]`` and
``kgraph_relations`` reads relations from the parse (``extract_relations``) into
``doc._.kgraph_triples``. The functions here run that pipeline over documents, in batches, in
this process or in ``jobs`` worker processes; what comes out are
:class:`kgraph.model.Triple` and :class:`kgraph.model.Mention` records (no spaCy types).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kgraph.errors import KgraphError
from kgraph.extract.batches import BATCH_SIZE, Task, batched, process_batch
from kgraph.model import Document, Mention, Triple

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "BATCH_SIZE",
    "entity_mentions",
    "extract",
    "extract_doc",
    "extract_many",
    "process_documents",
]

ErrorHandler = Callable[[str], None]


def extract_doc(doc: Doc, document: Document) -> list[Triple]:
    """Triples of one parsed document (a Doc from :func:`kgraph.extract.nlp.load_nlp`)."""
    from kgraph.extract.nlp import load_pipeline

    nlp = load_pipeline()
    doc._.kgraph_id = document.id
    doc._.kgraph_date = document.date
    for name in ("kgraph_actors", "kgraph_relations"):
        doc = nlp.get_pipe(name)(doc)
    triples: list[Triple] = doc._.kgraph_triples
    return triples


def extract(document: Document) -> list[Triple]:
    """Extract the triple records of one document.

    >>> from kgraph.model import Document
    >>> triples = extract(Document("d1", "Russia supplied arms to Venezuela."))
    >>> [(t.subject.id, t.relation, t.object.id) for t in triples]
    [('RUS', 'SUPPLIES', 'VEN')]
    """
    return next(extract_many([document]))[1]


def extract_many(
    documents: Iterable[Document], jobs: int = 1, on_error: ErrorHandler | None = None
) -> Iterator[tuple[Document, list[Triple]]]:
    """Extract documents in batches, yielding each with its triples, in input order.

    Documents are read from ``documents`` as they are needed (a generator is never turned into
    a list), so memory does not grow with their number.

    Args:
        documents: the articles.
        jobs: worker processes; each loads the model once. 1 runs in this process.
        on_error: called with a one-line message naming a document that could not be
            extracted, which is then left out; without it such a document raises
            :class:`~kgraph.errors.KgraphError`.
    """
    yield from process_documents(documents, "triples", jobs, on_error)


def entity_mentions(
    documents: Iterable[Document], jobs: int = 1, on_error: ErrorHandler | None = None
) -> Iterator[Mention]:
    """Every resolved actor mention of the documents, with character offsets.

    ``jobs`` and ``on_error`` are as for :func:`extract_many`.
    """
    for _, mentions in process_documents(documents, "mentions", jobs, on_error):
        yield from mentions


def process_documents(
    documents: Iterable[Document],
    task: Task = "triples",
    jobs: int = 1,
    on_error: ErrorHandler | None = None,
) -> Iterator[tuple[Document, list[Any]]]:
    """Each document with its records (``triples`` or ``mentions``), in input order: what
    :func:`extract_many` and :func:`entity_mentions` run."""
    if jobs < 1:
        raise KgraphError(f"jobs must be at least 1, not {jobs}")
    if jobs > 1:
        from kgraph.extract.parallel import run_in_processes

        yield from run_in_processes(documents, task, jobs, on_error)
        return
    for batch in batched(documents, BATCH_SIZE):
        yield from pair_outcomes(batch, process_batch(batch, task), on_error)


def pair_outcomes(
    batch: list[Document], outcomes: list[Any], on_error: ErrorHandler | None
) -> Iterator[tuple[Document, list[Any]]]:
    """Each document with its records; failures go to ``on_error`` (or raise)."""
    for document, (records, error) in zip(batch, outcomes, strict=True):
        if error is None:
            yield document, records
        elif on_error is None:
            raise KgraphError(error)
        else:
            on_error(error)
