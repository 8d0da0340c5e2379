"""Intents, schedules, denials and event nouns with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _keys(text: str) -> set[tuple[str, str, str, str, bool]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.modality, t.negated)
        for t in extract(Document("s", text))
    }


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return {k[:3] for k in _keys(text) if k[3] in ("asserted", "reported") and not k[4]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentina is ready to resume talks with Chile.", ("ARG", "OFFERS", "CHL")),
        ("Poland said it was willing to negotiate with Belarus.", ("POL", "OFFERS", "BLR")),
        ("The Greek prime minister is scheduled to visit Turkey next month.",
         ("GRC:GOV", "OFFERS", "TUR")),
        ("Kenya plans to hold talks with Somalia in May.", ("KEN", "OFFERS", "SOM")),
    ],
)
def test_stated_and_scheduled_intents(text: str, expected: tuple[str, str, str]):
    assert expected in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina is not ready to resume talks with Chile.",
        "The Greek prime minister is expected to visit Turkey next month.",
    ],
)
def test_no_intent_without_the_subjects_own_readiness_or_schedule(text: str):
    assert not any(k[1] in ("OFFERS", "REJECTS") for k in _asserted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greek prime minister will visit Turkey next month.", ("GRC:GOV", "OFFERS", "TUR")),
        ("Kenya's foreign minister will meet Somali officials in Nairobi on Friday.",
         ("KEN:GOV", "OFFERS", "SOM:GOV")),
        ("The Chilean president will travel to Argentina later in the month.",
         ("CHL:GOV", "OFFERS", "ARG")),
    ],
)
def test_a_dated_future_meeting_or_visit_is_on_the_schedule(text: str, expected):
    assert expected in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek prime minister will visit Turkey.",  # no date: a bare future
        "The Greek prime minister would visit Turkey next month if invited.",
        "The Greek prime minister will not visit Turkey next month.",
        "The Greek prime minister will criticize Turkey on Friday.",  # no meeting or visit
    ],
)
def test_no_schedule_without_a_date_or_with_a_condition(text: str):
    assert not any(k[1] in ("OFFERS", "REJECTS", "WARNS") for k in _asserted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greek prime minister visits Turkey in March.", ("GRC:GOV", "OFFERS", "TUR")),
        ("The Chilean president travels to Argentina next week.", ("CHL:GOV", "OFFERS", "ARG")),
    ],
)
def test_a_dated_simple_present_visit_is_on_the_schedule(text: str, expected):
    keys = _keys(text)
    assert expected in {k[:3] for k in keys if k[3] == "asserted"}
    assert not any(k[1] == "VISITS" and k[3] == "asserted" for k in keys)


def test_a_past_dated_visit_happened():
    keys = _keys("The Greek prime minister visited Turkey in March.")
    assert ("GRC:GOV", "VISITS", "TUR", "asserted", False) in keys
    assert not any(k[1] == "OFFERS" for k in keys)


def test_a_scheduled_visit_has_not_happened():
    keys = _keys("The Greek prime minister is scheduled to visit Turkey next month.")
    assert not any(k[1] == "VISITS" and k[3] == "asserted" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela shipped no fuel to Cuba last year.",
        "No Ugandan troops attacked Sudan during the war.",
    ],
)
def test_a_no_argument_denies_the_act(text: str):
    keys = _keys(text)
    assert keys, "the cue must still be read"
    assert not _asserted(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iraqi army came under attack from Russian troops.",
         ("RUS:MIL", "ATTACKS", "IRQ:MIL")),
        ("Iran faced sharp criticism from France over the missile tests.",
         ("FRA", "CRITICIZES", "IRN")),
        ("Israel rejected an offer by Syria to resume talks.", ("SYR", "OFFERS", "ISR")),
        ("Washington criticized Egypt's refusal to negotiate with Sudan.",
         ("EGY", "REJECTS", "SDN")),
        ("Ghana welcomed Nigeria's pledge to send troops to Mali.", ("NGA", "OFFERS", "MLI")),
    ],
)
def test_event_nouns_with_their_actor_on_the_noun(text: str, expected: tuple[str, str, str]):
    assert expected in _asserted(text)


def test_a_refused_or_pledged_act_is_not_asserted():
    assert not any(
        k[1] == "NEGOTIATES_WITH"
        for k in _asserted("Washington criticized Egypt's refusal to negotiate with Sudan.")
    )
    assert not any(
        k[1] == "DEPLOYS_TO"
        for k in _asserted("Ghana welcomed Nigeria's pledge to send troops to Mali.")
    )



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuba refused to accept Spain's proposal on the debt.", ("CUB", "REJECTS", "ESP")),
        ("Peru has refused to engage on our plan, a spokesman for the Chilean embassy said.",
         ("PER", "REJECTS", "CHL:GOV")),
    ],
)
def test_a_refusal_rejects_the_owner_of_what_is_refused(
    text: str, expected: tuple[str, str, str]
):
    assert expected in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cuba refused to comment on Spain's proposal on the debt.",
        "Pakistan refused to attack India during the crisis.",
        "Brazil and Mexico are both refusing to alter their positions at the OAS talks.",
    ],
)
def test_no_rejection_from_a_refused_comment_or_attack(text: str):
    assert not any(k[1] == "REJECTS" for k in _asserted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorities in Ghana summoned the Togolese ambassador on Friday.",
         ("GHA:GOV", "CRITICIZES", "TGO:GOV")),
        ("Seoul has been communicating with Tokyo about the missile launch.",
         ("JPN", "MEETS", "KOR")),
        ("Obama clashed with the Turkish president over the Kurds.",
         ("person:barack-obama", "CRITICIZES", "TUR:GOV")),
    ],
)
def test_summons_contacts_and_quarrels(text: str, expected: tuple[str, str, str]):
    assert expected in _asserted(text)


def test_forces_clashing_still_fight():
    assert ("SYR:MIL", "ATTACKS", "TUR:MIL") in _asserted(
        "Syrian troops clashed with Turkish forces near the border."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police detained twelve people after the protest.",
         ("KEN:COP", "COERCES", "KEN:CVL")),
        ("Nine people were detained in Egypt during the protests.",
         ("EGY", "COERCES", "EGY:CVL")),
        ("Israeli soldiers demolished three houses in a Hebron neighbourhood.",
         ("ISR:MIL", "COERCES", "PSE")),
    ],
)
def test_acts_of_state_on_unnamed_people_and_places(text: str, expected: tuple[str, str, str]):
    assert expected in _asserted(text)


def test_rebels_seizing_people_name_no_state_victim():
    assert not any(k[1] == "COERCES" for k in _asserted("The rebels kidnapped four people."))


def test_an_investigation_by_named_bodies_finding_an_actors_deed():
    keys = _asserted(
        "The joint probe by the African Union and the United Nations, which found that Sudanese"
        " troops burned the villages, ended in May."
    )
    assert {("igo:au", "INVESTIGATES", "SDN:MIL"), ("igo:un", "CRITICIZES", "SDN:MIL")} <= keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington sent a special envoy to Sudan last week.", ("USA", "VISITS", "SDN")),
        ("Kerry held discussions with the Egyptian foreign minister.",
         ("EGY:GOV", "MEETS", "person:john-kerry")),
    ],
)
def test_envoys_and_discussions(text: str, expected: tuple[str, str, str]):
    assert expected in _asserted(text)


def test_a_participle_parsed_as_an_adjective_keeps_its_agent():
    keys = _asserted("The Italian prime minister, heckled by opposition lawmakers, left early.")
    assert ("ITA:OPP", "CRITICIZES", "ITA:GOV") in keys


def test_a_request_under_consideration_has_been_made():
    assert ("MEX", "APPEALS_TO", "CAN") in _asserted(
        "Canada is considering a request from Mexico to extend the deal."
    )


def test_a_request_never_received_was_not_made():
    keys = _keys("Canada has not received any requests from Mexico to extend the deal.")
    assert ("MEX", "APPEALS_TO", "CAN", "asserted", True) in keys


def test_bombers_of_a_country_are_its_military():
    keys = _asserted("Six Chadian soldiers were killed in a raid by Sudanese bombers.")
    assert ("SDN:MIL", "ATTACKS", "TCD:MIL") in keys


def test_a_region_addressed_by_its_capital_is_the_target():
    assert ("CAN", "WARNS", "loc:quebec") in _asserted(
        "Ottawa warned Quebec that it would lose the subsidies."
    )


@pytest.mark.parametrize(
    ("text", "pair", "relation"),
    [
        ("Peru was in talks with Chile about the border.", {"PER", "CHL"}, "NEGOTIATES_WITH"),
        ("The Chilean government said it was in contact with Bolivia.", {"CHL:GOV", "BOL"},
         "MEETS"),
    ],
)
def test_being_in_talks_or_in_contact(text: str, pair: set[str], relation: str):
    assert any({k[0], k[2]} == pair and k[1] == relation for k in _asserted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's decision drew sharp criticism from Nigeria.", ("NGA", "CRITICIZES", "GHA")),
        ("Pakistan's missile test sparked condemnation from India.", ("IND", "CRITICIZES", "PAK")),
        ("The Kenyan move prompted a rebuke from Uganda.", ("UGA", "CRITICIZES", "KEN")),
    ],
)
def test_a_deed_draws_or_sparks_criticism_of_its_owner(text: str, expected):
    assert expected in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The decision drew sharp criticism from Nigeria.",  # no owner: no target
        "Ghana's supporters drew criticism from Nigeria.",  # people, not a deed
        "The killing of a Ghanaian envoy drew condemnation from Nigeria.",  # a victim
    ],
)
def test_no_target_without_a_deeds_owner(text: str):
    assert not any(k[1] == "CRITICIZES" and k[2].startswith("GHA") for k in _asserted(text))


def test_an_intent_nouns_infinitive_is_no_recipient():
    # parsed as "pledge to" + the noun phrase "jail Clinton"
    keys = _keys("Trump's pledge to jail Clinton angered Democrats.")
    assert not any(k[1] == "OFFERS" for k in keys)
    assert ("JPN", "OFFERS", "UKR") in _asserted("Japan's pledge to Ukraine was welcomed.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerry asked about Russia's attacks on Ukraine.", ("RUS", "ATTACKS", "UKR")),
        ("Merkel asked Putin about Moscow's retaliation against Kiev.",
         ("RUS", "SANCTIONS", "UKR")),
    ],
)
def test_what_a_question_is_about_happened(text: str, expected):
    assert expected in _asserted(text)


def test_what_is_asked_for_has_not_happened():
    text = "Kerry asked for Russia's attacks on Ukraine to stop."
    assert ("RUS", "ATTACKS", "UKR") not in _asserted(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana pushed Togo to hold early elections.", ("GHA", "APPEALS_TO", "TGO")),
        ("Chile persuaded Peru to accept the ruling.", ("CHL", "APPEALS_TO", "PER")),
        ("Kenya encouraged Uganda to send more troops.", ("KEN", "APPEALS_TO", "UGA")),
    ],
)
def test_pushing_or_persuading_someone_to_act_appeals_to_them(text: str, expected):
    assert expected in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops pushed Boko Haram out of the town.",
        "The Ghanaian president pushed the bill through parliament.",
        "Kenya encouraged Ugandan investment in the port.",
    ],
)
def test_pushing_without_an_infinitive_asks_no_one(text: str):
    assert not any(k[1] == "APPEALS_TO" for k in _asserted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan turned down an Indian offer of talks.", ("IND", "OFFERS", "PAK")),
        ("Ghana brushed aside warnings from Nigeria.", ("NGA", "WARNS", "GHA")),
    ],
)
def test_a_phrasal_answer_receives_the_offer_or_warning(text: str, expected):
    assert expected in _asserted(text)


@pytest.mark.parametrize(
    "text",
    ["The Kenyan minister said he feared traveling to Somalia.", "Kenya dreads meeting Somalia."],
)
def test_a_feared_act_has_not_happened(text: str):
    assert not any(k[1] in ("VISITS", "MEETS") for k in _asserted(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president goes to Uganda in March.", ("KEN:GOV", "OFFERS", "UGA")),
        ("The Kenyan president is due to arrive in Kampala on Tuesday.",
         ("KEN:GOV", "OFFERS", "UGA")),
        ("The Kenyan president will go to Uganda next month.", ("KEN:GOV", "OFFERS", "UGA")),
    ],
)
def test_a_scheduled_motion_is_a_planned_visit(text: str, expected):
    keys = _keys(text)
    assert expected in {k[:3] for k in keys if k[3] == "asserted"}
    assert not any(k[1] == "VISITS" and k[3] == "asserted" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president went to Uganda after his defeat.",
        "The Kenyan president arrived in Uganda as an exile.",
        "The Kenyan president comes to Uganda every month.",
    ],
)
def test_a_past_or_bare_motion_is_no_visit(text: str):
    assert not any(k[1] in ("VISITS", "OFFERS") for k in _asserted(text))
