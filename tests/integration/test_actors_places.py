"""Places with the model, on sentences written for these rules: gazetteer places the model
leaves untyped or types as a nationality or a person (and a strike on such a city), a name
after a settlement noun or opening with a place word, a U.S. state whose name ends with a
country's, "the State of Hawaii", and a name the article calls a town."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def _resolved(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.entity.id, m.entity.country) for m in entity_mentions([Document("t", text)])}


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Government troops shelled Aleppo again on Thursday night.", "Aleppo", "SYR"),
        ("Russian air strikes on Aleppo killed dozens of people last week.", "Aleppo", "SYR"),
        ("Kurdish fighters entered Raqqa after a long siege.", "Raqqa", "SYR"),
    ],
)
def test_gazetteer_place_is_found_whatever_the_model_types(text: str, name: str, iso3: str) -> None:
    assert _resolved(text)[name] == (f"loc:{name.lower()}", iso3)


def test_strikes_on_a_gazetteer_city_are_an_attack_on_it() -> None:
    found = events("Russian air strikes on Aleppo killed dozens of people last week.")
    assert ("RUS", "ATTACKS", "loc:aleppo") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 100 farmers held a protest in the town of Pyay, north of Yangon.", "Pyay"),
        ("Mnuchin spoke to bankers in Louisville and visited Fort Knox on Friday.", "Fort Knox"),
    ],
)
def test_place_the_model_typed_as_a_person_is_a_location(text: str, name: str) -> None:
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    assert found[name].kind == "Location"


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_us_state_ending_with_a_country_name_is_no_country() -> None:
    found = _ids("New Jersey Governor Chris Christie criticized the budget in New Mexico.")
    assert "JEY" not in found.values() and "MEX" not in found.values()


def _mentions(text: str, date: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.entity.id) for m in entity_mentions([Document("t", text, date=date)])]


def test_name_the_article_calls_a_town_is_a_place() -> None:
    text = (
        "Government forces retook Tal Haddad town on Sunday. Officials toured Tal Haddad "
        "on Monday with aid workers."
    )
    found = [e for s, e in _mentions(text) if s == "Tal Haddad"]
    assert found and all(e.startswith("loc:") for e in found)


def test_state_of_a_us_state_is_that_state() -> None:
    text = "The Supreme Court asked the State of Hawaii to respond to the motion by Tuesday."
    assert "loc:hawaii" in {e for _, e in _mentions(text)}
    assert not any(e.startswith("org:state-of") for _, e in _mentions(text))
