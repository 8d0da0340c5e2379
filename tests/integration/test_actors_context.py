"""Actor resolution with the model on sentences written for these rules: the dateline's
country, describing words before a name, names that describe rather than act, Brussels as a
city, people known to Phoenix's dictionary."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions, extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _resolved(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.entity.id, m.entity.country) for m in entity_mentions([Document("t", text)])}


@pytest.mark.parametrize(
    ("text", "words", "expect"),
    [
        (
            "BRUSSELS (Reuters) - Police detained two men in dawn raids on Tuesday, "
            "prosecutors said. Belgian ministers met later to raise the threat level.",
            "Police",
            "BEL:COP",
        ),
        (
            "NAIROBI (Reuters) - Lawmakers voted on Thursday to cut their own pay. "
            "The Kenyan treasury welcomed the vote.",
            "Lawmakers",
            "KEN:LEG",
        ),
        ("Brussels police arrested a man after the stabbing.", "Brussels police", "BEL:COP"),
        ("The Brussels prosecutor opened an inquiry.", "Brussels prosecutor", "BEL:JUD"),
    ],
)
def test_actors_placed_by_context(text: str, words: str, expect: str) -> None:
    found = _resolved(text)
    ids = [entity_id for mention, (entity_id, _) in found.items() if words in mention]
    assert ids == [expect], found


def test_actors_bureau_dateline_places_nobody() -> None:
    # a Dubai bureau's story about Iran: the police are not the Emirates'
    found = _resolved(
        "DUBAI (Reuters) - Police fired tear gas at a crowd on Monday, a news agency said. "
        "Iran blamed foreign agents."
    )
    assert all(country != "ARE" for _, country in found.values()), found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Indian businessman Ravi Menon denied the charges on Friday.", "Ravi Menon", "IND"),
        ("Canadian miner Northgate Quarries said it would close the pit.", "Northgate", "CAN"),
        ("Prime Minister Shaukat Aziz received the delegation on Sunday.", "Aziz", "PAK"),
    ],
)
def test_actors_country_from_description_or_dictionary(text: str, name: str, country: str) -> None:
    found = _resolved(text)
    countries = [c for mention, (_, c) in found.items() if name in mention]
    assert countries == [country], found


def test_actors_culture_and_sites_are_no_actors() -> None:
    text = (
        "Guests enjoyed traditional Greek dances and Turkish cuisine at the fair, while "
        "gunmen later stormed the Al Noor mosque."
    )
    found = _resolved(text)
    assert "Greek" not in found and "Turkish" not in found, found
    assert not any(entity_id.startswith("person:") for entity_id, _ in found.values()), found
    triples = extract(Document("t", "Visitors praised the traditional Greek dances."))
    assert not [t for t in triples if t.object.id == "GRC"]


def test_actors_dateline_police_act_in_a_triple() -> None:
    text = (
        "BRUSSELS (Reuters) - Police arrested two men on Monday. Belgium raised its threat level."
    )
    triples = {(t.subject.id, t.relation) for t in extract(Document("t", text))}
    assert ("BEL:COP", "COERCES") in triples, triples


@pytest.mark.parametrize(
    ("text", "words", "expect"),
    [
        ("Kenyan troops fought al-Shabab fighters near the border.", "al-Shabab", "org:al-shabaab"),
        ("The US State department warned against travel to the region.", "State", "USA:GOV"),
        (
            "ANKARA (Reuters) - The ministry summoned the envoy on Monday. Turkey wants an "
            "apology.",
            "ministry",
            "TUR:GOV",
        ),
        ("The SEC charged the hedge fund with fraud on Tuesday.", "SEC", "USA:GOV"),
    ],
)
def test_actors_names_and_bodies(text: str, words: str, expect: str) -> None:
    found = _resolved(text)
    ids = [entity_id for mention, (entity_id, _) in found.items() if words in mention]
    assert ids == [expect], found


def test_actors_names_typed_as_people_that_are_not() -> None:
    found = _resolved(
        "Supporters of the campaign Save Our Forests met the ministers at the Lakeside "
        "golf resort, and critics attacked Prince Edward."
    )
    kinds = {mention: entity_id for mention, (entity_id, _) in found.items()}
    assert kinds.get("Save Our Forests", "").startswith("org:"), found
    assert not any("Lakeside" in m for m in kinds), found
    assert any(i.startswith("person:") for m, i in kinds.items() if "Edward" in m), found


def test_a_country_named_in_what_a_bare_group_says_is_not_its_own() -> None:
    quoted = "“Moscow has broken the treaty,” administration officials said on Friday."
    assert "administration officials" not in _resolved(quoted)
    placed = "LONDON (Reuters) - Britain will expel two diplomats. " + quoted
    assert _resolved(placed)["administration officials"][0] == "GBR:GOV"


def test_a_storm_an_opening_credit_and_a_first_word_are_no_actors() -> None:
    # the model types a storm's name, a credit run into the lead, and a capitalised first
    # word as organisations ("Transneft", a singular noun to the tagger, stays one)
    for text in (
        "CHARLESTON, S.C. - Tropical Storm Gaston blasted the South Carolina coast with rain "
        "and near-hurricane strength wind early Sunday, flooding roads.",
        "AP - Saboteurs blew up a pipeline in southern Iraq on Sunday, an oil official said.",
        "Reuters - The U.N. Security Council on Monday imposed an arms embargo on Ivory Coast.",
        "Fierce battles between insurgents and Iraqi forces killed at least 27 people today.",
    ):
        triples = extract(Document("t", text))
        assert not [t for t in triples if t.subject.kind == "Organization"], text
    triples = extract(
        Document("t", "Reuters - The U.N. Security Council imposed an arms embargo on Ivory Coast.")
    )
    assert ("igo:unsc", "SANCTIONS", "CIV") in {
        (t.subject.id, t.relation, t.object.id) for t in triples
    }
    transneft = extract(Document("t", "Transneft halted oil exports to Belarus."))
    assert [t.subject.id for t in transneft] == ["org:transneft"]
