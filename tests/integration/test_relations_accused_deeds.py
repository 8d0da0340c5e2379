"""accused-deed: a wrong a speaker tells of another actor (rules_complement.py)."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

RULE = "accused-deed"


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        ("Turkish officials said Greece violated the truce on Sunday.", "TUR:GOV", "GRC"),
        (
            '"Syria remains a sponsor of terrorism," the Israeli foreign minister said.',
            "ISR:GOV",
            "SYR",
        ),
        ("Chile said on Monday that Bolivia had lied about the border talks.", "CHL", "BOL"),
        ('"Ukraine is the aggressor here," Lavrov told reporters.', "person:sergei-lavrov", "UKR"),
        ("Chile said Bolivia's decree was unconstitutional.", "CHL", "BOL"),
        ("Chile said Bolivia's moves were a violation of the treaty.", "CHL", "BOL"),
        ("Egypt said on Monday that Qatar was financing terrorism.", "EGY", "QAT"),
        ("Egypt said Qatar harbors terrorist groups.", "EGY", "QAT"),
        ("The U.N. said Myanmar's army carried out ethnic cleansing.", "igo:un", "MMR:MIL"),
    ],
)
def test_a_wrong_told_of_another_actor_accuses_it(text: str, subject: str, target: str) -> None:
    assert (subject, "CRITICIZES", target, RULE) in ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish officials said the new law would violate the truce with Greece.",
        "Chile denied that Bolivia had violated the treaty.",
        "Chile said Bolivia had not violated the treaty.",
        "Chile asked whether Bolivia had violated the treaty.",
        "Chile said Bolivia violated a few expectations in the talks.",
        "Chile said the Bolivia deal was unconstitutional.",
        "Egypt said Qatar supports counter-terrorism efforts.",
        "Egypt said Qatar supports the fight against terrorism.",
    ],
)
def test_no_accusation_without_a_stated_wrong(text: str) -> None:
    assert not any(r[3] == RULE for r in ruled(text))


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        ("Germany is upset that Turkey arrested the journalist.", "DEU", "TUR"),
        (
            '"I am disappointed that Putin has chosen to stay away," Angela Merkel said.',
            "person:angela-merkel",
            "person:vladimir-putin",
        ),
    ],
)
def test_displeasure_at_what_another_actor_did_disapproves_of_it(
    text: str, subject: str, target: str
) -> None:
    assert (subject, "CRITICIZES", target, "displeased-that") in ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany is not upset that Turkey arrested the journalist.",
        "Germany is happy that Turkey released the journalist.",
        "Germany was disappointed that the talks with Turkey failed.",
    ],
)
def test_no_displeasure_without_a_displeased_speaker_and_an_actor(text: str) -> None:
    assert not any(r[3] == "displeased-that" for r in ruled(text))


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        ("The Kremlin said Ukrainian lawmakers meddled in the election.", "RUS:GOV", "UKR:LEG"),
        ("Iran said the talks collapsed and Israel violated the truce.", "IRN", "ISR"),
        (
            "Iranian officials said Israel attacked the convoy and violated the ceasefire.",
            "IRN:GOV",
            "ISR",
        ),
    ],
)
def test_meddling_and_joined_clauses_accuse(text: str, subject: str, target: str) -> None:
    assert (subject, "CRITICIZES", target, RULE) in ruled(text)


def test_a_condition_joined_to_nothing_accuses_no_one() -> None:
    assert not any(
        r[3] == RULE
        for r in ruled("Iran said the talks would collapse if Israel violated the truce.")
    )


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        ("China is angry about Japan's visit to the shrine.", "CHN", "JPN"),
        ("Germany is troubled by Russia.", "DEU", "RUS"),
    ],
)
def test_more_words_of_displeasure_disapprove(text: str, subject: str, target: str) -> None:
    assert (subject, "CRITICIZES", target) in {r[:3] for r in ruled(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Trump said that Andrew Jackson was really angry that he saw what was happening.",
        "Former White House spokesman Larry Speakes said he and President Reagan misled "
        "the public.",
    ],
)
def test_the_speakers_own_act_accuses_no_one(text: str) -> None:
    assert not any(r[3] in (RULE, "displeased-that") for r in ruled(text))
