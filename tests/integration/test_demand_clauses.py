""" "X demanded Y step aside", "X demanded earlier in the day that Y resign": a demand's clause
without "that", or with its "that" taken for a relative pronoun of a time noun, still names the
one asked (complement-subject, kgraph.extract.rules_complement.demand_clauses). Real model,
invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "text",
    [
        "Russia has demanded Ukraine withdraw its troops from the border.",
        "Russia demanded earlier in the day that Ukraine withdraw its troops.",
    ],
)
def test_the_subject_of_a_demands_clause_is_asked(text: str) -> None:
    assert ("RUS", "DEMANDS", "UKR") in asserted_events(text)


def test_a_reported_past_deed_is_no_demand() -> None:
    events = asserted_events("Russia demanded to know why Ukraine withdrew its troops.")
    assert ("RUS", "DEMANDS", "UKR") not in events
