"""Actor resolution with the model on sentences written for the round-11 rules: a person
named later by the given name."""

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
