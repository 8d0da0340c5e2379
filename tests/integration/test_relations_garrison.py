"""The stationed-troops rule with the real model, on invented sentences: soldiers kept
stationed in another country are deployed there (kgraph/extract/rules_garrison.py)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_a_country_keeping_troops_based_abroad_deploys_them():
    found = events("France has about 4,000 soldiers based in Mali.")
    assert ("FRA", "DEPLOYS_TO", "MLI") in found


def test_soldiers_named_with_their_country_stationed_abroad_are_deployed():
    found = events("Tokyo pays part of the cost of U.S. troops stationed in Japan.")
    assert ("USA:MIL", "DEPLOYS_TO", "JPN") in found


def test_troops_stationed_at_home_are_no_deployment():
    found = events("Egyptian troops stationed in Cairo were put on alert on Monday.")
    assert not any(r == "DEPLOYS_TO" for _, r, _ in found)


def test_a_company_s_staff_based_abroad_is_no_deployment():
    found = events("Boeing has 300 engineers based in China.")
    assert not any(r == "DEPLOYS_TO" for _, r, _ in found)


def test_soldiers_merely_said_to_be_in_another_country_are_no_deployment_event():
    found = events("Blair was accused of using British troops in Iraq as a gesture.")
    assert not any(r == "DEPLOYS_TO" for _, r, _ in found)


def test_soldiers_in_their_own_country_are_no_deployment():
    found = events("Iraqi forces in Kirkuk were put on alert on Monday.")
    assert not any(r == "DEPLOYS_TO" for _, r, _ in found)
