"""Shapes and fixes of the ninth recall pass, with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def test_a_pronoun_whose_speaker_is_no_actor_names_no_one():
    found = events(
        "Saudi Arabia cut ties with Qatar. The group said it had attacked Turkish troops."
    )
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_plural_pronoun_of_an_actorless_speaker_is_no_earlier_country():
    found = events(
        "Russia denied the report on Friday. Local militias said they came under attack "
        "from Syrian government forces."
    )
    assert not any(r == "ATTACKS" and "RUS" in (s, o) for s, r, o in found)


def test_a_speaker_actor_still_binds_its_pronoun():
    found = events("Saudi Arabia said it had attacked Turkish troops.")
    assert ("SAU", "ATTACKS", "TUR:MIL") in found


def test_never_negotiating_is_a_negated_hypothetical_and_a_rejection():
    triples = extracted('"We will never negotiate with Hamas," Israeli Prime Minister '
                        "Benjamin Netanyahu said.")
    talks = [t for t in triples if t.relation == "NEGOTIATES_WITH"]
    assert talks and all(t.negated and t.modality == "hypothetical" for t in talks)
    assert any(
        t.relation == "REJECTS" and t.object.id == "org:hamas" and not t.negated for t in triples
    )


def test_expelled_diplomats_are_not_the_expelling_state_s_own():
    found = events("Russia's decision to expel the diplomats angered Washington.")
    assert not any(s == "RUS" and o.startswith("RUS") for s, _, o in found)


def test_soldiers_freeing_hostages_do_not_concede():
    found = events("Iraqi soldiers freed hostages held by the militants in Mosul.")
    assert not any(r == "CONCEDES_TO" for _, r, _ in found)


def test_a_state_freeing_prisoners_still_yields():
    found = events("Israel freed 26 Palestinian prisoners on Tuesday.")
    assert ("ISR", "CONCEDES_TO", "PSE") in found


def test_people_deported_from_a_country_are_deported_by_its_state():
    found = events("Since 2011, 800 people from China and Taiwan have been deported from Cambodia.")
    assert {("KHM", "COERCES", "CHN:CVL"), ("KHM", "COERCES", "TWN:CVL")} <= found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran ignored calls from France to halt enrichment.", ("IRN", "REJECTS", "FRA")),
        ("Iran disregarded a demand by the United Nations.", ("IRN", "REJECTS", "igo:un")),
        ("Britain turned down a request from Spain.", ("GBR", "REJECTS", "ESP")),
        ("China expressed disappointment with Japan.", ("CHN", "CRITICIZES", "JPN")),
        ("Turkey's anger at the Netherlands grew.", ("TUR", "CRITICIZES", "NLD")),
        ("Germany voiced anger over Russia's annexation of Crimea.", ("DEU", "CRITICIZES", "RUS")),
    ],
)
def test_requests_turned_down_and_disapproval_stated_as_a_feeling(text, triple):
    assert triple in events(text)


def test_a_rival_ignored_is_no_rejection():
    found = events("Strange and Brooks have largely ignored Moore in their campaign ads.")
    assert not any(r == "REJECTS" for _, r, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Feltman warned the Security Council that as tensions rise, so does the risk of "
        "escalation.",
        "South Korean officials had warned the North could launch another missile.",
    ],
)
def test_a_cautionary_warning_is_no_threat(text):
    assert not any(r == "WARNS" for _, r, _ in events(text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "President Donald Trump warned North Korea on Tuesday that any U.S. military option "
            "would be devastating for Pyongyang.",
            ("person:donald-trump", "WARNS", "PRK"),
        ),
        (
            "Madrid warned Catalonia's leaders they risked losing access to a funding program.",
            ("ESP", "WARNS", "ESP:GOV"),
        ),
        ("Russia warned Turkey that it would impose sanctions.", ("RUS", "WARNS", "TUR")),
    ],
)
def test_a_warning_of_the_warner_s_act_or_the_warned_one_s_loss_is_a_threat(text, triple):
    assert triple in events(text)


def test_a_denunciation_called_an_accusation_the_target_denies():
    found = events(
        "The United Nations has denounced the violence as ethnic cleansing by Myanmar's army, "
        "an accusation Myanmar denies."
    )
    assert ("igo:un", "CRITICIZES", "MMR") in found


def test_a_country_reporting_an_attack_on_itself_accuses_the_attacker():
    found = events("Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.")
    assert {("PSE", "ATTACKS", "ISR"), ("ISR", "CRITICIZES", "PSE")} <= found


def test_it_in_reported_speech_is_no_thing_of_a_conjoined_verb():
    found = events(
        "Turkey said the United States has isolated itself by recognizing Jerusalem as "
        "Israel's capital and accused it of threatening countries."
    )
    assert ("USA", "CRITICIZES", "TUR") not in found


def test_an_active_verb_after_a_passive_one_keeps_its_subject():
    found = events(
        "NATO has not been directly involved in the crisis, but has repeatedly called on "
        "North Korea to abandon its nuclear and ballistic missile programs."
    )
    assert ("igo:nato", "APPEALS_TO", "PRK") in found


def test_a_warning_that_amounts_to_criticism():
    found = events(
        "The Liberal Democrats have warned Labour and the Tories they were in danger of "
        "pandering to prejudice rather than challenging it."
    )
    assert ("org:liberal-democrats", "CRITICIZES", "org:labour-party-gbr") in found
    assert not any(r == "WARNS" for _, r, _ in found)
