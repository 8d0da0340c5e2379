"""Event nouns in the frame of a circumstance phrase ("at the close of a meeting with"), in a
circumstance phrase the parser hangs on the verb's object ("discussed the plan in talks with"),
and a welcome given through a light verb ("gave a warm welcome to"); with the real model, on
invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def _met(found: set[tuple[str, str, str]], one: str, other: str, relation: str) -> bool:
    return (one, relation, other) in found or (other, relation, one) in found


@pytest.mark.parametrize(
    ("text", "one", "other", "relation"),
    [
        (
            "Shinzo Abe spoke to reporters on the sidelines of a meeting with Vladimir Putin.",
            "person:shinzo-abe",
            "person:vladimir-putin",
            "MEETS",
        ),
        (
            "Barack Obama told a news conference at the close of a two-day meeting with Lee "
            "Hsien Loong.",
            "person:barack-obama",
            "person:lee-hsien-loong",
            "MEETS",
        ),
        (
            "Angela Merkel answered questions at the end of talks with Vladimir Putin.",
            "person:angela-merkel",
            "person:vladimir-putin",
            "NEGOTIATES_WITH",
        ),
        (
            "Vladimir Putin discussed the referendum in a phone conversation with Recep Tayyip "
            "Erdogan on Monday.",
            "person:vladimir-putin",
            "person:recep-tayyip-erdogan",
            "MEETS",
        ),
    ],
)
def test_event_noun_in_a_framed_or_misattached_circumstance_is_the_subjects(
    text: str, one: str, other: str, relation: str
):
    assert _met(events(text), one, other, relation)


def test_a_meeting_on_whose_eve_one_speaks_is_not_yet_held():
    found = events("Shinzo Abe spoke on the eve of a meeting with Vladimir Putin.")
    assert not any(r == "MEETS" for _, r, _ in found)


def test_progress_in_talks_between_others_is_no_talks_of_ones_own():
    found = events("Angela Merkel praised progress in talks between Kiev and Moscow.")
    assert not any(s == "person:angela-merkel" for s, _, _ in found)


def test_a_welcome_given_to_a_leader_or_to_his_speech_backs_him():
    assert ("JPN", "BACKS", "person:narendra-modi") in events(
        "Japan gave a warm welcome to Narendra Modi on Monday."
    )
    assert ("person:angela-merkel", "BACKS", "person:emmanuel-macron") in events(
        "Angela Merkel gave a cautious welcome to Emmanuel Macron's proposals."
    )


def test_a_welcome_to_a_city_backs_no_one():
    found = events("Xi Jinping gave Donald Trump a warm welcome to Beijing.")
    assert not any(r == "BACKS" for _, r, _ in found)


def test_joint_subjects_of_a_clause_around_talks_held_them_together():
    found = events("Angela Merkel and Emmanuel Macron spoke to reporters after talks in Paris.")
    assert _met(found, "person:angela-merkel", "person:emmanuel-macron", "NEGOTIATES_WITH")


def test_joint_subjects_speaking_at_a_summit_did_not_meet_each_other():
    found = events("Angela Merkel and Theresa May spoke at the summit in Brussels.")
    assert not any(r == "MEETS" for _, r, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran has been engaged in talks with the European Union since March.",
            ("IRN", "NEGOTIATES_WITH", "igo:eu"),
        ),
        (
            "Turkey was embroiled in a bitter row with Germany over the arrests.",
            ("TUR", "CRITICIZES", "DEU"),
        ),
    ],
)
def test_one_caught_up_in_an_event_takes_part_in_it(text: str, expected: tuple[str, str, str]):
    assert expected in events(text)


def test_one_engaged_by_another_in_talks_is_no_party_by_the_in_phrase_alone():
    found = events("Moon Jae-in sought to engage North Korea in talks.")
    assert not any(s == "person:moon-jae-in" and r == "NEGOTIATES_WITH" for s, r, _ in found)


def test_an_opponent_of_someone_rejects_him_and_a_detractor_criticizes():
    assert ("person:scott-pruitt", "REJECTS", "person:barack-obama") in events(
        "Scott Pruitt, a longtime opponent of Barack Obama, spoke on Monday."
    )
    assert ("person:nicolas-maduro") in {
        o
        for s, r, o in events("Henrique Capriles is a fierce detractor of Nicolas Maduro.")
        if r == "CRITICIZES"
    }


def test_ones_opponent_in_a_race_is_a_rival_not_a_stance():
    found = events("Hillary Clinton, Donald Trump's Democratic opponent, spoke on Monday.")
    assert not any(r == "REJECTS" for _, r, _ in found)


def test_a_stance_held_once_or_originally_is_no_stance_now():
    assert not events("Alice Weidel was originally an opponent of Bjoern Hoecke.")
    assert ("RUS", "BACKS", "IRQ") not in events("Russia was once a close ally of Iraq.")


def test_a_backing_whose_for_phrase_hangs_on_the_light_verb_is_aimed_at_it():
    assert ("person:angela-merkel", "BACKS", "person:emmanuel-macron") in events(
        "Angela Merkel voiced praise for a speech by Emmanuel Macron."
    )


def test_a_polls_share_of_support_backs_no_one():
    found = events("Donald Trump had 41 percent support to 35 percent for Ted Cruz.")
    assert not any(r == "BACKS" for _, r, _ in found)
