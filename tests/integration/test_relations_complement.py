"""Accusations made in a complement clause, with the real model on invented sentences
(:mod:`kgraph.extract.rules_complement`): "Iran said Israel was behind the attack" -> IRN
CRITICIZES ISR; "Turkey charged that Germany was harbouring terrorists" -> TUR CRITICIZES DEU."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        ("Egypt said Libya was behind the bombing of its consulate.", "EGY", "LBY"),
        ("Kenya said Somalia was responsible for the killings near the border.", "KEN", "SOM"),
        ("Berlin officials are confident Russia was behind the cyberattack.", "DEU:GOV", "RUS"),
        ("Iran said Israel bears full responsibility for the killing.", "IRN", "ISR"),
        (
            "Macron said he believed Syrian forces were behind the chemical attack.",
            "person:emmanuel-macron",
            "SYR:MIL",
        ),
        (
            "Trump insisted that Mexico was to blame for the drug crisis.",
            "person:donald-trump",
            "MEX",
        ),
    ],
)
def test_a_speaker_blaming_an_actor_accuses_it(text: str, speaker: str, accused: str) -> None:
    assert (speaker, "CRITICIZES", accused) in asserted_events(text)


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        ("Turkey charged that Germany was harbouring terrorists.", "TUR", "DEU"),
        ("Russia alleged that Ukraine shelled the town.", "RUS", "UKR"),
        ("Poland complained that the Russian blockade violated the treaty.", "POL", "RUS"),
        ("Iran complained that its diplomats were expelled by Turkey.", "IRN", "TUR"),
    ],
)
def test_an_alleging_verb_accuses_its_clauses_subject(
    text: str, speaker: str, accused: str
) -> None:
    assert (speaker, "CRITICIZES", accused) in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt denied that Libya was behind the bombing.",
        "Egypt said Libya was not behind the bombing.",
        "Egypt did not say Libya was behind the bombing.",
        "Egyptian officials refused to say if they thought Libya was behind the bombing.",
        "Egypt said Libya was responsible for security at the border.",
        "Egypt said Libya was behind the new trade plan.",
        "Egypt said Libya bears responsibility for the talks.",
    ],
)
def test_no_accusation_without_blame_stated(text: str) -> None:
    assert not any(r == "CRITICIZES" and o == "LBY" for _, r, o in asserted_events(text))
