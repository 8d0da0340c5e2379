"""Backing gained, calls answered, joint owners and pronoun-owned targets of event nouns, with
the real model on invented sentences: "won the endorsement of" (nominal-recipient), "rejected
calls from X to ..." (an appeal), "their first meeting" (nominal-between), "expressed dismay
at his remarks" (the pronoun's actor), "a phone call between" and "admiration for" (lexicon),
"a deal struck between X and Y" (a participle's between-phrase), "the visit of X to Y" (the
of-phrase visits), "a critic of China's trade practices" (an agent noun's owned cause)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Ted Cruz won the endorsement of Senator Marco Rubio on Monday.",
            ("person:marco-rubio", "BACKS", "person:ted-cruz"),
        ),
        (
            "Venezuela enjoys strong support from Cuba at the United Nations.",
            ("CUB", "BACKS", "VEN"),
        ),
        (
            "Myanmar has rejected calls from the United Nations to allow investigators in.",
            ("igo:un", "APPEALS_TO", "MMR"),
        ),
        (
            "Putin and Erdogan discussed Syria at their first meeting in Sochi.",
            ("person:recep-tayyip-erdogan", "MEETS", "person:vladimir-putin"),
        ),
        (
            "The newspaper described a tense phone call between Merkel and Putin.",
            ("person:angela-merkel", "MEETS", "person:vladimir-putin"),
        ),
        (
            "Trump has often expressed admiration for Putin.",
            ("person:donald-trump", "BACKS", "person:vladimir-putin"),
        ),
        (
            "Obama spoke on Monday, and Republicans expressed dismay at his remarks.",
            ("org:republican-party", "CRITICIZES", "person:barack-obama"),
        ),
        (
            "Refugees were resettled under a deal struck between Australia and Indonesia.",
            ("AUS", "AGREES_WITH", "IDN"),
        ),
        (
            "The accord that was signed between Ethiopia and Eritrea ended the war.",
            ("ERI", "AGREES_WITH", "ETH"),
        ),
        (
            "The visit of the Chinese president to Moscow ended on Friday.",
            ("CHN:GOV", "VISITS", "RUS"),
        ),
        (
            "Lighthizer, a harsh critic of China's trade practices, was named on Monday.",
            ("person:robert-lighthizer", "CRITICIZES", "CHN"),
        ),
        (
            "Myanmar accepted Thailand's invitation to join the exercise.",
            ("THA", "APPEALS_TO", "MMR"),
        ),
        (
            "Xi extended an invitation to Putin on Monday.",
            ("person:xi-jinping", "APPEALS_TO", "person:vladimir-putin"),
        ),
        (
            "Russia made an offer to Ukraine on Monday.",
            ("RUS", "OFFERS", "UKR"),
        ),
        (
            "Turkey built the road in cooperation with the government in Baghdad.",
            ("TUR", "COOPERATES_WITH", "IRQ:GOV"),
        ),
    ],
)
def test_gained_and_joint_events(text: str, expected: tuple[str, str, str]) -> None:
    found = events(text)
    assert expected in found or (expected[2], expected[1], expected[0]) in found


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Cruz sought the endorsement of Senator Marco Rubio on Monday.",
        "Senator Ted Cruz did not have the backing of Senator Marco Rubio.",
    ],
)
def test_a_backing_sought_or_lacking_backs_no_one(text: str) -> None:
    assert not any(r == "BACKS" and s == "person:ted-cruz" for s, r, _ in events(text)), (
        "the one who seeks or lacks a backing does not give it"
    )


def test_a_supporter_of_a_rival_backs_the_rival_not_the_owner() -> None:
    text = "Schulz, a supporter of Merkel's rival in the race, spoke on Monday."
    assert not any(o == "person:angela-merkel" for _, _, o in events(text))


@pytest.mark.parametrize(
    ("text", "undone"),
    [
        (
            "Senator Mark Kirk recently withdrew his endorsement of Trump.",
            ("person:mark-kirk", "BACKS", "person:donald-trump"),
        ),
        (
            "The United States will end its support for the Cambodian government.",
            ("USA", "BACKS", "KHM:GOV"),
        ),
        (
            "Trump's meeting with Chancellor Angela Merkel has been pushed back until Friday.",
            ("person:donald-trump", "MEETS", "person:angela-merkel"),
        ),
        (
            "Putin postponed his visit to Japan.",
            ("person:vladimir-putin", "VISITS", "JPN"),
        ),
        (
            "Germany dropped its opposition to Russia's plan.",
            ("DEU", "REJECTS", "RUS"),
        ),
        (
            "The kidnappers in Iraq dropped some of their demands on the Iraqi government.",
            ("IRQ:CRM", "DEMANDS", "IRQ:GOV"),
        ),
        (
            "The European Union lifted its sanctions on Belarus on Monday.",
            ("igo:eu", "SANCTIONS", "BLR"),
        ),
        (
            "Washington softened its opposition to Israel's settlement plans.",
            ("USA", "REJECTS", "ISR"),
        ),
    ],
)
def test_an_event_withdrawn_or_put_off_is_none(text: str, undone: tuple[str, str, str]) -> None:
    found = events(text)
    assert undone not in found and (undone[2], undone[1], undone[0]) not in found


def test_a_visit_ended_took_place() -> None:
    assert ("person:donald-trump", "VISITS", "CHN") in events(
        "Trump ended his visit to China on Friday."
    )


def test_a_share_of_support_backs_no_one() -> None:
    text = "Trump had 41 percent support to 35 percent for Cruz among Republicans."
    assert not any(r == "BACKS" for _, r, _ in events(text))


def test_a_former_ally_backs_no_one_now() -> None:
    # "a former ally of X": the stance is given up; "a longtime ally" still holds it
    for text in (
        "Shafie Apdal, a former close ally of Najib Razak, was detained on Monday.",
        "Ted Cruz, a onetime supporter of Donald Trump, spoke on Monday.",
    ):
        assert not any(r == "BACKS" for _, r, _ in events(text))
    assert ("person:ted-cruz", "BACKS", "person:donald-trump") in events(
        "Ted Cruz, a longtime supporter of Donald Trump, spoke on Monday."
    )
