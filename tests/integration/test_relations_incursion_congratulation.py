"""Noun cues "incursion into/in" (an attack across a border, CAMEO 190) and "congratulations
to" (praise, CAMEO 051); with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's incursion into northern Syria began in January.", ("TUR", "ATTACKS", "SYR")),
        ("Israel's incursion into Gaza killed ten people.", ("ISR", "ATTACKS", "PSE")),
        (
            "Putin's congratulations to Trump came on Wednesday.",
            ("person:vladimir-putin", "BACKS", "person:donald-trump"),
        ),
    ],
)
def test_incursion_and_congratulation_nouns(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)
