"""Several actors in one argument, with the real model, on invented sentences: members named
by an including- or such-as-phrase, each country of a conjoined from- or of-phrase, a list of
names parsed as an apposition (and the descriptions beside its names, which are no members)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Syrian opposition called on world powers, including Russia, to press the "
            "government.",
            {("SYR:OPP", "APPEALS_TO", "RUS")},
        ),
        (
            "The United States imposed sanctions on companies such as Rosneft and Gazprom.",
            {("USA", "SANCTIONS", "org:rosneft"), ("USA", "SANCTIONS", "org:gazprom")},
        ),
        (
            "Several allies, including Japan, criticized North Korea.",
            {("JPN", "CRITICIZES", "PRK")},
        ),
        (
            "President Donald Trump met several leaders, including Vladimir Putin, on Friday.",
            {("person:donald-trump", "MEETS", "person:vladimir-putin")},
        ),
    ],
)
def test_members_named_by_including(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= events(text)


def test_including_a_thing_names_no_member() -> None:
    # the including-phrase lists things, not actors: nothing is read from it
    assert events("Israel condemned several measures, including the new tariffs.") == set()


def test_each_country_of_a_from_phrase_is_a_target():
    found = events("Donald Trump banned travelers from Iraq, Yemen and Sudan last week.")
    targets = {o for _, r, o in found if r == "COERCES"}
    assert {"IRQ:CVL", "YEM:CVL", "SDN:CVL"} <= targets


def test_each_country_of_an_of_phrase_is_a_subject():
    found = events("Officials from Spain and Portugal criticized Morocco on Tuesday.")
    assert ("ESP:GOV", "CRITICIZES", "MAR") in found
    assert ("PRT:GOV", "CRITICIZES", "MAR") in found


def test_a_description_beside_a_name_in_a_list_is_no_member():
    found = events(
        "Chile welcomed Admiral Mark Jones, the Navy's most senior officer, and General Ann "
        "Lee, the commander of U.S. Southern Command, on Monday."
    )
    assert not any(o.endswith(":MIL") for _, _, o in found)
    assert {o for _, _, o in found} == {"person:mark-jones", "person:ann-lee"}


def test_a_list_of_names_parsed_as_apposition_still_lists_them():
    found = events("The US, Russia, and Switzerland met in Geneva.")
    assert {("CHE", "MEETS", "RUS"), ("CHE", "MEETS", "USA")} <= found


def test_plural_relative_after_coordinated_actors_stands_for_each() -> None:
    found = events(
        "Egypt and Jordan, which have backed the Palestinian Authority, and Qatar, which "
        "supports Hamas, held talks in Cairo on Monday."
    )
    assert {("EGY", "BACKS", "PSE:GOV"), ("JOR", "BACKS", "PSE:GOV")} <= found
    assert ("QAT", "BACKS", "PSE:GOV") not in found
