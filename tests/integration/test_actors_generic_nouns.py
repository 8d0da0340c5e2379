"""Generic nouns of actors that the article's context places (generic25), with the real model
on invented sentences: a country's watchdog is its government, bare troops, soldiers and
militants take the context's country as a body does, and the people a state detains may be
its princes, businessmen, drivers or farmers."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's media watchdog fined Meridian Telecom on Monday.",
            ("VNM:GOV", "COERCES", "org:meridian-telecom"),
        ),
        (
            "MANILA (Reuters) - Troops killed 12 Abu Sayyaf fighters on Jolo island, the "
            "Philippine army said.",
            ("PHL:MIL", "ATTACKS", "org:abu-sayyaf"),
        ),
        (
            "Saudi Arabia detained dozens of princes and businessmen last month.",
            ("SAU", "COERCES", "SAU:GOV"),
        ),
        ("Police arrested the driver in Kabul on Monday.", ("AFG:COP", "COERCES", "AFG:CVL")),
    ],
)
def test_generic_nouns_placed_by_context(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted_events(text)


def test_a_watchdog_group_is_not_the_government() -> None:
    keys = asserted_events("A Russian watchdog group accused the Kremlin of fraud.")
    assert ("RUS:GOV", "CRITICIZES", "RUS:GOV") not in keys
    assert ("RUS:NGO", "CRITICIZES", "RUS:GOV") in keys


def test_bare_militants_in_a_sentence_of_another_country_are_nobody() -> None:
    # a Beirut story: militants attacking Iraqi forces are not Lebanon's
    keys = asserted_events(
        "BEIRUT (Reuters) - Lebanon's army said on Monday it was on alert. "
        "Militants attacked Iraqi security forces with suicide car bombs."
    )
    assert not any(k[0] == "LBN:REB" for k in keys), keys
