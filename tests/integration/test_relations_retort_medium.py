"""Retorts and media, with the real model on invented sentences: an at-phrase the parser
hangs on "back" is the target ("fired back at Clinton", ``rules_verbal_targets._prep_targets``),
a capital there stands for its country (``metonymy._aimed``), and a platform in an on/via
phrase is where something is said, never its target (lexicon class ``platforms``)."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump fired back at Hillary Clinton on Twitter.",
            ("person:donald-trump", "CRITICIZES", "person:hillary-clinton"),
        ),
        (
            "Vladimir Putin hit back at Washington on Friday.",
            ("person:vladimir-putin", "CRITICIZES", "USA"),
        ),
    ],
)
def test_an_at_phrase_on_back_is_the_target(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump fired back at Hillary Clinton on Twitter.",
        "The senator lashed out at the minister on Facebook.",
        "Iran criticized the decision via Twitter.",
    ],
)
def test_a_platform_in_an_on_phrase_is_no_target(text: str) -> None:
    assert not [t for t in asserted_events(text) if "org:twitter" in t or "org:facebook" in t]


def test_a_platform_named_as_the_object_is_a_target() -> None:
    assert ("person:donald-trump", "CRITICIZES", "org:twitter") in asserted_events(
        "Donald Trump criticized Twitter for the ban."
    )
