"""Later mentions by surname, with the model, on sentences written for these rules: a surname
the tagger reads as a common word, a compound surname after the full name, the lone surname of
a known public figure (not when it is a place or follows another given name); also a capital
after "from" that authors a stand and a body's officials."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "Attorney General Jeff Sessions spoke in Texas. "
            "Sessions renewed his criticism of China on Tuesday.",
            ("person:jeff-sessions", "CRITICIZES", "CHN"),
        ),
        (
            "Senator Bill Cassidy spoke on Monday. Cassidy criticized Iran on Tuesday.",
            ("person:bill-cassidy", "CRITICIZES", "IRN"),
        ),
        (
            "Representative Bill Flores spoke on Monday. Flores, a Texan, had criticized Iran.",
            ("person:bill-flores", "CRITICIZES", "IRN"),
        ),
    ],
)
def test_later_surname_tagged_as_common_word_acts(text: str, expect: tuple[str, str, str]) -> None:
    assert expect in events(text)


def test_capital_after_from_of_a_protest_is_the_government() -> None:
    found = events("Trump triggered protests from Beijing by taking a call from Taiwan.")
    assert ("CHN", "CRITICIZES", "person:donald-trump") in found


def test_administration_officials_are_the_government_of_the_article() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States will raise tariffs on steel, U.S. officials "
        "said on Monday. Senior administration officials criticized Iran on Tuesday."
    )
    assert ("USA:GOV", "CRITICIZES", "IRN") in events(text)


def test_title_after_us_abbreviation_stays_in_its_sentence() -> None:
    found = events("Venezuelan President Nicolas Maduro criticized U.S. Senator Marco Rubio.")
    assert ("person:nicolas-maduro", "CRITICIZES", "person:marco-rubio") in found


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_compound_surname_after_the_full_name_is_the_same_person() -> None:
    text = (
        "Mexican President Enrique Pena Nieto on Monday named his finance minister as the "
        "ruling party's candidate. Pena Nieto praised the minister at a rally in the capital."
    )
    assert _ids(text)["Pena Nieto"] == "person:enrique-pena-nieto"


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Priebus, 44, was a steadfast supporter of Trump.", "Priebus", "person:reince-priebus"),
        ("Pruitt said the agency would review the rule.", "Pruitt", "person:scott-pruitt"),
        ("Warren has called Trump a threat to the country.", "Warren", "person:elizabeth-warren"),
    ],
)
def test_lone_surname_of_a_known_public_figure_is_that_person(
    text: str, name: str, person: str
) -> None:
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    assert (found[name].id, found[name].country) == (person, "USA")


def test_lone_known_surname_used_as_a_place_or_after_another_given_name_is_not_the_figure() -> None:
    found = _ids("Clinton said in Warren, Michigan, that jobs would return.")
    assert found["Warren"] == "loc:warren"
    found = _ids("The charge was based on the testimony of L cio Funaro, a businessman.")
    assert found.get("Funaro") != "person:dilson-funaro"
