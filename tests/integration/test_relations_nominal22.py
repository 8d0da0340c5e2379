"""Shapes of nominal22: criticism aimed at a party with a verb of aiming (CRITICIZES) and an
investigation into a conduct whose by-phrase names the doer (inquiry-doer, INVESTIGATES), with
the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration

MERKEL = "person:angela-merkel"
ERDOGAN = "person:recep-tayyip-erdogan"


def test_criticism_reserved_for_parties_criticizes_each():
    found = events("Angela Merkel reserved her harshest criticism for Poland and Hungary.")
    assert (MERKEL, "CRITICIZES", "POL") in found
    assert (MERKEL, "CRITICIZES", "HUN") in found


def test_criticism_turned_on_a_leader_criticizes_him():
    found = events("Angela Merkel turned her criticism on Erdogan on Tuesday.")
    assert (MERKEL, "CRITICIZES", ERDOGAN) in found


def test_ire_directed_at_a_country_criticizes_it():
    found = events("Turkey directed its ire at Germany after the vote.")
    assert ("TUR", "CRITICIZES", "DEU") in found


def test_fire_directed_at_a_party_is_no_criticism():
    found = events("Turkish troops directed fire at Kurdish fighters near the border.")
    assert not any(r == "CRITICIZES" for _, r, _ in found)


def test_inquiry_into_misconduct_by_a_minister_investigates_the_minister():
    found = events(
        "The French parliament opened an inquiry into alleged misconduct by Emmanuel Macron."
    )
    assert ("FRA:LEG", "INVESTIGATES", "person:emmanuel-macron") in found


def test_inquiry_into_allegations_by_a_party_finds_no_doer():
    # (the accuser's by-phrase is no conduct: inquiry-doer reads nothing here)
    triples = extracted(
        "The French parliament opened an inquiry into allegations by Germany that Russia "
        "interfered in the election."
    )
    assert not any(t.rule == "inquiry-doer" for t in triples)


def test_relative_clause_copula_agent_noun_is_its_antecedent_s():
    found = events("Germany, which is a close ally of France, objected to the plan.")
    assert ("DEU", "BACKS", "FRA") in found


def test_relative_clause_hung_high_takes_the_name_before_the_pronoun():
    found = events(
        "The party was hijacked, a clear shot at Angela Merkel who is a vocal critic of Erdogan."
    )
    assert (MERKEL, "CRITICIZES", ERDOGAN) in found


def test_relative_clause_of_a_former_stance_gives_nothing():
    found = events("Germany, which was once an ally of Russia, objected to the plan.")
    assert not any(r == "BACKS" for _, r, _ in found)


def test_a_dig_in_a_circumstance_phrase_is_the_speaker_s_criticism():
    found = events("In a clear dig at Erdogan, Angela Merkel said Europe must stand firm.")
    assert (MERKEL, "CRITICIZES", ERDOGAN) in found


def test_a_warning_the_subject_responds_with_is_its_own():
    found = events("Angela Merkel responded with a warning to Turkey on Friday.")
    assert (MERKEL, "WARNS", "TUR") in found


def test_criticism_amid_which_the_subject_speaks_is_not_its_own():
    found = events("Angela Merkel spoke amid criticism of Erdogan on Friday.")
    assert not any(s == MERKEL and r == "CRITICIZES" for s, r, _ in found)


def test_criticism_the_subject_disagrees_with_is_not_its_own():
    found = events("Angela Merkel took issue with the criticism of Erdogan.")
    assert not any(s == MERKEL and r == "CRITICIZES" for s, r, _ in found)


def test_criticism_a_passive_subject_is_met_with_is_not_its_own():
    found = events("Angela Merkel was met with a sharp criticism of Erdogan.")
    assert not any(s == MERKEL and r == "CRITICIZES" for s, r, _ in found)


def test_inquiry_into_allegations_by_a_party_investigates_what_is_alleged():
    # (nominal23: the accuser is not investigated; the subject of the allegation is)
    found = events(
        "The French parliament opened an inquiry into allegations by Germany that Russia "
        "hacked its elections."
    )
    assert ("FRA:LEG", "INVESTIGATES", "RUS") in found
    assert not any(r == "INVESTIGATES" and o == "DEU" for _, r, o in found)


def test_police_inquiries_into_a_spy_s_dossier_investigate_no_spy():
    found = events("French police inquiries into a former British spy's dossier found nothing.")
    assert not any(r == "INVESTIGATES" for _, r, _ in found)


def test_visit_in_whose_during_phrase_a_pronoun_speaks_is_its_antecedent_s():
    # (nominal23: a pronoun subject whose noun is in the same sentence is a party)
    found = events("Angela Merkel said she discussed the referendum during a visit to Tehran.")
    assert (MERKEL, "VISITS", "IRN") in found


def test_visit_in_whose_during_phrase_a_pronoun_of_an_earlier_sentence_speaks_is_no_one_s():
    found = events(
        "Angela Merkel spoke on Monday. She said during a visit to Tehran that trade mattered."
    )
    assert (MERKEL, "VISITS", "IRN") not in found


def test_inquiry_into_reports_of_a_party_s_meddling_investigates_the_party():
    found = events("The French parliament opened an inquiry into reports of Russian meddling.")
    assert ("FRA:LEG", "INVESTIGATES", "RUS") in found
