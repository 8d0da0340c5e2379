"""Forging, building or cementing ties with a party is diplomatic cooperation (050), as
bettering them is (lexicon rows; compare test_relations_reciprocal_deals)."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India forged close ties with Japan last year.", ("IND", "JPN")),
        ("Vietnam has built strong relations with Australia.", ("VNM", "AUS")),
        ("Peru cemented its ties with Chile in 2015.", ("PER", "CHL")),
    ],
)
def test_forging_ties_is_cooperation(text: str, pair: tuple[str, str]) -> None:
    found = asserted_events(text)
    assert (pair[0], "BACKS", pair[1]) in found


def test_building_something_else_is_none() -> None:
    assert not asserted_events("Germany built a bridge with Austria.")
