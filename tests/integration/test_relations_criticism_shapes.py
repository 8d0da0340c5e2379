""" "said Israel illegally seized the land" (a wrongful adverb in an accused deed), "Iran's
remarks blaming Israel" (a participle on a message its owner names), "condemned the launches
by North Korea" (an act's by-phrase hung on the verb): criticism (CAMEO 11) these shapes name.
Real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran said Israel illegally seized the land.", ("IRN", "CRITICIZES", "ISR")),
        (
            "Activists in China say the government is unfairly targeting migrant workers.",
            ("CHN:OPP", "CRITICIZES", "CHN:GOV"),
        ),
    ],
)
def test_a_deed_called_wrongful_by_its_adverb_is_an_accusation(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said Israel did not illegally seize the land.",
        "Iran said Israel would illegally seize the land.",
    ],
)
def test_a_wrongful_deed_denied_or_foreseen_is_no_accusation(text: str) -> None:
    assert ("IRN", "CRITICIZES", "ISR") not in asserted_events(text)


def test_the_owner_of_remarks_blaming_someone_blames_it() -> None:
    events = asserted_events("Iran's remarks blaming Israel for the violence angered Egypt.")
    assert ("IRN", "CRITICIZES", "ISR") in events


def test_a_statement_blaming_someone_for_a_harm_accuses_it() -> None:
    events = asserted_events("Iran issued a statement blaming Saudi Arabia for the attack.")
    assert ("IRN", "CRITICIZES", "SAU") in events


def test_the_by_phrase_of_a_condemned_act_names_its_doer() -> None:
    events = asserted_events("Japan condemned the launches by North Korea.")
    assert ("JPN", "CRITICIZES", "PRK") in events


def test_a_letter_its_owner_addresses_carries_its_appeal() -> None:
    events = asserted_events("Obama's letter to Congress urging action was released.")
    assert ("person:barack-obama", "APPEALS_TO", "USA:LEG") in events


def test_a_platform_is_no_author_of_a_video_on_it() -> None:
    events = asserted_events(
        "Mawarire was arrested for a Facebook video he posted lambasting the Zimbabwean"
        " government over its economic policies."
    )
    assert not any(s == "org:facebook" for s, _, _ in events)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Beijing expressed strong dissatisfaction with Washington.", ("CHN", "CRITICIZES", "USA")),
        ("Iran leveled accusations against Saudi Arabia.", ("IRN", "CRITICIZES", "SAU")),
        ("Iran characterized the U.S. move as illegal.", ("IRN", "CRITICIZES", "USA")),
    ],
)
def test_displeasure_accusations_and_labels(text: str, event: tuple[str, str, str]) -> None:
    assert event in asserted_events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Trump's tweet sparked outrage in Mexico.", ("MEX", "CRITICIZES", "person:donald-trump")),
        (
            "The ruling by the Dutch court sparked anger in Turkey.",
            ("TUR", "CRITICIZES", "NLD:JUD"),
        ),
    ],
)
def test_a_criticism_caused_in_a_country_is_that_country_s(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in asserted_events(text)


def test_a_criticism_caused_in_a_city_is_no_one_s() -> None:
    events = asserted_events("The decision by Japan sparked criticism in Lagos.")
    assert not any(r == "CRITICIZES" for _, r, _ in events)


def test_a_tirade_against_a_party_criticizes_it() -> None:
    events = asserted_events("Trump launched a tirade against Mexico.")
    assert ("person:donald-trump", "CRITICIZES", "MEX") in events
