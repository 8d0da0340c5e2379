"""A name the model types as an organisation, described by an apposition as a person
("X, a U.S.-based contractor", "X, the leader of the Freedom Party"): sentences written for
these tests, real model."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kgraph.extract import entity_mentions
from kgraph.extract.nlp import load_pipeline
from kgraph.model import Document
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


def test_a_name_typed_as_an_organisation_with_a_title_in_apposition_is_a_person() -> None:
    text = (
        "Heinz-Christian Strache, the leader of the Freedom Party, criticized the government "
        "on Monday. Strache said he would fight the plan."
    )
    found = {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}
    assert found["Heinz-Christian Strache"] == "person:heinz-christian-strache"
    assert found["Strache"] == "person:heinz-christian-strache"
