"""Shapes added for recall (issue 8, eighth pass), with the real model, on invented
sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

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


@pytest.mark.parametrize(
    ("sentence", "triple", "cameo"),
    [
        ("Venezuela suspended talks with the opposition on Friday.", ("VEN", "VEN:OPP"), "164"),
        ("Colombia broke off peace talks with the ELN rebels.", ("COL", "org:eln"), "164"),
        ("Pakistan froze ties with India.", ("PAK", "IND"), "161"),
        ("Saudi Arabia downgraded diplomatic ties with Iran.", ("SAU", "IRN"), "161"),
        ("The United States froze military aid to Egypt.", ("USA", "EGY"), "162"),
        ("Washington withheld economic aid from Pakistan.", ("USA", "PAK"), "162"),
    ],
)
def test_halted_talks_frozen_ties_and_aid_reduce_relations(sentence, triple, cameo):
    found = {
        (t.subject.id, t.object.id, t.cameo)
        for t in extracted(sentence)
        if t.relation == "SANCTIONS" and t.status == "asserted"
    }
    assert (*triple, cameo) in found


def test_for_to_clause_subject_of_an_appeal_is_asked():
    found = events("The EU appealed for Kiev to show restraint.")
    assert ("igo:eu", "APPEALS_TO", "UKR") in found


def test_each_conjoined_for_to_subject_is_asked():
    found = events("The Kremlin has long called for Washington and Pyongyang to negotiate.")
    assert {("RUS:GOV", "APPEALS_TO", "USA"), ("RUS:GOV", "APPEALS_TO", "PRK")} <= found


def test_label_with_the_name_parsed_as_its_modifier():
    triples = extracted(
        "Senator Elizabeth Warren has called Trump a threat to the country and has vowed to "
        "keep fighting him."
    )
    assert any(
        t.relation == "CRITICIZES" and t.rule == "label-object" and t.status == "asserted"
        for t in triples
    )


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "The Liberian rebels surrendered to Nigerian peacekeepers on Monday.",
            ("LBR:REB", "NGA:MIL"),
        ),
        (
            "The Mexican president surrendered the prisoners to the United States.",
            ("MEX:GOV", "USA"),
        ),
    ],
)
def test_surrender_to_yields(sentence, pair):
    assert (pair[0], "CONCEDES_TO", pair[1]) in events(sentence)


def test_not_bowing_to_pressure_is_no_concession():
    triples = extracted("Qatar will not bow to pressure from Saudi Arabia.")
    assert not any(t.relation == "CONCEDES_TO" and t.status == "asserted" for t in triples)


def test_going_into_a_meeting_is_meeting():
    found = events("Merkel said before going into a meeting with Erdogan that talks would go on.")
    assert ("person:angela-merkel", "MEETS", "person:recep-tayyip-erdogan") in found


def test_group_described_in_apposition_is_backed():
    found = events("Saudi jets struck the Houthis, a Shi'ite movement backed by Iran, on Monday.")
    assert ("IRN", "BACKS", "org:houthis") in found
