"""Nouns of an owner's posts with the real model, on invented sentences: a government noun
stands for its owner ("the EU's chief negotiator"), a mediator mediates between each party, an
office holder named by a body or a demonym acts for it (a person's acts for no one), and an
owned industry stays the country."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU's chief negotiator met British officials in Brussels on Monday.",
            {("GBR:GOV", "MEETS", "igo:eu")},
        ),
        (
            "Norway mediated between the Colombian government and the rebels.",
            {("NOR", "MEDIATES", "COL:GOV"), ("NOR", "MEDIATES", "COL:REB")},
        ),
    ],
)
def test_government_nouns_and_mediators(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= events(text)


def test_an_owned_industry_stays_the_country() -> None:
    # a sector noun of another kind keeps its old reading: the country, not its business
    found = events("Russia has provided loans to the oil industry in Venezuela.")
    assert ("RUS", "SUPPLIES", "VEN") in found


def test_a_persons_negotiator_acts_for_no_one_named() -> None:
    found = events("President Donald Trump's top trade negotiator visited Togo on Monday.")
    assert not any(r == "VISITS" for _, r, _ in found)


def test_office_holder_named_by_a_body_acts_for_it():
    found = events("The UN relief coordinator urged Ethiopia to reopen the roads.")
    assert ("igo:un", "APPEALS_TO", "ETH") in found


def test_office_holder_named_by_a_demonym_is_its_government():
    found = events("The Kenyan trade commissioner met Ugandan officials in Kampala on Monday.")
    assert ("KEN:GOV", "MEETS", "UGA:GOV") in found


def test_office_holder_of_a_person_is_not_the_person():
    found = events("Obama's chief of staff criticized Chinese officials.")
    assert not any(s == "person:barack-obama" for s, _, _ in found)


def test_a_relative_is_not_the_person_named() -> None:
    # the family of a soldier, a suspect's parents: kin of someone are not that person
    found = events("Senator John Weld attacked the family of Sergeant Tomas Okafor.")
    assert not any(o == "person:tomas-okafor" for _, _, o in found)
    found = events("A Turkish court issued arrest warrants for Ali Demir's parents.")
    assert not any(o == "person:ali-demir" for _, _, o in found)


def test_a_family_named_by_a_compound_is_that_family() -> None:
    found = events(
        "President Jacob Zuma's critic Tomas Okafor took aim at the wealthy Demir family."
    )
    # one organisation for the family (actors15), not a person named by the surname
    assert ("person:tomas-okafor", "CRITICIZES", "org:demir-family") in found
    assert not any(o == "person:demir" for _, _, o in found)
