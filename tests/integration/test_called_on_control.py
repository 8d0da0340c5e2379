""" "X called on Y to do Z": the one called on does Z (object control through "on"/"upon",
kgraph.extract.rules_verbal_subjects); a date after "called on" is no one called on. Real
model, invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "doer", "caller"),
    [
        (
            "Merkel called on Russia to withdraw its troops from Ukraine.",
            "RUS",
            "person:angela-merkel",
        ),
        (
            "The European Union called upon the rebels to stop attacking Syrian government forces.",
            "SYR:REB",
            "igo:eu",
        ),
    ],
)
def test_the_one_called_on_does_the_act(text: str, doer: str, caller: str) -> None:
    hypothetical = {k[:3] for k in keyed(text) if k[3] == "hypothetical"}
    assert any(s == doer for s, _, _ in hypothetical)
    assert not any(s == caller for s, _, _ in hypothetical)


def test_a_date_after_called_on_is_no_one_called() -> None:
    hypothetical = {k[:3] for k in keyed("China called on Tuesday to hold talks with Japan.")}
    assert ("CHN", "MEETS", "JPN") in hypothetical
