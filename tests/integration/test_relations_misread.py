"""Cues read in shapes that name no act between the two actors (kgraph/extract/rules_misread.py
and the verb objects of rules_conflict.unarmed_fight), on sentences written for these rules:
each names the triples that must not (and those that must still) come out."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def test_leaving_a_body_is_no_retreat():
    for text in (
        "Burundi withdrew from the International Criminal Court last year.",
        "Last month Burundi became the first nation to withdraw from the International "
        "Criminal Court.",
    ):
        assert ("BDI", "CONCEDES_TO", "igo:icc") not in events(text), text
    assert ("RUS", "CONCEDES_TO", "SYR") in events("Russia withdrew its troops from Syria.")


def test_jobs_provided_are_no_aid():
    text = (
        "Taiwan has provided more than 320,000 jobs directly and indirectly to the American people."
    )
    assert not any(r == "SUPPLIES" for _, r, _ in events(text))
    assert ("USA", "SUPPLIES", "JOR") in events(
        "The United States provided $1 billion in aid to Jordan."
    )


def test_an_act_boasted_about_is_not_done():
    text = "Clinton criticized a 2005 video showing Trump boasting about grabbing American women."
    assert ("person:donald-trump", "COERCES", "USA:CVL") not in events(text)


def test_a_warning_in_advance_is_a_notice():
    text = (
        "The Russian Defence Ministry said it had warned the United States well in advance "
        "of its operational plans."
    )
    assert ("RUS:MIL", "WARNS", "USA") not in events(text)


def test_the_requester_of_a_meeting_is_not_met():
    found = events("The U.N. Security Council met on Friday at the request of France.")
    assert ("igo:unsc", "OFFERS", "FRA") not in found
    assert ("FRA", "APPEALS_TO", "igo:unsc") in found
    # a request refused keeps its owner
    assert ("RUS", "REJECTS", "UKR") in events("Russia refused Ukraine's request.")


def test_standing_by_a_view_of_someone_does_not_back_him():
    text = (
        "Peskov said the Kremlin stood by its assessment of Tillerson as someone who was "
        "willing to listen."
    )
    assert not any(r == "BACKS" for _, r, _ in events(text))


def test_an_unarmed_campaign_against_someone_is_no_attack():
    assert not any(
        r == "ATTACKS" for _, r, _ in events("Democrats launched a campaign against Trump.")
    )
    for text in (
        "Saudi Arabia launched a military campaign against Yemen.",
        "Saudi Arabia's military campaign against Yemen has killed thousands.",
    ):
        assert ("SAU", "ATTACKS", "YEM") in events(text), text
    assert ("TUR", "ATTACKS", "org:pkk") in events(
        "Turkey launched a military campaign against the PKK."
    )


def test_an_event_hosted_is_no_guest():
    text = (
        "Wright State University said on Tuesday it had decided not to host the first U.S. "
        "presidential debate scheduled for Sept. 26."
    )
    assert not any(o == "USA" for _, _, o in events(text))
    assert ("CHN", "HOSTS", "RUS:GOV") in {
        (t.subject.id, t.relation, t.object.id)
        for t in extracted("China hosted the Russian delegation on Monday.")
    }


def test_a_stance_taken_at_a_proposal_keeps_its_author_as_target() -> None:
    # the at-phrase is the cue's own ("scoff at"), not "at the request of"
    found = events("China scoffed at Japan's suggestion on Tuesday.")
    assert ("CHN", "CRITICIZES", "JPN") in found
