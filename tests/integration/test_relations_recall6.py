"""Shapes added for recall (issue 8, sixth pass), with the real model, on invented sentences:
partitive objects, verbs of attack that are words, firing toward a target, a name hyphened
to a participle of backing, light verbs ("voiced criticism of") and agent nouns with a
modifier or a name after them ("a U.S. ally", "Russia's ally Syria"; "a NATO ally" is a
member of the alliance, not one that backs it)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel has carried out dozens of air strikes on Hamas since May.",
            {("ISR", "ATTACKS", "org:hamas")},
        ),
        (
            "The European Union imposed a new round of sanctions on Belarus on Monday.",
            {("igo:eu", "SANCTIONS", "BLR")},
        ),
        (
            "Ukraine held a series of talks with Poland last month.",
            {("POL", "MEETS", "UKR")},
        ),
        (
            "Hungarian Prime Minister Viktor Orban blasted Germany's migration policy.",
            {("person:viktor-orban", "CRITICIZES", "DEU")},
        ),
        (
            "The Venezuelan president railed against Colombia on Tuesday.",
            {("VEN:GOV", "CRITICIZES", "COL")},
        ),
        (
            "Militants in Gaza fired rockets towards Israeli towns overnight.",
            {("PSE:REB", "ATTACKS", "ISR")},
        ),
        (
            "Japan voiced strong criticism of North Korea on Friday.",
            {("JPN", "CRITICIZES", "PRK")},
        ),
        (
            "Brazil expressed support for Argentina at the summit.",
            {("BRA", "BACKS", "ARG")},
        ),
        (
            "Poland, a U.S. ally, bought American missiles.",
            {("POL", "BACKS", "USA")},
        ),
        (
            "Russia's ally Syria rejected the plan on Monday.",
            {("SYR", "BACKS", "RUS")},
        ),
        (
            "Iran-backed Hezbollah fighters crossed the border on Sunday.",
            {("IRN", "BACKS", "org:hezbollah")},
        ),
        (
            "The U.N.-backed Libyan government said it would resist the offensive.",
            {("igo:un", "BACKS", "LBY:GOV")},
        ),
    ],
)
def test_recall_shapes(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a demonym of a thing is no one backed
        "The opposition said a Russian-sponsored Syrian peace conference was a deviation.",
        # a force named by the place it is in is no one's group there
        "An American-backed assault force in Raqqa moved on the city.",
        # a region names no backer
        "The Western-backed Afghan government opened the talks.",
        # an item of a list of actors is no one's description
        "Iran, U.S. allies in Europe and Russia defended the nuclear deal on Friday.",
        # a count of leaflets is no attack
        "The army dropped thousands of leaflets over Mosul.",
        # an alliance before "ally" is the one the country belongs to
        "Poland, a NATO ally, bought American missiles.",
    ],
)
def test_no_relation(text: str) -> None:
    # (a topic object, "defended the nuclear deal", is another rule's)
    found = {p for p in events(text) if p[1] in ("BACKS", "ATTACKS")}
    assert not {p for p in found if not p[2].startswith("topic:")}
