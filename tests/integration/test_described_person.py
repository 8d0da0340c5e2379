"""A name the model types as an organisation, described by an apposition as a person
("X, a U.S.-based contractor"): sentences written for these tests, real model."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kgraph.extract.nlp import load_pipeline
from kgraph.resolve.ner import described_person

pytestmark = pytest.mark.integration


def _org(text: str, name: str) -> Span:
    """The words of ``name`` in the parsed ``text``, as an ORG span (whatever the model said)."""
    doc = load_pipeline()(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Investigators questioned Kasimir Vollrath, a Berlin-based contractor, on Monday.",
         "Kasimir Vollrath"),
        ("The court jailed Ondrej Halvik, an activist who led the strike.", "Ondrej Halvik"),
        ("Prosecutors charged Talgat Serikbay, the businessman behind the deal.",
         "Talgat Serikbay"),
    ],
)  # fmt: skip
def test_apposition_describes_a_person(text: str, name: str) -> None:
    assert described_person(_org(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greenpeace, an environmental group, criticised the plan.", "Greenpeace"),
        ("The ministry fined Norvalco, a shipping company, last year.", "Norvalco"),
        ("Tarvik Holdings said on Monday that profits rose.", "Tarvik Holdings"),
    ],
)  # fmt: skip
def test_no_person_apposition(text: str, name: str) -> None:
    assert not described_person(_org(text, name))
