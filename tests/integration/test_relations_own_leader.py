"""A country and a person who led it make no cooperative event, with the real model, on
invented sentences (kgraph.extract.relations.own_leader)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_a_country_and_its_own_leader_make_no_cooperation() -> None:
    assert not events("Syria expanded its cooperation with Bashar al-Assad.")
    found = events("Russia expanded its cooperation with Bashar al-Assad.")
    assert ("RUS", "COOPERATES_WITH", "person:bashar-al-assad") in found
