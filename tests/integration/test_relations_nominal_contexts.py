"""Event nouns through an intensifying light verb ("ratcheted up pressure on"), in a
despite/amid-phrase ("resigned amid opposition from"), a call taken ("took a call from"), and
the noun cues "investigation of", "lawsuit against", "rhetoric against"; with the real model,
on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia has ratcheted up pressure on Iran over its missile program.",
            ("SAU", "DEMANDS", "IRN"),
        ),
        (
            "Senator Elizabeth Warren turned up the pressure on the Pentagon on Monday.",
            ("person:elizabeth-warren", "DEMANDS", "USA:MIL"),
        ),
        (
            "Speaker John Boehner resigned in 2015 amid opposition from fellow Republicans.",
            ("org:republican-party", "REJECTS", "person:john-boehner"),
        ),
        (
            "North Korea fired another missile on Friday in defiance of U.N. sanctions.",
            ("igo:un", "SANCTIONS", "PRK"),
        ),
        (
            "Despite pleas from the United Nations, Myanmar's army continued its operations.",
            ("igo:un", "APPEALS_TO", "MMR:MIL"),
        ),
        (
            "Merkel will not change course despite pressure from Washington, her spokesman said.",
            ("USA", "DEMANDS", "person:angela-merkel"),
        ),
        (
            "Judge Neil Gorsuch was confirmed by the Senate in April despite unified opposition "
            "from Democrats.",
            ("org:democratic-party-usa", "REJECTS", "person:neil-gorsuch"),
        ),
        (
            "President Donald Trump angered China by taking a phone call from Taiwan's president.",
            ("TWN:GOV", "MEETS", "person:donald-trump"),
        ),
        (
            "The FBI's investigation of Clinton's emails ended in July.",
            ("USA:COP", "INVESTIGATES", "person:hillary-clinton"),
        ),
        (
            "Texas attorney general Ken Paxton has led several lawsuits against the Environmental "
            "Protection Agency.",
            ("person:ken-paxton", "CRITICIZES", "USA:GOV"),
        ),
        (
            "Trump hardened his rhetoric against North Korea on Tuesday.",
            ("person:donald-trump", "CRITICIZES", "PRK"),
        ),
        (
            "China has put pressure on North Korea to halt its missile tests.",
            ("CHN", "DEMANDS", "PRK"),
        ),
        (
            "The European Union opened talks with Australia on a free trade deal on Monday.",
            ("AUS", "NEGOTIATES_WITH", "igo:eu"),
        ),
        (
            "Turkish banker Hakan Atilla came under investigation by U.S. prosecutors last year.",
            ("USA:JUD", "INVESTIGATES", "person:hakan-atilla"),
        ),
        (
            "Relations have been damaged by President Trump's demand that Mexico pay for a "
            "border wall.",
            ("person:donald-trump", "DEMANDS", "MEX"),
        ),
    ],
)
def test_nominal_shapes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


def test_the_agent_of_a_passive_is_not_the_one_opposed() -> None:
    found = events(
        "Judge Neil Gorsuch was confirmed by the Senate in April despite unified opposition "
        "from Democrats."
    )
    assert not any(r == "REJECTS" and o == "USA:LEG" for _, r, o in found)


def test_an_attack_around_a_clause_is_no_attack_on_its_subject() -> None:
    found = events(
        "Amid attacks by rebels, the Nigerian defence minister said the army would stay."
    )
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_an_offer_turned_down_is_no_aid() -> None:
    assert not any(
        r == "SUPPLIES" for _, r, _ in events("Japan turned down an offer of aid to Syria.")
    )


def test_an_endorsement_secured_is_the_endorsers() -> None:
    found = events(
        "Hillary Clinton secured the endorsement of Senator Elizabeth Warren on Thursday."
    )
    assert ("person:hillary-clinton", "BACKS", "person:elizabeth-warren") not in found


def test_a_war_between_two_countries_is_fought_by_both() -> None:
    found = events("The war between Iran and Iraq killed a million people.")
    assert {("IRN", "ATTACKS", "IRQ"), ("IRQ", "ATTACKS", "IRN")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "President Trump's trade war with China hurt American farmers.",
        "Maduro blamed an economic war on Venezuela by the United States.",
        "Pyongyang's war of words with Washington escalated on Tuesday.",
    ],
)
def test_a_war_fought_without_arms_is_no_attack(text: str) -> None:
    assert not any(r == "ATTACKS" for _, r, _ in events(text))


def test_cooperation_between_two_countries() -> None:
    found = events("Putin and Assad discussed military cooperation between Russia and Syria.")
    assert ("RUS", "COOPERATES_WITH", "SYR") in found


def test_a_phone_call_in_a_despite_phrase_is_no_appeal() -> None:
    found = events(
        "Despite President Trump's phone call with Taiwan's president, China said it would "
        "keep talking to Washington."
    )
    assert not any(r == "APPEALS_TO" for _, r, _ in found)
