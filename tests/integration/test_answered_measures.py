"""Acts on a party's measure or request, not on the party (kgraph.extract.rules_conflict
.measure_answered, kgraph.extract.modality.answered_request, args_pronouns._agent_object).
Real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "text",
    [
        "Russia retaliated against new U.S. sanctions.",
        "China retaliated against U.S. tariffs on Tuesday.",
        "China retaliated for U.S. tariffs.",
        "China struck back against U.S. sanctions.",
    ],
)
def test_retaliation_against_a_measure_is_no_attack(text: str) -> None:
    assert not any(e[1] == "ATTACKS" for e in asserted_events(text))


@pytest.mark.parametrize(
    "text", ["Israel retaliated against Hamas.", "Israel struck back at Hamas."]
)
def test_retaliation_against_a_party_stays_an_attack(text: str) -> None:
    assert ("ISR", "ATTACKS", "org:hamas") in asserted_events(text)


def test_a_law_struck_down_is_no_criticism() -> None:
    assert not asserted_events("The Supreme Court struck down a Texas law.")


@pytest.mark.parametrize(
    "text",
    [
        "Iran will not accept U.S. demands.",
        "Iran could reject Washington's demands.",
    ],
)
def test_a_demand_answered_was_made(text: str) -> None:
    assert ("USA", "DEMANDS", "IRN") in asserted_events(text)


def test_it_accused_of_a_deed_is_an_actor() -> None:
    events = asserted_events(
        "Ukraine held talks on Monday. Russia accused it of exporting weapons."
    )
    assert ("RUS", "CRITICIZES", "UKR") in events


def test_it_accused_in_a_finite_clause_prefers_a_subject() -> None:
    events = asserted_events(
        "France said Russia had isolated itself by backing Syria's government and accused it"
        " of blocking aid."
    )
    assert ("FRA", "CRITICIZES", "RUS") in events
    assert ("FRA", "CRITICIZES", "SYR") not in events


def test_it_criticized_for_a_flaw_may_be_a_thing() -> None:
    events = asserted_events(
        "The EU unveiled its plan on Monday. Britain criticized it for lacking detail."
    )
    assert ("GBR", "CRITICIZES", "igo:eu") not in events
