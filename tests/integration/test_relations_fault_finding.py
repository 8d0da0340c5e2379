"""Cues of disapprove25, with the real model, on invented sentences: verbs of fault-finding and
complaint (CAMEO 111) and blame laid on a party (112)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration

TRUMP = "person:donald-trump"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Senior Republicans found fault with Obama on Tuesday.",
            ("org:republican-party", "CRITICIZES", "person:barack-obama"),
        ),
        ("Mexico took exception to Trump's remarks about the wall.", ("MEX", "CRITICIZES", TRUMP)),
        ("India has long chafed at China's demands.", ("IND", "CRITICIZES", "CHN")),
        ("Trump fumed at China on Twitter.", (TRUMP, "CRITICIZES", "CHN")),
        ("Germany complained about the U.S. decision on Friday.", ("DEU", "CRITICIZES", "USA")),
        ("Iran complained of U.S. interference in its elections.", ("IRN", "CRITICIZES", "USA")),
        ("Trump upbraided Mexico in a speech in Phoenix.", (TRUMP, "CRITICIZES", "MEX")),
    ],
)
def test_fault_finding_criticizes(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in events(text)


def test_blame_laid_on_a_party_accuses_it():
    assert ("CHN", "CRITICIZES", "USA") in events("China laid the blame on the United States.")
    assert ("UKR", "CRITICIZES", "RUS") in events("Ukraine shifted the blame onto Russia.")


def test_a_complaint_about_a_thing_names_no_target():
    found = events("Residents in Mexico complained about the slow pace of the repairs.")
    assert not any(r == "CRITICIZES" for _, r, _ in found)


def test_a_complaint_to_a_party_stays_official():
    found = events("China complained to the United States about the act.")
    assert ("CHN", "CRITICIZES", "USA") in found


def test_complaints_about_a_party_criticize_it():
    found = events(
        "The court dismissed complaints by Slovakia and Hungary about EU migration policy."
    )
    assert {("SVK", "CRITICIZES", "igo:eu"), ("HUN", "CRITICIZES", "igo:eu")} <= found
    assert ("POL", "CRITICIZES", "DEU") in events("Poland's complaints about Germany grew louder.")
