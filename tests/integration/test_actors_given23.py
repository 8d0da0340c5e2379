"""A person named by a given name alone (actors23), on sentences written for this rule: the
one person of the article whose full name starts with it, else no actor ("my brother Joe",
"his wife, Heidi"); a royal's title, a courtesy title or a leader's name keeps the name."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _all_ids(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.entity.id) for m in entity_mentions([Document("t", text, date="2017-05-01")])
    ]


def test_relative_named_by_given_name_alone_is_no_actor() -> None:
    found = _all_ids("The senator and his wife, Heidi, flew to Ohio with his brother Robert.")
    assert not any(i in ("person:heidi", "person:robert") for _, i in found), found


def test_given_name_is_the_one_full_named_person_of_the_article() -> None:
    found = _all_ids("Lori Moreno met the mayor on Monday. Later, Lori said the talks went well.")
    assert found.count(("Lori", "person:lori-moreno")) == 1, found


def test_given_name_shared_by_two_full_named_people_is_no_actor() -> None:
    text = "Robert Hale and Robert Dunn arrived. Robert said the deal was fair."
    assert ("Robert", "person:robert") not in _all_ids(text)


def test_titled_given_name_stays() -> None:
    found = _all_ids("The queen and her husband, Prince Philip, hosted the visitors.")
    assert any(i == "person:philip" for _, i in found), found


def test_seat_before_a_secretary_title_is_the_government() -> None:
    found = _all_ids("White House press secretary Jane Roe said the talks had failed.")
    assert ("White House", "USA:GOV") in found, found


def test_acronym_defined_for_another_country_s_party_follows_the_definition() -> None:
    text = (
        "The Czech far-right Freedom and Direct Democracy party (SPD) met on Monday. "
        "The SPD said it would vote against the cabinet."
    )
    found = _all_ids(text)
    assert ("The SPD", "org:freedom-and-direct-democracy-party") in found, found
    found = _all_ids("The Social Democrats (SPD) of Germany met. The SPD said it would vote.")
    assert ("The SPD", "org:spd") in found, found


def test_person_titled_by_a_redefined_acronym_is_of_its_country() -> None:
    text = (
        "The Czech far-right Freedom and Direct Democracy party (SPD) met on Monday. "
        "SPD leader Tomio Okamura said the party would not back the cabinet. "
        "We will not support this government, Okamura told reporters."
    )
    people = [m.entity for m in entity_mentions([Document("t", text, date="2017-05-01")])]
    assert {e.country for e in people if e.id == "person:tomio-okamura"} == {"CZE"}, people
    assert "DEU:GOV" not in {e.id for e in people}, people


def test_state_body_is_no_country_s() -> None:
    found = _all_ids("In Ohio, the state Senate passed the bill on Tuesday.")
    assert "USA:LEG" not in {i for _, i in found}, found
    assert ("Senate", "USA:LEG") in _all_ids("The Senate passed the bill on Tuesday.")
