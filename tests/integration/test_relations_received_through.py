"""Acts received through a to-phrase or a quantity word, with the real model on invented
sentences (kgraph.extract.rules_recipient, nominal-recipient): "bowed to pressure from X",
"responded to criticism from X" (the subject answers what X aimed at it), "Y's move led to
criticism from X" (a deed's owner is its target) and "faced a barrage / a storm of criticism
from X" (the quantity word stands for the event noun of its of-phrase)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain caved to pressure from Washington on Tuesday.",
            ("USA", "DEMANDS", "GBR"),
        ),
        (
            "Chancellor Angela Merkel was responding to criticism from Donald Trump.",
            ("person:donald-trump", "CRITICIZES", "person:angela-merkel"),
        ),
        (
            "Obama reacted angrily to criticism from Putin on Monday.",
            ("person:vladimir-putin", "CRITICIZES", "person:barack-obama"),
        ),
        (
            "Trump's move led to criticism from China on Friday.",
            ("CHN", "CRITICIZES", "person:donald-trump"),
        ),
        (
            "Iran faced a barrage of criticism from France at the meeting.",
            ("FRA", "CRITICIZES", "IRN"),
        ),
        (
            "Iran faced a storm of criticism from France at the meeting.",
            ("FRA", "CRITICIZES", "IRN"),
        ),
        (
            "Trump's decision sparked an outcry from China on Friday.",
            ("CHN", "CRITICIZES", "person:donald-trump"),
        ),
    ],
)
def test_acts_received_through_a_phrase(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel responded to the attack by Hamas on Monday.",
        "Lawmakers in Germany responded to the attack by Iran.",
        "Japan responded on Monday to the threat from North Korea.",
    ],
)
def test_an_attack_responded_to_was_not_on_the_responder(text: str) -> None:
    assert not any(r in ("ATTACKS", "WARNS") for _, r, _ in events(text)), (
        "one responds to an attack or a threat made on someone else"
    )
