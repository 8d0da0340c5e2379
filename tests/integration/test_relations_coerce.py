"""Custody phrases and passive acts of state whose state is not named as an actor
(kgraph.extract.rules_coerce), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police held the opposition leader in custody.", ("KEN:COP", "COERCES", "KEN:OPP")),
        (
            "The Nigerian opposition leader was placed under house arrest in Nigeria in January.",
            ("NGA", "COERCES", "NGA:OPP"),
        ),
        (
            "A senior Zambian opposition leader was detained by anti-corruption authorities.",
            ("ZMB:GOV", "COERCES", "ZMB:OPP"),
        ),
        (
            "Kenyan opposition leader Raila Odinga was taken into custody by the anti-corruption "
            "agency on Monday.",
            ("KEN:GOV", "COERCES", "person:raila-odinga"),
        ),
        (
            "Venezuelan opposition leader Leopoldo Lopez spoke on Monday. Lopez was arrested on "
            "Friday night.",
            ("VEN", "COERCES", "person:leopoldo-lopez"),
        ),
        (
            "The French aid worker, jailed in Kenya since May, wrote to the president.",
            ("KEN", "COERCES", "FRA:LAB"),
        ),
        (
            "Kenyan police said they had arrested 22 people, including a Qatari national.",
            ("KEN:COP", "COERCES", "KEN:CVL"),
        ),
        (
            "Obama retaliated by ordering 35 Russian intelligence officials expelled from the "
            "United States.",
            ("person:barack-obama", "COERCES", "RUS:SPY"),
        ),
        ("China imposed fines on Tencent.", ("CHN", "SANCTIONS", "org:tencent")),
        ("Russia denied visas to British diplomats.", ("RUS", "SANCTIONS", "GBR:GOV")),
        (
            "Venezuelan opposition leader Leopoldo Lopez faces charges in Spain.",
            ("ESP", "COERCES", "person:leopoldo-lopez"),
        ),
        (
            "A Kenyan reporter was detained at her home in Nairobi on Monday.",
            ("KEN", "COERCES", "KEN:MED"),
        ),
        (
            "The Nigerian opposition leader was arrested at Lagos airport.",
            ("NGA", "COERCES", "NGA:OPP"),
        ),
        (
            "The Kenyan opposition leader is held in a jail in the western city of Kisumu.",
            ("KEN", "COERCES", "KEN:OPP"),
        ),
    ],
)
def test_acts_of_state_with_no_named_state(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted_events(text)


def test_a_person_arrested_in_an_unknown_place_has_no_state() -> None:
    found = asserted_events(
        "Venezuelan opposition leader Leopoldo Lopez was arrested in the town of Encarnacion."
    )
    assert not any(rel == "COERCES" for _, rel, _ in found)


def test_facing_a_challenge_is_no_charge() -> None:
    found = asserted_events("The Kenyan government faces a difficult challenge.")
    assert not any(rel == "COERCES" for _, rel, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States expelled 15 Cuban diplomats on Tuesday.",
            ("USA", "SANCTIONS", "CUB:GOV"),
        ),
        ("Two Russian diplomats were expelled by Britain.", ("GBR", "SANCTIONS", "RUS:GOV")),
        ("Britain expelled two Russian journalists.", ("GBR", "COERCES", "RUS:MED")),
    ],
)
def test_expelling_diplomats_reduces_relations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rules_inquiry: the doer of a whether-clause is investigated
        (
            "Canadian police are investigating whether Iran funded the group.",
            ("CAN:COP", "INVESTIGATES", "IRN"),
        ),
        (
            "The FBI launched an investigation into whether Russia hacked the party.",
            ("USA:COP", "INVESTIGATES", "RUS"),
        ),
        # rules_inquiry: one under scrutiny by an actor is investigated by it
        (
            "Yahoo came under renewed scrutiny by U.S. lawmakers on Thursday.",
            ("USA:LEG", "INVESTIGATES", "org:yahoo"),
        ),
        (
            "The FBI brought Trump's foundation under scrutiny.",
            ("USA:COP", "INVESTIGATES", "person:donald-trump"),
        ),
        (
            "Trump's handling of the information came under congressional scrutiny on Tuesday.",
            ("USA:LEG", "INVESTIGATES", "person:donald-trump"),
        ),
        # lexicon: investigations begun, sanctions tightened, passed or eased
        (
            "Trump authorized an investigation into China's trade practices.",
            ("person:donald-trump", "INVESTIGATES", "CHN"),
        ),
        (
            "The United States tightened sanctions against Venezuela on Friday.",
            ("USA", "SANCTIONS", "VEN"),
        ),
        ("The U.S. Senate passed new sanctions against Iran.", ("USA:LEG", "SANCTIONS", "IRN")),
        (
            "The United States eased sanctions against Cuba on Friday.",
            ("USA", "CONCEDES_TO", "CUB"),
        ),
        # lexicon (conflict18): sanctions renewed, widened or issued; border closures
        (
            "The European Union on Monday renewed sanctions against Russia for six months.",
            ("igo:eu", "SANCTIONS", "RUS"),
        ),
        ("The United States broadened sanctions on Venezuela.", ("USA", "SANCTIONS", "VEN")),
        ("Japan has also issued sanctions on North Korea.", ("JPN", "SANCTIONS", "PRK")),
        ("Kenya sealed its border with Somalia.", ("KEN", "SANCTIONS", "SOM")),
        ("Moscow closed its air space to Poland on Monday.", ("RUS", "SANCTIONS", "POL")),
    ],
)
def test_investigations_and_sanctions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted_events(text)


def test_investigation_of_whether_there_were_ties_names_no_one() -> None:
    found = asserted_events("Canadian police are investigating whether there were ties to Iran.")
    assert not any(rel == "INVESTIGATES" for _, rel, _ in found)


def test_parliamentary_scrutiny_of_a_company_names_no_state() -> None:
    found = asserted_events("Facebook came under parliamentary scrutiny in Britain.")
    assert not any(rel == "INVESTIGATES" for _, rel, _ in found)


def test_the_dateline_places_an_arrest_in_an_article_of_one_country() -> None:
    found = asserted_events(
        "NAIROBI (Reuters) - Kenya's opposition called for protests on Monday.\n\n"
        "The activist Musa Bello was arrested on Friday night."
    )
    assert ("KEN", "COERCES", "person:musa-bello") in found


def test_a_dateline_over_foreign_news_places_no_arrest() -> None:
    found = asserted_events(
        "WASHINGTON (Reuters) - The United States criticized Egypt on Monday.\n\n"
        "The activist Musa Bello was arrested on Friday night."
    )
    assert not any(rel == "COERCES" for _, rel, _ in found)


def test_the_dateline_places_unnamed_people_arrested() -> None:
    found = asserted_events(
        "NAIROBI (Reuters) - Kenya's opposition called for protests on Monday.\n\n"
        "Two men were charged on Friday with the murder of a Kenyan lawyer."
    )
    assert ("KEN", "COERCES", "KEN:CVL") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan security forces tortured the Kenyan activist Musa Bello.",
            ("KEN:COP", "ATTACKS", "person:musa-bello"),
        ),
        (
            "The Kenyan government exiled the opposition leader Raila Odinga.",
            ("KEN:GOV", "COERCES", "KEN:OPP"),
        ),
    ],
)
def test_torture_and_exile(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ahmed Bello was detained in a raid on Tuesday, according to the Egyptian Interior "
            "Ministry.",
            ("EGY:GOV", "COERCES", "person:ahmed-bello"),
        ),
        (
            "Ahmed Bello was arrested at a checkpoint on Tuesday, Egyptian police said.",
            ("EGY:COP", "COERCES", "person:ahmed-bello"),
        ),
        (
            "Egyptian police said Ahmed Bello had been arrested overnight.",
            ("EGY:COP", "COERCES", "person:ahmed-bello"),
        ),
        # a conjoined passive undergone by the subject of the verb it is conjoined to
        (
            "Ahmed Bello escaped the air raid but was later arrested, according to the Egyptian "
            "Interior Ministry.",
            ("EGY:GOV", "COERCES", "person:ahmed-bello"),
        ),
        (
            "Kenyan opposition leader Raila Odinga returned home on Monday and was arrested on "
            "Friday.",
            ("KEN", "COERCES", "person:raila-odinga"),
        ),
    ],
)
def test_a_state_body_reporting_an_act_of_state_did_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted_events(text)


def test_an_arrest_reported_by_a_lawyer_names_no_state() -> None:
    found = asserted_events("Ahmed Bello was arrested on Tuesday, his lawyer told Reuters.")
    assert not any(rel == "COERCES" for _, rel, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The former Zimbabwean finance minister, who was among those detained by the "
            "military last week, spoke on Friday.",
            ("ZWE:MIL", "COERCES", "ZWE:GOV"),
        ),
        (
            "Two Kenyan journalists were among those killed by al Shabaab militants in the attack.",
            ("org:al-shabaab", "ATTACKS", "KEN:MED"),
        ),
    ],
)
def test_among_those_arrested_or_killed_by_someone(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted_events(text)


def test_among_those_invited_is_no_act_of_force() -> None:
    found = asserted_events("The Kenyan activist Musa Bello was among those invited by Odinga.")
    assert not any(rel in ("COERCES", "ATTACKS") for _, rel, _ in found)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Israeli troops blocked roads in the West Bank on Sunday.",
            ("ISR:MIL", "COERCES", "PSE"),
            ("ISR:MIL", "PROTESTS", "PSE"),
        ),
        (
            "Palestinian protesters blocked roads in the West Bank on Sunday.",
            ("PSE:OPP", "PROTESTS", "PSE"),
            ("PSE:OPP", "COERCES", "PSE"),
        ),
    ],
)
def test_passage_blocked_by_a_state_restricts_movement(
    text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = asserted_events(text)
    assert expected in found and not_expected not in found
