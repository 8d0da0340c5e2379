"""Two actors joined by a dash before a symmetric event noun ("the U.S.-China talks", "a
Putin-Trump meeting") are its two parties (hyphen-dyad); with the real model, on invented
sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.-Japanese talks on trade ended on Friday.", ("JPN", "NEGOTIATES_WITH", "USA")),
        ("The Turkey-EU talks resumed on Monday.", ("TUR", "NEGOTIATES_WITH", "igo:eu")),
        ("Israeli-Palestinian talks collapsed last month.", ("ISR", "NEGOTIATES_WITH", "PSE")),
        ("The Russia-Turkey deal on gas angered Washington.", ("RUS", "AGREES_WITH", "TUR")),
        (
            "China condemned the U.S.-South Korean military drills.",
            ("KOR", "COOPERATES_WITH", "USA"),
        ),
        ("The South Korea-Japan talks resumed on Monday.", ("JPN", "NEGOTIATES_WITH", "KOR")),
    ],
)
def test_a_dash_pair_are_the_parties_of_the_event(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in events(text)


def test_a_planned_summit_is_no_meeting_yet() -> None:
    triples = extracted("The two leaders plan a U.S.-China summit in July.")
    dyads = [t for t in triples if t.rule == "hyphen-dyad"]
    assert dyads
    assert all(t.modality == "hypothetical" for t in dyads)


@pytest.mark.parametrize(
    "text",
    [
        "The Iran-Iraq war killed hundreds of thousands of people.",
        "The Asia-Pacific summit opened in Manila on Friday.",
        "The U.S.-led talks failed to end the war.",
        "Settlements remain an obstacle to reaching an Israeli-Palestinian peace deal.",
    ],
)
def test_no_parties_without_a_symmetric_cue_or_two_actors(text: str) -> None:
    assert not [t for t in extracted(text) if t.rule == "hyphen-dyad"]
