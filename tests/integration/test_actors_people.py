"""People with the model, on sentences written for these rules: names the model types as an
organisation or leaves untyped (a known national, a titled name with a hyphenated given name, a
known full name, a name with a who-clause), a person's campaign acting as the person, later
mentions by the given name alone, and nicknames."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_a_persons_campaign_acts_as_the_person() -> None:
    found = events("Donald Trump won the primary. The Trump campaign criticized China on Friday.")
    assert ("person:donald-trump", "CRITICIZES", "CHN") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ankara wants Washington to send back the cleric Fethullah Gulen, who it says "
        "organised the plot.",
        "Officials in Ankara blame U.S.-based cleric Fethullah Gulen for the violence.",
    ],
)
def test_known_nationals_full_name_typed_as_organisation_is_a_person(text: str) -> None:
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    gulen = found["Fethullah Gulen"]
    assert (gulen.id, gulen.kind, gulen.country) == ("person:fethullah-gulen", "Person", "TUR")


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_titled_name_with_a_hyphenated_given_name_typed_organisation_is_a_person() -> None:
    text = (
        "The party wants a referendum, FPO leader Heinz-Christian Strache said on Saturday. "
        "At a news conference with Kurz, Strache said the two had agreed."
    )
    found = _ids(text)
    assert found["Heinz-Christian Strache"] == "person:heinz-christian-strache"
    assert found["Strache"] == "person:heinz-christian-strache"


def test_one_hyphenated_surname_after_a_courtesy_title_is_still_a_person() -> None:
    # "Mr Kilroy-Silk": one word, a hyphenated surname, read as before
    found = _ids("Mr Kilroy-Silk said the party would fight every seat.")
    assert found["Kilroy-Silk"].startswith("person:")


def test_full_name_of_a_known_person_the_model_left_untyped_is_that_person() -> None:
    found = {
        m.text: m.entity
        for m in entity_mentions(
            [Document("t", "Reince Priebus, the Republican Party chairman, met Trump on Monday.")]
        )
    }
    priebus = found["Reince Priebus"]
    assert (priebus.id, priebus.country) == ("person:reince-priebus", "USA")


def _mentions(text: str, date: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.entity.id) for m in entity_mentions([Document("t", text, date=date)])]


def test_leader_named_by_the_given_name_is_the_leader() -> None:
    text = (
        "KUALA LUMPUR (Reuters) - Malaysian police questioned an opposition figure on Monday. "
        "Hamid Yusof, a long-time critic of Najib, was released after six hours."
    )
    found = dict(_mentions(text, date="2017-06-05"))
    assert found["Najib"] == "person:najib-razak"


def test_later_given_name_of_a_person_named_in_full_is_that_person() -> None:
    text = (
        "Opposition leader Hamzah Osmanli was arrested in the capital on Friday. "
        "Supporters of Hamzah gathered outside the court on Saturday."
    )
    ids = [entity for surface, entity in _mentions(text) if surface == "Hamzah"]
    assert ids and all(entity == "person:hamzah-osmanli" for entity in ids)


def test_name_with_a_who_clause_is_a_person() -> None:
    text = (
        "The defence lawyer questioned the account of Bakari-Teller, who was paid by the "
        "government and admitted he had lied."
    )
    found = dict(_mentions(text))
    assert not found.get("Bakari-Teller", "person:").startswith("org:")


def test_organisation_with_a_which_clause_stays_an_organisation() -> None:
    text = "Investors sold shares of Northfield Energy, which reported a loss on Monday."
    assert not any(e.startswith("person:") for _, e in _mentions(text))


def test_a_nickname_is_no_new_person_and_the_given_name_alone_is_the_person() -> None:
    text = (
        'Marta Lindqvist, nicknamed "Iron Marta", has long been calling for the removal of '
        "Vice President Emmerson Mnangagwa. Marta also attacked the army chief."
    )
    found = _mentions(text)
    assert ("Marta", "person:marta-lindqvist") in found
    assert all("iron" not in entity for _, entity in found)


def test_a_given_name_two_people_of_the_article_share_stays_unlinked() -> None:
    text = (
        "Marta Lindqvist met Marta Oyelaran in Oslo on Monday. Marta said the talks had gone well."
    )
    linked = dict(_mentions(text)).get("Marta")
    assert linked not in ("person:marta-lindqvist", "person:marta-oyelaran")


@pytest.mark.parametrize(
    ("text", "name", "entity_id"),
    [
        # a given name that is a capital's, a country's or a nationality's, then a surname
        ("Prosecutor Santiago Nieto said the case was closed.", "Santiago Nieto",
         "person:santiago-nieto"),
        ("The minister, Israel Katz, said the plan would go ahead.", "Israel Katz",
         "person:israel-katz"),
        ("The businessman German Khan sued the publisher.", "German Khan", "person:german-khan"),
    ],
)  # fmt: skip
def test_place_given_name_before_a_surname_is_a_person(
    text: str, name: str, entity_id: str
) -> None:
    found = _ids(text)
    assert found.get(name) == entity_id, found


@pytest.mark.parametrize(
    ("text", "name", "entity_id"),
    [
        # a given name of the gazetteer's, then a surname that is a capital's or a country's
        ("Prime Minister Joseph Muscat told parliament the government would pay.",
         "Joseph Muscat", "person:joseph-muscat"),
        ("Representative Jim Jordan said the bill would fail.", "Jim Jordan",
         "person:jim-jordan"),
    ],
)  # fmt: skip
def test_given_name_before_a_place_surname_is_a_person(
    text: str, name: str, entity_id: str
) -> None:
    found = _ids(text)
    assert found.get(name) == entity_id, found
    assert "OMN" not in found.values() and "JOR" not in found.values()


@pytest.mark.parametrize(
    ("text", "place", "place_id"),
    [
        # after a preposition the country is a place of its own, before a person named in full
        ("The U.S. ambassador to Mexico Roberta Jacobson tweeted.", "Mexico", "MEX"),
    ],
)
def test_country_after_a_preposition_before_a_name_stays_a_place(
    text: str, place: str, place_id: str
) -> None:
    assert _ids(text).get(place) == place_id


def test_one_word_name_after_a_spokesperson_s_title_is_a_person() -> None:
    # the model types the lone names an organisation and a place; a spokesman's title makes
    # each a person's
    found = _ids("The talks failed, foreign ministry spokesman Kristomei said on Monday.")
    assert found["Kristomei"] == "person:kristomei"
    text = "Indonesia's army chief was denied entry, military spokesman Sutrisno told reporters."
    assert _ids(text)["Sutrisno"] == "person:sutrisno"
