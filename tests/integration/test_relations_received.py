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


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he had received a letter from the NFL on Tuesday.",
        "The senator received the documents from a French diplomat.",
        "Colombia is receiving tens of thousands of Venezuelans every month.",
    ],
)
def test_a_thing_received_hosts_no_one(text: str) -> None:
    assert not any(r == "HOSTS" for _, r, _ in events(text))


def test_people_received_from_a_government_are_its_guests() -> None:
    found = events("Ukrainian protesters received ministers from the Ukrainian government.")
    assert any(r == "HOSTS" and o == "UKR:GOV" for _, r, o in found)
