"""Cues of lexicon24, with the real model, on invented sentences: a state's boycott is a sanction
(163), meals shared are meetings (040), allegations and legal cases against a party (112, 115),
creditors (an agent noun of 071), agent nouns after "as" and in apposition to one item of a
list, plural delegations and an armed group's own fighters as actors."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration

MERKEL = "person:angela-merkel"
MACRON = "person:emmanuel-macron"


def test_a_boycott_of_a_state_is_a_sanction():
    found = events("Bahrain and Egypt began a boycott of Qatar on Monday.")
    assert ("BHR", "SANCTIONS", "QAT") in found
    assert not any(r == "PROTESTS" for _, r, _ in found)


def test_a_boycott_imposed_on_a_state_is_a_sanction():
    found = events("Egypt imposed a trade boycott on Qatar last month.")
    assert ("EGY", "SANCTIONS", "QAT") in found


def test_an_owned_lunch_with_a_leader_is_a_meeting():
    found = events("Angela Merkel spoke to reporters after her lunch with Emmanuel Macron.")
    assert any(r == "MEETS" and {s, o} == {MERKEL, MACRON} for s, r, o in found)


def test_a_dinner_between_leaders_is_a_meeting():
    found = events("The dinner between Angela Merkel and Emmanuel Macron ended late on Monday.")
    assert any(r == "MEETS" and {s, o} == {MERKEL, MACRON} for s, r, o in found)


def test_a_case_opened_against_a_party_sues_it():
    found = events("Turkish prosecutors opened a new case against Germany's ambassador.")
    assert any(r == "CRITICIZES" and s == "TUR:JUD" for s, r, _ in found)


def test_an_allegation_against_a_state_accuses_it():
    found = events("Ukraine repeated its allegation against Russia on Tuesday.")
    assert ("UKR", "CRITICIZES", "RUS") in found


def test_an_as_phrase_names_the_agent():
    found = events("Norway spoke up on Monday as the Palestinians' biggest backer.")
    assert ("NOR", "BACKS", "PSE") in found


def test_an_as_phrase_on_a_verb_of_viewing_names_its_object_not_its_subject():
    found = events("Analysts described Norway as the Palestinians' biggest backer.")
    assert not any(r == "BACKS" for _, r, _ in found)


def test_a_singular_agent_noun_in_apposition_is_the_name_it_follows_only():
    found = events("Kerry spoke with Russia, a close ally of Syria; Japan; and Canada on Monday.")
    assert ("RUS", "BACKS", "SYR") in found
    assert not any(r == "BACKS" and s in ("JPN", "CAN") for s, r, _ in found)


def test_a_creditor_lends_to_its_possessor():
    found = events("China, Venezuela's biggest creditor, said it would help.")
    assert ("CHN", "SUPPLIES", "VEN") in found


def test_plural_delegations_of_two_states_meet():
    found = events("Cuban and Mexican delegations met in Havana on Monday.")
    assert any(r == "MEETS" and {s, o} == {"CUB:GOV", "MEX:GOV"} for s, r, o in found)


def test_an_armed_groups_own_fighters_are_the_group():
    found = events("Hezbollah said its fighters attacked Israeli troops.")
    assert ("org:hezbollah", "ATTACKS", "ISR:MIL") in found


def test_a_stake_taken_in_a_firm_is_an_investment():
    found = events("ConocoPhillips raised its stake in Russia's LUKoil to 10 percent.")
    assert ("org:conocophillips", "INVESTS_IN", "org:lukoil") in found


def test_an_admirer_of_a_leader_backs_him():
    found = events("Trump, an admirer of Vladimir Putin, spoke on Monday.")
    assert ("person:donald-trump", "BACKS", "person:vladimir-putin") in found


def test_plural_intelligence_agencies_are_the_spy_sector():
    found = events("U.S. intelligence agencies accused Russia of hacking.")
    assert ("USA:SPY", "CRITICIZES", "RUS") in found
