"""Role nouns with no country of their own, placed by where they are.

A role noun ("police", "rebels", "villagers", "lawmakers") makes a group when its country is
named: by a demonym, possessive or compound (:mod:`kgraph.resolve.groups`), or by a place,
which this module reads:

- the place the noun is in or from: "police in Lagos" -> NGA:COP, "rebels in the Ivory
  Coast" -> CIV:REB, "separatists in Ukraine" -> UKR:REB, "Lagos's police" -> NGA:COP;
- else the one country of the places where its clause happens: "protesters clashed with
  riot police in Caracas" -> VEN:OPP;
- else the one country of the places its sentence names, when it names no actor of another
  country: "Darfur rebels accused Khartoum of killing civilians" -> SDN:REB, SDN:CVL;
- else, for police, lawmakers, prosecutors, protesters and rebels, the country of the
  article's dateline, when the sentence names no other country or names that one too (as
  an actor, when another country acts: "AMMAN - Iraq launched an offensive to deprive the
  militants of funds from Jordan" is no Jordanian militants):
  "BRUSSELS (Reuters) - Lawmakers voted ..." -> BEL:LEG; rebels only when the article is
  about the dateline's country (:mod:`kgraph.resolve.armed`).

A city gives its country through the gazetteer (capitals, Phoenix's cities). With no country,
no group: the noun is no actor. Only sectors of people who belong where they are take a
place's country: "troops in Syria", "refugees in Lebanon", "diplomats in Cuba" may be foreign.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN, VERB

from kgraph.resolve import gazetteer as gz
from kgraph.resolve.armed import ARMED, armed_dateline, placed_only
from kgraph.resolve.groups import (
    DASHES,
    ETHNIC,
    NON_STATE,
    STANCES,
    backer_modifier,
    described_actor,
    local_office_noun,
    supranational,
)
from kgraph.resolve.matcher import Candidate, mention_head, sector_at, span_text, with_the

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The word classes these rules read are data: data/gazetteer/role_words.tsv (visitor,
# not_local, collective, singular_body, detention_verb, fighting_verb, owned_site), through
# gazetteer.role_words.
# Parts of speech a role phrase starts with ("riot police", "armed men", "Rebels").
PHRASE_STARTS = frozenset({NOUN, PROPN, ADJ, VERB})
P_PLACED = 55  # "police in Lagos": above a bare group, below any named reading
# Sectors of people who are where they live, govern or fight at home.
LOCAL_SECTORS = frozenset(
    {"GOV", "COP", "REB", "OPP", "CVL", "LEG", "JUD", "LAB", "EDU", "REL", "CRM", "RAD", "NGO"}
)
# Sectors of state bodies: "officials", "lawmakers" take no country from a place merely named
# in their sentence ("officials said the talks in Geneva ...").
STATE_BODIES = frozenset({"GOV", "LEG", "JUD"})
# Sectors of a plural role noun the dateline places: the domestic bodies and sides of a
# story ("police", "lawmakers", "prosecutors", "protesters", "rebels"). People in general
# ("people", "voters", "students") and "leaders" or "governments" are too often anyone's.
DATELINE_SECTORS = frozenset({"COP", "LEG", "JUD", "OPP", "REB"})
# State bodies that arrest, charge and jail.
DETAINING = frozenset({"GOV", "COP", "JUD", "MIL", "SPY"})
# State forces whose country bare armed men they attack take (roles._fighter_country).
FIGHTING = frozenset({"MIL", "COP"})
# Nouns of a border: a country modifying one names where, not who ("the Afghan border").
BORDERS = frozenset({"border", "frontier", "borderland", "boundary"})
# Prepositions that place a role noun ("police in Lagos", "rebels from Darfur").
PLACING = frozenset({"in", "from", "of", "near", "across", "throughout", "inside", "around"})
# Participles that join a place to a role noun with a hyphen ("Indiana-born", "Colorado-based").
SITED = frozenset({"born", "based"})
# Prepositions of a clause's scene ("arrested in Lagos", "fighting near Kandahar").
SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})
# Prepositions whose country is a place ("from Jordan", "into Iraq").
PLACES = PLACING | SCENE_PREPOSITIONS | {"to", "into", "toward", "towards"}
# Entity types of the model that make a noun part of a name ("Human Rights Watch").
NAMED = frozenset({"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


@functools.cache
def _gate_hashes() -> frozenset[int]:
    """String hashes of the first words of sector phrases (one set lookup per token)."""
    return frozenset(get_string_id(word) for word in gz.load().sector_gate)


def placed_groups(
    doc: Doc, chosen: list[Candidate], dateline: str | None = None
) -> list[Candidate]:
    """Groups of role nouns that take their country from a place (see the module notes);
    ``dateline`` is the country of the article's dateline, if any."""
    if not len(doc):
        return []
    taken: dict[int, Candidate] = {i: c for c in chosen for i in range(c.start, c.end)}
    gates = _gate_hashes()
    out: list[Candidate] = []
    rows = doc.to_array([LOWER, POS]).tolist()
    armed = armed_dateline(chosen, dateline)  # "BEIRUT - ... militants": not Lebanon's
    i = 0
    while i < len(rows):
        lower, pos = rows[i]
        if lower not in gates or pos not in PHRASE_STARTS or i in taken:
            i += 1
            continue
        found = sector_at(doc, i)
        if found is None or any(k in taken for k in range(i, found[0])):
            i += 1
            continue
        end, code = found
        # "militia forces", "rebel commanders": a role noun modifying another one; a
        # non-state modifier names the group's sector
        if doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
            longer = sector_at(doc, end, max_tokens=2)
            if longer is not None:
                end, code = longer[0], code if code in NON_STATE else longer[1]
        # "the mayor of Phoenix", "local mayors in New Jersey": a city's own office is its
        # country's GOV (CAMEO's local government) only by a place of its own phrase; "the
        # mayor" alone is no one's
        office = local_office_noun(doc[end - 1])
        described = described_actor(doc[end - 1], code, chosen)
        if described is not None:  # "the Houthis, the militia fighting ...": the Houthis
            entity = replace(described, aliases=(span_text(doc[i:end]),))
            out.append(Candidate(with_the(doc, i), end, entity, P_PLACED))
            i = end
            continue
        iso3 = _placed_country(
            doc, i, end, code, taken, armed if code == ARMED else dateline, own_only=office
        )
        if iso3 is not None:
            entity = gz.group(iso3, code, span_text(doc[i:end]))
            out.append(Candidate(with_the(doc, i), end, entity, P_PLACED))
            taken.update((k, out[-1]) for k in range(i, end))  # a conjunct may share it
            i = end
            continue
        i += 1
    return out


def _placed_country(
    doc: Doc,
    start: int,
    end: int,
    code: str,
    taken: dict[int, Candidate],
    dateline: str | None = None,
    own_only: bool = False,
) -> str | None:
    """The country a role phrase ``[start, end)`` takes from a place, or None; with
    ``own_only``, only from a place of its own phrase (a compound, a possessive, a place
    phrase), not from its conjunct, clause, sentence or dateline."""
    head = doc[end - 1]
    if not _role_noun(doc, start, head):
        return None
    words = {t.lower_ for t in doc[start:end]}
    mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound", "nmod")}
    if (
        (mods | words) & gz.role_words("not_local")
        or _peoples_fighters(head, mods | words)  # "Kurdish fighters": a people's own
        or _allegiance(doc, start)
        or _owned(head, start, taken)
        or supranational(head)  # "European officials in Brussels": no one country's
    ):
        return None
    visitors = bool(words & gz.role_words("visitor"))
    local = code in LOCAL_SECTORS and not visitors
    # "China's intellectuals, students and journalists": conjuncts share the first's country
    shared = None if own_only else _conjunct_country(head, taken)
    if shared is not None:
        return shared
    # "police in Lagos", "rebels from Darfur", "Lagos's police", "an Istanbul prosecutor"
    for child in head.children:
        if child.dep_ == "compound" and child.i < start and local:
            iso3 = _city_country(child, taken)
            if iso3 is not None:
                return iso3
        # "an Indiana-born judge", "the Colorado-based appeals court judge"
        if child.dep_ == "amod" and child.i < start and child.lower_ in SITED and local:
            for place in (c for c in child.children if c.i < child.i):
                iso3 = _city_country(place, taken)
                if iso3 is not None:
                    return iso3
        if child.dep_ == "poss":
            iso3 = _country_at(child, taken)
            if iso3 is not None and local:
                return iso3
        if child.dep_ == "prep" and child.lower_ in PLACING:
            if child.lower_ not in ("from", "of") and not local:
                continue
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                iso3 = _country_at(pobj, taken, owner=child.lower_ != "of")
                # "diplomats from Cuba" are Cuban; "aid workers (evacuated) from Sanaa" not
                if iso3 is not None and (local or _is_country(pobj, taken)):
                    return iso3
    if own_only:
        return None
    # "Turkish authorities arrested four people": whom a state arrests is its own
    if not visitors:
        found = _detainer_country(head, taken)
        if found is not None:
            return found
    if not local or not _plural(head) or head.lower_ in gz.role_words("singular_body"):
        return None  # "the president", "the government": from context (groups.bare_groups)
    if backer_modifier(head) is not None:
        return None  # "U.S.-backed militias" fight abroad: the scene is not their country
    # "police arrested protesters in Lagos": the place where the noun's clause happens, else
    # (not for state bodies, which speak of places abroad) the one country of its sentence's
    # places, when no actor of another country is named
    found = _scene_country(head, taken)
    if found is None and code not in STATE_BODIES:
        found = _places_country(doc, head.sent, taken)
    if found is None and dateline is not None and code in DATELINE_SECTORS:
        named = _sentence_countries(head.sent, taken)
        found = dateline if not named or dateline in named else None
        # "AMMAN - ... Iraq launched an offensive to deprive the militants of funds from
        # Jordan": the dateline's country named only as a place, another as an actor
        if found is not None and _only_placed(doc, head.sent, taken, found):
            found = None
        if found is not None and code == ARMED and placed_only(head.sent, taken, found):
            found = None  # "attacks by militants near X, before the border with Jordan"
    if found is None and code == ARMED:
        found = _fighter_country(head, taken)
    return found


def _peoples_fighters(head: Token, words: set[str]) -> bool:
    """Whether a role phrase names a stateless people's armed men ("Kurdish fighters"; the
    adjectives of ``data/gazetteer/peoples.tsv``, the nouns of word class ``armed_member``):
    no place's country is theirs ("Rohingya women" in Myanmar still are its civilians)."""
    return bool(words & gz.load().peoples.keys()) and head.lemma_ in gz.role_words("armed_member")


def _only_placed(doc: Doc, sent: Span, taken: dict[int, Candidate], iso3: str) -> bool:
    """Whether a sentence names country ``iso3`` only as a place ("coming in from Jordan")
    while a subject names another country ("Iraq launched an offensive"): the dateline's
    country is then no clue to whose a role noun is."""
    found = {id(c): c for i in range(sent.start, sent.end) if (c := taken.get(i))}.values()
    other_subject = False
    for c in found:
        head = doc[mention_head(doc, c.start, c.end)]
        if c.entity.country == iso3:
            place = c.entity.id == iso3 and head.dep_ == "pobj" and head.head.lower_ in PLACES
            if not place:
                return False
        elif c.entity.country and c.entity.country.isupper():
            subject = head if head.dep_ != "compound" and head.dep_ != "amod" else head.head
            other_subject = other_subject or subject.dep_ in ("nsubj", "nsubjpass")
    return other_subject


def _sentence_countries(sent: Span, taken: dict[int, Candidate]) -> set[str]:
    """The countries of the actors and places a sentence names."""
    found = (taken.get(i) for i in range(sent.start, sent.end))
    return {c.entity.country for c in found if c is not None and c.entity.country}


def _conjunct_country(head: Token, taken: dict[int, Candidate]) -> str | None:
    """The country of the group a role noun is coordinated with ("Chinese students and
    journalists"), when that group's sector noun heads the coordination."""
    if head.dep_ != "conj":
        return None
    first = head.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    c = taken.get(first.i)
    if c is not None and c.entity.kind == "Person" and c.entity.roles and not c.is_place:
        # "met Myanmar leader Aung San Suu Kyi and top security officials": the officials of
        # the state the person holds a post of
        return c.entity.country
    if c is None or c.entity.kind != "Group" or c.is_place:
        return None
    # only a country named before the first conjunct distributes over the others ("Chinese
    # students and journalists"); "travelers from Iran ... and refugees" keeps it to one
    if not any(t.pos_ != "DET" for t in first.doc[c.start : first.i]):
        return None
    return c.entity.country


def _role_noun(doc: Doc, start: int, head: Token) -> bool:
    """A role phrase naming people: a noun heading its phrase ("police", not "police
    station"), plural or with a determiner or an owner ("Lyon's mayor"), not inside a name
    the model found."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("compound", "amod", "nmod"):
        return False
    # "Rebels in ..." opening a sentence (or following a dateline's dash: "BRUSSELS (Reuters)
    # - Police said") may be tagged a proper noun; elsewhere it is a name
    opening = head.is_sent_start or (head.i > 0 and doc[head.i - 1].text in DASHES)
    if head.ent_type_ in NAMED or (head.pos_ == "PROPN" and not opening):
        return False
    return _plural(head) or any(c.dep_ in ("det", "nummod", "poss") for c in head.children)


def _plural(token: Token) -> bool:
    """A plural noun ("rebels", "police", "people"), also when tagged a proper noun."""
    if token.tag_ in ("NNS", "NNPS") or token.lower_ != token.lemma_.lower():
        return True
    word = token.lower_
    return word in gz.role_words("collective") or (
        word.endswith("s") and gz.sector_of(word[:-1]) is not None
    )


def _allegiance(doc: Doc, start: int) -> bool:
    """ "pro-Russian separatists", "anti-government protesters" read as one group elsewhere."""
    return start > 1 and doc[start - 1].text in DASHES and doc[start - 2].lower_ in STANCES


def _owned(head: Token, start: int, taken: dict[int, Candidate]) -> bool:
    """A role noun owned or named by an actor ("Hamas militants", "Trump's lawyers",
    "his supporters"): that actor's, not the place's. An organisation's name just before the
    phrase names it even when the parser missed the compound ("IS fighters", "IS" read as a
    verb)."""
    before = taken.get(start - 1)
    if before is not None and before.entity.kind == "Organization" and not before.is_place:
        return True
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            return True
        # "job killers", "immigration lawyers": a noun modifier makes another kind of people
        inside = start <= child.i < head.i  # "security forces": the phrase's own word
        kind = child.dep_ == "compound" and child.pos_ == "NOUN" and not inside
        if kind and child.i not in taken:
            return True
        if child.dep_ in ("poss", "compound", "nmod", "amod"):
            if child.i > 0 and head.doc[child.i - 1].lower_ in ETHNIC:
                continue  # "ethnic Russian separatists in Ukraine": the place's
            c = taken.get(child.i)
            if c is not None and not c.is_place:
                return True
    return False


def _country_at(token: Token, taken: dict[int, Candidate], owner: bool = True) -> str | None:
    """The country of a place at ``token`` or (``owner``) at the place owning it ("in
    Jakarta's financial district"): a country, or a city or region the gazetteer places in
    one. A person's owner is no place ("a lieutenant of Iraq's insurgent leader")."""
    owners = [] if not owner or gz.sector_of(token.text) else token.children
    for tok in (token, *(c for c in owners if c.dep_ in ("poss", "compound"))):
        c = taken.get(tok.i)
        if c is None:
            continue
        entity = c.entity
        # "leaders in North Korea, Russia or Turkey": several places, none of them sure
        if any(child.dep_ == "conj" and child.i in taken for child in tok.children):
            return None
        if _demonym(tok.doc, c):
            return None  # "in Spanish": a language, not Spain
        if entity.kind == "Country" or (entity.kind == "Location" and entity.country):
            return entity.country
        return None
    return None


def _city_country(token: Token, taken: dict[int, Candidate]) -> str | None:
    """The country of a city or region the gazetteer places in one, named as a compound
    before a role noun ("Istanbul prosecutors", "Lagos police") or before a participle that
    places it ("Indiana-born"): a place of one word or more that ends at ``token``, not a
    country (a country's compound is a group of its own)."""
    c = taken.get(token.i)
    if c is None or not c.is_place or c.end != token.i + 1:
        return None
    entity = c.entity
    return entity.country if entity.kind == "Location" and entity.country else None


def _demonym(doc: Doc, c: Candidate) -> bool:
    entry = gz.entry(doc[c.start : c.end].text)
    return entry is not None and entry["type"] == "demonym"


def _is_country(token: Token, taken: dict[int, Candidate]) -> bool:
    c = taken.get(token.i)
    return c is not None and c.entity.kind == "Country"


def _detainer_country(head: Token, taken: dict[int, Candidate]) -> str | None:
    """The country of a state body that arrests, charges or jails the noun ("Turkish
    authorities arrested four people", "three activists were detained by Egyptian police")."""
    # "dozens of protesters were detained": the quantity stands in the clause
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    verb = head.head
    if verb.lemma_.lower() not in gz.role_words("detention_verb"):
        return None
    if head.dep_ == "dobj":
        agents = [c for c in verb.children if c.dep_ == "nsubj"]
    elif head.dep_ == "nsubjpass":
        agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children]
    else:
        return None
    for agent in agents:
        c = taken.get(agent.i)
        if c is not None and c.entity.kind == "Group" and c.entity.id[4:] in DETAINING:
            return c.entity.country
    return None


def _fighter_country(head: Token, taken: dict[int, Candidate]) -> str | None:
    """The country of a state's armed force (a MIL or COP group) that attacks bare armed men
    ("Pakistani troops killed 20 militants", "attacked terrorist hideouts, killing a number of
    militants") or that they attack ("militants attacked an Egyptian army checkpoint"), when
    the article names no other country: a state fights its own rebels at home; abroad the
    news names the country it fights in ("U.S. troops killed 20 militants", in an article on
    Iraq)."""
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "killing a number of militants"
    verb = head.head
    if head.dep_ not in ("dobj", "nsubj") or verb.lemma_.lower() not in gz.role_words(
        "fighting_verb"
    ):
        return None
    if head.dep_ == "nsubj":
        opponents = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        # "attacked the hideouts, killing militants": a participle's subject is its clause's
        while verb.dep_ in ("advcl", "conj", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            verb = verb.head
        opponents = [c for c in verb.children if c.dep_ == "nsubj"]
    # "attacked an Egyptian army checkpoint": the post's owner
    sites = gz.role_words("owned_site")
    opponents += [
        c
        for o in opponents
        if o.lemma_.lower() in sites
        for c in o.children
        if c.dep_ == "compound"
    ]
    found = None
    for opponent in opponents:
        c = taken.get(opponent.i)
        if c is not None and c.entity.kind == "Group" and c.entity.id[4:] in FIGHTING:
            found = c.entity.country
    if found is None or _other_countries(head.doc, taken, found):
        return None
    return found


def _other_countries(doc: Doc, taken: dict[int, Candidate], iso3: str) -> bool:
    """Whether an article names a country other than ``iso3`` (a border's modifier aside: "near
    the Afghan border" is where a fight is, not whose)."""
    for c in {id(c): c for c in taken.values()}.values():
        if not c.entity.country or c.entity.country == iso3:
            continue
        head = doc[mention_head(doc, c.start, c.end)]
        if head.dep_ in ("amod", "compound") and head.head.lemma_.lower() in BORDERS:
            continue
        return True
    return False


def _scene_country(head: Token, taken: dict[int, Candidate]) -> str | None:
    """The one country of the places where the clause of a subject or object happens
    ("killed nine civilians in Kandahar", "clashed with protesters in Caracas"), or None.

    Only a place attached to the clause's verb counts: "militants join a group in Lebanon"
    places the group, not the militants.
    """
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        verb = verb.head  # "clashed with protesters in Caracas"
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") or verb.pos_ not in (
        "VERB",
        "AUX",
    ):
        return None
    # the verb's own places, and where its subject is ("police in Lagos arrested protesters")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i]
    countries: set[str] = set()
    armed_acts = gz.role_words("armed_act")
    holders = [verb, *subjects]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPOSITIONS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.lemma_.lower() in armed_acts:
                    # "killed in a U.S. drone strike in Yemen": the strike's owner acts; the
                    # strike's own place phrase is the scene
                    if holder is verb:
                        holders.append(pobj)
                    continue
                iso3 = _country_at(pobj, taken)
                if iso3 is not None:
                    countries.add(iso3)
    return next(iter(countries)) if len(countries) == 1 else None


def _places_country(doc: Doc, sent: Span, taken: dict[int, Candidate]) -> str | None:
    """The one country of the places named in a sentence ("Darfur rebels ... in six villages"),
    or None when it names none, several, or an actor of another country ("France kept troops
    in Ghana after the rebels fled": France's rebels, or Ghana's?)."""
    places: set[str] = set()
    actors: set[str] = set()
    for c in {id(c): c for i in range(sent.start, sent.end) if (c := taken.get(i))}.values():
        entity = c.entity
        if not entity.country or entity.kind not in ("Country", "Location", "Group"):
            continue
        if c.is_place or _after_place_preposition(doc, c):
            places.add(entity.country)
        else:
            actors.add(entity.country)
    if len(places) != 1 or actors - places:
        return None
    return next(iter(places))


def _after_place_preposition(doc: Doc, c: Candidate) -> bool:
    """A country named as a place: the object of "in", "near" ... ("fighting in Syria")."""
    head = next((t for t in doc[c.start : c.end] if not c.start <= t.head.i < c.end), None)
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in SCENE_PREPOSITIONS:
        return False
    return not _demonym(doc, c)  # "said in Spanish": a language
