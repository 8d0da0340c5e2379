"""Shapes of the seventh recall pass (issue 8), with the real model, on invented sentences:
an accused "it", a finite verb after a denied gerund, an event that happened during a negated
act, appeals for what someone undergoes, and new cues ("hit out at", "effusive about",
"secured an agreement with", "lobbied X to")."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bahrain and Egypt cut diplomatic ties with Qatar last year, accusing it of "
            "funding militants.",
            {("BHR", "CRITICIZES", "QAT"), ("EGY", "CRITICIZES", "QAT")},
        ),
        (
            "Iran denies arming the rebels and blames the war in Yemen on Riyadh.",
            {("IRN", "CRITICIZES", "SAU")},
        ),
        (
            "During a visit to Kenya last month, Barack Obama did not mention the election.",
            {("person:barack-obama", "VISITS", "KEN")},
        ),
        ("Iran hit out at Saudi Arabia on Monday.", {("IRN", "CRITICIZES", "SAU")}),
        (
            "The United States and North Korea traded threats of war on Friday.",
            {("USA", "WARNS", "PRK"), ("PRK", "WARNS", "USA")},
        ),
        (
            "Russia and Ukraine traded accusations over the attack.",
            {("RUS", "CRITICIZES", "UKR"), ("UKR", "CRITICIZES", "RUS")},
        ),
        (
            "Saudi Arabia, alongside the United Arab Emirates and Bahrain, has cut ties with "
            "Qatar.",
            {("SAU", "SANCTIONS", "QAT"), ("ARE", "SANCTIONS", "QAT"), ("BHR", "SANCTIONS", "QAT")},
        ),
        (
            "Egypt, together with Saudi Arabia, cut ties with Qatar in June.",
            {("EGY", "SANCTIONS", "QAT"), ("SAU", "SANCTIONS", "QAT")},
        ),
        (
            "Donald Trump spoke in Ohio on Monday. He left a rally in Chicago in March. He has "
            "accused Mexico of sending criminals across the border.",
            {("person:donald-trump", "CRITICIZES", "MEX")},
        ),
        (
            "Donald Trump was effusive about Russian President Vladimir Putin.",
            {("person:donald-trump", "BACKS", "person:vladimir-putin")},
        ),
        (
            "Chile secured an agreement with Peru on fishing rights.",
            {("CHL", "AGREES_WITH", "PER")},
        ),
        (
            "Israel has lobbied Russia to curb the Iranian presence in Syria.",
            {("ISR", "APPEALS_TO", "RUS")},
        ),
    ],
)
def test_seventh_pass_shapes(text, expected):
    assert expected <= events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey again called for Fethullah Gulen's extradition on Monday.",
        "Protesters in Jakarta called for the expulsion of the Myanmar ambassador.",
        "Officials said there was potential for more Chinese investment in the United States.",
    ],
)
def test_what_is_undergone_or_possible_is_no_event(text):
    found = events(text)
    assert not any(r in ("APPEALS_TO", "DEMANDS", "INVESTS_IN") for _, r, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar welcomed what it called Trump's firm strategy toward Iran.",
            {("QAT", "BACKS", "person:donald-trump")},
        ),
        (
            "China condemned what it described as U.S. interference in its affairs.",
            {("CHN", "CRITICIZES", "USA")},
        ),
        (
            "Turkey criticized what it said was a feeble Egyptian response to the decision.",
            {("TUR", "CRITICIZES", "EGY")},
        ),
        (
            "Barack Obama said at a joint news conference with Raul Castro that the embargo "
            "would end.",
            {("person:barack-obama", "MEETS", "person:raul-castro")},
        ),
        (
            "Angela Merkel told a joint news conference with Emmanuel Macron that Europe must "
            "act.",
            {("person:angela-merkel", "MEETS", "person:emmanuel-macron")},
        ),
    ],
)
def test_quoted_objects_and_news_conferences(text, expected):
    assert expected <= events(text)
