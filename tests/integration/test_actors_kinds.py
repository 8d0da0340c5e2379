"""Right kinds of actors, with the model, on sentences written for these rules: a law's name
the model cut after a person's name, a given name (and initials) after the full names of two
brothers, agreements and schemes typed as organisations, and a capitalised organisation noun
alone (the matcher's and the title rules' parts: tests/unit/test_entities_kinds.py)."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_first_words_of_a_law_named_after_a_person_are_no_person() -> None:
    text = "Moscow has long opposed the original Boris Nemtsov Rule of Law Accountability Act."
    found = _ids(text)
    assert not any(i.startswith("person:") for i in found.values())


def test_given_name_and_initial_after_two_brothers_named_in_full() -> None:
    text = (
        "Governor Jeb Bush met voters in Iowa. His brother George W. Bush campaigned in Ohio. "
        "Trump criticized George W. and Jeb on Sunday."
    )
    found = _ids(text)
    assert found.get("George W.") == "person:george-w-bush"
    assert found.get("Jeb") == "person:jeb-bush"


@pytest.mark.parametrize(
    "text",
    [
        "Trump criticized NAFTA on Monday.",
        "Sanders and Trump oppose TPP.",
        "Trump expressed his support for the Dakota Access Pipeline on Tuesday.",
    ],
)
def test_agreements_and_schemes_are_no_organisations(text: str) -> None:
    assert not any(o.startswith("org:") for _, _, o in events(text))


def test_capitalised_organisation_noun_alone_is_no_organisation() -> None:
    found = _ids("Prosecutors in Ohio are investigating the Foundation, its lawyer said.")
    assert "org:foundation" not in found.values()
