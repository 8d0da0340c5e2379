"""Event nouns with their actor on the noun, with the real model, on invented sentences: a
noun received or answered aimed at the receiver (``nominal-recipient``: "came under attack
from", "drew criticism from", "turned down an offer", a request), the owner of an intent or
refusal noun doing its infinitive (``nominal-control``), and what an inquiry found
(``nominal-finding``)."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Iraqi army came under attack from Russian troops.",
            ("RUS:MIL", "ATTACKS", "IRQ:MIL"),
        ),
        (
            "Iran faced sharp criticism from France over the missile tests.",
            ("FRA", "CRITICIZES", "IRN"),
        ),
        ("Israel rejected an offer by Syria to resume talks.", ("SYR", "OFFERS", "ISR")),
        (
            "Washington criticized Egypt's refusal to negotiate with Sudan.",
            ("EGY", "REJECTS", "SDN"),
        ),
        ("Ghana welcomed Nigeria's pledge to send troops to Mali.", ("NGA", "OFFERS", "MLI")),
    ],
)
def test_event_nouns_with_their_actor_on_the_noun(text: str, expected: tuple[str, str, str]):
    assert expected in asserted_events(text)


def test_a_refused_or_pledged_act_is_not_asserted():
    assert not any(
        k[1] == "NEGOTIATES_WITH"
        for k in asserted_events("Washington criticized Egypt's refusal to negotiate with Sudan.")
    )
    assert not any(
        k[1] == "DEPLOYS_TO"
        for k in asserted_events("Ghana welcomed Nigeria's pledge to send troops to Mali.")
    )


def test_an_investigation_by_named_bodies_finding_an_actors_deed():
    keys = asserted_events(
        "The joint probe by the African Union and the United Nations, which found that Sudanese"
        " troops burned the villages, ended in May."
    )
    assert {("igo:au", "INVESTIGATES", "SDN:MIL"), ("igo:un", "CRITICIZES", "SDN:MIL")} <= keys


def test_a_request_under_consideration_has_been_made():
    assert ("MEX", "APPEALS_TO", "CAN") in asserted_events(
        "Canada is considering a request from Mexico to extend the deal."
    )


def test_a_request_never_received_was_not_made():
    keys = keyed("Canada has not received any requests from Mexico to extend the deal.")
    assert ("MEX", "APPEALS_TO", "CAN", "asserted", True) in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's decision drew sharp criticism from Nigeria.", ("NGA", "CRITICIZES", "GHA")),
        ("Pakistan's missile test sparked condemnation from India.", ("IND", "CRITICIZES", "PAK")),
        ("The Kenyan move prompted a rebuke from Uganda.", ("UGA", "CRITICIZES", "KEN")),
    ],
)
def test_a_deed_draws_or_sparks_criticism_of_its_owner(text: str, expected):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The decision drew sharp criticism from Nigeria.",  # no owner: no target
        "Ghana's supporters drew criticism from Nigeria.",  # people, not a deed
        "The killing of a Ghanaian envoy drew condemnation from Nigeria.",  # a victim
    ],
)
def test_no_target_without_a_deeds_owner(text: str):
    assert not any(k[1] == "CRITICIZES" and k[2].startswith("GHA") for k in asserted_events(text))


def test_an_intent_nouns_infinitive_is_no_recipient():
    # parsed as "pledge to" + the noun phrase "jail Clinton"
    keys = keyed("Trump's pledge to jail Clinton angered Democrats.")
    assert not any(k[1] == "OFFERS" for k in keys)
    assert ("JPN", "OFFERS", "UKR") in asserted_events("Japan's pledge to Ukraine was welcomed.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan turned down an Indian offer of talks.", ("IND", "OFFERS", "PAK")),
        ("Ghana brushed aside warnings from Nigeria.", ("NGA", "WARNS", "GHA")),
    ],
)
def test_a_phrasal_answer_receives_the_offer_or_warning(text: str, expected):
    assert expected in asserted_events(text)
