"""A polite wish asks ("would like Russia to withdraw"), assuring a party promises to it, and a
readiness for or a search for talks with a party offers them (appeal25), with the real model,
on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, keyed

pytestmark = pytest.mark.integration


def test_a_polite_wish_that_a_party_act_appeals_to_it():
    found = events("Germany would like Russia to withdraw its troops.")
    assert ("DEU", "APPEALS_TO", "RUS") in found


def test_a_polite_wish_to_see_a_party_act_appeals_to_it():
    found = events("Germany would like to see Japan open its markets.")
    assert ("DEU", "APPEALS_TO", "JPN") in found


def test_a_polite_wish_to_meet_states_an_intent_not_a_meeting():
    found = keyed("Britain would like to meet France next week.")
    assert ("GBR", "OFFERS", "FRA", "asserted", False) in found
    assert ("GBR", "MEETS", "FRA", "asserted", False) not in found


def test_a_wish_about_a_state_asks_nobody():
    assert not events("Russia would like Crimea to remain Russian.")


def test_assuring_a_party_promises_to_it():
    found = events("Macron assured Rouhani of France's commitment to the nuclear deal.")
    assert ("person:emmanuel-macron", "OFFERS", "person:hassan-rouhani") in found


def test_readiness_for_talks_with_a_party_offers_them():
    found = keyed("Iran is ready for talks with the United States.")
    assert ("IRN", "OFFERS", "USA", "asserted", False) in found
    # the talks have not happened
    assert all(k[3] != "asserted" for k in found if k[1] == "NEGOTIATES_WITH")


def test_openness_to_dialogue_with_a_party_offers_it():
    found = events("Washington remained open to dialogue with Pyongyang.")
    assert ("USA", "OFFERS", "PRK") in found


def test_denied_readiness_offers_nothing():
    assert not events("Iran is not ready for talks with the United States.")


def test_readiness_for_war_is_no_offer():
    assert not events("Israel is ready for war with Hezbollah.")


def test_talks_sought_with_a_party_are_offered():
    found = events("Seoul sought talks with Pyongyang.")
    assert ("KOR", "OFFERS", "PRK") in found
    assert ("KOR", "NEGOTIATES_WITH", "PRK") not in found


def test_sanctions_sought_are_no_threat():
    assert not events("The United States sought sanctions against Iran.")


def test_a_commitment_to_work_with_a_party_offers_it_and_is_no_cooperation_yet():
    found = keyed("Japan is committed to working with South Korea.")
    assert ("JPN", "OFFERS", "KOR", "asserted", False) in found
    assert ("JPN", "COOPERATES_WITH", "KOR", "asserted", False) not in found


def test_no_commitment_yet_offers_nothing():
    assert not events("Trump has yet to commit to meeting Putin.")


def test_a_polite_wish_to_thank_a_party_offers_nothing():
    found = events("We would like to thank India for its support, Suu Kyi said.")
    assert not any(rel == "OFFERS" for _, rel, _ in found)
