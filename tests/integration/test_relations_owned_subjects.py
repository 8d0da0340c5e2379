"""Owned acts as the subject of a verb of displeasing (``owned-subject``), pledged event nouns
as stated intents (``stated-intent`` from a ``nominal-light-verb``), and a backlash as
disapproval, with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, extracted

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden's decision angered Norway.", ("NOR", "CRITICIZES", "SWE")),
        ("The Polish move infuriated Lithuania.", ("LTU", "CRITICIZES", "POL")),
        ("The decision by Chile angered Peru.", ("PER", "CRITICIZES", "CHL")),
        (
            "Pakistan's missile test angered both India and Bangladesh.",
            ("BGD", "CRITICIZES", "PAK"),
        ),
    ],
)
def test_an_owned_act_displeasing_someone_is_its_owners(text: str, expected):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The decision angered Norway.",  # no owner
        "Sweden's ambassador angered Norway.",  # a person, no act: resolved as ever, or not
        "Sweden's decision helped Norway.",  # no verb of displeasing
    ],
)
def test_no_owned_subject_without_an_owned_act_and_a_verb_of_displeasing(text: str):
    assert not any(t.rule == "owned-subject" for t in extracted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan pledged support for Pakistan.", ("JPN", "OFFERS", "PAK")),
        ("Japan said it pledged support for Pakistan.", ("JPN", "OFFERS", "PAK")),
        ("Chile threatened new sanctions on Peru.", ("CHL", "WARNS", "PER")),
        ("Norway proposed a defence treaty with Sweden on Monday.", ("NOR", "OFFERS", "SWE")),
        ("Chile proposed talks with Bolivia.", ("CHL", "OFFERS", "BOL")),
    ],
)
def test_a_pledged_event_noun_is_a_stated_intent(text: str, expected):
    assert expected in {
        (t.subject.id, t.relation, t.object.id)
        for t in extracted(text)
        if t.rule == "stated-intent" and not t.negated
    }


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not pledge support for Pakistan.",
        "Japan would pledge support for Pakistan.",
        "Japan expressed support for Pakistan.",  # no verb of intent
        "Chile threatened a visit to Peru.",  # a threat only of a conflictual act
        "Chile would propose talks with Bolivia.",
        "Chile proposed new sanctions on Peru.",  # a proposed conflictual act offers nothing
        "Chile proposed a ceasefire between Peru and Bolivia.",  # not the proposer's own act
    ],
)
def test_no_pledged_intent_unless_the_pledge_is_made(text: str):
    assert not any(t.rule == "stated-intent" for t in extracted(text))


def test_a_backlash_from_someone_is_its_disapproval():
    assert ("CHL", "CRITICIZES", "ARG") in asserted_events(
        "Argentina's decision prompted a swift backlash from Chile."
    )
