"""Working with a party ("work with"): cooperation between parties, a job between people, with
the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def test_a_country_working_with_another_cooperates_with_it():
    found = events("Peru is working closely with Chile on the border investigation.")
    assert ("CHL", "COOPERATES_WITH", "PER") in found or ("PER", "COOPERATES_WITH", "CHL") in found


def test_an_army_working_with_rebels_cooperates_with_them():
    found = events("The Turkish army is working with Syrian rebels near the border.")
    pair = {"TUR:MIL", "SYR:REB"}
    assert any(r == "COOPERATES_WITH" and {s, o} == pair for s, r, o in found)


def test_saying_it_will_work_with_another_country_offers_cooperation():
    triples = extracted("Beijing said it will work with Washington to resolve the dispute.")
    assert any(
        t.subject.id == "CHN" and t.relation == "OFFERS" and t.object.id == "USA" for t in triples
    )


def test_two_people_working_together_is_a_job_not_cooperation():
    found = events("Rosenberger, who worked with Hillary Clinton at the State Department, said so.")
    assert not any(r == "COOPERATES_WITH" for _, r, _ in found)
