"""Role nouns and groups with a country, on sentences written for these tests, with the real
model: sector words (fighters, tribesmen, elders, bombers), fighters or victims placed where
they are, a role noun after an organisation's name, no country for a group with a region's
adjective or a foreign backer, a bare group noun in apposition to a group's name.

Each sentence was written by the kgraph developers (none is copied from a corpus or dev set).
"""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions, extract
from kgraph.model import Document
from tests.integration.news import asserted_events, events

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


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_bare_group_in_apposition_is_the_organisation_it_describes() -> None:
    text = "Iran has long armed the Houthis, the militia fighting the government in Yemen."
    assert _ids(text)["the militia"] == "org:houthis"


def test_group_with_a_regions_adjective_takes_no_country_of_its_context() -> None:
    text = (
        "The president of the Corsican Assembly in France called for European authorities "
        "to mediate. European officials in Brussels criticized the plan."
    )
    found = _ids(text)
    assert "European authorities" not in found and "authorities" not in found
    assert "officials" not in found and "European officials" not in found


def test_group_supported_by_a_backer_is_not_of_the_backers_country() -> None:
    text = (
        "Rebels supported by the United States captured Raqqa from Islamic State on "
        "Tuesday, U.S. officials said."
    )
    assert "USA:REB" not in _ids(text).values()


@pytest.mark.parametrize(
    ("text", "phrase", "group"),
    [
        (
            "Iraqi fighters battled U.S. troops in a Baghdad slum on Tuesday.",
            "Iraqi fighters",
            "IRQ:REB",
        ),
        ("Afghan tribal elders met the governor on Monday.", "Afghan tribal elders", "AFG:ELI"),
        ("Yemeni tribesmen blocked the road to the airport.", "Yemeni tribesmen", "YEM:CVL"),
    ],
)
def test_fighters_tribesmen_and_elders_are_sector_words(text: str, phrase: str, group: str) -> None:
    assert _ids(text)[phrase] == group


def test_role_noun_after_an_organisations_name_is_its_members() -> None:
    found = _ids("The Observatory said IS fighters had seized the town in Syria.")
    assert "SYR:REB" not in found.values()


def test_fighters_placed_abroad_are_the_places_irregulars_as_a_target() -> None:
    from kgraph.extract import extract

    text = "Turkish troops attacked Islamist fighters in northern Syria on Monday."
    found = {(t.subject.id, t.relation, t.object.id) for t in extract(Document("s", text))}
    assert ("TUR:MIL", "ATTACKS", "SYR:REB") in found
    # a people's fighters are its armed organisation there (data/gazetteer/peoples.tsv)
    text = "Turkish troops attacked Kurdish fighters in northern Syria on Monday."
    found = {(t.subject.id, t.relation, t.object.id) for t in extract(Document("s", text))}
    assert ("TUR:MIL", "ATTACKS", "org:ypg") in found


def test_bombers_of_a_country_are_its_military():
    keys = asserted_events("Six Chadian soldiers were killed in a raid by Sudanese bombers.")
    assert ("SDN:MIL", "ATTACKS", "TCD:MIL") in keys


def test_victims_of_an_owned_strike_belong_where_it_hit() -> None:
    # the strike's country attacks; the militants are the place's, not the attacker's
    found = events("Three militants were killed in a U.S. drone strike in Yemen.")
    assert ("USA", "ATTACKS", "YEM:REB") in found
    assert ("USA", "ATTACKS", "USA:REB") not in found
