"""Names of people: a family named by its surname ("the Nakamura family", "the Nakamuras") is
one organisation, not a person or a place; a later mention by the first of two surnames is the
person; a sector noun typed as a name ("MPs") is no person. Sentences written for
kgraph/extract/entities.py ``_family`` and kgraph/resolve/people.py ``paternal_surnames``."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_the_surname_family_and_its_plural_are_one_family() -> None:
    text = (
        "The minister criticized the wealthy Lobato family on Monday. "
        "The Lobatos have denied any wrongdoing."
    )
    ids = _ids(text)
    assert ids["Lobato family"] == "org:lobato-family"
    assert ids["Lobatos"] == "org:lobato-family"


def test_the_plural_of_a_person_s_surname_is_the_family() -> None:
    text = "Barack Obama landed in Berlin. The Obamas met Chancellor Angela Merkel on Friday."
    assert _ids(text)["Obamas"] == "org:obama-family"
    assert ("org:obama-family", "MEETS", "person:angela-merkel") in events(text)


def test_a_plural_of_no_surname_named_is_no_family() -> None:
    text = "The Philippines criticized China. The Saudis also criticized Iran."
    ids = _ids(text)
    assert ids["The Philippines"] == "PHL"
    assert "org:saudi-family" not in ids.values()


def test_the_first_of_two_surnames_is_the_person() -> None:
    # "Mario Abdo Benitez ... Abdo": a later mention by the first of a double surname
    text = (
        "Chilean Senator Rodrigo Ossandon Vega won the primary on Sunday. "
        "Ossandon has criticized President Michelle Bachelet."
    )
    assert _ids(text)["Ossandon"] == "person:rodrigo-ossandon-vega"


def test_a_middle_given_name_is_no_surname() -> None:
    # "John Paul": a given name of the gazetteer is no first surname
    text = "Senator John Paul Harwood spoke on Sunday. Paul criticized the plan."
    assert _ids(text).get("Paul") != "person:john-paul-harwood"


def test_a_sector_noun_the_model_took_for_a_person_is_no_person() -> None:
    # "MPs" typed as a person's name: a legislature's members, never "person:mps"
    text = "The parliament debated the treaty with Norway. MPs also urged Norway to act."
    assert "person:mps" not in _ids(text).values()
