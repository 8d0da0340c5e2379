"""Material support with the real model on invented sentences: a recipient named before a
with-phrase ("provided Jordan with helicopters"), funding and training of a party (lexicon cues
"fund", "finance", "bankroll", "train"; not at home: home-funding), an opening participle
("Backed by Moscow, the Syrian government ..."), agent nouns "partner" and "supplier"."""

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
        (
            "China, North Korea's main trading partner, opposed the move.",
            ("CHN", "COOPERATES_WITH", "PRK"),
        ),
        (
            "Russia is Syria's main arms supplier.",
            ("RUS", "SUPPLIES", "SYR"),
        ),
    ],
)
def test_opening_participles_and_agent_nouns(text: str, expected: tuple[str, str, str]) -> None:
    found = events(text)
    assert expected in found or (expected[2], expected[1], expected[0]) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt and Jordan are close strategic partners.",
            ("EGY", "COOPERATES_WITH", "JOR"),
        ),
        (
            "Norway is Ukraine's biggest arms supplier and Poland's main trade partner.",
            ("NOR", "COOPERATES_WITH", "POL"),
        ),
    ],
)
def test_partners(text: str, expected: tuple[str, str, str]) -> None:
    found = events(text)
    assert expected in found or (expected[2], expected[1], expected[0]) in found


def test_a_partner_of_a_firm_holds_a_post() -> None:
    text = "The rules will be tightened, said Liang Hung-lieh, partner of PricewaterhouseCoopers."
    assert not any(r == "COOPERATES_WITH" for _, r, _ in events(text))
