"""An order told as given does its act, and a finite verb after a denied charge's clause is the
denier's own act; with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


def test_an_order_told_as_given_does_the_act():
    events = asserted_events(
        "In March, the Kenyan president ordered the expulsion of 20 Ugandan diplomats."
    )
    assert any(k[0] == "KEN:GOV" and k[2].startswith("UGA") for k in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president may order the expulsion of 20 Ugandan diplomats.",
        "The Kenyan president called for the expulsion of 20 Ugandan diplomats.",
    ],
)
def test_an_order_or_call_ahead_does_nothing_yet(text: str):
    assert not any(k[0] == "KEN:GOV" and k[2].startswith("UGA") for k in asserted_events(text))


def test_a_finite_verb_after_a_denied_charges_clause_is_the_deniers_act():
    text = (
        "Kenya denies charges that it is arming the rebels and aiding the militias and accuses "
        "Uganda of prolonging the war."
    )
    assert ("KEN", "CRITICIZES", "UGA") in asserted_events(text)
