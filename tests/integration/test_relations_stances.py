"""Denied stances (``negated-stance``), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def test_not_supporting_a_countrys_decision_rejects_it():
    found = events("Canada does not support Mexico's decision on the tariffs.")
    assert ("CAN", "REJECTS", "MEX") in found


def test_a_reported_denied_stance_is_a_reported_rejection():
    triples = extracted("The minister said Brazil does not support the Argentine plan.")
    assert any(
        t.subject.id == "BRA"
        and t.relation == "REJECTS"
        and t.object.id == "ARG"
        and t.modality == "reported"
        and not t.negated
        for t in triples
    )


def test_not_endorsing_in_the_past_rejects_no_one():
    found = events("Kenya did not endorse Uganda in the vote last year.")
    assert not any(r == "REJECTS" for _, r, _ in found)


def test_a_denied_stance_on_a_thing_rejects_no_one():
    found = events("Peru does not recognize dual citizenship.")
    assert not any(r == "REJECTS" for _, r, _ in found)
