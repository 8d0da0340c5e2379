"""Quarrel nouns ("feud with", "row between", "spat", "quarrel"): criticism (CAMEO 111), each
side of a between-phrase criticizing the other; with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump's feud with Senator John McCain deepened on Monday.",
            ("person:donald-trump", "CRITICIZES", "person:john-mccain"),
        ),
        (
            "Erdogan's quarrel with Merkel continued through the summer.",
            ("person:recep-tayyip-erdogan", "CRITICIZES", "person:angela-merkel"),
        ),
        (
            "Britain's row with the European Union over fishing rights grew.",
            ("GBR", "CRITICIZES", "igo:eu"),
        ),
    ],
)
def test_a_quarrel_noun_is_criticism_of_its_target(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in events(text)


def test_a_row_between_two_countries_is_criticism_both_ways() -> None:
    found = events("A diplomatic row between Britain and Russia escalated after the poisoning.")
    assert {("GBR", "CRITICIZES", "RUS"), ("RUS", "CRITICIZES", "GBR")} <= found


def test_a_spat_between_two_countries_is_criticism_both_ways() -> None:
    found = events("The spat between Turkey and Germany worsened last week.")
    assert {("TUR", "CRITICIZES", "DEU"), ("DEU", "CRITICIZES", "TUR")} <= found
