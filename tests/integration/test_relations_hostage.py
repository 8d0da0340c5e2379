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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Turkish engineers were held by Islamic State for a year.",
            ("org:islamic-state", "ATTACKS", "TUR:CVL"),
        ),
        (
            "The Kenyan activist Musa Bello was kept by al Shabaab for months before his release.",
            ("org:al-shabaab", "ATTACKS", "KEN:OPP"),
        ),
    ],
)
def test_people_held_by_an_armed_group_are_its_captives(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition leader was held by police for two days.",
        "Two Syrian soldiers were held by Islamic State for a year.",
        "The town was held by Islamic State for three years.",
    ],
)
def test_held_by_police_or_soldiers_held_are_no_abduction(text: str) -> None:
    found = extracted(text)
    assert not any(t.rule == "held-by-armed" for t in found)
