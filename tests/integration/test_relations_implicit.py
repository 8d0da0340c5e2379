"""The shapes of rules_implicit with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def _keys(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.modality) for t in extract(Document("s", text))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A French journalist was arrested in Egypt on Tuesday.",
            ("EGY", "COERCES", "FRA:MED", "asserted"),
        ),
        (
            "Germany demanded that Washington pay compensation.",
            ("DEU", "DEMANDS", "USA", "asserted"),
        ),
        # "ten Palestinians": people of the country counted, its civilians
        (
            "Israeli air strikes killed ten Palestinians in Gaza.",
            ("ISR", "ATTACKS", "PSE:CVL", "asserted"),
        ),
    ],
)
def test_implicit_shapes_on_real_parses(text: str, expected: tuple[str, str, str, str]):
    assert expected in _keys(text)


def test_what_a_demand_asks_for_has_not_happened():
    keys = _keys("Germany demanded that the United States withdraw its troops from Iraq.")
    assert ("DEU", "DEMANDS", "USA", "asserted") in keys
    assert not any(k[3] == "asserted" and k[0] == "USA" for k in keys)


def test_a_passive_arrest_without_a_place_names_no_state():
    assert not any(k[1] == "COERCES" for k in _keys("A French journalist was arrested on Tuesday."))


def test_a_planned_meeting_has_not_happened():
    keys = _keys("Officials denied reports of a planned meeting between Egypt and Jordan.")
    assert ("EGY", "MEETS", "JOR", "hypothetical") in keys
    assert not any(k[1] == "MEETS" and k[3] == "asserted" for k in keys)


def test_victims_of_an_air_strike_are_attacked_by_its_owner():
    keys = _keys("Three Afghan soldiers were killed in an American air strike in Kunduz.")
    assert ("USA", "ATTACKS", "AFG:MIL", "asserted") in keys


def test_those_to_be_expelled_are_not_the_ones_urged():
    keys = _keys("Several Spanish lawmakers had urged that Cuban diplomats be kicked out.")
    assert not any(k[1] == "APPEALS_TO" for k in keys)


def test_a_second_refused_infinitive_is_refused_too():
    keys = {
        (t.subject.id, t.relation, t.object.id, t.negated)
        for t in extract(
            Document(
                "s",
                "Brazil refused to move its embassy to Jerusalem or to recognize Kosovo.",
            )
        )
    }
    assert ("BRA", "RECOGNIZES", "XKX", True) in keys  # negated, as the first refused act
    assert ("BRA", "RECOGNIZES", "XKX", False) not in keys


def test_for_to_clause_subject_of_an_appeal_is_asked():
    found = events("The EU appealed for Kiev to show restraint.")
    assert ("igo:eu", "APPEALS_TO", "UKR") in found


def test_each_conjoined_for_to_subject_is_asked():
    found = events("The Kremlin has long called for Washington and Pyongyang to negotiate.")
    assert {("RUS:GOV", "APPEALS_TO", "USA"), ("RUS:GOV", "APPEALS_TO", "PRK")} <= found


def test_people_deported_from_a_country_are_deported_by_its_state():
    found = events("Since 2011, 800 people from China and Taiwan have been deported from Cambodia.")
    assert {("KHM", "COERCES", "CHN:CVL"), ("KHM", "COERCES", "TWN:CVL")} <= found
