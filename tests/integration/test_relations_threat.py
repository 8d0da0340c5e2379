"""The conditional-threat rule with the real model, on invented sentences: a stated retaliation
on a condition threatens the condition's actor; a guess in the narration does not."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chinese foreign ministry said Beijing would respond if Washington sold "
            "weapons to Taiwan.",
            ("CHN", "WARNS", "USA"),
        ),
        (
            "Iran threatened to retaliate if Israel attacked its nuclear sites.",
            ("IRN", "WARNS", "ISR"),
        ),
        (
            "Brussels was ready to retaliate within days if Washington's measures hurt "
            "European firms.",
            ("igo:eu", "WARNS", "USA"),
        ),
        (
            "Merkel said Germany would take countermeasures if the Russian embargo harmed "
            "its farmers.",
            ("DEU", "WARNS", "RUS"),
        ),
        # any act under "threaten to", and an unless-clause as a condition
        (
            "Trump threatened to withdraw troops unless Seoul paid more.",
            ("person:donald-trump", "WARNS", "KOR"),
        ),
        # its own government bodies can be threatened
        (
            "Trump threatened to shut down the government if Congress did not fund the wall.",
            ("person:donald-trump", "WARNS", "USA:LEG"),
        ),
    ],
)
def test_stated_retaliation_on_a_condition(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "China could retaliate if Japan raises tariffs on its steel.",
        "Beijing said it would not retaliate if Tokyo raised tariffs.",
        # the threatener's own people are whom it acts for
        "Beijing said it would retaliate if Chinese companies lost money.",
    ],
)
def test_no_threat(text: str) -> None:
    assert not any(t.rule == "conditional-threat" for t in extracted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey threatened on Tuesday to sue Germany over the ruling.",
            ("TUR", "WARNS", "DEU"),
        ),
        (
            "Beijing's threats to curtail trade with Australia alarmed farmers.",
            ("CHN", "WARNS", "AUS"),
        ),
        (
            "The warning followed a threat by Moscow to close its air space to Poland.",
            ("RUS", "WARNS", "POL"),
        ),
    ],
)
def test_threatened_act(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hurricane threatened to hit Cuba on Sunday.",
        # the state a leader leads is not whom he threatens
        "President Donald Trump threatened to shut down the government over the wall.",
    ],
)
def test_no_threatened_act(text: str) -> None:
    assert not any(r == "WARNS" for _, r, _ in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al Qaeda warned that Myanmar would face punishment for its crimes.",
            ("org:al-qaeda", "WARNS", "MMR"),
        ),
        ("China said Japan would pay a heavy price for the visit.", ("CHN", "WARNS", "JPN")),
        (
            "Washington said Pakistan must act against the Taliban or face the consequences.",
            ("USA", "WARNS", "PAK"),
        ),
    ],
)
def test_penalty_complement(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a guess in the narration, and a speaker who accuses no one
        "Hungary could face financial consequences if it defies the ruling.",
        "Analysts said Iran would face consequences.",
        "Russia said Ukraine would not face sanctions.",
    ],
)
def test_no_penalty_complement(text: str) -> None:
    assert not any(t.rule == "penalty-complement" for t in extracted(text))
