"""Fighting named by a noun and military exercises (kgraph/extract/rules_conflict.py and the
conflict14 rows of the lexicon), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_joint_subjects_beginning_exercises_cooperate_both_ways():
    found = events("Japan and India began naval exercises in the Bay of Bengal on Monday.")
    assert {("IND", "COOPERATES_WITH", "JPN")} <= found or {
        ("JPN", "COOPERATES_WITH", "IND")
    } <= found


def test_exercises_staged_with_a_partner_are_military_cooperation():
    found = events("The French navy staged anti-submarine drills with Egypt last week.")
    assert any(r == "COOPERATES_WITH" and "EGY" in (s, o) for s, r, o in found)


def test_drills_carried_out_near_a_country_are_a_show_of_force():
    found = events("The Russian air force carried out a series of drills near Estonia.")
    assert ("RUS:MIL", "MOBILIZES_AGAINST", "EST") in found


def test_exercises_begun_in_a_country_are_no_show_of_force_against_it():
    found = events("Russia began military exercises in Belarus on Thursday.")
    assert not any(r == "MOBILIZES_AGAINST" for _, r, _ in found)


def test_an_insurgency_waged_against_a_state_attacks_it():
    found = events("The PKK has waged an insurgency against Turkey since 1984.")
    assert ("org:pkk", "ATTACKS", "TUR") in found


def test_a_country_s_conflict_with_an_armed_group_attacks_it():
    found = events("Mali's conflict with the Islamic State has displaced thousands.")
    assert ("MLI", "ATTACKS", "org:islamic-state") in found


def test_an_army_operation_against_a_group_attacks_it():
    found = events("The Lebanese army's operation against Islamic State ended on Monday.")
    assert ("LBN:MIL", "ATTACKS", "org:islamic-state") in found


def test_a_political_fight_against_a_party_attacks_no_one():
    found = events("Merkel's fight against the Social Democrats in Bavaria went on for weeks.")
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_a_battle_between_state_bodies_attacks_no_one():
    found = events("The latest salvo in a battle between Congress and the White House came Friday.")
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_a_president_attacking_a_ministry_criticizes_it():
    found = events("President Trump attacked the Justice Department on Twitter on Monday.")
    assert ("person:donald-trump", "CRITICIZES", "USA:GOV") in found
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_police_firing_tear_gas_at_protesters_coerce_them():
    found = events("Kenyan police fired tear gas at opposition protesters in Nairobi on Friday.")
    assert any(s == "KEN:COP" and r == "COERCES" for s, r, _ in found)
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_an_attack_commemorated_on_its_anniversary_is_no_new_attack():
    found = events("Obama marked the 70th anniversary of Japan's attack on Pearl Harbor.")
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_a_country_bombed_during_a_named_war_is_attacked_by_no_war_name():
    found = events("Aid will help Cambodia, heavily bombed during the Vietnam War, clear mines.")
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_an_ally_a_group_fights_with_is_not_attacked():
    found = events("The Iraqi army, which Hezbollah fights with, has retaken the town.")
    assert ("org:hezbollah", "ATTACKS", "IRQ:MIL") not in found


def test_a_missile_fired_over_a_country_is_a_show_of_force():
    found = events("North Korea fired a ballistic missile over Japan on Friday.")
    assert ("PRK", "MOBILIZES_AGAINST", "JPN") in found
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_troops_sent_to_a_city_of_one_s_own_country_are_no_deployment():
    found = events("Iraq sent thousands of troops to Kirkuk on Monday.")
    assert not any(r == "DEPLOYS_TO" for _, r, _ in found)


def test_troops_sent_to_another_country_are_deployed_there():
    found = events("Russia sent troops to Syria in 2015.")
    assert ("RUS", "DEPLOYS_TO", "SYR") in found


def test_a_count_before_an_event_noun_dates_nothing():
    found = events("The 2000 U.S. troops' deployment to Syria angered Turkey.")
    assert ("USA:MIL", "DEPLOYS_TO", "SYR") in found


def test_exercises_held_in_a_host_country_are_no_show_of_force_against_it():
    found = events("U.S. troops held a joint exercise in Poland on Monday.")
    assert not any(r == "MOBILIZES_AGAINST" for _, r, _ in found)


def test_exercises_held_near_a_country_are_a_show_of_force():
    found = events("China held live-fire exercises near Taiwan on Tuesday.")
    assert ("CHN", "MOBILIZES_AGAINST", "TWN") in found


def test_ground_liberated_from_an_armed_group_is_fought_for():
    found = events("Iraqi forces liberated the town from Islamic State on Sunday.")
    assert ("IRQ:MIL", "ATTACKS", "org:islamic-state") in found
    assert not any(r == "CONCEDES_TO" for _, r, _ in found)


def test_a_politician_shooting_back_criticizes():
    found = events("Rubio shot back at Trump in a television interview.")
    assert ("person:marco-rubio", "CRITICIZES", "person:donald-trump") in found
    assert not any(r == "ATTACKS" for _, r, _ in found)
