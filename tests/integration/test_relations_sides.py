"""Arguments reached through a person's side, the nearest of two names, a possessor subject or
the article's main person, with the model, on sentences written for these rules: "Mueller's
team", "his office", a relative after two names ("met Xi and Putin, who ..."), "its forces"
after a subject, and a subject "he" with no person in its window standing for the person the
article is about."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration

MAIN = (
    "U.S. President Donald Trump said on Monday he would visit Beijing. "
    "Trump told reporters the trip was important. Trump also said trade was a priority. "
    "The law was passed in 2015. It was widely criticized by economists. "
)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "Special counsel Robert Mueller's team accused Michael Flynn of lying.",
            {("person:robert-mueller", "CRITICIZES", "person:michael-flynn")},
        ),
        (
            "Governor Andrew Cuomo said on Monday the state would sue. "
            "His office accused Trump of ignoring New York.",
            {("person:andrew-cuomo", "CRITICIZES", "person:donald-trump")},
        ),
        (
            "Chinese President Xi Jinping met Obama and Putin, who criticized Japan.",
            {
                ("person:barack-obama", "MEETS", "person:xi-jinping"),
                ("person:vladimir-putin", "MEETS", "person:xi-jinping"),
                ("person:vladimir-putin", "CRITICIZES", "JPN"),
            },
        ),
        (
            MAIN + "He also accused China of stealing jobs.",
            {("person:donald-trump", "CRITICIZES", "CHN")},
        ),
        (
            "Turkey said on Monday its forces had shelled Syrian government troops.",
            {("TUR:MIL", "ATTACKS", "SYR:MIL")},
        ),
        (
            "Russia sent more troops to Syria in March. "
            "Its soldiers later attacked Turkish troops near Afrin.",
            {("RUS:MIL", "ATTACKS", "TUR:MIL")},
        ),
    ],
)
def test_sides_and_main_person(text: str, expect: set[tuple[str, str, str]]) -> None:
    assert expect <= events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a person named once is no main person
        "Angela Merkel met Putin on Monday. The law was passed in 2015. "
        "It was widely criticized by economists. He also accused China of stealing jobs.",
        # someone else in the window is the one meant
        MAIN + "Economist John Smallwood disagreed. He also accused China of stealing jobs.",
        # a woman's "she" is not the man the article is about
        MAIN + "She also accused China of stealing jobs.",
    ],
)
def test_no_main_person(text: str) -> None:
    assert ("person:donald-trump", "CRITICIZES", "CHN") not in events(text)
