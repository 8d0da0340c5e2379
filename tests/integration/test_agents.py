"""Role nouns with a country, on sentences written for these tests, with the real model.

Each sentence was written by the kgraph developers (none is copied from a corpus or dev set).
"""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions, extract
from kgraph.model import Document

pytestmark = pytest.mark.integration

# (sentence, mention words, expected id)
AGENT_CASES = [
    ("Palestinian officials condemned the raid on Monday.", "Palestinian officials", "PSE:GOV"),
    ("Burmese troops burned a village, witnesses said.", "Burmese troops", "MMR:MIL"),
    ("Iraq's army retook the town from insurgents.", "Iraq's army", "IRQ:MIL"),
    ("Israeli army bulldozers razed two houses.", "Israeli army bulldozers", "ISR:MIL"),
    ("Police in Lagos detained twelve students on Friday.", "Police", "NGA:COP"),
    ("Rebels in the Ivory Coast rejected the new peace plan.", "Rebels", "CIV:REB"),
    ("Separatists in Ukraine shelled the airport overnight.", "Separatists", "UKR:REB"),
    ("Lawmakers in Kenya voted to expel the ambassador.", "Lawmakers", "KEN:LEG"),
    ("Investigators in Brazil questioned the former mayor.", "Investigators", "BRA:COP"),
    ("Villagers near Kandahar said the strike hit a wedding.", "Villagers", "AFG:CVL"),
    ("American liberals mocked the new tax bill.", "American liberals", "USA:OPP"),
    ("Saudi clerics denounced the concert.", "Saudi clerics", "SAU:REL"),
    ("Somali pirates seized a fishing boat.", "Somali pirates", "SOM:CRM"),
    ("Chinese engineers were kidnapped last week.", "Chinese engineers", "CHN:CVL"),
    (
        "Ethnic Russian separatists in Ukraine attacked a checkpoint.",
        "separatists",
        "UKR:REB",
    ),
    (
        "Riot police arrested dozens of protesters in Caracas on Sunday.",
        "protesters",
        "VEN:OPP",
    ),
]


@pytest.mark.parametrize(("text", "words", "expect"), AGENT_CASES)
def test_agents_role_noun_gets_its_country(text: str, words: str, expect: str) -> None:
    mentions = list(entity_mentions([Document("agents", text)]))
    start = text.index(words)
    end = start + len(words)
    found = [(m.text, m.entity.id) for m in mentions if m.start < end and start < m.end]
    assert found and all(entity_id == expect for _, entity_id in found), found


# With no country named anywhere, a role noun is no actor.
NO_COUNTRY = [
    ("Protesters burned tyres outside the ministry.", "Protesters"),
    ("Troops in Syria came under fire near the border.", "Troops"),
    ("Foreign investors in China sold shares on Monday.", "Foreign investors"),
]


@pytest.mark.parametrize(("text", "words"), NO_COUNTRY)
def test_agents_role_noun_without_country_is_no_actor(text: str, words: str) -> None:
    mentions = list(entity_mentions([Document("agents", text)]))
    start = text.index(words)
    end = start + len(words)
    assert not [m for m in mentions if m.start < end and start < m.end]


# Whole triples: the role nouns carry their country into relations.
TRIPLE_CASES = [
    (
        "Police in Lagos arrested twelve protesters on Friday.",
        ("NGA:COP", "COERCES", "NGA:OPP"),
    ),
    (
        "Rebels in the Ivory Coast accused France of arming the government.",
        ("CIV:REB", "CRITICIZES", "FRA"),
    ),
    ("Separatists in Ukraine attacked government troops.", ("UKR:REB", "ATTACKS", "UKR:MIL")),
    ("Kenyan police arrested nine students on Monday.", ("KEN:COP", "COERCES", "KEN:EDU")),
    (
        "Dozens of protesters were detained by Belarusian police.",
        ("BLR:COP", "COERCES", "BLR:OPP"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), TRIPLE_CASES)
def test_agents_role_nouns_make_triples(text: str, triple: tuple[str, str, str]) -> None:
    found = {(t.subject.id, t.relation, t.object.id) for t in extract(Document("agents", text))}
    assert triple in found, found
