"""Meetings and visits on the subject's schedule, with the real model, on invented sentences:
"is to meet", "is expected to visit", a purpose of travel ("flew to Nairobi to meet"), and an
actor expected in a place (``expected-visit``) are intents to meet (OFFERS, CAMEO 036), and a
travel told as done did the meeting it was for too; an act still missing ("is yet to meet"), a
plan noun's content, a denied travel and a crowd are not."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, extracted, keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan president is to meet Ugandan officials on Friday.",
            ("KEN:GOV", "OFFERS", "UGA:GOV"),
        ),
        ("The Kenyan president is to visit Uganda next week.", ("KEN:GOV", "OFFERS", "UGA")),
        (
            "Kenyan and Ugandan officials are to hold talks in Nairobi.",
            ("UGA:GOV", "OFFERS", "KEN:GOV"),
        ),
        (
            "The Kenyan president is expected to visit Uganda on Monday.",
            ("KEN:GOV", "OFFERS", "UGA"),
        ),
    ],
)
def test_a_copula_or_expectation_schedule_is_an_intent_to_meet(text: str, expected):
    keys = keyed(text)
    assert expected in {k[:3] for k in keys if k[3] == "asserted"}
    assert not any(k[1] in ("MEETS", "VISITS") and k[3] == "asserted" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president is yet to meet Ugandan officials.",
        "The aim is to meet Ugandan officials.",
        "The Kenyan president is not to meet Ugandan officials.",
    ],
)
def test_no_intent_for_a_missing_act_or_a_plan_nouns_content(text: str):
    assert not any(k[1] in ("OFFERS", "MEETS") for k in asserted_events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan foreign minister flew to Kampala on Monday to meet Ugandan officials.",
            ("KEN:GOV", "OFFERS", "UGA:GOV"),
        ),
        (
            "Kenyan ministers travelled to Kampala this week to meet their Ugandan counterparts.",
            ("KEN:GOV", "OFFERS", "UGA:GOV"),
        ),
    ],
)
def test_a_purpose_of_travel_is_an_intended_meeting(text: str, expected):
    keys = keyed(text)
    assert expected in {k[:3] for k in keys if k[3] == "asserted"}
    # the travel is told as done, and the meeting it was for with it
    assert ("KEN:GOV", "MEETS", "UGA:GOV", "asserted") in {k[:4] for k in keys}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister will fly to Kampala on Monday to meet Ugandan officials.",
        "The Kenyan foreign minister flew to Kampala on Monday to attack Ugandan officials.",
    ],
)
def test_a_travel_ahead_or_for_another_act_states_no_meeting(text: str):
    assert not any(k[1] == "MEETS" for k in asserted_events(text))


def test_a_denied_travel_states_no_intent_and_no_rejection():
    text = "The Kenyan foreign minister did not fly to Kampala to meet Ugandan officials."
    assert not any(k[1] in ("OFFERS", "REJECTS") for k in asserted_events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan foreign minister is expected in Kampala on Monday for talks with "
            "Ugandan officials.",
            {("KEN:GOV", "OFFERS", "UGA"), ("KEN:GOV", "OFFERS", "UGA:GOV")},
        ),
        ("The Kenyan president is expected in Kampala next week.", {("KEN:GOV", "OFFERS", "UGA")}),
    ],
)
def test_an_actor_expected_in_a_place_intends_a_visit(text: str, expected):
    assert expected <= asserted_events(text)
    assert all(t.rule == "expected-visit" for t in extracted(text) if t.relation == "OFFERS")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyans are expected in Kampala next week.",
        "The Kenyan president is not expected in Kampala next week.",
        "The Kenyan president is expected in Nairobi next week.",
        "A ruling is expected in May.",
    ],
)
def test_no_expected_visit_for_a_crowd_a_denial_or_ones_own_country(text: str):
    assert not any(k[1] == "OFFERS" for k in asserted_events(text))


def test_an_absolute_schedule_is_an_intent_to_meet():
    text = "With the Kenyan president set to meet Ugandan officials in Kampala, markets calmed."
    assert ("KEN:GOV", "OFFERS", "UGA:GOV") in asserted_events(text)
