"""Actors with the model on sentences written for these rules: a later surname the tagger
reads as a common word, a capital after "from" that authors a stand, a body's officials."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "Attorney General Jeff Sessions spoke in Texas. "
            "Sessions renewed his criticism of China on Tuesday.",
            ("person:jeff-sessions", "CRITICIZES", "CHN"),
        ),
        (
            "Senator Bill Cassidy spoke on Monday. Cassidy criticized Iran on Tuesday.",
            ("person:bill-cassidy", "CRITICIZES", "IRN"),
        ),
        (
            "Representative Bill Flores spoke on Monday. Flores, a Texan, had criticized Iran.",
            ("person:bill-flores", "CRITICIZES", "IRN"),
        ),
    ],
)
def test_later_surname_tagged_as_common_word_acts(text: str, expect: tuple[str, str, str]) -> None:
    assert expect in events(text)


def test_capital_after_from_of_a_protest_is_the_government() -> None:
    found = events("Trump triggered protests from Beijing by taking a call from Taiwan.")
    assert ("CHN", "CRITICIZES", "person:donald-trump") in found


def test_administration_officials_are_the_government_of_the_article() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States will raise tariffs on steel, U.S. officials "
        "said on Monday. Senior administration officials criticized Iran on Tuesday."
    )
    assert ("USA:GOV", "CRITICIZES", "IRN") in events(text)


def test_title_after_us_abbreviation_stays_in_its_sentence() -> None:
    found = events("Venezuelan President Nicolas Maduro criticized U.S. Senator Marco Rubio.")
    assert ("person:nicolas-maduro", "CRITICIZES", "person:marco-rubio") in found
