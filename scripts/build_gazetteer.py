#!/usr/bin/env python
"""Build the packaged gazetteer (kgraph/data/gazetteer.json) from the sources in data/gazetteer/.

Sources (each keeps its licence note):

- ``countries.tsv``, ``seats.tsv``, ``institutions.tsv``, ``igos.tsv``, ``orgs.tsv``,
  ``sectors.tsv``, ``leaders.tsv``: curated by the kgraph developers (MIT).
- ``phoenix/``: a filtered subset of the Phoenix actor and agent dictionaries (MIT, Open Event
  Data Alliance; see ``phoenix/LICENSE``): country name variants and cities, sector phrases.
- ``places.tsv``: cities and regions Phoenix lacks, with their country (ours, MIT).
- ``role_words.tsv``: word classes of the role-noun rules (ours, MIT).
- ``parties.tsv``, ``political_titles.tsv``: party systems and politicians' titles (ours, MIT).
- ``peoples.tsv``: peoples without a state, the nouns that name them and the armed organisation
  "<adjective> forces" names in each of their countries (ours, MIT).
- ``phoenix/milnonstate.actors.txt``: Phoenix non-state armed groups (MIT, Open Event Data
  Alliance), minus ``armed_stop.tsv`` (ours, MIT).
- ``phoenix/persons.actors.txt``: the people of Phoenix's country dictionary with their one
  country (MIT, Open Event Data Alliance), and ``people.tsv`` (ours, MIT): the ``nationals``
  table, and ``known_surnames`` (the surnames of ``people.tsv`` no other person has).
- ``agent_codes.tsv`` (Phoenix agent code -> kgraph sector) and ``agents_stop.tsv`` (agent
  phrases left out as too ambiguous, with reasons): curated by the kgraph developers (MIT).

Usage::

    python scripts/build_gazetteer.py            # rebuild kgraph/data/gazetteer.json
    python scripts/build_gazetteer.py --check    # exit 1 if the packaged file is stale
    python scripts/build_gazetteer.py --import-phoenix /path/to/phoenix   # refresh phoenix/

The build is deterministic: the same sources always give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing kgraph

from kgraph.resolve.gazetteer import normalize, slug  # noqa: E402  (the lookup's own keys)

SOURCES = ROOT / "data" / "gazetteer"
OUTPUT = ROOT / "kgraph" / "data" / "gazetteer.json"

# Phoenix agent codes kept as sector words, and their display labels.
SECTOR_LABELS = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "COP": "police",
    "MED": "media",
    "JUD": "judiciary",
    "LEG": "legislature",
    "SPY": "intelligence",
    "BUS": "business",
    "CVL": "civilians",
    "REF": "refugees",
    "LAB": "labour",
    "EDU": "education",
    "REL": "clergy",
    "NGO": "NGOs",
    "ELI": "elites",
    "CRM": "criminals",
    "RAD": "radicals",
}
FUNCTION_WORDS = frozenset({"to", "for", "in", "of", "at", "the", "on", "and", "from", "with"})
PHOENIX_MACROS = {
    "!PERSON!": ("MAN", "MEN", "WOMAN", "WOMEN", "PERSON"),
    "!MINIST!": ("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"),
}
# Source priority: an alias already claimed by an earlier source keeps its first meaning.
ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&+-]*$")
# One word with a capital after a small letter ("LeT" for Lashkar-e-Taiba): written only so;
# in any case it is an ordinary word ("Let's").
MIXED_CASE = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a curated TSV file (``#`` lines are comments, the first other line the header)."""
    path = SOURCES / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def split(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


class Builder:
    """Collects alias entries in priority order and reports collisions."""

    def __init__(self) -> None:
        self.names: dict[str, dict[str, Any]] = {}
        self.collisions: list[str] = []
        self.plain: set[str] = set()  # keys also given without a leading "the"

    def add(self, alias: str, entry: dict[str, Any]) -> None:
        key = normalize(alias)
        if not key:
            return
        bare = alias.removeprefix("the ").strip()
        if bare == alias.strip():
            self.plain.add(key)
        acronym = bool(ACRONYM.match(bare) or MIXED_CASE.match(bare)) and len(key) <= 7
        old = self.names.get(key)
        if old is None:
            new = dict(entry)
            if acronym:
                new["cased"] = [alias.removeprefix("the ").strip()]
            self.names[key] = new
            return
        if old["id"] != entry["id"] or old["type"] != entry["type"]:
            self.collisions.append(
                f"{alias!r}: kept {old['id']} ({old['type']}), not {entry['id']}"
            )
            return
        if "cased" in old:
            if acronym:
                old["cased"] = sorted({*old["cased"], alias.removeprefix("the ").strip()})
            else:
                del old["cased"]  # also written in lower case: match in any case


def build_countries(b: Builder) -> dict[str, dict[str, str]]:
    countries: dict[str, dict[str, str]] = {}
    after_the: set[str] = set()
    rows = read_tsv("countries.tsv")
    for row in rows:
        demonyms = split(row["demonyms"])
        countries[row["iso3"]] = {
            "name": row["name"],
            "adjective": demonyms[0] if demonyms else row["name"],
        }
        for alias in [row["name"], *split(row["aliases"])]:
            b.add(alias, {"id": row["iso3"], "type": "country"})
            if alias.startswith("the ") and " " not in alias[4:] and alias[4:].isalpha():
                after_the.add(normalize(alias))
    for row in rows:
        for alias in split(row["demonyms"]):
            b.add(alias, {"id": row["iso3"], "type": "demonym"})
    # "the States", "the Emirates": a word that names the country only after "the" (the "Gulf
    # States", "Member States" and "Emirates" airline are others), unless also listed bare
    for key in sorted(after_the - b.plain):
        if b.names.get(key, {}).get("type") == "country":
            b.names[key]["after_the"] = True
    return countries


def build_places(b: Builder) -> None:
    for row in read_tsv("seats.tsv"):
        entry = {"id": row["id"], "type": "seat"}
        # "the Home Office": an institution, never a place (no place name in the table)
        if row.get("place"):
            entry["place"] = row["place"]
        country = row.get("country") or (row["id"].split(":")[0] if ":" in row["id"] else "")
        if country and not row["id"].startswith("igo:"):
            entry["country"] = country
        elif country:
            entry["place_country"] = country
        b.add(row["alias"], entry)
    for row in read_tsv("countries.tsv"):
        for city in split(row["capitals"]):
            spellings = [part.strip() for part in city.split("/") if part.strip()]
            for spelling in spellings:
                b.add(spelling, {"id": row["iso3"], "type": "capital", "place": spellings[0]})


def build_organisations(b: Builder) -> None:
    for row in read_tsv("institutions.tsv"):
        institution: dict[str, Any] = {"id": row["id"], "type": "group", "name": row["name"]}
        if row.get("nouns"):
            institution["nouns"] = row["nouns"].split()  # "the agency" after "the FBI"
        b.add(row["alias"], institution)
    for row in read_tsv("igos.tsv"):
        for alias in [row["name"], *split(row["aliases"])]:
            b.add(alias, {"id": row["id"], "type": "igo", "name": row["name"]})
    for row in read_tsv("orgs.tsv"):
        entry: dict[str, Any] = {"id": row["id"], "type": "org", "name": row["name"]}
        if row["country"]:
            entry["country"] = row["country"]
        if row["type"]:
            entry["org_type"] = row["type"]
        for alias in [row["name"], *split(row["aliases"])]:
            b.add(alias, entry)


def build_regions(b: Builder) -> None:
    for row in read_tsv("regions.tsv"):
        entry = {"id": "loc:" + slug(row["name"]), "type": row["type"], "name": row["name"]}
        b.add(row["name"], entry)


def build_place_table(b: Builder) -> None:
    """Cities and regions of ``places.tsv`` (what Phoenix lacks), placed in their country."""
    for row in read_tsv("places.tsv"):
        b.add(row["name"], {"id": row["country"], "type": "place", "place": row["name"]})


def _phoenix_words(token: str) -> str:
    return " ".join(token.replace("_", " ").split()).strip()


def read_phoenix_countries() -> list[tuple[str, list[str]]]:
    """(iso3, aliases) blocks of the filtered Phoenix country dictionary."""
    path = SOURCES / "phoenix" / "countries.actors.txt"
    blocks: list[tuple[str, list[str]]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln.split("#")[0].strip() for ln in block.splitlines()]
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        code = lines[0].split("\t")[0]
        names = [_phoenix_words(ln.lstrip("+")) for ln in lines[1:]]
        blocks.append((code, [n for n in names if n]))
    return blocks


def build_phoenix_places(b: Builder, countries: dict[str, dict[str, str]]) -> None:
    """Phoenix aliases we do not have: spelling variants of a name, else a place in it."""
    for code, names in read_phoenix_countries():
        if code not in countries:
            continue
        known = [normalize(countries[code]["name"]), normalize(countries[code]["adjective"])]
        for name in names:
            key = normalize(name)
            if key in b.names or len(key) < 4 or not name[:1].isalpha():
                continue
            similar = max(difflib.SequenceMatcher(None, key, k).ratio() for k in known)
            if similar >= 0.8 or any(k in key for k in known):
                b.add(name.title(), {"id": code, "type": "country"})
            else:
                b.add(name.title(), {"id": code, "type": "place", "place": name.title()})


# A Phoenix non-state armed group header: NAME_ [CODE] (CODE: country + sector, "COLREB").
PHOENIX_ARMED = re.compile(r"^(?P<name>[A-Z0-9][^\[#]*?)\s*\[(?P<code>[A-Z]+)\]")
# An acronym in a Phoenix name: "LASHKAR-E-TAIBA_(LET)_".
PHOENIX_ACRONYM = re.compile(r"\(([A-Z0-9-]+)\)")


def read_phoenix_armed() -> list[tuple[str, str, list[str]]]:
    """(code, name, aliases) blocks of the Phoenix non-state armed groups dictionary."""
    path = SOURCES / "phoenix" / "milnonstate.actors.txt"
    blocks: list[tuple[str, str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#")[0].rstrip()
        header = PHOENIX_ARMED.match(text)
        if header:
            blocks.append((header["code"], header["name"], []))
        elif text.startswith("+") and blocks:
            blocks[-1][2].append(text[1:])
    return blocks


def _armed_forms(token: str, header: bool) -> list[str]:
    """The names a Phoenix token gives: its words title-cased without a bracketed acronym,
    and that acronym as written ("LASHKAR-E-TAIBA_(LET)_" -> "Lashkar-E-Taiba", "LET").
    A one-word name counts only as the block's own name ("HAMAS") or as an acronym of four
    letters or more: a one-word alias is too often a plain word ("FOUNDATION", "YOUTH")."""
    acronyms = [a for a in PHOENIX_ACRONYM.findall(token) if len(a) >= 3]
    words = _phoenix_words(PHOENIX_ACRONYM.sub(" ", token))
    # a two-word alias is too often a plain phrase ("NATIONAL FRONT", "RED LINE", or a
    # leader's name): only the block's own name may be that short
    several = len(words.split()) >= (2 if header else 3)
    forms = [words.title().replace("'S", "'s")] if several or "-" in words else []
    if words and " " not in words and "-" not in words and words.isalpha() and len(words) >= 3:
        if header:
            forms.append(words if len(words) <= 4 else words.title())  # "ETA", "Hamas"
        elif len(words) in (4, 5):
            forms.append(words)  # "LTTE", "EZLN"
    return forms + acronyms


def build_phoenix_armed(b: Builder, countries: dict[str, dict[str, str]]) -> None:
    """Armed groups of one country from Phoenix (``[COLREB]``: ELN, the Shining Path); groups
    coded by region or as international (``IMG``, ``MEA``) are left out: no country."""
    sectors = agent_sectors()
    stop = frozenset(normalize(row["name"]) for row in read_tsv("armed_stop.tsv"))
    blocks = read_phoenix_armed()
    # an acronym two groups share ("LEJ") names neither
    seen: dict[str, int] = {}
    for _, name, aliases in blocks:
        for form in {f for t in [name, *aliases] for f in PHOENIX_ACRONYM.findall(t)}:
            seen[form] = seen.get(form, 0) + 1
    for code, name, aliases in blocks:
        iso3, sector = code[:3], code[3:]
        if iso3 not in countries or sectors.get(sector) != "REB":
            continue
        tokens = [(name, True), *((a, False) for a in aliases)]
        forms = [
            f
            for t, header in tokens
            for f in _armed_forms(t, header)
            if seen.get(f, 1) == 1 and normalize(f) not in stop and "(" not in f
        ]
        if not forms:
            continue
        known = next((b.names[normalize(f)] for f in forms if normalize(f) in b.names), None)
        if known is not None and known["type"] != "org":
            continue  # a country, place or institution already has the name
        entry = known or {
            "id": "org:" + slug(forms[0]),
            "type": "org",
            "name": forms[0],
            "country": iso3,
            "org_type": "armed",
        }
        for form in forms:
            b.add(form, {k: v for k, v in entry.items() if k != "cased"})


# One Phoenix agent line: PHRASE [{PLURALS}] [~CODE] [# comment] (the closing bracket is
# sometimes a brace in the source: "[~ENV}").
PHOENIX_AGENT = re.compile(
    r"^(?P<phrase>[^{\[#]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)[\]}]"
)


def agent_sectors() -> dict[str, str]:
    """Phoenix agent code parts -> kgraph sectors, from ``agent_codes.tsv`` (empty: left out)."""
    return {row["code"]: row["sector"] for row in read_tsv("agent_codes.tsv")}


def agent_stoplist() -> frozenset[str]:
    """Phoenix agent phrases left out as too ambiguous (``agents_stop.tsv``, with reasons)."""
    return frozenset(normalize(row["phrase"]) for row in read_tsv("agents_stop.tsv"))


def agent_sector(code: str, sectors: dict[str, str]) -> str | None:
    """The sector of a Phoenix code: that of its first three-letter part that has one.

    "GOVMED" -> GOV; "MUSRAD" -> RAD (a faith has none); "CHRCTH" -> None.
    """
    for k in range(0, len(code) - 2, 3):
        sector = sectors.get(code[k : k + 3])
        if sector:
            return sector
    return None


# Last words that are plural, or have no plural of their own, as Phoenix writes them.
NO_PLURAL = frozenset({"people", "children", "police", "personnel", "staff", "media", "poor"})


def plural(phrase: str) -> str | None:
    """The regular plural of a phrase's last word (Phoenix leaves regular plurals out), or
    None when the word is plural already or is no plain word ("Gen.", "forces", "gunmen").

    >>> [plural(p) for p in ("villager", "militia", "policeman", "security", "witness")]
    ['villagers', 'militias', 'policemen', 'securities', 'witnesses']
    >>> [plural(p) for p in ("armed forces", "gunmen", "brig. gen.", "people")]
    [None, None, None, None]
    """
    head, _, last = phrase.rpartition(" ")
    already = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    if already or last.endswith("men") or last in NO_PLURAL or not last[-1:].isalnum():
        return None
    if last.endswith("man") and not last.endswith(("human", "german", "shaman")):
        word = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def phoenix_agents() -> list[tuple[str, str]]:
    """(phrase, sector) of the Phoenix agents we keep: mapped codes, one to three words, not
    stoplisted, with their plurals (listed in braces, else the regular plural)."""
    sectors = agent_sectors()
    stop = agent_stoplist()
    out: list[tuple[str, str]] = []
    path = SOURCES / "phoenix" / "agents.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PHOENIX_AGENT.match(line)
        if match is None:
            continue
        sector = agent_sector(match.group("code"), sectors)
        if sector is None:
            continue
        forms = [match.group("phrase").strip()]
        expanded = any(macro in forms[0] for macro in PHOENIX_MACROS)  # has its plurals
        for macro, words in PHOENIX_MACROS.items():
            if any(macro in f for f in forms):
                forms = [f.replace(macro, w) for f in forms for w in words]
        listed = [p for p in (match.group("plurals") or "").split(",") if p.strip()]
        braces = match.group("plurals") is not None
        for form in forms:
            words = normalize(_phoenix_words(form))
            if "!" in words or not 1 <= len(words.split()) <= 3 or words in stop:
                continue
            if words.split()[-1] in FUNCTION_WORDS or words.split()[0] in ("a", "an"):
                continue  # "AMBASSADOR_TO": a phrase cut before its object; "A_CABINET_..."
            out.append((words, sector))
            # "POLICE {}": no plural; "THIEF {THIEVES}": the listed one; else the regular one
            for many in [normalize(_phoenix_words(p)) for p in listed] or (
                [] if braces or expanded else [plural(words)]
            ):
                if many is not None and many not in stop and len(many.split()) <= 3:
                    out.append((many, sector))
    return out


def build_sectors() -> dict[str, str]:
    """Sector phrases -> sectors: ours (``sectors.tsv``) first, then Phoenix's agents."""
    sectors: dict[str, str] = {}
    for row in read_tsv("sectors.tsv"):
        sectors[normalize(row["phrase"])] = row["code"]
    for phrase, sector in phoenix_agents():
        sectors.setdefault(phrase, sector)
    return dict(sorted(sectors.items()))


def build_role_words() -> dict[str, list[str]]:
    """Word classes of the role-noun rules (``role_words.tsv``): class -> sorted words."""
    classes: dict[str, set[str]] = {}
    for row in read_tsv("role_words.tsv"):
        classes.setdefault(row["class"], set()).add(normalize(row["word"]))
    return {name: sorted(words) for name, words in sorted(classes.items())}


def build_leaders() -> list[dict[str, Any]]:
    leaders = []
    for row in read_tsv("leaders.tsv"):
        surname = row.get("surname") or row["name"].split()[-1]
        igo_head = row.get("leader_of", "").startswith("igo:")
        leaders.append(
            {
                "id": "person:" + slug(row["name"]),
                "name": row["name"],
                # the head of an IGO acts for it, not for their nationality (Kofi Annan in
                # office: igo:un); the table's country column stays their nationality
                "country": row["leader_of"] if igo_head else row["country"],
                "role": row["role"],
                "leader_of": row.get("leader_of") or row["country"],
                "from": row["from"],
                "to": row["to"] or None,
                "aliases": split(row.get("aliases", "")),
                "surname": "" if surname == "-" else surname,
            }
        )
    return leaders


def build_first_names() -> list[str]:
    """Given names (lower case) that tell a person's name from an organisation's."""
    return sorted({normalize(row["name"]) for row in read_tsv("first_names.tsv")})


# A surname shorter than this is too often another word or name to stand alone ("Lee").
MIN_SURNAME = 4
# Countries whose names are written family name first in English news ("Geng Shuang").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "VNM"})


def build_known_surnames(
    leaders: list[dict[str, Any]], nationals: dict[str, str], names: dict[str, Any]
) -> dict[str, str]:
    """Surnames that stand alone for one of our public figures (``people.tsv``): "Pruitt" ->
    "Scott Pruitt". Only a surname no other person of the gazetteer has (Phoenix's people, the
    leaders table's names, aliases and surnames), that is no given name, no other gazetteer
    name and no shorter than :data:`MIN_SURNAME` letters ("Kelly", "Ross", "Lee" stay out);
    not for a name whose family name is written first ("Geng Shuang")."""

    def last(name: str) -> str:
        return re.sub(r"^(al|el|ad|as|ash|at|az|an)-", "", normalize(name).split()[-1])

    owners: dict[str, set[str]] = {}
    for key in nationals:
        owners.setdefault(last(key), set()).add(key)
    taken = {normalize(form) for row in leaders for form in (row["name"], *row["aliases"])}
    taken |= {normalize(row["surname"]) for row in leaders if row["surname"]}
    taken |= {last(row["name"]) for row in leaders}
    taken |= set(build_first_names()) | {normalize(n) for n in names}
    out: dict[str, str] = {}
    family_first = set(build_family_first())
    for row in read_tsv("people.tsv"):
        key = last(row["name"])
        if normalize(row["name"]).split()[0] in family_first or row["country"] in FAMILY_FIRST:
            continue  # "Geng Shuang": the family name is written first
        if len(key) < MIN_SURNAME or key in taken or not key.replace("-", "").isalpha():
            continue
        if owners.get(key) == {normalize(row["name"].replace("-", " "))}:
            out[key] = row["name"]
    return dict(sorted(out.items()))


def build_family_first() -> list[str]:
    """Family names (lower case) written first ("Kim Jong Sik"), which a later mention uses."""
    return sorted({normalize(row["name"]) for row in read_tsv("family_first.tsv")})


def build_peoples() -> dict[str, dict[str, str]]:
    """Peoples' adjectives -> country -> the armed organisation "<adjective> forces" names
    there (``peoples.tsv``)."""
    out: dict[str, dict[str, str]] = {}
    for row in read_tsv("peoples.tsv"):
        out.setdefault(normalize(row["word"]), {})[row["country"]] = row["org"]
    return dict(sorted(out.items()))


def build_people_nouns() -> dict[str, str]:
    """Nouns that name a people without a state ("kurds") -> its adjective of ``peoples``
    ("kurdish"; ``peoples.tsv``)."""
    out: dict[str, str] = {}
    for row in read_tsv("peoples.tsv"):
        for noun in row["nouns"].split("|"):
            out[normalize(noun)] = normalize(row["word"])
    return dict(sorted(out.items()))


def build_parties() -> list[dict[str, Any]]:
    """Party systems (``parties.tsv``): each party's country, modifiers, cues and terms."""
    rows = []
    for row in read_tsv("parties.tsv"):
        governs = []
        for span in split(row.get("governs", "")):
            start, _, end = span.partition("..")
            governs.append([start, end or None])
        rows.append(
            {
                "party": row["party"],
                "country": row["country"],
                "modifiers": split(row.get("modifiers", "")),
                "default": row.get("default") == "yes",
                "cues": split(row.get("cues", "")),
                "governs": governs,
            }
        )
    return rows


def build_political_titles() -> dict[str, list[list[str]]]:
    """Titles of elected politicians (``political_titles.tsv``): title -> [[country, sector]]."""
    titles: dict[str, list[list[str]]] = {}
    for row in read_tsv("political_titles.tsv"):
        titles.setdefault(normalize(row["title"]), []).append([row["country"], row["sector"]])
    return dict(sorted(titles.items()))


def build_bodies() -> dict[str, dict[str, Any]]:
    """National bodies named without a country (``bodies.tsv``): name -> sector, countries
    (empty: any), default."""
    return {
        normalize(row["name"]): {
            "sector": row["sector"],
            "countries": [] if row["countries"] == "*" else split(row["countries"]),
            "default": row.get("default") or None,
        }
        for row in read_tsv("bodies.tsv")
    }


def build(collisions: list[str] | None = None) -> dict[str, Any]:
    """The gazetteer as a JSON-ready dict; alias collisions are appended to ``collisions``."""
    b = Builder()
    countries = build_countries(b)
    build_places(b)
    build_organisations(b)
    build_regions(b)
    build_place_table(b)
    build_phoenix_armed(b, countries)
    build_phoenix_places(b, countries)
    if collisions is not None:
        collisions.extend(b.collisions)
    leaders = build_leaders()
    nationals = build_nationals(leaders, b.names, countries)
    return {
        "version": 1,
        "licence": "MIT; derived in part from the Phoenix dictionaries (c) 2014 Open Event "
        "Data Alliance, MIT (see data/gazetteer/phoenix/LICENSE)",
        "countries": dict(sorted(countries.items())),
        "sector_labels": SECTOR_LABELS,
        "sectors": build_sectors(),
        "role_words": build_role_words(),
        "leaders": leaders,
        "nationals": nationals,
        "known_surnames": build_known_surnames(leaders, nationals, b.names),
        "first_names": build_first_names(),
        "family_first": build_family_first(),
        "peoples": build_peoples(),
        "people_nouns": build_people_nouns(),
        "parties": build_parties(),
        "political_titles": build_political_titles(),
        "bodies": build_bodies(),
        "names": dict(sorted(b.names.items())),
        "_collisions": len(b.collisions),
    }


def render(gazetteer: dict[str, Any]) -> str:
    """The exact text written to the packaged file."""
    return json.dumps(gazetteer, ensure_ascii=False, sort_keys=False, indent=0) + "\n"


def import_phoenix(source: Path) -> None:
    """Copy the parts of the Phoenix dictionaries we use into data/gazetteer/phoenix/."""
    target = SOURCES / "phoenix"
    target.mkdir(parents=True, exist_ok=True)
    (target / "LICENSE").write_text((source / "LICENSE").read_text(encoding="utf-8"))
    # Country blocks only: a header naming a country code, its "+" aliases, its code lines.
    text = (source / "Phoenix.Countries.actors.txt").read_text(encoding="utf-8", errors="replace")
    out = [
        "# Filtered from Phoenix.Countries.actors.txt (Phoenix dictionaries, MIT, (c) 2014 Open",
        "# Event Data Alliance; see LICENSE): country blocks only, as CODE then its aliases.",
        "",
    ]
    block: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        current = [c for c in codes if re.fullmatch(r"[A-Z]{3}( >\d+)?", c)]
        if block and current:
            code = current[-1].split()[0]
            out.extend([code, *block, ""])

    for line in text.splitlines():
        stripped = line.split("#")[0].rstrip()
        if not stripped.strip():
            continue
        if stripped.startswith("\t") or stripped.startswith(" "):
            codes.extend(re.findall(r"\[([A-Z]{3}[^\]]*)\]", stripped))
        elif stripped.startswith("+"):
            if block:
                block.append(stripped.strip())
        else:
            flush()
            header = re.match(r"^([A-Z][A-Z_.'()-]*)\s*(?:\[([A-Z]{3})\])?\s*$", stripped)
            block, codes = [], []
            if header:
                block = ["+" + header.group(1)]
                if header.group(2):
                    codes = [header.group(2)]
    flush()
    (target / "countries.actors.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    import_phoenix_persons(text, target / "persons.actors.txt")
    agents = (source / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    (target / "agents.txt").write_text(agents, encoding="utf-8")
    armed = (source / "Phoenix.MilNonState.actors.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    (target / "milnonstate.actors.txt").write_text(armed, encoding="utf-8")


# A Phoenix person block: its header (marked as from CountryInfo), "+" aliases, then dated
# code lines ("[LBNGOV >080525]"); the country is a code's first three letters.
PHOENIX_CODE = re.compile(r"\[([A-Z]{3})[A-Z]*(?:\s[^\]]*)?\]")


def import_phoenix_persons(text: str, target: Path) -> None:
    """Write the people of ``Phoenix.Countries.actors.txt`` whose codes all name one country,
    as ``ISO3<TAB>name`` lines (header and aliases, two words or more)."""
    out = [
        "# Filtered from Phoenix.Countries.actors.txt (Phoenix dictionaries, MIT, (c) 2014",
        "# Open Event Data Alliance; see LICENSE): its people (the CountryInfo blocks) whose",
        "# dated codes all name one country, as ISO3, a tab, and each name of two words or more.",
    ]
    names: list[str] = []
    codes: set[str] = set()
    person = False

    def flush() -> None:
        if person and len(codes) == 1:
            iso3 = next(iter(codes))
            out.extend(f"{iso3}\t{name}" for name in names if len(name.split()) >= 2)

    for line in text.splitlines():
        stripped = line.split("#")[0].rstrip()
        if not stripped.strip():
            continue
        if stripped.startswith(("\t", " ")):
            codes.update(PHOENIX_CODE.findall(stripped))
        elif stripped.startswith("+"):
            names.append(_phoenix_words(stripped[1:]))
        else:
            flush()
            names, codes = [_phoenix_words(stripped)], set()
            person = "CountryInfo" in line
    flush()
    target.write_text("\n".join(out) + "\n", encoding="utf-8")


def build_nationals(
    leaders: list[dict[str, Any]], names: dict[str, Any], countries: dict[str, Any]
) -> dict[str, str]:
    """Full names of people -> their country, from ours (``people.tsv``, first) and Phoenix's
    people (``phoenix/persons.actors.txt``): only names the leaders table and the alias table
    do not have, of a country we know (not an IGO's staff), never a name two countries claim.
    Keys are :func:`normalize`d with hyphens as spaces ("chen shui bian")."""
    known = {normalize(n.replace("-", " ")) for n in names}
    known |= {normalize(row["name"].replace("-", " ")) for row in leaders}
    ours = {normalize(r["name"].replace("-", " ")): r["country"] for r in read_tsv("people.tsv")}
    found: dict[str, set[str]] = {}
    path = SOURCES / "phoenix" / "persons.actors.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        iso3, name = line.split("\t", 1)
        key = normalize(name.replace("-", " "))
        if key not in known and key.replace(" ", "").isalpha() and iso3 in countries:
            found.setdefault(key, set()).add(iso3)
    phoenix = {key: next(iter(c)) for key, c in found.items() if len(c) == 1}
    return dict(sorted((phoenix | {k: v for k, v in ours.items() if k not in known}).items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the packaged file is stale")
    parser.add_argument("--import-phoenix", type=Path, help="refresh data/gazetteer/phoenix/")
    parser.add_argument("-v", "--verbose", action="store_true", help="list alias collisions")
    args = parser.parse_args(argv)
    if args.import_phoenix:
        import_phoenix(args.import_phoenix)
    collisions: list[str] = []
    gazetteer = build(collisions)
    text = render(gazetteer)
    if args.verbose:
        print("\n".join(collisions), file=sys.stderr)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(
        f"wrote {OUTPUT.relative_to(ROOT)}: {len(gazetteer['names'])} names, "
        f"{len(gazetteer['countries'])} countries, {len(gazetteer['sectors'])} sector phrases, "
        f"{len(gazetteer['leaders'])} leaders, {gazetteer['_collisions']} collisions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
