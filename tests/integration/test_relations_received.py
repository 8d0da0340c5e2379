"""What an actor receives from another ("received support from", "received praise from") is
the giver's act toward it, not a visit it hosts; with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump received support from Israel and Bahrain on Monday.",
            {("ISR", "BACKS", "person:donald-trump"), ("BHR", "BACKS", "person:donald-trump")},
        ),
        (
            "Merkel received praise from Macron for her handling of the crisis.",
            {("person:emmanuel-macron", "BACKS", "person:angela-merkel")},
        ),
        (
            "Putin received the Chinese president in Moscow.",
            {("person:vladimir-putin", "HOSTS", "CHN:GOV")},
        ),
    ],
)
def test_received_from(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = events(text)
    assert expected <= found
    if "from" in text:
        assert not any(r == "HOSTS" for _, r, _ in found)
