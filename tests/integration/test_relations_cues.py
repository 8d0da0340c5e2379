"""Cues of the relation lexicon with the real model, on invented sentences: verbs, phrasal verbs
and nouns read as the relation and CAMEO code the lexicon gives them (summoning, contacts,
clashes, envoys, destroying an armed force, bombardments, objections and exhortations, pushing
or persuading to act, troops travelling, halted talks and frozen ties, surrender, requests turned
down, disapproval stated as a feeling), and the readings they must not give (wishes and
questions that ask no one, a rival ignored, not bowing to pressure)."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document
from tests.integration.news import asserted_events, events, extracted

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Authorities in Ghana summoned the Togolese ambassador on Friday.",
            ("GHA:GOV", "CRITICIZES", "TGO:GOV"),
        ),
        (
            "Seoul has been communicating with Tokyo about the missile launch.",
            ("JPN", "MEETS", "KOR"),
        ),
        (
            "Obama clashed with the Turkish president over the Kurds.",
            ("person:barack-obama", "CRITICIZES", "TUR:GOV"),
        ),
    ],
)
def test_summons_contacts_and_quarrels(text: str, expected: tuple[str, str, str]):
    assert expected in asserted_events(text)


def test_a_persons_armed_men_clashing_fight():
    triples = asserted_events("Saleh's forces clashed with Houthi fighters in Sanaa on Sunday.")
    assert ("person:saleh", "ATTACKS", "org:houthis") in triples
    assert not any(t[1] == "CRITICIZES" for t in triples)


def test_a_persons_associates_are_not_the_person():
    # "indictments of Trump associates": the associates are the target, not Trump
    for text in (
        "Mueller's first indictments of Trump associates came on Monday.",
        "Police arrested two of Saleh's aides in Sanaa.",
    ):
        assert not any(
            t[1] == "COERCES" and t[2].startswith("person:") for t in asserted_events(text)
        )


def test_forces_clashing_still_fight():
    assert ("SYR:MIL", "ATTACKS", "TUR:MIL") in asserted_events(
        "Syrian troops clashed with Turkish forces near the border."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington sent a special envoy to Sudan last week.", ("USA", "VISITS", "SDN")),
        (
            "Kerry held discussions with the Egyptian foreign minister.",
            ("EGY:GOV", "MEETS", "person:john-kerry"),
        ),
    ],
)
def test_envoys_and_discussions(text: str, expected: tuple[str, str, str]):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    ("text", "pair", "relation"),
    [
        ("Peru was in talks with Chile about the border.", {"PER", "CHL"}, "NEGOTIATES_WITH"),
        (
            "The Chilean government said it was in contact with Bolivia.",
            {"CHL:GOV", "BOL"},
            "MEETS",
        ),
    ],
)
def test_being_in_talks_or_in_contact(text: str, pair: set[str], relation: str):
    assert any({k[0], k[2]} == pair and k[1] == relation for k in asserted_events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana pushed Togo to hold early elections.", ("GHA", "APPEALS_TO", "TGO")),
        ("Chile persuaded Peru to accept the ruling.", ("CHL", "APPEALS_TO", "PER")),
        ("Kenya encouraged Uganda to send more troops.", ("KEN", "APPEALS_TO", "UGA")),
    ],
)
def test_pushing_or_persuading_someone_to_act_appeals_to_them(text: str, expected):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops pushed Boko Haram out of the town.",
        "The Ghanaian president pushed the bill through parliament.",
        "Kenya encouraged Ugandan investment in the port.",
    ],
)
def test_pushing_without_an_infinitive_asks_no_one(text: str):
    assert not any(k[1] == "APPEALS_TO" for k in asserted_events(text))


def _codes(text: str) -> set[tuple[str, str, str, str | None]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.cameo)
        for t in extract(Document("s", text))
        if t.modality in ("asserted", "reported") and not t.negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad destroyed the Sudanese air force.", ("TCD", "ATTACKS", "SDN:MIL", "190")),
        (
            "Ethiopian jets destroyed Eritrean tanks near the border.",
            ("ETH:MIL", "ATTACKS", "ERI:MIL", "190"),
        ),
    ],
)
def test_destroying_an_armed_force_is_fighting(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found


def test_destroying_property_stays_coercion() -> None:
    found = _codes("Israeli troops destroyed the house of a Palestinian family.")
    assert not any(r == "ATTACKS" for _, r, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil objected to the Argentine proposal.", ("BRA", "CRITICIZES", "ARG", "110")),
        (
            "Brazil's objection to the Argentine plan angered Buenos Aires.",
            ("BRA", "CRITICIZES", "ARG", "110"),
        ),
        ("Germany decried the Russian attack.", ("DEU", "CRITICIZES", "RUS", "111")),
        ("Poland exhorted Germany to send troops.", ("POL", "APPEALS_TO", "DEU", "02")),
    ],
)
def test_criticism_and_appeal_cues(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigerian troops flew to Sudan on Monday.", ("NGA:MIL", "DEPLOYS_TO", "SDN", "074")),
        ("Kenyan peacekeepers travelled to Somalia.", ("KEN:MIL", "DEPLOYS_TO", "SOM", "074")),
        ("The Nigerian army chief flew to Sudan on Monday.", ("NGA:MIL", "VISITS", "SDN", "042")),
    ],
)
def test_troops_travelling_are_deployed_not_visiting(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Syrian soldiers were killed in a Turkish bombardment.",
            ("TUR", "ATTACKS", "SYR:MIL", "190"),
        ),
        (
            "An Israeli barrage wounded three Lebanese civilians.",
            ("ISR", "ATTACKS", "LBN:CVL", "180"),
        ),
        ("Iraq launched a bombardment on Iran.", ("IRQ", "ATTACKS", "IRN", "190")),
    ],
)
def test_bombardments_and_barrages_are_attacks(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found


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
        "The Palestinians want Jerusalem to be their capital.",
        "Russia wants Crimea to remain Russian forever.",
        "Berlin wants Greece to stay in the euro zone.",
    ],
)
def test_a_wish_about_a_state_asks_no_one(text):
    assert not any(r == "APPEALS_TO" for _, r, _ in events(text))


def test_wanting_someone_to_act_still_asks_them():
    found = events("Washington wants Iran to halt its missile tests.")
    assert ("USA", "APPEALS_TO", "IRN") in found


def test_asking_about_something_is_a_question_not_an_appeal():
    found = events("Spain asked France about the missing fishermen on Monday.")
    assert not any(r == "APPEALS_TO" for _, r, _ in found)


def test_asking_to_act_is_still_an_appeal():
    found = events("Spain asked France to return the missing fishermen.")
    assert ("ESP", "APPEALS_TO", "FRA") in found
