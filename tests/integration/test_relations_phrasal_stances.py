"""Phrasal cues of stance, quarrel and mediation ("stand with", "hit back at", "spar with", "team up
with", "stand up to", "broker between"), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def test_standing_with_a_country_backs_it():
    found = events("Kenya stood with Uganda during the dispute over the border.")
    assert ("KEN", "BACKS", "UGA") in found


def test_hitting_back_at_a_country_criticizes_it():
    found = events("Cuba hit back at the United States on Monday.")
    assert ("CUB", "CRITICIZES", "USA") in found


def test_sparring_with_a_president_criticizes_him():
    found = events("Obama sparred with Cuban President Raul Castro over human rights.")
    assert ("person:barack-obama", "CRITICIZES", "person:raul-castro") in found


def test_teaming_up_with_a_party_is_cooperation():
    found = events("The Houthis teamed up with Saleh in 2014.")
    assert any(r == "COOPERATES_WITH" and "org:houthis" in (s, o) for s, r, o in found)


def test_promising_to_stand_up_to_a_president_is_a_hypothetical_rejection():
    triples = extracted("Sessions promised to stand up to Trump.")
    assert any(
        t.relation == "REJECTS"
        and t.object.id == "person:donald-trump"
        and t.modality == "hypothetical"
        for t in triples
    )


def test_backing_a_country_is_no_particle_reading():
    found = events("Kenya backed Uganda in the vote.")
    assert ("KEN", "BACKS", "UGA") in found


def test_brokering_talks_between_two_parties_mediates_for_each():
    found = events("Qatar brokered talks between the Taliban and the United States.")
    assert ("QAT", "MEDIATES", "org:taliban") in found and ("QAT", "MEDIATES", "USA") in found


def test_hosting_talks_between_two_countries_mediates_for_each():
    found = events("Oman hosted talks between Iran and the United States.")
    assert ("OMN", "MEDIATES", "IRN") in found and ("OMN", "MEDIATES", "USA") in found


def test_brokering_a_deal_with_no_parties_names_no_party():
    found = events("Egypt brokered the deal last year.")
    assert not any(r == "MEDIATES" and o != "topic:agreement" for _, r, o in found)


def test_an_army_loyal_to_a_president_backs_him():
    found = events("The Zimbabwean army remained loyal to Mugabe.")
    assert ("ZWE:MIL", "BACKS", "person:robert-mugabe") in found


def test_an_army_not_loyal_to_a_president_does_not_back_him():
    found = events("The Zimbabwean army was not loyal to Mugabe.")
    assert not any(r == "BACKS" for _, r, _ in found)


def test_a_country_allied_to_another_backs_it():
    found = events("Syria is allied to Iran and Hezbollah.")
    assert ("SYR", "BACKS", "IRN") in found and ("SYR", "BACKS", "org:hezbollah") in found


def test_a_group_allied_with_a_leader_in_a_participle_backs_him():
    found = events("The Houthis, allied with Saleh, control much of the country.")
    assert ("org:houthis", "BACKS", "person:saleh") in found


def test_a_relative_clause_allied_to_a_group_backs_it():
    found = events("Al Shabaab, which is allied to al Qaeda, is waging an insurgency.")
    assert ("org:al-shabaab", "BACKS", "org:al-qaeda") in found


def test_a_second_participle_of_alliance_on_a_group_backs_the_ally():
    found = events(
        "The Houthis, drawn mainly from the north and allied with former president Saleh, "
        "control the capital."
    )
    assert ("org:houthis", "BACKS", "person:saleh") in found or any(
        s == "org:houthis" and r == "BACKS" for s, r, _ in found
    )
