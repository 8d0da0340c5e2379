"""Particle verbs whose target is the direct object (particles19: lexicon cues ending in "*",
"turn down *"), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration

TRUMP = "person:donald-trump"


def test_turning_down_a_partys_invitation_rejects_the_party():
    found = events("Norway turned down Poland's invitation to the conference.")
    assert ("NOR", "REJECTS", "POL") in found


def test_turning_an_offer_down_rejects_the_one_who_offered():
    found = events("Chile turned the offer from Peru down last week.")
    assert ("CHL", "REJECTS", "PER") in found


def test_brushing_aside_a_proposal_rejects_its_author():
    found = events("Vietnam brushed aside Cambodia's proposal on Tuesday.")
    assert ("VNM", "REJECTS", "KHM") in found
    found = events("Cambodia's proposal was brushed aside by Vietnam.")
    assert ("VNM", "REJECTS", "KHM") in found


def test_shrugging_off_criticism_rejects_the_critic():
    found = events("Hungary shrugged off Austria's criticism of the new law.")
    assert ("HUN", "REJECTS", "AUT") in found


def test_voting_down_a_resolution_rejects_its_author():
    found = events("The United States voted down Russia's resolution.")
    assert ("USA", "REJECTS", "RUS") in found


def test_calling_out_a_party_criticizes_it():
    found = events("Donald Trump called out China over its trade practices.")
    assert (TRUMP, "CRITICIZES", "CHN") in found


def test_cutting_off_a_partys_supplies_reduces_relations():
    found = events("Russia cut off Ukraine's gas supplies in January.")
    assert ("RUS", "SANCTIONS", "UKR") in found


def test_a_particle_verb_without_its_particle_or_party_gives_no_rejection():
    found = events("Norway turned its attention to Poland.")
    assert not any(r == "REJECTS" for _, r, _ in found)
    found = events("The floods cut off the main road to the capital.")
    assert not any(r == "SANCTIONS" for _, r, _ in found)


def test_a_cameo_particle_pattern_reads_the_particle_the_parser_tags():
    # CAMEO's "- * DOWN [173] # CLAMP": "down" is no object but a particle
    found = events("Belarus clamped down on the opposition in Minsk.")
    assert any(s == "BLR" and r == "COERCES" for s, r, _ in found)
    # "- * BACK [080] # GIVE"
    found = events("Britain gave back the islands to Mauritius.")
    assert ("GBR", "CONCEDES_TO", "MUS") in found


def test_ruling_out_talks_with_a_party_rejects_it():
    found = events("Serbia ruled out talks with Kosovo until the spring.")
    assert ("SRB", "REJECTS", "XKX") in found
