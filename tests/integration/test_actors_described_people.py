"""A person's country from the article's own description of them, with the model, on
sentences written for these rules: a nationality on a noun in apposition, not a citizenship."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _countries(text: str) -> dict[str, str | None]:
    return {m.text: m.entity.country for m in entity_mentions([Document("t", text)])}


def test_a_nationality_on_an_apposed_title_is_the_persons() -> None:
    text = "Norway's parliament speaker, Ingrid Halvorsen, was questioned by police on Friday."
    assert _countries(text)["Ingrid Halvorsen"] == "NOR"


def test_a_citizenship_in_apposition_gives_no_country() -> None:
    text = "Ingrid Halvorsen, a Norwegian citizen, was detained at the airport on Friday."
    assert _countries(text).get("Ingrid Halvorsen") is None
