"""Cues and shapes of verbal14: meals taken together (MEETS), displeasure and slights (CRITICIZES,
REJECTS), help sought from a party (APPEALS_TO), documents put out under a name
(message-sender) and a noun object parsed as a clause, with the real model, on invented
sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration

MERKEL = "person:angela-merkel"
PUTIN = "person:vladimir-putin"
MACRON = "person:emmanuel-macron"


def test_dining_with_a_leader_is_a_meeting():
    found = events("Merkel dined with Vladimir Putin in Sochi on Monday.")
    assert (MERKEL, "MEETS", PUTIN) in found


def test_having_lunch_with_a_leader_is_a_meeting():
    found = events("Angela Merkel had lunch with Emmanuel Macron in Paris on Friday.")
    assert any(r == "MEETS" and {s, o} == {MERKEL, MACRON} for s, r, o in found)


def test_holding_a_dinner_with_a_leader_is_a_meeting():
    found = events("Angela Merkel held a working dinner with Emmanuel Macron last week.")
    assert any(r == "MEETS" and {s, o} == {MERKEL, MACRON} for s, r, o in found)


def test_a_lunch_to_come_is_hypothetical():
    triples = extracted("Angela Merkel will have lunch with Emmanuel Macron on Friday.")
    meets = [t for t in triples if t.relation == "MEETS"]
    assert meets and all(t.modality == "hypothetical" for t in meets)


def test_a_lunch_with_no_actor_is_no_meeting():
    found = events("Angela Merkel had lunch with reporters on Friday.")
    assert not any(r == "MEETS" for _, r, _ in found)


def test_bristling_at_a_party_criticizes_it():
    found = events("Turkey has bristled at Germany's criticism of its crackdown.")
    assert ("TUR", "CRITICIZES", "DEU") in found


def test_scoffing_at_a_suggestion_criticizes_its_author():
    found = events("Russia scoffed at Britain's suggestion on Tuesday.")
    assert ("RUS", "CRITICIZES", "GBR") in found


def test_taking_a_swipe_at_a_party_criticizes_it():
    found = events("Angela Merkel took a swipe at Vladimir Putin in her speech.")
    assert (MERKEL, "CRITICIZES", PUTIN) in found


def test_pushing_back_against_demands_rejects_their_author():
    found = events("China pushed back against Washington's demands on trade.")
    assert ("CHN", "REJECTS", "USA") in found


def test_seeking_support_from_a_party_appeals_to_it():
    found = events("Ukraine is seeking support from the European Union for its reforms.")
    assert ("UKR", "APPEALS_TO", "igo:eu") in found


def test_a_statement_issued_condemning_a_party_criticizes_it():
    found = events("Germany issued a statement condemning the Russian strikes.")
    assert ("DEU", "CRITICIZES", "RUS") in found


def test_a_resolution_adopted_calling_on_a_party_appeals_to_it():
    found = events("The U.N. General Assembly adopted a resolution calling on Israel to withdraw.")
    assert ("igo:unga", "APPEALS_TO", "ISR") in found


def test_a_letter_criticizing_names_no_addressee():
    found = events("Angela Merkel sent a letter to Vladimir Putin criticizing the plan.")
    assert not any(r == "CRITICIZES" for _, r, _ in found)


def test_nominating_a_person_for_a_post_backs_him():
    found = events("Obama nominated Merrick Garland to the Supreme Court on Wednesday.")
    assert ("person:barack-obama", "BACKS", "person:merrick-garland") in found


def test_crediting_a_country_for_a_deed_makes_it_the_doer():
    found = events("Crediting Turkey for standing by Syria, the minister praised the deal.")
    assert ("TUR", "BACKS", "SYR") in found


def test_a_noun_object_parsed_as_a_clause_is_still_the_object():
    # the parser reads "move" as a clausal complement of "welcomed"
    found = events("Canada welcomed the U.S. move to launch a NAFTA revamp.")
    assert ("CAN", "BACKS", "USA") in found


def test_a_with_phrase_hung_on_a_venue_names_whom_one_met():
    # the parser hangs "with Angela Merkel" on "the White House"
    found = events(
        "John Kerry held private meetings at the White House with Angela Merkel in April."
    )
    assert any(r == "MEETS" and {s, o} == {"person:john-kerry", MERKEL} for s, r, o in found)


def test_a_statement_issued_warning_a_party_warns_it():
    found = events("Germany issued a statement warning Russia against any attack on Ukraine.")
    assert ("DEU", "WARNS", "RUS") in found


def test_opposing_the_idea_of_a_party_acting_rejects_it():
    found = events("Canada opposed the idea of the United States imposing new border tariffs.")
    assert ("CAN", "REJECTS", "USA") in found


def test_welcoming_the_idea_of_an_act_with_no_doer_names_no_one():
    found = events("The European Union welcomed the idea of setting up a fund.")
    assert not any(r == "BACKS" and o != "topic:fund" for _, r, o in found)


def test_a_relative_on_a_predicate_noun_describes_the_copula_s_subject():
    found = events(
        "Carson is a retired neurosurgeon who left the race in March and threw his support "
        "to Trump."
    )
    assert ("person:ben-carson", "BACKS", "person:donald-trump") in found
