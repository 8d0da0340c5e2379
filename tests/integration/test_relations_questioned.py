"""Questioning another's standing or conduct disapproves of its owner (verbal22: lexicon class
<owned_quality_verbs>, rules_verbal_targets._owned_only), with the real model, on invented
sentences; questioning a person is an interrogation, no criticism. Attacks levied are
words too (lexicon: "levy <levied_words> against")."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_questioning_a_partys_legitimacy_criticizes_the_party():
    found = events("Iran questioned the legitimacy of the Saudi government on Monday.")
    assert ("IRN", "CRITICIZES", "SAU:GOV") in found


def test_questioning_a_countrys_commitment_criticizes_the_country():
    found = events("Russia questioned Britain's commitment to the treaty.")
    assert ("RUS", "CRITICIZES", "GBR") in found


def test_questioning_a_person_is_no_criticism():
    found = events("Turkish police questioned a German journalist about the protests.")
    assert not any(r == "CRITICIZES" for _, r, _ in found)


def test_attacks_levied_on_a_person_are_words():
    found = events("Trump levied personal attacks against Brzezinski on Twitter.")
    assert ("person:donald-trump", "CRITICIZES", "person:brzezinski") in found
