"""Requests of ask24, with the real model, on invented sentences: help sought of an owner
("sought Washington's help"), appeals for an owner's act ("appealed for U.S. help"), more
things sought from a party, a wish to see an actor act, a mandate's subjunctive after
"insist", an under-phrase on the subject's own verb, requests and demands made of a party
("made 13 demands of Qatar"), and a nominee asked, who is not the nominator."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_help_sought_of_an_owner_appeals_to_it():
    assert ("KOR", "APPEALS_TO", "USA") in events("South Korea sought Washington's help.")
    assert ("KOR", "APPEALS_TO", "USA") in events("South Korea sought U.S. support.")


def test_an_appeal_for_an_owners_help_appeals_to_it():
    found = events("Ukraine appealed for Germany's help against the separatists.")
    assert ("UKR", "APPEALS_TO", "DEU") in found
    assert ("KEN", "APPEALS_TO", "USA") in events("Kenya pushed for American support.")


def test_an_appeal_for_a_thing_asks_no_one():
    found = events("Spain pushed for closer EU integration.")
    assert not any(rel == "APPEALS_TO" for _, rel, _ in found)


def test_the_one_asked_for_help_stays_the_object():
    assert ("KOR", "APPEALS_TO", "USA") in events("South Korea asked the United States for help.")
    assert ("UKR", "APPEALS_TO", "CHN") in events("Ukraine pressed China for an answer.")


def test_information_and_immunity_sought_from_a_party_appeal_to_it():
    found = events("Britain is seeking more information from the Iranian authorities.")
    assert ("GBR", "APPEALS_TO", "IRN:GOV") in found
    found = events("Flynn sought immunity from the Italian police.")
    assert any(rel == "APPEALS_TO" and obj == "ITA:COP" for _, rel, obj in found)


def test_a_plea_to_a_party_appeals_to_it():
    found = events("Iran's plea to the United Nations for help was rejected.")
    assert ("IRN", "APPEALS_TO", "igo:un") in found


def test_a_wish_to_see_an_actor_act_asks_it():
    found = events("Germany wants to see Russia withdraw its troops from Ukraine.")
    assert ("DEU", "APPEALS_TO", "RUS") in found


def test_a_wish_to_see_a_thing_or_a_state_asks_no_one():
    assert not events("France wants to see the Italian tax rate drop.")
    found = events("Russia wants to see Crimea remain Russian.")
    assert not any(rel == "APPEALS_TO" for _, rel, _ in found)


def test_insisting_that_a_party_act_demands_it():
    found = events("Germany insisted that Britain make concessions on migration.")
    assert ("DEU", "DEMANDS", "GBR") in found


def test_insisting_on_a_fact_demands_nothing():
    found = events("Germany insisted that Britain makes enough concessions.")
    assert ("DEU", "DEMANDS", "GBR") not in found


def test_an_under_phrase_on_the_subjects_verb_is_its_state():
    found = events("China, under U.S. pressure to do more, stressed that it enforced the rules.")
    assert ("USA", "DEMANDS", "CHN") in found
    found = events("Under pressure from Washington, Beijing agreed to cut oil supplies.")
    assert ("USA", "DEMANDS", "CHN") in found


def test_a_nominee_asked_is_not_the_nominator():
    found = events("Democrats asked Trump's nominee to recuse himself from the inquiry.")
    assert not any(obj == "person:donald-trump" for _, _, obj in found)


def test_requests_and_demands_made_of_a_party_ask_it():
    found = events("Saudi Arabia and its allies made a list of 13 demands of Qatar.")
    assert ("SAU", "DEMANDS", "QAT") in found
    found = events('"We have made very specific requests of Pakistan," Tillerson said.')
    assert ("person:rex-tillerson", "APPEALS_TO", "PAK") in found


def test_a_question_put_to_a_party_is_no_appeal():
    for text in (
        "Senator Brown asked Mnuchin whether he would resign.",
        "Senator Brown asked Mnuchin a question about the budget.",
        "Senator Brown asked Mnuchin what he knew about the deal.",
    ):
        assert not any(rel == "APPEALS_TO" for _, rel, _ in events(text)), text
    assert ("person:sherrod-brown", "APPEALS_TO", "person:steven-mnuchin") in events(
        "Senator Sherrod Brown asked Mnuchin to resign."
    )


def test_asking_leave_for_ones_own_act_is_a_request():
    found = events("Senator Sherrod Brown asked Mnuchin if we could talk about the budget.")
    assert ("person:sherrod-brown", "APPEALS_TO", "person:steven-mnuchin") in found


def test_a_message_asks_what_its_author_asks():
    found = events("A letter from Germany asked Russia to withdraw its troops.")
    assert ("DEU", "APPEALS_TO", "RUS") in found
    assert ("DEU", "APPEALS_TO", "RUS") in events("Germany's statement urged Russia to withdraw.")


def test_a_message_with_no_author_asks_for_no_one():
    found = events("The letter asked Russia to withdraw its troops.")
    assert not any(rel == "APPEALS_TO" for _, rel, _ in found)
