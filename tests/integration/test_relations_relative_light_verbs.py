"""An event noun whose light verb sits in a relative clause ("the conversations Flynn had with
Kislyak") takes that verb's subject, prepositions and modality; conjoined light-verb subjects of
a symmetric event noun ("Moscow and Washington are continuing a dialogue") hold it together
(kgraph.extract.rules_nominal); with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Investigators examined the conversations Michael Flynn had with Sergei Kislyak.",
            ("person:michael-flynn", "MEETS", "person:sergei-kislyak"),
        ),
        (
            "Canada and Mexico are continuing a dialogue on trade, officials said.",
            ("CAN", "NEGOTIATES_WITH", "MEX"),
        ),
    ],
)
def test_relative_and_joint_light_verbs(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


def test_a_meeting_to_come_in_a_relative_clause_is_not_asserted() -> None:
    found = events("The meeting Trudeau will hold with Pena Nieto has drawn attention.")
    assert not [e for e in found if e[1] == "MEETS"]


def test_an_audience_told_is_no_meeting() -> None:
    assert not events("Canada and Mexico told a meeting in Geneva that trade was at risk.")
