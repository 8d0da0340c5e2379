"""Bare armed groups ("militants", "gunmen") and the dateline (kgraph.resolve.armed): the
dateline places them only when the article is about its country, and not in a sentence that
names that country only as a place."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _groups(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_a_hub_dateline_does_not_place_militants_abroad() -> None:
    text = (
        "BEIRUT (Reuters) - Syrian troops advanced on Homs on Tuesday, Syria's state media "
        "said. Syria's army said it had recaptured two villages near Palmyra, a Lebanese official "
        "said. Hundreds of militants attacked the town at dawn, a resident said."
    )
    assert "militants" not in _groups(text)


def test_the_articles_own_dateline_places_militants() -> None:
    text = (
        "CAIRO (Reuters) - Egypt's army said on Monday it had killed 12 people in an air raid. "
        "Egypt's interior ministry said the raid followed an attack on a checkpoint. Militants "
        "attacked the checkpoint at night, a security source said."
    )
    assert _groups(text)["Militants"] == "EGY:REB"


def test_the_datelines_country_named_as_a_place_places_no_militants() -> None:
    text = (
        "AMMAN (Reuters) - Jordan's government said on Monday it would reopen its border "
        "crossing. Jordan's army has guarded the crossing for years. Militants have attacked "
        "convoys near the last village before the border with Jordan, officials said."
    )
    assert "Militants" not in _groups(text)
