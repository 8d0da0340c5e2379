"""Extraction: article text -> resolved actor mentions -> triple records.

Each stage is a plain function: ``find_actors(doc, doc_id)`` resolves mentions,
``extract_relations(doc, actors, document)`` reads relations from the parse. spaCy types stay
inside this package; what comes out are :class:`kgraph.model.Triple` and
:class:`kgraph.model.Mention` records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kgraph.extract.entities import find_actors
from kgraph.extract.nlp import load_nlp
from kgraph.extract.relations import extract_relations
from kgraph.model import Document, Mention, Triple

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 32


def _parse(documents: Iterable[Document]) -> Iterator[tuple[Document, Doc]]:
    nlp = load_nlp()
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        doc.user_data["kgraph_date"] = document.date  # leaders in office on the article's date
        yield document, doc


def extract_doc(doc: Doc, document: Document) -> list[Triple]:
    """Triples of one parsed document."""
    actors = find_actors(doc, document.id)
    return extract_relations(doc, actors, document)


def extract(document: Document) -> list[Triple]:
    """Extract the triple records of one document.

    >>> from kgraph.model import Document
    >>> triples = extract(Document("d1", "Russia supplied arms to Venezuela."))
    >>> [(t.subject.id, t.relation, t.object.id) for t in triples]
    [('RUS', 'SUPPLIES', 'VEN')]
    """
    return next(extract_many([document]))[1]


def extract_many(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Triple]]]:
    """Extract documents in batches (spaCy's ``nlp.pipe``), yielding each with its triples."""
    for document, doc in _parse(documents):
        yield document, extract_doc(doc, document)


def entity_mentions(documents: Iterable[Document]) -> Iterator[Mention]:
    """Every resolved actor mention of the documents, with character offsets."""
    for document, doc in _parse(documents):
        for actor in find_actors(doc, document.id):
            span = doc[actor.start : actor.end]
            yield Mention(
                doc_id=document.id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                entity=actor.entity,
            )
