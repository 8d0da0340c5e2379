"""The packaged gazetteer: surface forms -> canonical entities, in pure Python (no spaCy).

The data (``kgraph/data/gazetteer.json``) is built by ``scripts/build_gazetteer.py`` from the
sources under ``data/gazetteer/`` (our curated tables and a subset of the MIT-licensed Phoenix
dictionaries). It is loaded once, on first use.

Each alias maps to one *entry* with a ``type``:

- ``country``: a country's name or short form ("Russia", "U.S.", "Burma") -> the country;
- ``demonym``: "Russian", "Venezuelan" -> the country (and the adjective of its groups);
- ``capital``: "Moscow" -> the country when it acts, ``loc:moscow`` when it is a place;
- ``seat``: "the Kremlin" -> ``RUS:GOV`` when it acts, ``loc:kremlin`` when it is a place;
- ``group``, ``igo``, ``org``: named institutions, international and other organisations;
- ``place``: a city or region in a country (from Phoenix), only used to give places a country;
- ``region``: a world region ("Latin America"), a place of no country; ``adjective``: a
  regional adjective ("Latin American") that must not be read as a demonym; ``term``: a word
  the model mistakes for a name ("Brexit"), never an actor.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from kgraph.model import Entity, kind_of_id

ACTOR_TYPES = ("country", "demonym", "capital", "seat", "group", "igo", "org")
# Entry types a text scan reports: actors, world regions, regional adjectives ("Latin American").
SCAN_TYPES = (*ACTOR_TYPES, "region", "adjective", "term")
_GATE_SPLIT = re.compile(r"[\s\-/,()'\u2019]")


def normalize(text: str) -> str:
    """The lookup key of a surface form: NFKC, lower case, straight quotes, no leading "the".

    >>> normalize("The  Kremlin"), normalize("Cote d\u2019Ivoire")
    ('kremlin', "cote d'ivoire")
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = " ".join(text.lower().split())
    if text.startswith("the "):
        text = text[4:]
    return text


def slug(text: str) -> str:
    """An ASCII slug for ids: ``"Nicolás Maduro"`` -> ``"nicolas-maduro"``.

    >>> slug("Nicolás Maduro"), slug("Maiquetia airport")
    ('nicolas-maduro', 'maiquetia-airport')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def gate_word(text: str) -> str:
    """The first word of a lower-cased form, as used to index aliases by their start."""
    return _GATE_SPLIT.split(text, maxsplit=1)[0]


@dataclass(frozen=True)
class Leader:
    """A row of the leaders table: a person who held a role in a country (or group, IGO)."""

    id: str
    name: str
    country: str
    role: str
    leader_of: str
    start: str
    end: str | None
    aliases: tuple[str, ...] = ()
    surname: str = ""


@dataclass
class Gazetteer:
    """The loaded gazetteer with its precompiled indexes."""

    names: dict[str, dict[str, Any]]
    countries: dict[str, dict[str, str]]
    sectors: dict[str, str]
    sector_labels: dict[str, str]
    leaders: list[Leader]
    # first word of a sector phrase -> longest phrase (in characters) starting with it
    sector_gate: dict[str, int] = field(default_factory=dict)
    # lower-cased full names, aliases and surnames of leaders -> leaders (latest first)
    leader_index: dict[str, list[Leader]] = field(default_factory=dict)
    # ids of named entries (IGOs, organisations, institutions) -> their entry
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    # given names, lower case ("alexei", "nikki")
    first_names: frozenset[str] = frozenset()
    # family names written first ("kim" of "Kim Jong Sik"), lower case
    family_first: frozenset[str] = frozenset()
    # peoples' adjectives -> country -> armed organisation ("kurdish": {"IRQ": "org:peshmerga"})
    peoples: dict[str, dict[str, str]] = field(default_factory=dict)
    # nouns that name such a people -> its adjective of ``peoples`` ("kurds": "kurdish")
    people_nouns: dict[str, str] = field(default_factory=dict)
    # word classes of the role-noun rules ("visitor": "diplomats", ...), lower case
    role_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # party systems (parties.tsv): rows with party, country, modifiers, default, cues, governs
    parties: list[dict[str, Any]] = field(default_factory=list)
    # titles of elected politicians (political_titles.tsv) -> [(country, sector)]
    political_titles: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # national bodies named without a country (bodies.tsv): name -> sector, countries, default
    bodies: dict[str, dict[str, Any]] = field(default_factory=dict)
    # full names of people (Phoenix's country dictionary) -> their one country
    nationals: dict[str, str] = field(default_factory=dict)
    # surnames that stand alone for one of our public figures ("pruitt" -> "Scott Pruitt")
    known_surnames: dict[str, str] = field(default_factory=dict)


@functools.cache
def load() -> Gazetteer:
    """Load and index the packaged gazetteer (cached)."""
    text = resources.files("kgraph.data").joinpath("gazetteer.json").read_text(encoding="utf-8")
    data = json.loads(text)
    leaders = [
        Leader(
            id=row["id"],
            name=row["name"],
            country=row["country"],
            role=row["role"],
            leader_of=row["leader_of"],
            start=row["from"],
            end=row["to"],
            aliases=tuple(row["aliases"]),
            surname=row["surname"],
        )
        for row in data["leaders"]
    ]
    gaz = Gazetteer(
        names=data["names"],
        countries=data["countries"],
        sectors=data["sectors"],
        sector_labels=data["sector_labels"],
        leaders=leaders,
        first_names=frozenset(data.get("first_names", ())),
        family_first=frozenset(data.get("family_first", ())),
        peoples=data.get("peoples", {}),
        people_nouns=data.get("people_nouns", {}),
        role_words={k: frozenset(v) for k, v in data.get("role_words", {}).items()},
        parties=data.get("parties", []),
        bodies=data.get("bodies", {}),
        nationals=data.get("nationals", {}),
        known_surnames=data.get("known_surnames", {}),
        political_titles={
            k: [(c, s) for c, s in v] for k, v in data.get("political_titles", {}).items()
        },
    )
    for entry in gaz.names.values():
        if "name" in entry:
            gaz.by_id.setdefault(entry["id"], entry)
    for key in gaz.sectors:
        word = gate_word(key)
        gaz.sector_gate[word] = max(gaz.sector_gate.get(word, 0), len(key))
    for leader in sorted(leaders, key=lambda r: r.start, reverse=True):
        forms = {leader.name, *leader.aliases}
        if leader.surname:
            forms.add(leader.surname)
        for form in forms:
            gaz.leader_index.setdefault(normalize(form), []).append(leader)
    return gaz


def nationality(full_name: str) -> str | None:
    """The country of a person known by full name to Phoenix's country dictionary (two words
    or more; hyphens as spaces), or None.

    >>> nationality("Alexander Downer"), nationality("Shaukat Aziz"), nationality("Aziz")
    ('AUS', 'PAK', None)
    """
    return load().nationals.get(normalize(full_name.replace("-", " ")))


def leaders_at(form: str, date: str | None = None) -> list[Leader]:
    """The leaders a name, alias or surname may stand for, the likeliest first.

    Undated, the latest holder comes first ("Bush" is George W. Bush). With an ISO date
    (``YYYY-MM-DD``), those in office on that day come first, then the latest who had taken
    office by then: "Bush" in a 1991 article is George H. W. Bush.

    >>> [r.name for r in leaders_at("Bush", "1991-02-01")][:1]
    ['George H. W. Bush']
    """
    found = load().leader_index.get(normalize(form), [])
    if not date or len(found) < 2:
        return found
    day = date[:10]

    def rank(leader: Leader) -> tuple[int, str]:
        if leader.start <= day and (not leader.end or day <= leader.end):
            return 0, ""
        if leader.start <= day and leader.end:  # out of office by then: the latest first
            return 1, _desc(leader.end)
        return 2, leader.start  # not yet in office: the soonest first

    return sorted(found, key=rank)


def _desc(day: str) -> str:
    """A sort key that orders ISO dates latest first."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in day)


def country(iso3: str, alias: str | None = None) -> Entity:
    """The Country entity of an ISO 3166-1 alpha-3 code (``"RUS"`` -> Russia)."""
    info = load().countries.get(iso3, {})
    return Entity(
        id=iso3,
        name=info.get("name", iso3),
        kind="Country",
        country=iso3,
        aliases=(alias,) if alias else (),
    )


def group(iso3: str, sector: str, alias: str | None = None) -> Entity:
    """The Group entity ``ISO3:SECTOR`` with a display name ("Russian military")."""
    gaz = load()
    adjective = gaz.countries.get(iso3, {}).get("adjective", iso3)
    label = gaz.sector_labels.get(sector, sector.lower())
    return Entity(
        id=f"{iso3}:{sector}",
        name=f"{adjective} {label}",
        kind="Group",
        country=iso3,
        aliases=(alias,) if alias else (),
    )


def place(name: str, iso3: str | None, alias: str | None = None) -> Entity:
    """A Location entity ``loc:<slug>`` (a city or site), with its country when known."""
    return Entity(
        id="loc:" + slug(name),
        name=name,
        kind="Location",
        country=iso3,
        aliases=(alias,) if alias else (),
    )


def person(
    name: str, iso3: str | None = None, roles: tuple[str, ...] = (), alias: str | None = None
) -> Entity:
    """A Person entity ``person:<slug of full name>``."""
    return Entity(
        id="person:" + slug(name),
        name=name,
        kind="Person",
        country=iso3,
        aliases=(alias,) if alias else (),
        roles=roles,
    )


def leader_entity(leader: Leader, alias: str | None = None) -> Entity:
    """The Person entity of a leaders-table row."""
    return person(leader.name, leader.country, (leader.role,), alias)


def entity_of_id(entity_id: str, alias: str | None = None) -> Entity:
    """The entity an id names: ``RUS``, ``RUS:GOV``, ``igo:un`` (names from the gazetteer)."""
    if ":" in entity_id and entity_id.split(":", 1)[0].isupper():
        iso3, sector = entity_id.split(":", 1)
        return group(iso3, sector, alias)
    if entity_id.isupper():
        return country(entity_id, alias)
    named = load().by_id.get(entity_id)
    if named is not None:
        return _named(named, alias)
    return Entity(
        entity_id,
        entity_id.split(":", 1)[-1],
        kind_of_id(entity_id),
        aliases=(alias,) if alias else (),
    )


def _named(entry: dict[str, Any], alias: str | None) -> Entity:
    kinds = {"igo": "IGO", "org": "Organization", "group": "Group", "region": "Location"}
    entity_id = entry["id"]
    kind = kinds[entry["type"]]
    iso3 = entry.get("country") or (entity_id.split(":")[0] if kind == "Group" else None)
    aliases = (alias,) if alias else ()
    return Entity(id=entity_id, name=entry["name"], kind=kind, country=iso3, aliases=aliases)


def entry_entity(entry: dict[str, Any], alias: str | None = None, as_place: bool = False) -> Entity:
    """The entity of a gazetteer entry, as an actor or (capitals, seats, places) as a place."""
    kind = entry["type"]
    if kind in ("country", "demonym"):
        return country(entry["id"], alias)
    if as_place and "place" in entry:
        iso3 = entry.get("place_country") or entry.get("country") or entry["id"].split(":")[0]
        return place(entry["place"], iso3 if iso3.isupper() else None, alias)
    if kind == "capital":
        return country(entry["id"], alias)
    if kind == "seat":
        return entity_of_id(entry["id"], alias)
    if kind == "place":
        return place(entry["place"], entry["id"], alias)
    if kind in ("region", "adjective", "term"):
        return place(entry["name"], None, alias)
    return _named(entry, alias)


def entry(alias: str) -> dict[str, Any] | None:
    """The raw gazetteer entry of a surface form, or None."""
    return load().names.get(normalize(alias))


def lookup(alias: str) -> Entity | None:
    """The entity a name stands for as an actor, or None when the gazetteer does not know it.

    Accepts names, short forms, demonyms, capitals and seats of power (as metonyms), IGO and
    organisation names, leaders' names, and ids themselves.

    >>> [lookup(n).id for n in ("Russia", "RUS", "Moscow", "the Kremlin", "UNSC", "Putin")]
    ['RUS', 'RUS', 'RUS', 'RUS:GOV', 'igo:unsc', 'person:vladimir-putin']
    >>> lookup("Atlantis") is None
    True
    """
    found = resolve_name(alias)
    return found[0] if found else None


def resolve_name(name: str) -> list[Entity]:
    """Every entity a name may stand for, the actor reading first.

    ``"Moscow"`` gives ``[RUS, loc:moscow]``; ``"RUS"`` gives ``[RUS]``; ``"RUS:GOV"`` the
    group; a leader's name or surname gives the person. An unknown name gives ``[]``.

    >>> [e.id for e in resolve_name("Moscow")]
    ['RUS', 'loc:moscow']
    """
    gaz = load()
    text = name.strip()
    found: list[Entity] = []
    if re.fullmatch(r"[A-Z]{3}", text) and text in gaz.countries:
        found.append(country(text))
    elif re.fullmatch(r"[A-Z]{3}:[A-Z]{3}", text) and text[:3] in gaz.countries:
        found.append(group(text[:3], text[4:]))
    elif re.fullmatch(r"[a-z]+:[a-z0-9-]+", text):
        found.append(entity_of_id(text))
    hit = entry(text)
    if hit is not None:
        actor = entry_entity(hit, text)
        found.append(actor)
        if "place" in hit and hit["type"] in ("capital", "seat"):
            found.append(entry_entity(hit, text, as_place=True))
    for leader in gaz.leader_index.get(normalize(text), [])[:1]:
        found.append(leader_entity(leader, text))
    unique: dict[str, Entity] = {}
    for entity in found:
        unique.setdefault(entity.id, entity)
    return list(unique.values())


def role_words(word_class: str) -> frozenset[str]:
    """The words of a class of the role-noun rules (``data/gazetteer/role_words.tsv``)."""
    return load().role_words.get(word_class, frozenset())


def sector_of(phrase: str) -> str | None:
    """The CAMEO sector code of a sector phrase ("troops" -> ``MIL``), or None."""
    return load().sectors.get(normalize(phrase))
