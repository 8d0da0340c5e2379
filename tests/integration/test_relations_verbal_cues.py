"""Verb cues of verbal20 (orders, intelligence shared, a welcome given (now read by the noun
cue "welcome to"), a particle's noun, CAMEO's "call an end", places named in a by-phrase), with
the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration

MERKEL = "person:angela-merkel"
MAY = "person:theresa-may"
OBAMA = "person:barack-obama"


def test_an_order_to_act_is_a_demand():
    found = events("Madrid ordered Catalonia to hand over the tax data by July.")
    assert ("ESP", "DEMANDS", "loc:catalonia") in found
    found = events("Barack Obama directed the Pentagon to prepare new options on Syria.")
    assert (OBAMA, "DEMANDS", "USA:MIL") in found


def test_an_order_with_no_act_asked_is_no_demand():
    for text in (
        "Barack Obama ordered a review of the program.",
        "Barack Obama ordered troops to the border with Mexico.",
        "Nine Catalan ministers were ordered by Spain's High Court to be held in custody.",
        "The Syrian army ordered Syrian civilians to leave the city.",
    ):
        assert not any(r == "DEMANDS" for _, r, _ in events(text)), text


def test_sharing_intelligence_is_cooperation():
    found = events("Jordan shares intelligence with Egypt on militant groups.")
    assert {("JOR", "COOPERATES_WITH", "EGY"), ("EGY", "COOPERATES_WITH", "JOR")} & found


def test_a_welcome_given_to_a_speech_backs_its_author():
    found = events("Angela Merkel gave a cautious welcome to a speech in Rome by Theresa May.")
    assert (MERKEL, "BACKS", MAY) in found
    assert not any(o == "ITA" for _, _, o in found)


def test_a_noun_hung_under_a_particle_is_the_target():
    found = events("The Senate voted down Barack Obama's nominee for the court.")
    assert ("USA:LEG", "REJECTS", OBAMA) in found


def test_calling_an_end_to_a_coalition_appeals_to_no_one():
    found = events("Angela Merkel called an end to the SPD's coalition with the Greens.")
    assert not any(r == "APPEALS_TO" for _, r, _ in found)
    found = events("Angela Merkel called on Russia to end its blockade of the port.")
    assert (MERKEL, "APPEALS_TO", "RUS") in found


def test_standing_by_a_river_backs_no_one():
    found = events("A Syrian commander standing by the Euphrates River said the attack went on.")
    assert not any(r == "BACKS" for _, r, _ in found)
    found = events("The United States has always stood by Israel.")
    assert ("USA", "BACKS", "ISR") in found


def test_a_range_of_sanctions_is_sanctions():
    found = events("The European Union has imposed a wide range of sanctions on Belarus.")
    assert ("igo:eu", "SANCTIONS", "BLR") in found
