"""Organisations with the model, on sentences written for these rules: a company named with
its ticker is the known company of its country, and a bank named after a country stays an
organisation."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def test_company_with_its_ticker_is_the_known_company_of_its_country() -> None:
    text = "Cable operators such as Comcast Corp (CMCSA.O) criticized the new rules on Friday."
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    comcast = found["Comcast Corp"]
    assert (comcast.id, comcast.country) == ("org:comcast", "USA")


def _mentions(text: str, date: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.entity.id) for m in entity_mentions([Document("t", text, date=date)])]


def test_bank_of_a_country_stays_an_organisation() -> None:
    found = [e for _, e in _mentions("The Bank of Japan kept rates on hold on Tuesday.")]
    assert found == ["org:bank-of-japan"]


def test_name_run_on_into_its_bracketed_acronym_ends_before_the_bracket() -> None:
    found = _mentions("Fighters of the Allied Democratic Forces (ADF) raided the village at dawn.")
    assert ("Allied Democratic Forces", "org:allied-democratic-forces") in found


def test_acronym_of_an_armed_group_names_its_fighters_however_parsed() -> None:
    found = _mentions("IS militants seized the border town on Sunday.")
    assert ("IS militants", "org:islamic-state") in found


def test_bare_us_departments_and_commands_are_state_bodies() -> None:
    found = dict(_mentions("The Energy Department said Africom had asked for more fuel."))
    assert found["The Energy Department"] == "USA:GOV"
    assert found["Africom"] == "USA:MIL"


def test_us_immigration_and_border_agencies_by_their_acronyms_are_us_police() -> None:
    found = dict(_mentions("ICE deported hundreds of Mexicans while CBP officers searched cars."))
    assert found["ICE"] == "USA:COP"
    assert found["CBP officers"] == "USA:COP"
    assert "ice" not in dict(_mentions("The roads were covered in ice on Monday."))
