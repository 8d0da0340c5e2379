"""A one-word name an organisation noun marks somewhere in the article ("the Zaman
newspaper") is that organisation where it stands alone: sentences written for these tests,
real model."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _ids(text: str, word: str) -> set[str]:
    return {m.entity.id for m in entity_mentions([Document("t", text)]) if m.text == word}


@pytest.mark.parametrize(
    ("text", "word", "entity"),
    [
        ("Former staff of the Vestrik newspaper went on trial on Monday. Vestrik was seized "
         "by the Turkish government in 2016.", "Vestrik", "org:vestrik"),
        ("Activists of the campaign Selvara protested in Brussels. Selvara said the European "
         "Union had ignored them.", "Selvara", "org:selvara"),
    ],
)  # fmt: skip
def test_bare_name_is_the_marked_organisation(text: str, word: str, entity: str) -> None:
    assert _ids(text, word) == {entity}


def test_a_person_named_like_nothing_marked_stays_a_person() -> None:
    text = "Kowalczyk told reporters that Poland would appeal. Kowalczyk criticized Germany."
    assert _ids(text, "Kowalczyk") == {"person:kowalczyk"}
