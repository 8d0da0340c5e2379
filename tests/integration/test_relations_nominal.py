"""Nominal rules with the real model, on invented sentences: a verb of motion into a meeting
and a joint appearance as meetings (``nominal-light-verb``), an armed subject owning the attack
of its during-phrase (``armed-adjunct``) but not one it died in."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_a_joint_appearance_is_a_meeting():
    found = events("Angela Merkel spoke to reporters during an appearance with Macron in Paris.")
    assert ("person:angela-merkel", "MEETS", "person:emmanuel-macron") in found or (
        "person:emmanuel-macron",
        "MEETS",
        "person:angela-merkel",
    ) in found


def test_armed_subject_owns_the_offensive_of_its_during_phrase():
    found = events("Turkish troops crossed the border during an offensive against rebels in Syria.")
    assert any(s == "TUR:MIL" and r == "ATTACKS" for s, r, _ in found)


def test_soldiers_who_died_in_an_attack_are_no_attackers():
    found = events("Two Israeli soldiers died in a raid on Hamas.")
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_going_into_a_meeting_is_meeting():
    found = events("Merkel said before going into a meeting with Erdogan that talks would go on.")
    assert ("person:angela-merkel", "MEETS", "person:recep-tayyip-erdogan") in found


def test_agent_nouns_read_by_becoming_fronting_and_lists():
    found = events("Biden retired and became a fierce critic of Obama.")
    assert ("person:joe-biden", "CRITICIZES", "person:barack-obama") in found
    found = events("A staunch supporter of Obama, Biden spoke on Monday.")
    assert ("person:joe-biden", "BACKS", "person:barack-obama") in found
    found = events("Key U.S. allies, including Britain and France, protested on Monday.")
    assert {("GBR", "BACKS", "USA"), ("FRA", "BACKS", "USA")} <= found


def test_scorn_for_hung_on_the_light_verb_names_its_target():
    # the parser hangs "for Erdogan" on "showed" when a phrase follows (zero24)
    found = events("Merkel showed open disdain for Erdogan before the summit.")
    assert ("person:angela-merkel", "CRITICIZES", "person:recep-tayyip-erdogan") in found
    assert not any(r == "CRITICIZES" for _, r, _ in events("Merkel showed disdain for the plan."))
