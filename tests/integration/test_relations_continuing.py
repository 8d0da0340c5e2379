"""An act said to go on ("will continue to work with", "would keep pressing") is going on now, with
the real model, on invented sentences: the future of "continue" or "keep" does not put its
complement ahead; a condition, a denial and a plain future still do."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan government will continue to work with Uganda.",
            ("KEN:GOV", "COOPERATES_WITH", "UGA"),
        ),
        ("Kenya said it would continue to stand with Uganda.", ("KEN", "BACKS", "UGA")),
        (
            "NATO would continue to press Kenya to buy its weapons.",
            ("igo:nato", "APPEALS_TO", "KEN"),
        ),
    ],
)
def test_a_continued_act_is_going_on(text: str, expected):
    assert expected in asserted_events(text)


def test_a_continued_announced_act_keeps_its_stated_intent():
    events = asserted_events("Kenya said it would continue to stand with Uganda.")
    assert ("KEN", "OFFERS", "UGA") in events


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will continue to supply arms to Uganda if Kampala pays.",
        "Kenya will not continue to supply arms to Uganda.",
        "Kenya will supply arms to Uganda.",
    ],
)
def test_no_going_act_under_a_condition_a_denial_or_a_plain_future(text: str):
    assert ("KEN", "SUPPLIES", "UGA") not in asserted_events(text)
