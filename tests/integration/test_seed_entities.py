"""Actor resolution on the seed article (data/articles/seed-reuters-caracas.txt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document, Mention

SEED = Path(__file__).resolve().parents[2] / "data" / "articles" / "seed-reuters-caracas.txt"

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="module")
def mentions(text: str) -> list[Mention]:
    return list(entity_mentions([Document("seed", text)]))


def _at(mentions: list[Mention], start: int) -> Mention | None:
    covering = [m for m in mentions if m.start <= start < m.end]
    return covering[0] if covering else None


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"\b{word}\b", text)]


def test_seed_every_russia_mention_resolves(text: str, mentions: list[Mention]) -> None:
    dateline = text.index("MOSCOW/CARACAS")
    checked = 0
    for word in ("Russia", "Russian", "Moscow", "Kremlin"):
        for start in _occurrences(text, word):
            mention = _at(mentions, start)
            assert mention is not None, f"{word} at {start} unresolved"
            if word == "Moscow" and re.search(r"(left|in) $", text[max(0, start - 5) : start]):
                # "left Moscow", "in Moscow": a place in Russia
                assert (mention.entity.id, mention.entity.country) == ("loc:moscow", "RUS")
            elif word == "Kremlin" and text[start - 7 : start] == "at the ":
                assert mention.entity.id == "loc:kremlin"
            else:
                assert mention.entity.id in ("RUS", "RUS:GOV", "RUS:MIL"), (word, start, mention)
            checked += 1
    assert checked >= 15
    assert _at(mentions, dateline) is None, "the dateline is not an actor"


def test_seed_moscow_acting_is_russia(text: str, mentions: list[Mention]) -> None:
    # "Moscow has been one of Maduro's biggest backers"; "Putin said Moscow considered"
    for phrase in ("Moscow has been", "Moscow considered"):
        mention = _at(mentions, text.index(phrase))
        assert mention is not None and mention.entity.id == "RUS"


@pytest.mark.parametrize(
    ("surface", "kind", "entity_id"),
    [
        ("Interfax", "Organization", "org:interfax"),
        ("Reuters", "Organization", "org:reuters"),
        ("Flight Radar", "Organization", "org:flight-radar"),
        ("Maiquetia airport", "Location", "loc:maiquetia-airport"),
        ("Caracas", "Location", "loc:caracas"),
        ("Nicolas Maduro", "Person", "person:nicolas-maduro"),
        ("Vladimir Putin", "Person", "person:vladimir-putin"),
        ("Juan Guaido", "Person", "person:juan-guaido"),
        ("Barbados", "Country", "BRB"),
        ("Norway", "Country", "NOR"),
    ],
)
def test_seed_names_get_the_right_kind(
    text: str, mentions: list[Mention], surface: str, kind: str, entity_id: str
) -> None:
    for start in _occurrences(text, surface):
        mention = _at(mentions, start)
        assert mention is not None, f"{surface} at {start} unresolved"
        assert (mention.entity.kind, mention.entity.id) == (kind, entity_id), (start, mention)


def test_seed_maduro_is_one_person_throughout(text: str, mentions: list[Mention]) -> None:
    found = {m.entity.id for m in mentions if "Maduro" in m.text and "administration" not in m.text}
    assert found == {"person:nicolas-maduro"}
    admin = _at(mentions, text.index("Maduro administration"))
    assert admin is not None and admin.entity.id == "VEN:GOV"


def test_seed_groups(text: str, mentions: list[Mention]) -> None:
    expected = {
        "Russian military specialists has": "RUS:MIL",
        "Russian government": "RUS:GOV",
        "U.S. government": "USA:GOV",
        "Venezuelan opposition": "VEN:OPP",
        "government and the opposition": "VEN:GOV",
    }
    for phrase, entity_id in expected.items():
        mention = _at(mentions, text.index(phrase))
        assert mention is not None and mention.entity.id == entity_id, (phrase, mention)
    opposition = _at(mentions, text.index("opposition."))
    assert opposition is not None and opposition.entity.id == "VEN:OPP"


def test_seed_no_person_place_or_agency_of_wrong_kind(mentions: list[Mention]) -> None:
    persons = {m.entity.id for m in mentions if m.entity.kind == "Person"}
    assert persons == {"person:nicolas-maduro", "person:vladimir-putin", "person:juan-guaido"}
    agencies = {m.entity.id for m in mentions if m.text.lower() in ("reuters", "interfax")}
    assert agencies <= {"org:reuters", "org:interfax"}
