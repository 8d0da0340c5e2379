"""Shapes added for recall (issue 8, eighth pass), with the real model, on invented
sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_office_holder_named_by_a_body_acts_for_it():
    found = events("The UN relief coordinator urged Ethiopia to reopen the roads.")
    assert ("igo:un", "APPEALS_TO", "ETH") in found


def test_office_holder_named_by_a_demonym_is_its_government():
    found = events("The Kenyan trade commissioner met Ugandan officials in Kampala on Monday.")
    assert ("KEN:GOV", "MEETS", "UGA:GOV") in found


def test_office_holder_of_a_person_is_not_the_person():
    found = events("Obama's chief of staff criticized Chinese officials.")
    assert not any(s == "person:barack-obama" for s, _, _ in found)


def test_armed_subject_owns_the_offensive_of_its_during_phrase():
    found = events("Turkish troops crossed the border during an offensive against rebels in Syria.")
    assert any(s == "TUR:MIL" and r == "ATTACKS" for s, r, _ in found)


def test_soldiers_who_died_in_an_attack_are_no_attackers():
    found = events("Two Israeli soldiers died in a raid on Hamas.")
    assert not any(r == "ATTACKS" for _, r, _ in found)
