"""Arguments reached through a person's side or the nearest of two names, with the model, on
sentences written for these rules: "Mueller's team", "his office", and a relative after two
names ("met Xi and Putin, who ...")."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "Trump's legal team accused Comey of leaking memos.",
            {("person:donald-trump", "CRITICIZES", "person:james-comey")},
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
    ],
)
def test_sides(text: str, expect: set[tuple[str, str, str]]) -> None:
    assert expect <= events(text)
