"""Actor resolution with the model on sentences written for the round-11 rules: a person
named later by the given name, committees named without their legislature."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _mentions(text: str, date: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.entity.id) for m in entity_mentions([Document("t", text, date=date)])]


def test_leader_named_by_the_given_name_is_the_leader() -> None:
    text = (
        "KUALA LUMPUR (Reuters) - Malaysian police questioned an opposition figure on Monday. "
        "Hamid Yusof, a long-time critic of Najib, was released after six hours."
    )
    found = dict(_mentions(text, date="2017-06-05"))
    assert found["Najib"] == "person:najib-razak"


def test_later_given_name_of_a_person_named_in_full_is_that_person() -> None:
    text = (
        "Opposition leader Hamzah Osmanli was arrested in the capital on Friday. "
        "Supporters of Hamzah gathered outside the court on Saturday."
    )
    ids = [entity for surface, entity in _mentions(text) if surface == "Hamzah"]
    assert ids and all(entity == "person:hamzah-osmanli" for entity in ids)


def test_committee_named_without_its_body_is_the_articles_legislature() -> None:
    text = (
        "WASHINGTON (Reuters) - The Senate voted on the bill on Tuesday. Members of the "
        "Appropriations Committee met the budget director on Wednesday."
    )
    found = dict(_mentions(text))
    assert found["Appropriations Committee"] == "USA:LEG"


def test_committee_of_no_legislature_stays_an_organisation() -> None:
    text = (
        "The Senate voted on Tuesday. The Olympic Committee said on Wednesday that the "
        "games would go ahead."
    )
    found = dict(_mentions(text))
    assert found.get("Olympic Committee", "") != "USA:LEG"


def test_committee_without_a_legislature_in_the_article_is_no_legislature() -> None:
    found = dict(_mentions("The Finance Committee met the bankers on Monday."))
    assert found.get("Finance Committee", "") != "USA:LEG"


def test_committee_with_a_party_word_stays_the_partys() -> None:
    text = (
        "The Senate voted on Tuesday. Trump criticized the Republican National Committee "
        "for its rules on delegates."
    )
    assert dict(_mentions(text)).get("Republican National Committee", "") != "USA:LEG"


def _triples(text: str) -> set[tuple[str, str, str]]:
    from tests.integration.news import extracted

    return {(t.subject.id, t.relation, t.object.id) for t in extracted(text)}


def test_spokesmans_we_is_the_body_in_his_title() -> None:
    found = _triples(
        "\u201cWe strongly condemn the attack by Russia,\u201d Turkish Foreign Ministry "
        "spokesman Hami Aksoy said on Monday."
    )
    assert ("TUR:GOV", "CRITICIZES", "RUS") in found
    assert not any(s.startswith("person:") for s, _, _ in found)


def test_spokesmans_we_with_no_body_named_is_no_one() -> None:
    found = _triples(
        "\u201cWe strongly condemn the attack by Russia,\u201d spokesman Hami Aksoy said."
    )
    assert not any(s == "person:hami-aksoy" for s, _, _ in found)


def test_office_of_a_country_named_in_full_is_its_government() -> None:
    text = "Democrats wrote to the U.S. Office of Government Ethics on Monday."
    assert dict(_mentions(text))["U.S. Office of Government Ethics"] == "USA:GOV"


def test_bank_of_a_country_stays_an_organisation() -> None:
    found = [e for _, e in _mentions("The Bank of Japan kept rates on hold on Tuesday.")]
    assert found == ["org:bank-of-japan"]


def test_name_with_a_who_clause_is_a_person() -> None:
    text = (
        "The defence lawyer questioned the account of Bakari-Teller, who was paid by the "
        "government and admitted he had lied."
    )
    found = dict(_mentions(text))
    assert not found.get("Bakari-Teller", "person:").startswith("org:")


def test_organisation_with_a_which_clause_stays_an_organisation() -> None:
    text = "Investors sold shares of Northfield Energy, which reported a loss on Monday."
    assert not any(e.startswith("person:") for _, e in _mentions(text))


def test_name_the_article_calls_a_town_is_a_place() -> None:
    text = (
        "Government forces retook Tal Haddad town on Sunday. Officials toured Tal Haddad "
        "on Monday with aid workers."
    )
    found = [e for s, e in _mentions(text) if s == "Tal Haddad"]
    assert found and all(e.startswith("loc:") for e in found)


def test_court_takes_no_country_from_a_demonym_of_a_thing() -> None:
    text = (
        "WASHINGTON (Reuters) - Lawyers urged an Appeals Court panel on Wednesday to rule on "
        "whether the senator is eligible given his Canadian birth. The U.S. Senate voted."
    )
    assert dict(_mentions(text)).get("Appeals Court") != "CAN:JUD"


def test_court_takes_the_country_of_a_demonym_of_people() -> None:
    text = "Ecuadorean judges said the Supreme Court would rule on the appeal on Friday."
    assert dict(_mentions(text)).get("Supreme Court") == "ECU:JUD"


def test_national_body_takes_the_country_of_the_leader_its_sentence_names() -> None:
    text = (
        "Judges were threatened with jail by Maduro after they challenged the country's "
        "Supreme Court, which has favored the ruling party."
    )
    assert dict(_mentions(text, date="2017-09-01")).get("Supreme Court") == "VEN:JUD"


def test_state_of_a_us_state_is_that_state() -> None:
    text = "The Supreme Court asked the State of Hawaii to respond to the motion by Tuesday."
    assert "loc:hawaii" in {e for _, e in _mentions(text)}
    assert not any(e.startswith("org:state-of") for _, e in _mentions(text))


def test_a_nickname_is_no_new_person_and_the_given_name_alone_is_the_person() -> None:
    text = (
        'Marta Lindqvist, nicknamed "Iron Marta", has long been calling for the removal of '
        "Vice President Emmerson Mnangagwa. Marta also attacked the army chief."
    )
    found = _mentions(text)
    assert ("Marta", "person:marta-lindqvist") in found
    assert all("iron" not in entity for _, entity in found)


def test_a_given_name_two_people_of_the_article_share_stays_unlinked() -> None:
    text = (
        "Marta Lindqvist met Marta Oyelaran in Oslo on Monday. "
        "Marta said the talks had gone well."
    )
    linked = dict(_mentions(text)).get("Marta")
    assert linked not in ("person:marta-lindqvist", "person:marta-oyelaran")
