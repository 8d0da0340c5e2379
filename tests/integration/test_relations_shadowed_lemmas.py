"""Cue verbs whose inflections the rule lemmatizer gave a shorter base form ("fined" -> "fin",
"staged" -> "stag", kgraph/data/lemmas.tsv) or its own spelling ("appalled" -> "appal"), read
by their cues; with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union fined Google on Tuesday.", ("igo:eu", "COERCES", "org:google")),
        (
            "Ukrainian students staged a protest against the Russian government.",
            ("UKR:EDU", "PROTESTS", "RUS:GOV"),
        ),
        ("Russia waged war on Ukraine.", ("RUS", "ATTACKS", "UKR")),
        (
            "Obama dined with Chinese President Xi Jinping.",
            ("person:barack-obama", "MEETS", "person:xi-jinping"),
        ),
        (
            "Trump lambasted German Chancellor Angela Merkel.",
            ("person:donald-trump", "CRITICIZES", "person:angela-merkel"),
        ),
        ("Russia appalled Germany.", ("DEU", "CRITICIZES", "RUS")),
        ("Japan's decision appalled China.", ("CHN", "CRITICIZES", "JPN")),
    ],
)
def test_shadowed_cue_verbs_give_their_events(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)
