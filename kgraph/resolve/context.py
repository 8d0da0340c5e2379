"""Article context: the article's own country and the short forms only context resolves.

``home_country`` is the country an article is about when its names make that clear (the
government an office name like "the Home Office" stands for); ``article_dateline`` the
country of its dateline ("BRUSSELS (Reuters) -"), which places its domestic actors;
``compass_short_forms`` reads "the North" / "the South" as the one country of the article
named so;
``organisation_heads`` and ``short_names`` give the short forms of the organisations named in
full ("the Commission", "Progress" for the Progress Party).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kgraph.model import Entity
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.groups import dominant_country
from kgraph.resolve.matcher import P_COREF, Candidate, NameMatch
from kgraph.resolve.ner import ORGANISATION_NOUNS
from kgraph.resolve.parties import national_party, party_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Names that count towards the article's own country.
HOME_TYPES = ("country", "demonym", "capital", "seat")


def named_countries(matches: Iterable[NameMatch]) -> Iterator[str]:
    """The ISO3 country of each match that names one as a country, demonym, capital or seat
    of government (``RUS`` of "Moscow" and of "the Kremlin"), in order, repeats kept."""
    for m in matches:
        if m.type in HOME_TYPES:
            iso3 = str(m.entry["id"]).split(":")[0]
            if iso3.isupper():
                yield iso3


def home_country(matches: list[NameMatch]) -> str | None:
    """The article's own country, when its names make one clear: named at least twice, and
    twice as often as any other (countries, demonyms, capitals, seats of government)."""
    return dominant_country(named_countries(matches))


def sentence_country(doc: Doc, matches: list[NameMatch], i: int) -> str | None:
    """The one country the sentence of token ``i`` names (a country, demonym, capital or
    seat of government), or None when it names none or several."""
    sent = doc[i].sent
    named = set(named_countries(m for m in matches if sent.start <= m.start < sent.end))
    return next(iter(named)) if len(named) == 1 else None


# Gazetteer types of a dateline's place, and the key of each one's country.
DATELINE_TYPES = ("capital", "place", "seat", "country")


def dateline_country(doc: Doc, skip: frozenset[int]) -> str | None:
    """The country of the article's dateline: "BRUSSELS (Reuters) -" -> BEL (the city, not
    the EU seat), "NAJAF, Iraq -" -> IRQ, "HONOLULU/LOS ANGELES (Reuters) -" -> USA (the one
    country of the places it names). ``skip`` holds the dateline tokens
    (:func:`kgraph.extract.entities.dateline_tokens`); only the one opening the text counts.
    None without a dateline, or when its places lie in different countries or none is known.

    Reporters file from where the story happens, so CAMEO coders give the domestic actors an
    article names without a country ("police", "the government") the dateline's.
    """
    if not skip or min(skip) > 8:
        return None
    first = min(skip)
    tokens: list[Token] = []
    while first + len(tokens) in skip:
        tokens.append(doc[first + len(tokens)])
    words: list[list[str]] = [[]]
    for token in tokens:  # runs of words between separators: "RANCHO MIRAGE", "Calif."
        if token.is_alpha or (token.text.endswith(".") and token.text[:1].isalpha()):
            words[-1].append(token.text)
        elif words[-1]:
            words.append([])
    countries: set[str] = set()
    for run in words:
        for end in range(len(run), 0, -1):  # the longest known beginning of the run
            found = gz.entry(" ".join(run[:end]))
            if found is not None and found["type"] in DATELINE_TYPES:
                iso3 = str(found.get("place_country") or found.get("country") or found["id"])
                if iso3.isupper() and len(iso3) == 3:
                    countries.add(iso3)
                break
    return next(iter(countries)) if len(countries) == 1 else None


def article_dateline(doc: Doc, skip: frozenset[int], chosen: list[Candidate]) -> str | None:
    """The dateline's country (:func:`dateline_country`) when the article itself names it
    again (a country, demonym, city or group of it among ``chosen``): a bureau reporting on
    a neighbour ("DUBAI" over a story about Iran) seldom names its own country, so such a
    dateline places nobody."""
    iso3 = dateline_country(doc, skip)
    if iso3 is None or not any(c.entity.country == iso3 for c in chosen):
        return None
    return iso3


def compass_short_forms(doc: Doc, matches: list[NameMatch]) -> list[Candidate]:
    """ "the North", "the South": the one country of the article whose name starts so
    (North Korea, South Korea, South Sudan ...)."""
    named: dict[str, set[str]] = {}
    for m in matches:
        if m.type in ("country", "demonym", "capital"):
            first = gz.country(m.entry["id"]).name.split()[0].lower()
            if first in ("north", "south"):
                named.setdefault(first, set()).add(m.entry["id"])
    out: list[Candidate] = []
    for token in doc if named else ():
        iso3s = named.get(token.lower_) if token.text[:1].isupper() else None
        if not iso3s or len(iso3s) != 1 or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue  # "the South China Sea": another name
        entity = gz.country(next(iter(iso3s)), token.text)
        out.append(Candidate(token.i - 1, token.i + 1, entity, P_COREF))
    return out


def organisation_heads(doc: Doc, matches: list[NameMatch]) -> dict[str, Entity]:
    """Head words of the organisations named in full ("commission" for "European Commission"),
    when only one organisation of the document ends with that word."""
    found: dict[str, set[str]] = {}
    entities: dict[str, Entity] = {}
    for m in matches:
        if m.type in ("igo", "org", "group") and m.end - m.start > 1:
            word = doc[m.end - 1].lower_
            entity = gz.entry_entity(m.entry)
            found.setdefault(word, set()).add(entity.id)
            entities[word] = entity
    return {word: entities[word] for word, ids in found.items() if len(ids) == 1}


# Gazetteer types of a word that names a place, never an organisation's short name.
PLACE_NAME_TYPES = frozenset({"country", "capital", "place", "region", "demonym"})


def short_names(doc: Doc, candidates: list[Candidate]) -> dict[str, Entity]:
    """First words of two-word organisation names that end with an organisation noun
    ("progress" for "Progress Party"), when only one organisation of the document has it; not
    a place's name ("Seattle" of "Seattle Times" is the city)."""
    found: dict[str, dict[str, Entity]] = {}
    for c in candidates:
        two_words = c.entity.kind == "Organization" and c.end - c.start == 2
        if two_words and doc[c.end - 1].lower_ in ORGANISATION_NOUNS:
            known = gz.entry(doc[c.start].text)
            if known is not None and known["type"] in PLACE_NAME_TYPES:
                continue
            found.setdefault(doc[c.start].lower_, {})[c.entity.id] = c.entity
    return {w: next(iter(e.values())) for w, e in found.items() if len(e) == 1}


def party_of_country(
    doc: Doc, matches: list[NameMatch], k: int, entity: Entity
) -> tuple[int, Entity]:
    """A generic party name (``matches[k]``, "Labour Party", no country of its own) made the
    party of a country: the one just before it ("the Norwegian Labour Party", span from the
    demonym; "Norway's Labour Party", the possessor a mention of its own), else the article's
    own country when clear (:func:`home_country`). Returns the candidate's start and entity;
    unchanged without such a country."""
    m = matches[k]
    if m.type != "org" or m.entry.get("org_type") != "party" or entity.country is not None:
        return m.start, entity
    previous = matches[k - 1] if k > 0 else None
    gap = [t.lower_ for t in doc[previous.end : m.start]] if previous is not None else None
    if previous is not None and previous.type in ("country", "demonym") and gap in NEXT_TO:
        return (previous.start if not gap else m.start), _party(entity, str(previous.entry["id"]))
    # "Republicans" with "Senate" in the sentence, "Labour" beside "the Tories": the party
    # system of the sentence or article, else its own country, else the table's default
    home = home_country(matches)
    found = party_country(doc, matches, m.start, entity.id, home, range(m.start, m.end))
    return m.start, (entity if found is None else _party(entity, found))


# What may stand between a country and its party: nothing, or a possessive ("Norway's").
NEXT_TO: tuple[list[str], ...] = ([], ["'s"], ["'"], ["s"])


def _party(entity: Entity, iso3: str) -> Entity:
    """The generic party ``entity`` of one country: ``org:labour-party-nor``."""
    return national_party(entity, iso3)


def defined_acronyms(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """An acronym the article defines in brackets after an organisation of one country ("the
    Freedom and Direct Democracy party (SPD)" of the Czech Republic) names that organisation
    at every mention of the article ("The SPD ... had supported ANO"), where the gazetteer
    reads it as another country's (Germany's SPD); a person titled by such a mention ("SPD
    leader Tomio Okamura") is of the organisation's country. An acronym the gazetteer reads
    as an organisation of the same country, or of none, keeps its reading."""
    defined: dict[str, tuple[Entity, Entity]] = {}
    starts = {c.start: c for c in chosen}
    for c in chosen:
        if c.entity.kind != "Organization" or c.entity.country is None or c.end + 2 >= len(doc):
            continue
        if doc[c.end].text != "(" or doc[c.end + 2].text != ")":
            continue
        inner = starts.get(c.end + 1)
        if inner is None or inner.end != c.end + 2 or inner.entity.kind != "Organization":
            continue
        word = doc[inner.start].text
        if word.isupper() and inner.entity.country not in (None, c.entity.country):
            defined[word] = (inner.entity, c.entity)
    if not defined:
        return chosen
    out: list[Candidate] = []
    titled: dict[int, tuple[Entity, Entity]] = {}  # a person's start -> (read, meant)
    for c in chosen:
        reading = defined.get(doc[c.end - 1].text)
        if reading is not None and c.entity.id == reading[0].id:
            c = replace(c, entity=reading[1])
            gap = doc[c.end : c.end + MAX_TITLE_GAP + 1]
            for k, token in enumerate(gap):
                if not (token.is_alpha and token.is_lower):
                    titled[c.end + k] = reading
                    break
        out.append(c)
    people = {
        c.entity.id: reading
        for c in out
        if (reading := titled.get(c.start)) is not None
        and c.entity.kind == "Person"
        and c.entity.country == reading[0].country
    }
    for k, c in enumerate(out):  # every mention of the person ("Okamura told reporters")
        reading = people.get(c.entity.id)
        if reading is None or c.entity.country != reading[0].country:
            continue
        entity = replace(c.entity, country=reading[1].country)
        leader_of = reading[1] if c.leader_of == reading[0] else c.leader_of
        out[k] = replace(c, entity=entity, leader_of=leader_of)
    return out


# Lower-case title words between an organisation's acronym and a person ("SPD party leader").
MAX_TITLE_GAP = 3
