"""Acts of state on people and places the sentence does not name (``state-patient``), with
the real model, on invented sentences; also the agent of a participle parsed as an adjective and
a region addressed by its capital as a target."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan police detained twelve people after the protest.",
            ("KEN:COP", "COERCES", "KEN:CVL"),
        ),
        ("Nine people were detained in Egypt during the protests.", ("EGY", "COERCES", "EGY:CVL")),
        (
            "Israeli soldiers demolished three houses in a Hebron neighbourhood.",
            ("ISR:MIL", "COERCES", "PSE"),
        ),
    ],
)
def test_acts_of_state_on_unnamed_people_and_places(text: str, expected: tuple[str, str, str]):
    assert expected in asserted_events(text)


def test_rebels_seizing_people_name_no_state_victim():
    assert not any(k[1] == "COERCES" for k in asserted_events("The rebels kidnapped four people."))


def test_a_participle_parsed_as_an_adjective_keeps_its_agent():
    keys = asserted_events(
        "The Italian prime minister, heckled by opposition lawmakers, left early."
    )
    assert ("ITA:OPP", "CRITICIZES", "ITA:GOV") in keys


def test_a_region_addressed_by_its_capital_is_the_target():
    assert ("CAN", "WARNS", "loc:quebec") in asserted_events(
        "Ottawa warned Quebec that it would lose the subsidies."
    )


def test_expelled_diplomats_are_not_the_expelling_state_s_own():
    found = events("Russia's decision to expel the diplomats angered Washington.")
    assert not any(s == "RUS" and o.startswith("RUS") for s, _, o in found)
