"""Shapes added for recall (issue 8, seventh pass), with the real model, on invented
sentences: several countries conjoined in the from/of/in-phrase that places a group or a
country's noun, each a party."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def test_each_country_of_a_from_phrase_is_a_target():
    found = events("Donald Trump banned travelers from Iraq, Yemen and Sudan last week.")
    targets = {o for _, r, o in found if r == "COERCES"}
    assert {"IRQ:CVL", "YEM:CVL", "SDN:CVL"} <= targets


def test_each_country_of_an_of_phrase_is_a_subject():
    found = events("Officials from Spain and Portugal criticized Morocco on Tuesday.")
    assert ("ESP:GOV", "CRITICIZES", "MAR") in found
    assert ("PRT:GOV", "CRITICIZES", "MAR") in found


def test_tensed_adverbial_clause_lends_no_subject():
    found = events(
        "German Chancellor Angela Merkel spoke on Monday. While the Arab leaders due to meet "
        "with Putin have stepped up pressure on Assad to release prisoners, they are unlikely "
        "to agree to sanctions."
    )
    assert not any(o == "person:bashar-al-assad" for _, _, o in found)


def test_they_after_an_adverbial_clause_with_a_plural_noun_subject():
    # "they" is the ministers of the clause before it (no actor), not Germany
    triples = extracted(
        "German Chancellor Angela Merkel spoke on Monday. While the European ministers due to "
        "meet in Brussels have stepped up pressure on Erdogan to free jailed reporters, they "
        "are unlikely to back new sanctions."
    )
    assert not any(t.subject.id == "DEU" for t in triples)


def test_them_after_a_plural_object_of_the_verb_before():
    found = events(
        "The Republican Party held a debate on Monday. Trump interrupted his rivals at will "
        "and called them liars."
    )
    assert not any(o.startswith("org:republican-party") for _, _, o in found)


def test_a_past_tense_misattached_to_a_mandative_verb_happened():
    found = events(
        "Tom Cotton is expected to be asked about reports late Tuesday that he met with "
        "China's envoy in March."
    )
    assert ("CHN:GOV", "MEETS", "person:tom-cotton") in found


def test_a_mandate_complement_has_still_not_happened():
    found = events("Turkey demanded that the United States extradite the cleric to Ankara.")
    assert ("TUR", "DEMANDS", "USA") in found
    assert not any(r == "COERCES" for _, r, _ in found)


def test_a_joint_appearance_is_a_meeting():
    found = events("Angela Merkel spoke to reporters during an appearance with Macron in Paris.")
    assert ("person:angela-merkel", "MEETS", "person:emmanuel-macron") in found or (
        "person:emmanuel-macron", "MEETS", "person:angela-merkel") in found


def test_an_absolute_with_clause_leaves_joint_subjects_their_clash():
    found = events(
        "Indian and Pakistani troops clashed along the border on Sunday, with some soldiers "
        "firing mortars across the line."
    )
    assert ("IND:MIL", "ATTACKS", "PAK:MIL") in found
    assert ("PAK:MIL", "ATTACKS", "IND:MIL") in found
