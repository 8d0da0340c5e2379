"""Cues and shapes of verbal18: blocking a party's measure rejects the party (REJECTS, the
lexicon's <owned_targets>), reaching out to a party (APPEALS_TO) and taking sides with it (BACKS),
with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration

TRUMP = "person:donald-trump"


def test_a_court_blocking_a_leaders_order_rejects_the_leader():
    found = events("A U.S. appeals court on Monday blocked Donald Trump's executive order.")
    assert ("USA:JUD", "REJECTS", TRUMP) in found


def test_a_state_blocking_a_rivals_bid_rejects_the_rival():
    found = events("China blocked Japan's bid for a permanent seat on Thursday.")
    assert ("CHN", "REJECTS", "JPN") in found


def test_blocking_a_party_itself_is_no_rejection():
    found = events("The sanctions blocked Russian companies from buying Ukrainian assets.")
    assert not any(r == "REJECTS" for _, r, _ in found)
    found = events("Germany blocked Turkish lawmakers from visiting the base in June.")
    assert not any(r == "REJECTS" for _, r, _ in found)


def test_blocking_a_road_names_no_rejected_party():
    found = events("Protesters blocked roads near the Venezuelan embassy in Bogota.")
    assert not any(r == "REJECTS" for _, r, _ in found)


def test_reaching_out_to_a_party_appeals_to_it():
    found = events("Angela Merkel reached out to Emmanuel Macron after the election.")
    assert ("person:angela-merkel", "APPEALS_TO", "person:emmanuel-macron") in found


def test_taking_sides_with_a_party_backs_it():
    found = events(
        "Austria's Sebastian Kurz took sides with Hungarian Prime Minister Viktor Orban."
    )
    assert ("person:sebastian-kurz", "BACKS", "person:viktor-orban") in found
