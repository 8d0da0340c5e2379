"""Domestic actors placed by their own phrase, on sentences written for these
rules: a city's mayor, a person titled after a city or region, a police force named after a
place."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import asserted_events, events

pytestmark = pytest.mark.integration


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.entity.id, m.entity.country) for m in entity_mentions([Document("m", text)])}


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("The mayor of Dallas criticized President Trump.", "USA:GOV"),
        ("Lyon's mayor criticized the plan.", "FRA:GOV"),
        ("Local mayors in Ohio urged Congress to pass the bill.", "USA:GOV"),
    ],
)
def test_a_mayor_placed_by_its_phrase_is_the_countrys_government(text: str, expect: str) -> None:
    found = {i for i, _ in _entities(text).values()}
    assert expect in found, (text, found)


def test_a_mayor_with_no_place_is_no_one() -> None:
    # "the mayor", "its mayor": no place of the phrase, no country, even in a sentence
    # naming one
    for text in ("The mayor criticized Trump over the visit to Texas.", "Its mayor met Merkel."):
        found = {i for i, _ in _entities(text).values()}
        assert not any(i.endswith(":GOV") for i in found), (text, found)


def test_a_city_before_a_title_gives_the_person_a_country_not_its_leadership() -> None:
    found = _entities("Houston Mayor Sylvester Turner criticized President Trump.")
    assert found.get("Sylvester Turner") == ("person:sylvester-turner", "USA"), found
    triples = asserted_events("Houston Mayor Sylvester Turner criticized President Trump.")
    assert not any(r == "LEADER_OF" and s.endswith("turner") for s, r, _ in triples)
    # a capital's mayor or governor is of the country, no leader of it
    for text in (
        "London Mayor Sadiq Khan criticized President Trump.",
        "Tokyo Governor Yuriko Koike criticized the plan.",
    ):
        triples = asserted_events(text)
        assert not any(r == "LEADER_OF" for s, r, _ in triples if "khan" in s or "koike" in s), (
            text,
            triples,
        )


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("North Wales Police arrested two men on Friday.", "GBR:COP"),
        ("Greater Manchester Police arrested two men on Friday.", "GBR:COP"),
        ("The New York Police Department arrested two men on Friday.", "USA:COP"),
    ],
)
def test_a_police_force_named_after_a_place_is_its_countrys_police(text: str, expect: str) -> None:
    found = events(text)
    assert any(s == expect and r == "COERCES" for s, r, _ in found), (text, found)


def test_a_person_serving_a_countrys_body_takes_its_country() -> None:
    found = _entities(
        "Anna Berg, a spokeswoman for Russia's Foreign Ministry, criticized Ukraine on Monday."
    )
    assert found.get("Anna Berg") == ("person:anna-berg", "RUS"), found
    found = _entities("Tom Reed, chief inspector for North Wales Police, said two men were held.")
    assert found.get("Tom Reed") == ("person:tom-reed", "GBR"), found
    # the apposition after a second conjunct is the second's, wherever the parser hangs it
    found = _entities(
        "Izvestia reported that Popov and Miller, chairman of the U.S. Joint Chiefs of Staff, "
        "spoke on Friday."
    )
    assert found.get("Popov", ("", None))[1] is None, found
    # a critic of a government is no member of it
    found = _entities("Anna Berg, a critic of the Russian government, criticized Ukraine.")
    assert found.get("Anna Berg") == ("person:anna-berg", None), found


def test_advocacy_groups_with_a_country_are_its_ngos() -> None:
    assert ("USA:NGO", "APPEALS_TO", "USA:LEG") in events(
        "U.S. advocacy groups urged Congress to reject the spending bill."
    )


def test_a_misparsed_past_participle_on_the_subject_is_the_verb() -> None:
    found = events(
        "The mayor of Dallas on Tuesday called on President Donald Trump to delay a rally "
        "he planned to hold next week in the city."
    )
    assert ("USA:GOV", "APPEALS_TO", "person:donald-trump") in found, found
