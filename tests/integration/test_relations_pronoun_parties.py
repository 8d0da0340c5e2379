"""A subject "they" of an adverbial clause after a plural party its main clause names, with
the model, on sentences written for the rule: a party that is no actor ("Khan's parents",
"the farmers") is what "they" stands for, not the actors of the sentence before; a party or a
main subject that is an actor still is."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Russia and China sold weapons to Iran. "
            "Trump argued with the farmers after they criticized him.",
            {
                ("RUS", "CRITICIZES", "person:donald-trump"),
                ("CHN", "CRITICIZES", "person:donald-trump"),
            },
        ),
        (
            "The Houthis fired missiles at Riyadh. "
            "Trump met the farmers after they attacked Saudi Arabia.",
            {("org:houthis", "ATTACKS", "SAU")},
        ),
    ],
)
def test_they_after_a_party_that_is_no_actor(text: str, wrong: set[tuple[str, str, str]]) -> None:
    assert not wrong & events(text)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "Trump argued with the Republicans after they criticized him.",
            ("org:republican-party", "CRITICIZES", "person:donald-trump"),
        ),
        (
            # the main clause's subject is an actor: "they" continues it
            "The Houthis are fighting for villages as they attack Saudi Arabia.",
            ("org:houthis", "ATTACKS", "SAU"),
        ),
    ],
)
def test_they_after_an_actor(text: str, expect: tuple[str, str, str]) -> None:
    assert expect in events(text)
