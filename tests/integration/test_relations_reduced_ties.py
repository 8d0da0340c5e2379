"""Cues and shapes of reject25: a measure or bid killed rejects its owner (REJECTS), ties cut
between joint subjects, envoys withdrawn, trade halted and aid or funding cut (SANCTIONS), an
objection given up (CONCEDES_TO), a request owned by a pronoun and an act joined, with the real
model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_killing_a_bid_rejects_its_owner():
    found = events("A U.N. body has harpooned a Japanese bid to ease curbs on whaling.")
    assert ("igo:un", "REJECTS", "JPN") in found
    found = events("The Republicans torpedoed Obama's plan on Tuesday.")
    assert ("org:republican-party", "REJECTS", "person:barack-obama") in found


def test_killing_a_thing_that_is_no_measure_rejects_no_one():
    found = events("A Japanese submarine torpedoed a U.S. ship.")
    assert not any(r == "REJECTS" for _, r, _ in found)


def test_joint_subjects_severing_ties_sanction_each_other():
    found = events("Iran and the United States severed diplomatic ties after the revolution.")
    assert ("IRN", "SANCTIONS", "USA") in found
    assert ("USA", "SANCTIONS", "IRN") in found


def test_an_envoy_withdrawn_from_a_country_is_recalled_from_it():
    found = events("Bahrain withdrew its ambassador from Iran.")
    assert ("BHR", "SANCTIONS", "IRN") in found
    assert ("BHR", "CONCEDES_TO", "IRN") not in found


def test_halted_trade_sanctions_the_party_it_goes_to_or_comes_from():
    assert ("GBR", "SANCTIONS", "SAU") in events("Britain halted arms sales to Saudi Arabia.")
    found = events("China suspended coal imports from North Korea.")
    assert ("CHN", "SANCTIONS", "PRK") in found


def test_goods_from_a_place_sanction_no_one():
    found = events("Iraq halted oil exports from Kirkuk.")
    assert not any(r == "SANCTIONS" for _, r, _ in found)


def test_aid_or_funding_cut_back_sanctions_its_recipient():
    found = events("The United States reduced its aid to the Palestinians.")
    assert ("USA", "SANCTIONS", "PSE") in found
    found = events("The United States withheld contributions from UNESCO.")
    assert ("USA", "SANCTIONS", "igo:unesco") in found


def test_an_objection_dropped_concedes_to_the_party_it_held_back():
    found = events("Greece dropped its opposition to Macedonia's NATO bid.")
    assert ("GRC", "CONCEDES_TO", "MKD") in found


def test_a_request_owned_by_a_pronoun_is_rejected_from_its_maker():
    found = events(
        "Relations with Obama got off to an awkward start when Merkel rebuffed his request "
        "to speak at the Brandenburg Gate."
    )
    assert ("person:angela-merkel", "REJECTS", "person:barack-obama") in found


def test_joining_an_act_named_by_a_noun_does_it():
    assert ("EGY", "SANCTIONS", "QAT") in events("Egypt joined the boycott of Qatar.")
    found = events("Jordan joined the fight against Islamic State.")
    assert ("JOR", "ATTACKS", "org:islamic-state") in found
