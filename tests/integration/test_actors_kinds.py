"""Right kinds of actors, with the model, on sentences written for these rules: a law's name
the model cut after a person's name, a given name (and initials) after the full names of two
brothers, agreements and schemes typed as organisations, a capitalised organisation noun
alone, names listed before a plural site noun, a state's name, the Commerce Secretary's
surname (the matcher's and the title rules' parts: tests/unit/test_entities_kinds.py)."""

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


def test_names_listed_before_a_plural_site_noun_are_sites() -> None:
    found = _ids("Iraqi troops seized the Tel Warda, Qarachok and Sufaya oil fields on Monday.")
    assert not any(i.startswith("person:") for i in found.values())


def test_name_of_a_state_called_so_is_a_place_later() -> None:
    text = (
        "Bashir said he would back the governor of the country's Kordofala state. "
        "The Kordofala people want him to run again, Kordofala officials said."
    )
    assert not any(i.startswith("person:kordofala") for i in _ids(text).values())


def test_state_visit_after_a_name_is_no_state() -> None:
    found = _ids("Trump's state visit was delayed. Trump state visit plans were dropped.")
    assert set(found.values()) == {"person:donald-trump"}


def test_lone_surname_of_the_commerce_secretary_in_2017() -> None:
    mentions = entity_mentions([Document("t", "Ross, 79, heads a private equity firm.")])
    assert [m.entity.id for m in mentions if m.text == "Ross"] == ["person:wilbur-ross"]


def test_title_and_given_name_after_the_full_name_is_the_person() -> None:
    text = (
        "Indonesian army chief Gatot Nurmantyo was turned back at the airport on Saturday. "
        "General Gatot criticized the decision on Monday."
    )
    assert _ids(text).get("General Gatot") == "person:gatot-nurmantyo"
