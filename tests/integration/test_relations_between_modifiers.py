"""Two modifiers coordinated over one noun in a between-phrase ("talks between U.S. and
Chinese officials") name the event's two parties (nominal-between); with the real model, on
invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks between U.S. and Chinese officials ended on Friday.",
            ("CHN:GOV", "NEGOTIATES_WITH", "USA:GOV"),
        ),
        (
            "A meeting between Russian and Turkish diplomats took place on Monday.",
            ("RUS:GOV", "MEETS", "TUR:GOV"),
        ),
    ],
)
def test_coordinated_modifiers_are_the_two_parties(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in events(text)


def test_clashes_between_two_armies_named_by_demonyms_go_both_ways() -> None:
    found = events("Clashes between Syrian and Turkish troops killed four people.")
    assert {("SYR:MIL", "ATTACKS", "TUR:MIL"), ("TUR:MIL", "ATTACKS", "SYR:MIL")} <= found


def test_one_party_alone_is_no_pair() -> None:
    assert not events("Talks between senior and junior Chinese officials ended on Friday.")
