"""Verbs that attack only as an armed force's act ("target"), with the real model, on invented
sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_troops_targeting_rebels_attack_them():
    found = events("Russian forces targeted Syrian rebels near Idlib on Monday.")
    assert ("RUS:MIL", "ATTACKS", "SYR:REB") in found


def test_a_led_coalition_targeting_a_group_attacks_it():
    found = events("The Saudi-led coalition has been targeting the Houthis for two years.")
    assert ("SAU:MIL", "ATTACKS", "org:houthis") in found


def test_a_finance_ministry_targeting_officials_attacks_no_one():
    found = events("The U.S. Treasury is targeting North Korean officials with new measures.")
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_a_person_targeted_by_a_rival_is_attacked_by_no_one():
    found = events("Cruz was targeted by Trump in a speech in Iowa.")
    assert not any(r == "ATTACKS" for _, r, _ in found)
