"""Party systems: the country of a generic party name or of a politician's party or title.

"Republicans", "Labour", "the Conservatives" name parties of several countries; the table
``data/gazetteer/parties.tsv`` lists each one's countries with the words that place a
sentence's politics in one of them ("Senate", "Tories"), and marks the names that are
unambiguous alone in English news ("Republicans": the United States). "Republican Senator X",
"Tory leader Y", "Sen. Z (R-Fla.)" give the person that country (``political_titles.tsv``).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from spacy.attrs import ORTH
from spacy.strings import get_string_id

from kgraph.model import Entity
from kgraph.resolve import doc_index
from kgraph.resolve import gazetteer as gz

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kgraph.resolve.matcher import NameMatch

# A US party-and-state tag after a name: "R-Fla.", "D-N.Y.", "(R-Texas)".
STATE_TAG = re.compile(r"^[\s,(]*[RDI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*")
# Where a text holds such a tag after a separator (STATE_TAG matches from that separator).
STATE_TAG_WITHIN = re.compile(r"[\s,(][RDI]-[A-Z]")
COUNTRY_TYPES = ("country", "demonym", "capital", "seat", "place", "group")
MAX_MODIFIER_TOKENS = 3
# Titles of a party's leader ("Tory leader Michael Howard" leads the party, or by date its
# country's GOV or OPP)
LEADER_TITLES = frozenset({"leader", "chairman", "chairwoman", "chief", "head"})


def rows_of(party_id: str) -> list[dict[str, Any]]:
    """The table's rows for a party id (one per country it is a party of)."""
    return [row for row in gz.load().parties if row["party"] == party_id]


def _cue_words(country: str, party_id: str | None = None) -> set[str]:
    """Words placing a sentence in ``country``'s politics: every cue and party modifier of
    its rows; for ``party_id``, its own rows' cues and the other parties' modifiers (so
    that "Democrats ... Democrats" is no cue of itself)."""
    words: set[str] = set()
    for row in gz.load().parties:
        if row["country"] != country:
            continue
        if party_id is None or row["party"] == party_id:
            words.update(row["cues"])
        if party_id is None or row["party"] != party_id:
            words.update(row["modifiers"])
    return words


def _has_cue(doc: Doc, start: int, end: int, words: set[str], own: range) -> bool:
    """Whether a word or a pair of adjacent words of tokens [start, end), leaving out the
    tokens ``own``, is one of ``words``."""
    if (start, end) == (0, len(doc)):
        return _article_has_cue(doc, words, own)
    texts = [t.text for t in doc[start:end] if t.i not in own]
    pairs = {f"{a} {b}" for a, b in zip(texts, texts[1:], strict=False)}
    return any(w in words for w in texts) or bool(pairs & words)


def _article_has_cue(doc: Doc, words: set[str], own: range) -> bool:
    """:func:`_has_cue` over the whole article, from its words and pairs indexed once per
    Doc (a long document places many mentions by the article)."""

    def build() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        singles: dict[str, list[int]] = defaultdict(list)
        pairs: dict[str, list[int]] = defaultdict(list)
        for token in doc:
            singles[token.text].append(token.i)
            if token.i + 1 < len(doc):
                pairs[f"{token.text} {doc[token.i + 1].text}"].append(token.i)
        return dict(singles), dict(pairs)

    singles, pairs = doc_index.cached(doc, "party-cue-words", build)
    for word in words:
        if any(i not in own for i in singles.get(word, ())):
            return True
        if any(i not in own and i + 1 not in own for i in pairs.get(word, ())):
            return True
    # the pair the mention's removal makes of its neighbours
    if own and own.start > 0 and own.stop < len(doc):
        return f"{doc[own.start - 1].text} {doc[own.stop].text}" in words
    return False


def _named(
    doc: Doc, matches: list[NameMatch], start: int, end: int, bodies: bool = True
) -> set[str]:
    """Countries named in tokens [start, end): by gazetteer names, and by the places among
    the model's entities ("Colorado", which the scan leaves to the model). Without
    ``bodies``, a national body named without its country ("Congress") names none."""
    return {
        iso3
        for first, last, iso3, body in _country_names(doc, matches)
        if start <= first and last <= end and (bodies or not body)
    }


def _country_names(doc: Doc, matches: list[NameMatch]) -> list[tuple[int, int, str, bool]]:
    """Every country name of the article, once: (start, end, ISO3, whether it is a national
    body's name without its country)."""

    def build() -> tuple[list[NameMatch], list[tuple[int, int, str, bool]]]:
        out = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                known = gz.entry(ent.text)
                if known is not None and known["type"] == "place" and str(known["id"]).isupper():
                    out.append((ent.start, ent.end, str(known["id"]), False))
        table = gz.load().bodies
        for m in matches:
            iso3 = str(m.entry["id"]).split(":")[0]
            if m.type in COUNTRY_TYPES and iso3.isupper():
                body = gz.normalize(doc[m.start : m.end].text) in table
                out.append((m.start, m.end, iso3, body))
        return matches, out

    kept, names = doc_index.cached(doc, ("country-names", id(matches)), build)
    return names if kept is matches else build()[1]


def _state_tag(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a US party-and-state tag after a separator."""
    text = doc_index.text(doc) if (start, end) == (0, len(doc)) else doc[start:end].text
    return STATE_TAG_WITHIN.search(text) is not None


def placed(
    doc: Doc,
    matches: list[NameMatch],
    token: int,
    candidates: set[str],
    own: range = range(0),
    party_id: str | None = None,
    article: bool = False,
) -> str | None:
    """The one candidate country the sentence of ``token`` places its politics in (a name of
    the country or of its places, else a cue word, a party modifier or a US state tag); with
    ``article``, the one the whole article's cue words place it in (not its names: an
    article about Iraq names the United States too). None when none or several. The tokens
    ``own`` (the mention) are no cue."""
    sent = doc[token].sent
    start, end = (0, len(doc)) if article else (sent.start, sent.end)
    if not article:
        named = _named(doc, matches, start, end) & candidates
        if len(named) == 1:
            return next(iter(named))
    cued = {c for c in candidates if _has_cue(doc, start, end, _cue_words(c, party_id), own)}
    if "USA" in candidates and _state_tag(doc, start, end):
        cued.add("USA")
    return next(iter(cued)) if len(cued) == 1 else None


def party_country(
    doc: Doc,
    matches: list[NameMatch],
    token: int,
    party_id: str,
    home: str | None,
    own: range = range(0),
    default: bool = False,
) -> str | None:
    """The country of a generic party mentioned at ``token``: placed by its sentence or
    article, else the article's own country ``home``, else (with ``default``: a party word
    before a person, "Democrat John Kerry") the table's default. A bare plural ("Democrats",
    "Republicans") takes no default: Italy, France, Japan and Ireland have such parties too."""
    national = gz.load().by_id.get(party_id, {}).get("country")
    if national:
        return str(national)  # "Tory": the British Conservatives wherever they are named
    rows = rows_of(party_id)
    if not rows:
        # "threatened by Maduro ... the ruling Socialist Party": the article's country, else
        # the one country of the leaders the sentence names
        led = leaders_countries(doc[token].sent) if home is None else set()
        return next(iter(led)) if len(led) == 1 else home
    countries = {row["country"] for row in rows}
    found = placed(doc, matches, token, countries, own, party_id)
    if found is not None:
        return found
    # a bare party name in an article about Iraq is Iraq's ("the Democratic Party" of the
    # Kurds); a party word before a person only where that country has such a party
    # ("Democrat John Kerry" in an article about Iraq is still American)
    if home is not None and home not in countries:
        # "Democrats see the accusations as a distraction from the probe into Russian
        # influence": an article about U.S. politics whose most named country is the one it
        # discusses still places a party its cue words place (Senate, Republicans, ...)
        found = placed(doc, matches, token, countries, own, party_id, article=True)
        if found is not None:
            return found
    if home is not None and (not default or home in countries):
        return home
    found = placed(doc, matches, token, countries, own, party_id, article=True)
    if found is not None:
        return found
    defaults = [row["country"] for row in rows if row["default"] and default]
    return defaults[0] if len(defaults) == 1 else None


def modifier_party(doc: Doc, start: int) -> tuple[str, int] | None:
    """A party modifier just before a person's title or name ("Republican", "Tory",
    "Liberal Democrat"): (party id, token index)."""
    for i in range(start - 1, max(-1, start - 1 - MAX_MODIFIER_TOKENS), -1):
        for width in (2, 1):
            if i - width + 1 < 0:
                continue
            words = doc[i - width + 1 : i + 1].text
            if _longer_party(doc, i - width + 1, words):
                return None  # "Social Democratic leader": another party's name
            for row in gz.load().parties:
                if words in row["modifiers"]:
                    return row["party"], i
        if doc[i].is_punct and doc[i].text not in (".", "-"):
            break
    return None


def _longer_party(doc: Doc, start: int, words: str) -> bool:
    """Whether the word before ``words`` makes another party's name with it ("Social
    Democratic", "Christian Democrat"): a known party "<word> <words> Party" or "...s"."""
    if start == 0 or not doc[start - 1].text[:1].isupper():
        return False
    before = doc[start - 1].text
    return any(
        (found := gz.entry(f"{before} {words}{tail}")) is not None and found["type"] == "org"
        for tail in (" Party", "s")
    )


def person_country(
    doc: Doc,
    matches: list[NameMatch],
    title_start: int,
    name_end: int,
    title: str | None,
    home: str | None,
) -> str | None:
    """The country of a person with no nationality in the text, from a party modifier before
    the title or name ("Republican Senator", "Tory leader"), a US state tag after the name
    ("Porter Goss, R-Fla."), or a politician's title the sentence places ("Sen." with
    "Senate" or "Republicans" in it)."""
    gaz = gz.load()
    titled = {c for c, _ in gaz.political_titles.get(gz.normalize(title or ""), [])}
    after = doc[name_end : min(len(doc), name_end + 6)]
    if len(after) and STATE_TAG.match(after.text) and (not titled or "USA" in titled):
        return "USA"
    party = modifier_party(doc, title_start)
    if party is not None:
        countries = {row["country"] for row in rows_of(party[0])}
        if titled and len(countries & titled) == 1:
            return next(iter(countries & titled))
        own = range(party[1], party[1] + 1)
        return party_country(doc, matches, party[1], party[0], home, own, default=True)
    if titled:
        own = range(title_start, name_end)
        found = placed(doc, matches, title_start, titled, own)
        if found is None and home is not None:
            return home if home in titled else None
        return found or placed(doc, matches, title_start, titled, own, article=True)
    return None


def party_sector(party_id: str, country: str, date: str | None) -> str | None:
    """GOV when the party held the national executive on ``date``, else OPP; None without a
    date (which would be a guess) or for a party the table does not date."""
    if date is None:
        return None
    for row in rows_of(party_id):
        if row["country"] != country or not row["governs"]:
            continue
        governed = any(s <= date[:10] and (e is None or date[:10] < e) for s, e in row["governs"])
        return "GOV" if governed else "OPP"
    return None


def article_home(doc: Doc, matches: list[NameMatch]) -> str | None:
    """The article's own country from its names (as :func:`context.home_country`), found
    once per Doc and list of names."""
    from kgraph.resolve.groups import dominant_country  # groups imports people, which imports us

    def build() -> tuple[list[NameMatch], str | None]:
        named = (str(m.entry["id"]).split(":")[0] for m in matches if m.type in COUNTRY_TYPES[:4])
        return matches, dominant_country(iso3 for iso3 in named if iso3.isupper())

    kept, home = doc_index.cached(doc, ("article-home", id(matches)), build)
    return home if kept is matches else build()[1]


def national_party(entity: Entity, iso3: str) -> Entity:
    """The generic party ``entity`` of one country: ``org:labour-party-nor``; a party with a
    country of its own is returned as it is."""
    if entity.country is not None:
        return entity
    adjective = gz.load().countries.get(iso3, {}).get("adjective", iso3)
    return Entity(
        id=f"{entity.id}-{iso3.lower()}",
        name=f"{adjective} {entity.name}",
        kind=entity.kind,
        country=iso3,
        aliases=entity.aliases,
    )


def party_led(
    doc: Doc, title_start: int, title: str | None, iso3: str, date: str | None
) -> Entity | None:
    """What "Tory leader Michael Howard" leads: with the article's date, the country's
    governing or opposition group (``GBR:OPP`` in 2005); without one, the party itself."""
    if title is None or gz.normalize(title) not in LEADER_TITLES:
        return None
    party = modifier_party(doc, title_start)
    if party is None or not any(row["country"] == iso3 for row in rows_of(party[0])):
        return None
    sector = party_sector(party[0], iso3, date)
    if sector is not None:
        return gz.group(iso3, sector)
    return national_party(gz.entity_of_id(party[0]), iso3)


def _owners(doc: Doc, matches: list[NameMatch], start: int, end: int) -> set[str]:
    """Countries tokens [start, end) name as a nationality or an owner: demonyms, national
    institutions ("the CIA") and seats of power ("the White House"), possessives ("Peru's"),
    a national party ("Congress, dominated by the Popular Force party": Peru's); not a plain
    country name."""
    out = set()
    for m in matches:
        if not (start <= m.start and m.end <= end):
            continue
        if gz.normalize(doc[m.start : m.end].text) in gz.load().bodies:
            continue  # "Congress" itself, or another body named without its country
        party_of = m.entry.get("country") if m.entry.get("org_type") == "party" else None
        if m.type == "org" and party_of:
            out.add(str(party_of))
            continue
        iso3 = str(m.entry["id"]).split(":")[0]
        # "Peru's", "Colombia s" (the apostrophe lost)
        owner = m.end < len(doc) and doc[m.end].lower_ in ("'s", "\u2019s", "s")
        national = m.type in ("group", "seat") or (m.type == "demonym" and _of_people(doc, m))
        if iso3.isupper() and (national or (m.type == "country" and owner)):
            out.add(iso3)
    return out


def _of_people(doc: Doc, m: NameMatch) -> bool:
    """Whether a demonym names people or a body of its country ("Ecuadorean police",
    "Venezuelan judges", "the Chinese"), not a thing of someone's ("his Canadian birth",
    "a French film"): the noun it modifies has a sector, or it modifies none."""
    token = doc[m.end - 1]
    if token.dep_ != "amod" or token.head.pos_ != "NOUN":
        return True
    return gz.sector_of(token.head.text) is not None


def _party_words(doc: Doc, start: int, end: int) -> set[str]:
    """Countries whose party words stand in tokens [start, end): "Republican(s)", "Tory",
    "Democrats" (another body's name, "Congress", is no cue: many countries have one)."""
    out = set()
    for token in doc[start:end]:
        rows = [
            row
            for row in gz.load().parties
            if token.text in row["modifiers"] or token.text.removesuffix("s") in row["modifiers"]
        ]
        found = {str(row["country"]) for row in rows}
        if len(found) > 1:
            # "Republicans" of France or of the United States: the countries whose other cue
            # words the span has, else the default row's ("Republicans and the Supreme Court")
            own = range(token.i, token.i + 1)
            cued = {c for c in found if _has_cue(doc, start, end, _cue_words(c), own)}
            found = cued or {str(row["country"]) for row in rows if row["default"]} or found
        out |= found
    return out


def subnational(doc: Doc, start: int) -> bool:
    """Whether a name at ``start`` follows a lower-case modifier of the role words
    ``subnational`` ("the state Senate", "the provincial assembly"): a state's body."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.is_lower and before.lower_ in gz.role_words("subnational")


def national_body(
    doc: Doc, matches: list[NameMatch], start: int, end: int, home: str | None
) -> Entity | None:
    """The group of a national body named without its country ("Congress", "the Supreme
    Court", ``bodies.tsv``): placed by the sentence's party words, else by the one country
    it names as a nationality or owner, else the article's country, else the default. A
    body's name is capitalised: "a party congress" is none; a body after a lower-case
    modifier of the role words ``subnational`` is a state's ("the state Senate"); one before a
    party noun (``party_noun``) is part of the party's name ("the National Congress Party")."""
    if doc[end - 1].text[:1].islower():
        return None  # "a party congress", "the state senate": a common noun, no national body
    if subnational(doc, start):
        return None  # "the state Senate", "the provincial National Assembly": no country's
    if end < len(doc) and doc[end].lower_ in gz.role_words("party_noun"):
        return None  # "the National Congress Party", "the Congress party": a party's name
    name = doc[start:end].text
    body = gz.load().bodies.get(gz.normalize(name.removeprefix("the ")))
    return None if body is None else _placed_body(doc, matches, start, name, body, home)


# Adjectives of a national body and the body's name in bodies.tsv ("congressional
# investigators": the investigators of the Congress the sentence or article places).
BODY_ADJECTIVES = {"congressional": "Congress"}
# Nouns of a body's own panels that a body's adjective makes the body ("a congressional
# panel"); nouns of people are read from the sector phrases.
PANEL_NOUNS = frozenset({"panel", "committee", "subcommittee", "delegation", "caucus"})


def body_adjective_group(
    doc: Doc, matches: list[NameMatch], i: int, home: str | None
) -> tuple[int, Entity] | None:
    """ "congressional investigators", "a congressional panel": a body's adjective at token
    ``i`` before a noun of people or of a panel (not "congressional hearings") is the body's
    group, placed as :func:`national_body` places the body: (end, entity), or None."""
    from kgraph.resolve.matcher import sector_at  # matcher imports nothing of ours; lazily

    token = doc[i]
    name = BODY_ADJECTIVES.get(token.lower_)
    body = gz.load().bodies.get(gz.normalize(name)) if name else None
    head = token.head
    if body is None or token.dep_ != "amod" or head.i != i + 1 or head.pos_ != "NOUN":
        return None
    found = sector_at(doc, head.i, max_tokens=1)
    if head.lower_ not in PANEL_NOUNS and (found is None or found[0] != head.i + 1):
        return None
    entity = _placed_body(doc, matches, i, doc[i : head.i + 1].text, body, home)
    return None if entity is None else (head.i + 1, entity)


def _placed_body(
    doc: Doc,
    matches: list[NameMatch],
    start: int,
    name: str,
    body: dict[str, Any],
    home: str | None,
) -> Entity | None:
    """The group of ``body`` (a row of bodies.tsv) named ``name`` at token ``start``."""
    listed = set(body["countries"])
    sent = doc[start].sent
    cued = {c for c in _party_words(doc, sent.start, sent.end) if not listed or c in listed}
    owners = {c for c in _owners(doc, matches, sent.start, sent.end) if not listed or c in listed}
    for found in (cued, owners):
        if len(found) == 1:
            return gz.group(next(iter(found)), body["sector"], name)
    if home is not None and (not listed or home in listed):
        return gz.group(home, body["sector"], name)
    # "threatened with jail by Maduro ... to challenge the country's Supreme Court": the one
    # country of the leaders the sentence names
    led = {c for c in leaders_countries(sent) if not listed or c in listed}
    if len(led) == 1:
        return gz.group(next(iter(led)), body["sector"], name)
    default = _default_country(doc, matches, body, sent)
    return gz.group(default, body["sector"], name) if default else None


def leaders_countries(sent: Span) -> set[str]:
    """The countries of the leaders table's people a sentence names (by full name or the
    surname the table gives: "Maduro")."""
    out = set()
    for ent in doc_index.ents_within(sent.doc, sent.start, sent.end):
        if ent.label_ in ("PERSON", "ORG", "GPE") and len(ent) <= 3:
            for leader in gz.leaders_at(ent.text)[:1]:
                if leader.country.isupper():
                    out.add(leader.country)
    return out


def _default_country(
    doc: Doc, matches: list[NameMatch], body: dict[str, Any], sent: Span
) -> str | None:
    """Whose a national body is when neither its sentence nor a clear article country says:
    the table's default ("Congress": the United States) unless the article's other sentences
    name other countries that have such a body and never the default's (nor its leaders or
    party words); then the one they name, or none ("Lawmakers in Lima debated. Congress
    voted ...": Peru's, not the U.S. Congress). A country named plainly in the body's own
    sentence is often its target ("Congress sanctioned Venezuela"), so it places nothing."""
    default = body["default"]
    if not default:
        return None
    outside = _named(doc, matches, 0, sent.start, bodies=False)
    outside |= _named(doc, matches, sent.end, len(doc), bodies=False)
    named = outside & set(body["countries"])
    if not named or default in named or _default_people(doc, str(default)):
        return str(default)
    return next(iter(named)) if len(named) == 1 else None


def _default_people(doc: Doc, iso3: str) -> bool:
    """Whether the article's people or party words place it in ``iso3`` without naming it:
    "Obama urged Congress ..." (a leader of the leaders table), "Republican senators"."""
    return iso3 in doc_index.cached(doc, "people-countries", lambda: _people_countries(doc))


def _people_countries(doc: Doc) -> frozenset[str]:
    """The countries the article's party words and leaders-table people place it in."""
    leaders = {
        leader.country
        for ent in doc.ents
        if ent.label_ == "PERSON"
        for leader in gz.leaders_at(ent.text)[:1]
    }
    return frozenset(_party_words(doc, 0, len(doc))) | leaders


@functools.cache
def one_word_modifiers() -> tuple[frozenset[str], frozenset[int]]:
    """The one-word party modifiers of the table ("Republican", "Tory") and their spaCy
    string hashes (built once)."""
    words = frozenset(m for row in gz.load().parties for m in row["modifiers"] if " " not in m)
    return words, frozenset(get_string_id(w) for w in words)


def tokens_among(doc: Doc, hashes: frozenset[int]) -> list[Token]:
    """The tokens whose text has one of the string ``hashes``, in order: one pass over the
    doc's array of texts, a Token made only for those (most documents have none)."""
    if not len(doc):
        return []
    orths = doc.to_array(ORTH).tolist()
    return [doc[i] for i, orth in enumerate(orths) if orth in hashes]


# Sectors a party word before a role noun places in the party's country: members of a
# legislature ("Republican lawmakers", "Labour MPs", "Democratic senators"). "Republican
# leaders", "officials" or "voters" may be the party's own people, not a state body: no group.
MEMBER_SECTORS = frozenset({"LEG"})


def party_members(
    doc: Doc, matches: list[NameMatch], taken: set[int], home: str | None
) -> list[tuple[int, int, str, str]]:
    """Legislators named by their party ("Republican lawmakers", "Labour MPs", "a Democratic
    senator"): (start, end, country, sector) of each, the country the party's as
    :func:`party_country` places it (a party word before people takes the table's default).
    A role noun that is the title of a name ("Republican senator John McCain") is the
    person's, not a group; tokens in ``taken`` belong to other readings."""
    from kgraph.resolve.matcher import sector_at  # matcher imports nothing of ours; lazily

    out: list[tuple[int, int, str, str]] = []
    modifiers, hashes = one_word_modifiers()
    for token in tokens_among(doc, hashes):
        if token.text not in modifiers or token.i in taken or token.i + 1 >= len(doc):
            continue
        found = sector_at(doc, token.i + 1)
        if found is None or found[1] not in MEMBER_SECTORS:
            continue
        end, code = found
        last = doc[end - 1]
        if any(i in taken for i in range(token.i, end)):
            continue
        if last.dep_ == "compound" and last.head.pos_ == "PROPN":
            continue  # "Republican senator John McCain": a title
        if last.i + 1 < len(doc) and doc[last.i + 1].ent_type_ == "PERSON":
            continue
        party = modifier_party(doc, token.i + 1)
        if party is None or party[1] != token.i:
            continue  # "Social Democratic lawmakers": another party's name
        own = range(token.i, end)
        iso3 = party_country(doc, matches, token.i, party[0], home, own, default=True)
        if iso3 is not None:
            out.append((token.i, end, iso3, code))
    return out


# Last words of a legislature's committees ("the Senate Intelligence Committee").
COMMITTEE_NOUNS = frozenset({"committee", "subcommittee", "panel", "caucus"})
MAX_BODY_TOKENS = 3


def legislative_committee(
    doc: Doc, matches: list[NameMatch], start: int, end: int, home: str | None
) -> Entity | None:
    """A committee of a national legislature named by the model as an organisation ("Senate
    Intelligence Committee", "House Judiciary Committee", "U.S. House of Representatives
    Armed Services Committee"): the legislature's group (``USA:LEG``), its country the one
    named before the body, else the body's own (:func:`national_body`). None otherwise."""
    if doc[end - 1].lower_ not in COMMITTEE_NOUNS:
        return None
    alias = doc[start:end].text
    country = next(
        (m for m in matches if m.start == start and m.type in ("country", "demonym")), None
    )
    at = country.end if country is not None else start
    if at < end and doc[at].lower_ in ("'s", "\u2019s"):
        at += 1
    width = _legislature_at(doc, at, min(MAX_BODY_TOKENS, end - 1 - at))
    if width:
        if country is not None:
            return gz.group(str(country.entry["id"]), "LEG", alias)
        found = national_body(doc, matches, at, at + width, home)
        return gz.group(found.country, "LEG", alias) if found and found.country else None
    stop = gz.role_words("not_legislative") | one_word_modifiers()[0]
    if (
        any(start <= m.start < end for m in matches)
        or doc[end - 1].text not in ("Committee", "Subcommittee")
        or any(t.lower_ in stop or t.text in stop for t in doc[start:end])
    ):
        return None
    # "the Finance Committee", "the Committee" with no legislature in the name: the
    # legislature's, when the article names a legislature of one country ("the Senate")
    iso3 = article_legislature(doc, matches, home)
    return gz.group(iso3, "LEG", alias) if iso3 is not None else None


def article_legislature(doc: Doc, matches: list[NameMatch], home: str | None) -> str | None:
    """The one country whose legislature the article names ("the U.S. Senate", or a bare
    "Senate", "Congress" placed as :func:`national_body` places it), else None."""
    found: set[str] = set()
    for m in matches:
        entity_id = str(m.entry["id"])
        if entity_id.endswith(":LEG") and entity_id[:3].isupper():
            found.add(entity_id[:3])
    for token in doc:
        if not token.text[:1].isupper() or token.text in ("Committee", "Subcommittee"):
            continue
        width = _legislature_at(doc, token.i, MAX_BODY_TOKENS, cased=True)
        group = national_body(doc, matches, token.i, token.i + width, home) if width else None
        if group is not None and group.country:
            found.add(group.country)
    return next(iter(found)) if len(found) == 1 else None


def _legislature_at(doc: Doc, at: int, most: int, cased: bool = False) -> int:
    """The width of the longest legislature of the bodies table ("House of Representatives",
    "Senate") named from token ``at``, at most ``most`` tokens (with ``cased``, its last word
    capitalised), else 0."""
    bodies = gz.load().bodies
    for width in range(min(most, len(doc) - at), 0, -1):
        body = bodies.get(gz.normalize(doc[at : at + width].text))
        if body is None or body["sector"] != "LEG":
            continue
        if not cased or doc[at + width - 1].text[:1].isupper():
            return width
    return 0
