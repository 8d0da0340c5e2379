"""Material support with the real model on invented sentences: a recipient named before a
with-phrase ("provided Jordan with helicopters"), funding and training of a party (lexicon cues
"fund", "finance", "bankroll", "train"; not at home: home-funding), an opening participle
("Backed by Moscow, the Syrian government ...")."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington provided Jordan with helicopters last year.",
            ("USA", "SUPPLIES", "JOR"),
        ),
        (
            "Kenya was provided with patrol boats by Britain.",
            ("GBR", "SUPPLIES", "KEN"),
        ),
        (
            "Kuwait has funded Hamas for years, the report said.",
            ("KWT", "SUPPLIES", "org:hamas"),
        ),
        (
            "Britain trained Nigerian soldiers in 2016.",
            ("GBR", "SUPPLIES", "NGA:MIL"),
        ),
    ],
)
def test_material_support(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian pupils trained in Turkey have started classes.",
        "The senator trained his fire on Clinton.",
    ],
)
def test_training_without_a_party_trained_supplies_no_one(text: str) -> None:
    assert not any(r == "SUPPLIES" for _, r, _ in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Parliament voted on Tuesday to fund the government until March.",
        "The banker has helped finance numerous Hollywood movies.",
    ],
)
def test_funding_at_home_or_a_place_supplies_no_one(text: str) -> None:
    assert not any(r == "SUPPLIES" for _, r, _ in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Backed by Moscow, the Syrian government rejected the plan.",
            ("RUS", "BACKS", "SYR:GOV"),
        ),
        (
            "Criticized by Germany and France, Turkey defended the arrests.",
            ("FRA", "CRITICIZES", "TUR"),
        ),
    ],
)
def test_opening_participles(text: str, expected: tuple[str, str, str]) -> None:
    found = events(text)
    assert expected in found or (expected[2], expected[1], expected[0]) in found
