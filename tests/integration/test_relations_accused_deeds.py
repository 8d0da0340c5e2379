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
    ],
)
def test_no_accusation_without_a_stated_wrong(text: str) -> None:
    assert not any(r[3] == RULE for r in ruled(text))
