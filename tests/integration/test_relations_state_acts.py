"""Acts of state with no named actor, with the real model, on invented sentences: choosing as
endorsement and a body of an actor acting for it, and no act of state where none happened."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _ in ruled(text)}


def test_choosing_and_bodies() -> None:
    found = _pairs("The UN has chosen Brazil and Kenya as members of the new panel.")
    assert {("igo:un", "BACKS", "BRA"), ("igo:un", "BACKS", "KEN")} <= found, found
    assert ("igo:un", "CRITICIZES", "ISR") in _pairs("A UN committee criticized Israel.")


@pytest.mark.parametrize(
    "text",
    [
        "The US called for the release of opposition leaders in Zimbabwe.",  # not happened
        "A British tourist was arrested on Monday.",  # no state named
        "The minister wrote to his party colleagues demanding loyalty.",  # no actor target
        "Saudi Arabia booked flights to Qatar.",  # no curb
        "Certain government officials from Venezuela were also barred.",  # from abroad
        "Venezuelan officials were barred from entering.",  # a ban on entry, by another state
    ],
)
def test_no_act_of_state_read_where_none_happened(text: str) -> None:
    found = ruled(text)
    rules = {"nominal-state", "passive-home-state", "message-addressee", "travel-ban"}
    assert not {f for f in found if f[3] in rules}, found


def test_unplaced_arrest_noun_is_the_patients_own_state():
    found = ruled(
        "The indictment of former Brazilian President Luiz Inacio Lula da Silva shocked many."
    )
    assert ("BRA", "COERCES", "person:luiz-inacio-lula-da-silva", "nominal-state") in found
    # another country named: the trial may be there
    found = ruled(
        "The trial of former Brazilian President Luiz Inacio Lula da Silva worried France."
    )
    assert not {f for f in found if f[3] == "nominal-state"}
