"""Relations read through a message, a travel noun or a decree (``message-addressee``,
``message-sender``, ``travel-ban``, ``decree-subject``) with the acts of state with no named
actor beside them, with the real model, on invented sentences; and an appositive list of
countries, each a party."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The French foreign minister has written to the Iranian president demanding the "
            "release of the two aid workers.",
            ("FRA:GOV", "DEMANDS", "IRN:GOV", "message-addressee"),
        ),
        (
            "Britain sent a letter to the Iranian government demanding the return of its sailors.",
            ("GBR", "DEMANDS", "IRN:GOV", "message-addressee"),
        ),
        (
            "The Japanese ambassador sent a letter asking the Chinese government for an "
            "explanation.",
            ("JPN:GOV", "APPEALS_TO", "CHN:GOV", "message-sender"),
        ),
        (
            "Canada warned its citizens against travel to Haiti.",
            ("CAN", "SANCTIONS", "HTI", "travel-ban"),
        ),
        (
            "Moscow suspended all flights to Egypt after the crash.",
            ("RUS", "SANCTIONS", "EGY", "travel-ban"),
        ),
        (
            "Obama's executive order barred Cuban officials from entering.",
            ("person:barack-obama", "COERCES", "CUB:GOV", "decree-subject"),
        ),
        (
            "A UN resolution imposed sanctions on Iran last year.",
            ("igo:un", "SANCTIONS", "IRN", "decree-subject"),
        ),
        (
            "Nigerian soldiers and Cameroonian troops battled near the border on Sunday.",
            ("CMR:MIL", "ATTACKS", "NGA:MIL", "joint-subject"),
        ),
        (
            "The EU condemned the arrest of three journalists in Egypt.",
            ("EGY", "COERCES", "EGY:MED", "nominal-state"),
        ),
        (
            "Two Egyptian opposition leaders were detained on Sunday.",
            ("EGY", "COERCES", "EGY:OPP", "passive-home-state"),
        ),
        (
            "Egypt's part in the negotiations with Israel was praised.",
            ("EGY", "NEGOTIATES_WITH", "ISR", "nominal-participation"),
        ),
        (
            "A Saudi cleric has been banned from preaching.",
            ("SAU", "COERCES", "SAU:REL", "passive-home-state"),
        ),
        (
            "Moscow's retaliation against Washington included the expulsion of diplomats.",
            ("RUS", "SANCTIONS", "USA", "nominal-poss"),
        ),
    ],
)
def test_message_travel_decree_and_state_act_shapes(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = ruled(text)
    assert expected in found, found


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _ in ruled(text)}


def test_an_appositive_list_gives_each_country() -> None:
    found = _pairs(
        "Trump imposed a suspension on people from three countries - Iran, Iraq and Yemen."
    )
    assert {("person:donald-trump", "SANCTIONS", c) for c in ("IRN", "IRQ", "YEM")} <= found
