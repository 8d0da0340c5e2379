"""Precision of appeals, visits and misparsed subjects (rules pass 11), with the real model,
on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "text",
    [
        "The Palestinians want Jerusalem to be their capital.",
        "Russia wants Crimea to remain Russian forever.",
        "Berlin wants Greece to stay in the euro zone.",
    ],
)
def test_a_wish_about_a_state_asks_no_one(text):
    assert not any(r == "APPEALS_TO" for _, r, _ in events(text))


def test_wanting_someone_to_act_still_asks_them():
    found = events("Washington wants Iran to halt its missile tests.")
    assert ("USA", "APPEALS_TO", "IRN") in found


def test_asking_about_something_is_a_question_not_an_appeal():
    found = events("Spain asked France about the missing fishermen on Monday.")
    assert not any(r == "APPEALS_TO" for _, r, _ in found)


def test_asking_to_act_is_still_an_appeal():
    found = events("Spain asked France to return the missing fishermen.")
    assert ("ESP", "APPEALS_TO", "FRA") in found


def test_a_past_verb_misparsed_as_a_modifier_of_the_root_noun_keeps_its_subject():
    found = events("The U.N. chief called on Congolese authorities to investigate the killings.")
    assert ("igo:un", "APPEALS_TO", "COD:GOV") in found


def test_attending_a_person_s_rally_visits_no_one():
    found = events("Michael Jones, a farmer, attended a Bernie Sanders rally in Iowa.")
    assert not any(r in ("VISITS", "OFFERS") for _, r, _ in found)


def test_attending_an_assembly_still_visits_it():
    found = events("Erdogan attended the U.N. General Assembly in New York.")
    assert ("person:recep-tayyip-erdogan", "VISITS", "igo:unga") in found


@pytest.mark.parametrize(
    ("text", "relation", "code"),
    [
        ("The French president will visit Algeria next month.", "OFFERS", "036"),
        ("Sweden offered to mediate between Ethiopia and Eritrea.", "OFFERS", "039"),
        ("Erdogan refused to meet the Dutch prime minister.", "REJECTS", "125"),
    ],
)
def test_an_announced_meeting_or_mediation_has_its_finer_cameo_code(text, relation, code):
    found = [t for t in extracted(text) if t.relation == relation and t.rule == "stated-intent"]
    assert found and all(t.cameo == code for t in found)


def test_a_description_beside_a_name_in_a_list_is_no_member():
    found = events(
        "Chile welcomed Admiral Mark Jones, the Navy's most senior officer, and General Ann "
        "Lee, the commander of U.S. Southern Command, on Monday."
    )
    assert not any(o.endswith(":MIL") for _, _, o in found)
    assert {o for _, _, o in found} == {"person:mark-jones", "person:ann-lee"}


def test_a_list_of_names_parsed_as_apposition_still_lists_them():
    found = events("The US, Russia, and Switzerland met in Geneva.")
    assert {("CHE", "MEETS", "RUS"), ("CHE", "MEETS", "USA")} <= found
