"""The captive-object rule with the real model, on invented sentences: captives taken or held;
taking control of a city is no abduction."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraqi militants are holding two French journalists hostage.",
            ("IRQ:REB", "ATTACKS", "FRA:MED"),
        ),
        (
            "Two Japanese aid workers were taken hostage by Iraqi militants.",
            ("IRQ:REB", "ATTACKS", "JPN:LAB"),
        ),
        ("Hamas took an Israeli soldier captive in 2016.", ("org:hamas", "ATTACKS", "ISR:MIL")),
    ],
)
def test_captives_taken_or_held(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


def test_taking_control_is_no_abduction() -> None:
    # taking a city is occupying territory (CAMEO 192, the city's country), never abducting
    # (181); the test had passed only while "Aleppo" went unresolved
    found = extracted("Syrian rebels took control of Aleppo.")
    assert not any(t.cameo == "181" or t.rule == "captive-object" for t in found)
