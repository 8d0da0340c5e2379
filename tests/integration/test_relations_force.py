"""Force shapes with the real model, on invented sentences: armed forces seizing power
(seized-power), people barred from returning (CAMEO 191), and people counted by a quantity
noun as the patients of an act of state."""

from __future__ import annotations

import pytest

from tests.integration.news import extracted, ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "text",
    [
        "Zimbabwe's army seized power on Wednesday.",
        "Relations cooled after Zimbabwe's military took power in a coup.",
    ],
)
def test_armed_forces_seizing_power_coerce_their_government(text: str):
    assert ("ZWE:MIL", "COERCES", "ZWE:GOV", "seized-power") in ruled(text)


def test_a_leader_taking_power_is_no_coup():
    found = ruled("Exports fell after North Korean leader Kim Jong Un took power in 2011.")
    assert not any(k[3] == "seized-power" for k in found)


def test_barring_people_from_returning_restricts_their_movement():
    codes = {
        (t.subject.id, t.object.id): t.cameo
        for t in extracted("Ecuadorean police barred the judges from returning to their offices.")
    }
    assert codes[("ECU:COP", "ECU:JUD")] == "191"


def test_people_counted_by_a_quantity_noun_are_an_act_of_state_s_patients():
    assert ("TUR", "COERCES", "TUR:MED", "state-patient") in ruled(
        "Turkey has jailed dozens of journalists."
    )
