"""A message received from someone carries the sender's demand or appeal (``message-sender``,
``message-addressee`` through ``rules_message._received``), and gratitude after a copula is
praise (lexicon ``adj grateful for``) and displeasure disapproval (``adj angry at``, ``verb anger
~CRITICIZES``), with the real model on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Japanese government received a letter from China asking Tokyo to cancel the "
            "visit.",
            ("CHN", "APPEALS_TO", "JPN", "message-sender"),
        ),
        (
            "Germany received a letter from Russia demanding an explanation.",
            ("RUS", "DEMANDS", "DEU", "message-addressee"),
        ),
        (
            "Iran got a message from the United States urging restraint.",
            ("USA", "APPEALS_TO", "IRN", "message-addressee"),
        ),
    ],
)
def test_a_received_message_is_the_senders(text: str, expected: tuple[str, str, str, str]) -> None:
    found = ruled(text)
    assert expected in found, found


def test_a_message_received_with_no_demand_gives_nothing() -> None:
    assert not ruled("Russia received a letter from Germany.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myanmar was grateful for India's stance.", ("MMR", "BACKS", "IND")),
        ("Pakistan is thankful to China for its help.", ("PAK", "BACKS", "CHN")),
        ("Iran is appreciative of Russia's position.", ("IRN", "BACKS", "RUS")),
    ],
)
def test_gratitude_after_a_copula_praises(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, r, o) for s, r, o, _ in ruled(text)}


def test_gratitude_for_a_thing_praises_no_one() -> None:
    assert not any(r == "BACKS" for _, r, _, _ in ruled("Obama was grateful for the chance."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is angry at China.", ("JPN", "CRITICIZES", "CHN")),
        (
            "Trump was unhappy with Sessions.",
            ("person:donald-trump", "CRITICIZES", "person:jeff-sessions"),
        ),
        ("Germany was disappointed by Russia.", ("DEU", "CRITICIZES", "RUS")),
        (
            "Trump has irritated Beijing with his comments.",
            ("CHN", "CRITICIZES", "person:donald-trump"),
        ),
    ],
)
def test_displeasure_is_disapproval(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, r, o) for s, r, o, _ in ruled(text)}


def test_displeasure_denied_is_no_disapproval() -> None:
    assert not any(r == "CRITICIZES" for _, r, _, _ in ruled("Japan is not angry at China."))
