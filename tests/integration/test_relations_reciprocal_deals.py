"""Reciprocal objects, agreements worked out and disputed claims, with the real model on
invented sentences: "X and Y blame each other" goes both ways
(``rules_verbal_targets.reciprocal_target``); "worked out a deal with" is a negotiation and
"sealed a deal with" an agreement, not cooperation; "disputed X's claim" disapproves of X;
"improved ties with X" is diplomatic cooperation (lexicon rows)."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Germany and France blamed each other for the failure of the summit.", "CRITICIZES"),
        ("Russia and China criticized one another at the meeting.", "CRITICIZES"),
        ("Egypt and Ethiopia accused each other of sabotage.", "CRITICIZES"),
    ],
)
def test_joint_subjects_act_on_each_other(text: str, relation: str) -> None:
    found = asserted_events(text)
    pair = {s for s, r, _ in found if r == relation} | {o for _, r, o in found if r == relation}
    directed = {(s, o) for s, r, o in found if r == relation}
    assert len(pair) == 2
    assert len(directed) == 2  # both ways


def test_a_reciprocal_object_needs_joint_subjects() -> None:
    # one subject: "each other" names no one
    assert not asserted_events("Germany blamed each other for the failure.")


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Israel worked out a deal with Hamas to end the siege.", "NEGOTIATES_WITH"),
        ("Britain is still hammering out an agreement with the EU.", "NEGOTIATES_WITH"),
        ("Germany sealed a deal with France on Monday.", "AGREES_WITH"),
        ("Egypt clinched an agreement with Sudan over the dam.", "AGREES_WITH"),
    ],
)
def test_a_deal_worked_out_is_negotiated_a_deal_sealed_agreed(text: str, relation: str) -> None:
    found = asserted_events(text)
    assert any(r == relation for _, r, _ in found)
    assert not any(r == "COOPERATES_WITH" for _, r, _ in found)


def test_a_claim_disputed_is_disapproval_of_its_author() -> None:
    found = asserted_events("China disputed Trump's claim that the drugs were made in China.")
    assert ("CHN", "CRITICIZES", "person:donald-trump") in found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey improved relations with Israel last year.",
        "Egypt normalized relations with Qatar in March.",
        "Japan has strengthened its ties with Vietnam.",
    ],
)
def test_bettering_ties_with_a_party_is_cooperation(text: str) -> None:
    found = asserted_events(text)
    assert any(r == "BACKS" for _, r, _ in found)


def test_bettering_something_else_is_none() -> None:
    assert not asserted_events("Germany strengthened its border with Austria.")


@pytest.mark.parametrize(
    "text",
    [
        "France exchanged views with Germany on Monday.",
        "France and Germany exchanged views on the crisis.",
    ],
)
def test_views_exchanged_are_a_consultation(text: str) -> None:
    found = asserted_events(text)
    assert {(s, o) for s, r, o in found if r == "MEETS"} & {("FRA", "DEU"), ("DEU", "FRA")}
