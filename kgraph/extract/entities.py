"""Actor resolution: who acts in a parsed document, as token spans with canonical entities.

``find_actors(doc, doc_id)`` reads gazetteer names (countries, demonyms, capitals, seats of
power, IGOs, organisations), the model's named entities, titles and groups, then keeps the
best non-overlapping reading of each stretch of text (:mod:`kgraph.resolve.matcher`). Each
:class:`~kgraph.extract.spans.ActorSpan` carries the syntactic head of its mention, so relation
rules find an actor from the head token of a subject or object.

The pieces live in :mod:`kgraph.resolve`: ``matcher`` (gazetteer scan), ``metonymy`` (capital
as actor or place), ``groups`` (country + sector), ``roles`` (role nouns placed by country:
"police in Lagos"), ``people`` (titles, leaders, surnames) and ``ner`` (the model's entities,
corrected).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import IS_SPACE, IS_TITLE, POS
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Span

from kgraph.extract.paragraphs import AGENCIES
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from kgraph.resolve import doc_index
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.affiliation import affiliated_people
from kgraph.resolve.civic import civic_groups
from kgraph.resolve.context import (
    article_dateline,
    compass_short_forms,
    defined_acronyms,
    home_country,
    organisation_heads,
    party_of_country,
    sentence_country,
    short_names,
)
from kgraph.resolve.descriptions import described_actors
from kgraph.resolve.groups import (
    DASHES,
    ETHNIC,
    GOVERNING,
    bare_groups,
    colour_coalition,
    group_after,
    group_before,
    members_end,
    nationals,
)
from kgraph.resolve.matcher import (
    P_COREF,
    P_DEMONYM,
    P_GROUP,
    P_LEADER,
    P_NAME,
    P_NAMED_ORG,
    P_ORG,
    P_PERSON,
    P_PLACE,
    POSSESSIVES,
    Candidate,
    NameMatch,
    mention_head,
    overlapping,
    scan_names,
    sector_at,
    select,
    span_text,
    with_the,
)
from kgraph.resolve.metonymy import is_place_use, is_visited_place
from kgraph.resolve.ner import (
    ORGANISATION_NOUNS,
    article_label,
    common_word,
    described_person,
    facility,
    is_company,
    law_name_after,
    listed_organisation,
    named_organisation,
    named_place_use,
    named_thing,
    ner_spans,
    office_sector,
    organisation,
    person_name,
    place,
    plausible_person,
    plural_name,
    settlement_named,
    storm_name,
    thing_named,
    who_clause,
)
from kgraph.resolve.owned_bodies import body_party_members, owned_bodies
from kgraph.resolve.parties import (
    BODY_ADJECTIVES,
    body_adjective_group,
    leaders_countries,
    legislative_committee,
    national_body,
    party_members,
    subnational,
)
from kgraph.resolve.party_leaders import party_leaders
from kgraph.resolve.people import (
    TITLES,
    PersonReading,
    aged_name,
    claim_surname,
    consistent_people,
    coref_key,
    doc_date,
    family_names,
    government_of,
    known_surname,
    lone_given_names,
    loyal_forces,
    paternal_surnames,
    possessed_government,
    read_person,
    sitting_leader,
    strip_titles,
    surname_key,
    surname_tail,
    title_before,
    titled_name,
)
from kgraph.resolve.person_spans import (
    complete_names,
    known_full_name,
    posted_people,
    untyped_people,
)
from kgraph.resolve.roles import placed_groups

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NER_PERSON, NER_ORG, NER_PLACES = "PERSON", ("ORG", "PRODUCT"), ("GPE", "LOC", "FAC")
# Labels of a one-word name that an organisation named in the article may stand behind: the
# model types an unknown name next to "newspaper" or "campaign" as a person or a place too
# ("the Zaman newspaper" GPE, then "Zaman was seized" PERSON).
MARKABLE = (NER_PERSON, *NER_ORG, "GPE")
NER_NAMES = ("GPE", "NORP", "ORG", "LOC")
# Tags of a surname the tagger took for a common word ("Sessions said", "Strange ... ignored")
SURNAME_MISTAGS = frozenset({ADJ, NOUN, VERB})
CONFIRMABLE = ("country", "demonym", "igo", "org", "group")
# What may follow the upper-case place of a dateline before its dash: "NAJAF, Iraq -",
# "WASHINGTON (Reuters) -", "LONDON, AUGUST 17:".
DATELINE_PARTS = frozenset({"/", ",", "(", ")", "."}) | AGENCIES


def find_actors(doc: Doc, doc_id: str) -> list[ActorSpan]:
    """Resolve every actor mention of a parsed document.

    Args:
        doc: a spaCy Doc with tags, dependency parse and named entities.
        doc_id: the document's id (mentions are resolved within one document).

    Returns:
        Non-overlapping actor spans in text order. Places ("left Moscow", "in Caracas") are
        included with ``is_place=True`` and a ``loc:`` entity; a country is always its ISO3
        id, wherever it appears. A dateline ("MOSCOW/CARACAS –") gives no actor.
    """
    skip = dateline_tokens(doc)
    matches = us_georgia(doc, scan_names(doc, skip))
    candidates = name_candidates(doc, matches)
    people: dict[str, PersonReading] = {}
    by_end = {m.end: m for m in matches}
    # full names first, so a surname before its full name ("Tutu ... Desmond Tutu") corefers
    heads = organisation_heads(doc, matches)
    home = home_country(matches)
    named = posted_people(doc, complete_names(doc, ner_spans(doc, skip)))
    named += untyped_people(doc, named, skip)  # "Reince Priebus" with no entity of the model
    spans = sorted(named, key=lambda s: (len(s) == 1, s.start))
    for span in (s for s in spans if len(s) > 1):
        candidates += _entity_candidates(doc, span, matches, by_end, people, heads, home)
    # "Kim Jong Sik ... Kim said": a later mention by the family name written first
    for key, reading in family_names(candidates).items():
        people.setdefault(key, reading)
    # "Mario Abdo Benitez ... Abdo said": a later mention by the first of two surnames
    for key, reading in paternal_surnames(candidates).items():
        people.setdefault(key, reading)
    heads = {**_marked_organisations(doc, spans, matches), **short_names(doc, candidates), **heads}
    for span in (s for s in spans if len(s) == 1):
        candidates += _entity_candidates(doc, span, matches, by_end, people, heads, home)
    candidates += _surname_mentions(doc, people, skip)
    candidates += _body_adjective_groups(doc, matches, home)  # "congressional investigators"
    candidates += _led_groups(doc)  # "the U.S.-led coalition"
    candidates += untyped_places(doc, skip)
    candidates += peoples_forces(doc, matches)  # "Kurdish forces", "Rohingya insurgents"
    candidates += peoples_named(doc, matches)  # "the Kurds", "Rohingya Muslims"
    candidates += compass_short_forms(doc, matches)
    candidates += owned_bodies(doc, matches)  # "Iran's Supreme National Security Council"
    # "Freedom and Direct Democracy party (SPD)": the article's SPD, not Germany's
    chosen = defined_acronyms(doc, select(candidates))
    # "BRUSSELS (Reuters) - Police said ...": the dateline places the domestic actors
    dateline = article_dateline(doc, skip, chosen)
    chosen = select(chosen + placed_groups(doc, chosen, dateline))  # "police in Lagos"
    chosen = select(chosen + _party_members(doc, matches, chosen, home))  # "Labour MPs"
    chosen = select(chosen + _party_leaders(doc, matches, chosen, home))  # "Republican leaders"
    chosen = select(chosen + body_party_members(doc, chosen))  # "House Republicans"
    chosen = consistent_people(select(chosen + bare_groups(doc, chosen, dateline)))
    chosen = lone_given_names(doc, chosen)  # "my brother Joe": no one a graph can tell apart
    chosen = select(chosen + _possessed_governments(doc, chosen))  # "Putin's spokesman"
    chosen = select(chosen + personal_bodies(doc, chosen))  # "the Trump campaign"
    chosen = select(chosen + _loyal_forces(doc, chosen))  # "forces loyal to Assad"
    chosen = select(chosen + described_actors(doc, chosen))  # "the kingdom": one named before
    chosen = select(chosen + civic_groups(doc, chosen, dateline))  # "the Treasury", "voters"
    chosen = split_titles(doc, chosen)  # "an ally of U.S. Senator Bernie Sanders", misparsed
    chosen = affiliated_people(doc, chosen)  # "X, a spokeswoman for Russia's Foreign Ministry"
    return [
        ActorSpan(
            start=c.start,
            end=c.end,
            head=mention_head(doc, c.start, c.end),
            entity=c.entity,
            role=c.role,
            leader_of=c.leader_of,
            is_place=c.is_place,
        )
        for c in sorted(chosen, key=lambda c: c.start)
    ]


# Dependencies of an argument's head: a nationality parsed so is the phrase's head.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr"})


def personal_bodies(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body that acts for one person, named by the person ("the Trump campaign", "Macron's
    team"; role word class ``personal_body``): the person, over the whole phrase, so that the
    phrase's head ("campaign said") is the person's mention. The title read with the name is
    the person's, not the body's."""
    nouns = gz.role_words("personal_body")
    out: list[Candidate] = []
    for c in chosen:
        if c.entity.kind != "Person" or c.is_place:
            continue
        last = doc[c.end - 1]
        noun = c.end + 1 if c.end < len(doc) and doc[c.end].text in POSSESSIVES else c.end
        if noun >= len(doc) or doc[noun].pos_ != "NOUN" or doc[noun].lemma_.lower() not in nouns:
            continue
        if last.head.i != noun or last.dep_ not in ("compound", "poss"):
            continue  # "Trump campaigned", "the campaign Trump ran"
        out.append(Candidate(with_the(doc, c.start), noun + 1, c.entity, c.priority))
    return out


def split_titles(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A nationality the parser made the head of a titled person's phrase ("an ally of U.S.
    Senator Bernie Sanders": "U.S." the object of "of", "Sanders" an apposition elsewhere)
    stands for that person, so that rules reading the argument's head find the person; where
    the person's name depends on the nationality's head (the parse the words mean), nothing
    changes."""
    by_start = {c.start: c for c in chosen}
    out = []
    for c in chosen:
        if c.entity.kind != "Country" or c.is_place:
            out.append(c)
            continue
        person = next((p for k in (1, 2, 3) if (p := by_start.get(c.end + k)) is not None), None)
        if person is not None and person.entity.kind == "Person":
            head = doc[mention_head(doc, c.start, c.end)]
            title = title_before(doc, person.start)
            name_head = doc[mention_head(doc, person.start, person.end)]
            if (
                title is not None
                and title[0] == c.end
                and head.dep_ in ARGUMENT_DEPS
                and head not in name_head.ancestors
            ):
                out.append(replace(c, entity=person.entity, role=person.role))
                continue
        out.append(c)
    return out


def _party_members(
    doc: Doc, matches: list[NameMatch], chosen: list[Candidate], home: str | None
) -> list[Candidate]:
    """ "Republican lawmakers", "Labour MPs": the legislature of the party's country (the
    group's reading wins over a party name read alone, "Labour")."""
    alone = {c.start for c in chosen if c.end - c.start == 1 and c.entity.kind == "Organization"}
    taken = {i for c in chosen for i in range(c.start, c.end) if i not in alone}
    out = []
    for start, end, iso3, code in party_members(doc, matches, taken, home):
        entity = gz.group(iso3, code, span_text(doc[start:end]))
        out.append(Candidate(with_the(doc, start), end, entity, P_GROUP))
    return out


def _party_leaders(
    doc: Doc, matches: list[NameMatch], chosen: list[Candidate], home: str | None
) -> list[Candidate]:
    """ "Republican leaders", "the Democratic leadership": the party itself."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    return party_leaders(doc, matches, taken, home)


def _possessed_governments(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "Putin's spokesman", "Trump's Middle East envoy": the leader's government."""
    # "Trump's Middle East envoy": a place may stand among the modifiers
    taken = {i for c in chosen if not c.is_place for i in range(c.start, c.end)}
    found = (possessed_government(doc, c, taken, doc_date(doc)) for c in chosen)
    return [c for c in found if c is not None]


def _loyal_forces(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "forces loyal to Assad": the military of the country the person heads."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    found = (loyal_forces(doc, c, taken, doc_date(doc)) for c in chosen)
    return [c for c in found if c is not None]


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of a dateline at the start of the text or of a paragraph.

    "MOSCOW/CARACAS –", "WASHINGTON (Reuters) -", "NAJAF, Iraq -", "LONDON, AUGUST 17:".
    """
    skip: set[int] = set()
    if not len(doc):
        return frozenset()
    spaces = [i for i, space in enumerate(doc.to_array([IS_SPACE]).tolist()) if space]
    starts = [0] + [i + 1 for i in spaces if "\n\n" in doc[i].text and i + 1 < len(doc)]
    # "Canadian Press - OTTAWA (CP) - ...": a dateline after a short source credit
    credit = next((t.i for t in doc[:5] if t.text in DASHES and t.i > 0), None)
    if credit is not None and credit + 1 < len(doc):
        starts.append(credit + 1)
    for i in starts:
        token = doc[i]
        if not (token.is_alpha and token.text.isupper() and len(token.text) > 1):
            continue
        j = i
        while j < len(doc) and j - i < 12:
            text = doc[j].text
            if text in DASHES or text == ":":
                skip.update(range(i, j + 1))
                break
            after_comma = any(doc[k].text == "," for k in range(i, j))
            if not (text.isupper() or text in DATELINE_PARTS or (after_comma and _title(text))):
                break
            j += 1
    return frozenset(skip)


def _quoted(doc: Doc, span: Span) -> bool:
    """Whether a quote mark opens or closes a name ("the film \u201cAmerican Sniper\u201d")."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.is_quote for t in (before, after, span[0], span[-1]))


def _title(text: str) -> bool:
    return text[:1].isupper() or text.isdigit()


def name_candidates(doc: Doc, matches: list[NameMatch]) -> list[Candidate]:
    """Candidates from gazetteer names: countries, capitals, seats, IGOs, organisations,
    and the groups they head."""
    out: list[Candidate] = []
    home = home_country(matches)
    for k, m in enumerate(matches):
        alias = span_text(doc[m.start : m.end])
        if m.type in ("country", "demonym"):
            following = matches[k + 1] if k + 1 < len(matches) else None
            found = _country_candidates(doc, m, following)
            out += found
            shared = _shared_sector(doc, m, following) if len(found) == 1 else None
            if shared is not None:
                out.append(shared)
        elif m.type == "place":  # "Georgia" the U.S. state (us_georgia)
            entity = gz.entry_entity(m.entry, alias)
            out.append(Candidate(m.start, m.end, entity, P_NAME, is_place=True))
        elif m.type == "region":
            if _city_named_after(doc, m):
                continue  # "Atlantic City": a city, which the model's entity names
            entity = gz.entry_entity(m.entry, alias)
            out.append(Candidate(with_the(doc, m.start), m.end, entity, P_NAME, is_place=True))
        elif m.type in ("capital", "seat"):
            # "Beijing ministers": a capital heading a sector noun is that country's group
            group = group_after(doc, m) if m.type == "capital" else None
            if group is not None:
                entity = gz.group(m.entry["id"], group[1], span_text(doc[m.start : group[0]]))
                out.append(Candidate(with_the(doc, m.start), group[0], entity, P_GROUP))
            # "Brussels police", "the Brussels prosecutor": the city's, not the EU's
            city = city_group(doc, m) if m.type == "seat" else None
            if city is not None:
                out.append(city)
            # "the government in Kabul": a sector placed in a capital is that country's
            before = group_before(doc, m) if m.type == "capital" else None
            if before is not None and before[1] in GOVERNING:  # not "workers from Sanaa"
                entity = gz.group(m.entry["id"], before[1], span_text(doc[before[0] : m.end]))
                out.append(Candidate(with_the(doc, before[0]), m.end, entity, P_GROUP))
            # "Moscow said" is Russia; "left Moscow" is a place
            # "a spokesman from the Home Office": an institution (no place) is never a place
            # "will visit Brussels": a body's seat that is a city is the city one visits
            head = doc[mention_head(doc, m.start, m.end)]
            as_place = "place" in m.entry and (
                is_place_use(head) or ("place_country" in m.entry and is_visited_place(head))
            )
            entity = gz.entry_entity(m.entry, alias, as_place=as_place)
            start = with_the(doc, m.start)
            # "State Department officials", "Kremlin officials": the body's own people
            end = m.end if as_place else members_end(doc, m.end)
            out.append(Candidate(start, end, entity, P_NAME, is_place=as_place))
        elif m.type not in ("adjective", "term"):  # "Latin American", "Brexit": nobody
            if m.type == "igo" and not _body_of_named_igo(doc, alias, matches):
                continue  # "the state General Assembly": not the U.N.'s in an article without it
            entity = gz.entry_entity(m.entry, alias)
            if m.type == "group":  # "Congress": the country the sentence or article places
                placed = national_body(doc, matches, m.start, m.end, home)
                if placed is None and gz.normalize(alias) in gz.load().bodies:
                    continue  # whose "Congress" it is, the article leaves unclear
                entity = placed or entity
            # "the Norwegian Labour Party", "Norway's Labour Party": a generic party's country
            start, entity = party_of_country(doc, matches, k, entity)
            # "CIA officials": the institution's own people (not a party's: "Labour officials")
            end = members_end(doc, m.end) if m.type == "group" else m.end
            if m.entry.get("org_type") == "armed":
                end = _fighters_end(doc, m.end)  # "Houthi fighters": the group's own
            out.append(Candidate(with_the(doc, start), end, entity, P_NAME))
    return out


# Capitalised nouns that make a region's name a settlement's ("Atlantic City").
SETTLEMENT_NOUNS = frozenset({"City", "Town", "Beach", "County"})


def _city_named_after(doc: Doc, m: NameMatch) -> bool:
    """Whether a region's name begins a settlement's name the model reads as one place
    ("Atlantic City"): not the region."""
    if m.end >= len(doc):
        return False
    after = doc[m.end]
    return after.text in SETTLEMENT_NOUNS and after.ent_iob_ == "I" and after.ent_type_ == "GPE"


# The U.S. state named like a country (the country's gazetteer id and the state's entry).
US_GEORGIA = {"id": "USA", "type": "place", "place": "Georgia"}


def us_georgia(doc: Doc, matches: list[NameMatch]) -> list[NameMatch]:
    """The matches, "Georgia" made the U.S. state where the article means it: it names the
    United States (or a U.S. place) and no word of the country (``role_words.tsv`` class
    ``georgia_country``: "Georgian", "Tbilisi"); and a U.S. place is conjoined with it
    ("courts in Nevada and Georgia"), or neither a foreign country is ("Ukraine, Moldova,
    Georgia and Armenia") nor its sentence names one ("Russia's war with Georgia"). "Former
    Georgia Governor Sonny Perdue": no actor, and no leader of the country."""
    found = [
        m
        for m in matches
        if m.entry["id"] == "GEO" and m.type == "country" and doc[m.start].text == "Georgia"
    ]
    if not found:
        return matches
    cues = gz.role_words("georgia_country")
    if any(t.lower_ in cues for t in doc):
        return matches
    ents = doc_index.ents_within(doc, 0, len(doc))
    us_places = {
        i
        for ent in ents
        if ent.label_ == "GPE"
        and ent.text != "Georgia"
        and (e := gz.entry(ent.text)) is not None
        and e["type"] == "place"
        and e["id"] == "USA"
        for i in range(ent.start, ent.end)
    }
    if not us_places and not any(str(m.entry["id"]).split(":")[0] == "USA" for m in matches):
        return matches
    foreign = {
        i: m
        for m in matches
        if m.type in ("country", "demonym", "capital") and m.entry["id"] not in ("USA", "GEO")
        for i in range(m.start, m.end)
    }
    states: set[int] = set()
    for m in found:
        head = doc[mention_head(doc, m.start, m.end)]
        conjuncts = {c.i for c in head.conjuncts}
        sent = head.sent
        if not conjuncts & us_places and (
            conjuncts & foreign.keys() or any(i in foreign for i in range(sent.start, sent.end))
        ):
            continue
        states.add(m.start)
    return [NameMatch(m.start, m.end, US_GEORGIA) if m.start in states else m for m in matches]


# Bare names of an international body's organs that other bodies share ("the General
# Assembly" of a U.S. state), and the id of the body the article must name for them to be its.
SHARED_ORGAN_NAMES = {"general assembly": "igo:un"}


def _body_of_named_igo(doc: Doc, alias: str, matches: list[NameMatch]) -> bool:
    """Whether an IGO's name is its own: an organ's bare name ("the General Assembly") only
    in an article that names the body it belongs to ("the U.N.", "the U.N. Security Council",
    "the United Nations General Assembly")."""
    body = SHARED_ORGAN_NAMES.get(gz.normalize(alias))
    if body is None:
        return True
    return any(
        str(other.entry["id"]).startswith(body)
        and gz.normalize(doc[other.start : other.end].text) not in SHARED_ORGAN_NAMES
        for other in matches
    )


# Gazetteer types of names that place a sentence in a country ("Kirkuk", "Iraqi", "Baghdad").
PLACING_TYPES = ("country", "demonym", "capital", "seat", "place")
# Nouns after a surname that name its family ("the Gupta family"), and the model's labels of
# such a surname.
FAMILY_NOUNS = frozenset({"family", "clan"})
FAMILY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
# Prepositions that place armed men ("Kurdish fighters in Syria", "near Kirkuk").
PEOPLE_PLACING = frozenset({"in", "near", "around", "across", "inside", "from", "into", "to"})


def peoples_forces(doc: Doc, matches: list[NameMatch]) -> list[Candidate]:
    """Armed men named by the adjective of a people without a state ("Kurdish forces",
    "Rohingya insurgents"; ``data/gazetteer/peoples.tsv``): the people's armed organisation in
    the one country of its table that the sentence names (a country, demonym, capital or
    place: "Kurdish forces near Kirkuk" -> the Peshmerga), else that the article names most,
    twice as often as any other of them; else nobody."""
    peoples = gz.load().peoples
    out: list[Candidate] = []
    nouns = gz.role_words("armed_member")
    for token in doc:
        orgs = peoples.get(token.lower_) if token.text[:1].isupper() else None
        if not orgs or token.i + 1 >= len(doc):
            continue
        found = sector_at(doc, token.i + 1)
        if found is None or doc[found[0] - 1].lemma_ not in nouns:
            continue
        end = found[0]
        if token.head.i != end - 1:
            continue  # "Kurdish security forces" and "Kurdish forces", not "Kurdish region police"
        iso3 = _people_country(doc, matches, token, orgs)
        if iso3 is not None:
            entity = gz.entity_of_id(orgs[iso3], span_text(doc[token.i : end]))
            out.append(Candidate(with_the(doc, token.i), end, entity, P_GROUP))
    return out


# Nouns that a people's noun modifies as the people itself ("Rohingya Muslims").
PEOPLE_HEADS = frozenset({"muslims", "minority", "community", "population"})


def peoples_named(doc: Doc, matches: list[NameMatch]) -> list[Candidate]:
    """A people without a state named by its noun ("the Kurds", "Rohingya Muslims";
    ``people_nouns`` of ``data/gazetteer/peoples.tsv``): the civilian population (CVL) of the
    country a demonym before it names ("Iranian Kurds"), else of the one country of its table
    that :func:`_people_country` finds; else nobody. The noun before another ("Rohingya
    refugees", "Kurdish forces") is left to that noun's readings, and "ethnic Kurds" (across
    states) to none."""
    gaz = gz.load()
    demonyms = {m.end: m for m in matches if m.type == "demonym"}
    out: list[Candidate] = []
    for token in doc:
        adjective = gaz.people_nouns.get(token.lower_) if token.text[:1].isupper() else None
        if adjective is None or token.pos_ not in ("PROPN", "NOUN"):
            continue
        start, end = token.i, token.i + 1
        if start > 0 and doc[start - 1].lower_ in ETHNIC:
            continue  # "30 million ethnic Kurds": the ethnicity, across states
        if token.dep_ in ("compound", "amod"):
            if token.head.i != end or token.head.lower_ not in PEOPLE_HEADS:
                continue
            end += 1
        demonym = demonyms.get(start)
        if demonym is not None:
            iso3: str | None = str(demonym.entry["id"])
            start = demonym.start
        else:
            orgs = gaz.peoples.get(adjective, {})
            iso3 = _people_country(doc, matches, token, orgs, doc[end - 1]) if orgs else None
        if iso3 is not None:
            entity = gz.group(iso3, "CVL", span_text(doc[start:end]))
            out.append(Candidate(with_the(doc, start), end, entity, P_GROUP))
    return out


def _people_country(
    doc: Doc,
    matches: list[NameMatch],
    token: Token,
    orgs: dict[str, str],
    phrase: Token | None = None,
) -> str | None:
    """The country of ``orgs`` where the phrase of ``token`` is ("Kurdish fighters in Syria"),
    else the one its sentence names as a place, else the one the article's other sentences
    name most (twice as often as any other of them), else None. ``phrase`` is the phrase's
    head when it is not ``token``'s head ("the Kurds in Syria")."""
    if len(orgs) == 1:
        return next(iter(orgs))
    placing = [(m, str(m.entry["id"]).split(":")[0]) for m in matches if m.type in PLACING_TYPES]
    placing = [(m, iso3) for m, iso3 in placing if iso3 in orgs]
    at = {i: iso3 for m, iso3 in placing for i in range(m.start, m.end)}
    # "Kurds in Syria and in Turkey": each country the placing phrases name, unclear if two
    placed = {
        at[t.i]
        for prep in (phrase or token.head).children
        if prep.dep_ == "prep" and prep.lower_ in PEOPLE_PLACING
        for t in prep.subtree
        if t.i in at
    }
    if placed:
        return next(iter(placed)) if len(placed) == 1 else None
    # the sentence's places ("Kurdish forces ... Kirkuk", "in northern Iraq"), not a country
    # that acts ("hard to convince Turkish President Erdogan of backing Kurdish fighters")
    sent = token.sent
    here = {
        iso3
        for m, iso3 in placing
        if sent.start <= m.start < sent.end and (m.type == "place" or _placed_name(doc, m))
    }
    if len(here) == 1:
        return next(iter(here))
    if here:
        return None  # "Kurdish forces in Iraq and Syria": whose, unclear
    # the article's other sentences ("hard to convince Turkish President Erdogan of backing
    # Kurdish fighters": no Turkish group for a country its sentence names as an actor)
    ranked = Counter(
        iso3 for m, iso3 in placing if not sent.start <= m.start < sent.end
    ).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _placed_name(doc: Doc, m: NameMatch) -> bool:
    """Whether a name is the object of a preposition of place ("in Iraq", "from Syria")."""
    head = doc[mention_head(doc, m.start, m.end)]
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "in Iraq and Syria"
    return head.dep_ == "pobj" and head.head.lower_ in PEOPLE_PLACING


def _fighters_end(doc: Doc, end: int) -> int:
    """The end of an armed organisation's name with the noun of its fighters or members it
    modifies ("Houthi fighters", "Taliban militants", "Hezbollah officials"; word classes
    ``armed_member`` and ``body_member``), else ``end``."""
    if end >= len(doc):
        return end
    last, noun = doc[end - 1], doc[end]
    nouns = gz.role_words("armed_member") | gz.role_words("body_member")
    if last.head.i == end and noun.is_lower and noun.lemma_ in nouns:
        return end + 1
    # "Islamic State suicide attackers": one lower-case noun between the name and the noun of
    # its fighters, which both modify
    after = doc[end + 1] if end + 1 < len(doc) else None
    if (
        after is not None
        and noun.is_lower
        and noun.tag_ == "NN"
        and noun.dep_ == "compound"
        and {last.head.i, noun.head.i} == {after.i}
        and after.is_lower
        and after.tag_ == "NNS"
        and after.lemma_ in gz.role_words("armed_member")
    ):
        return end + 2
    # "IS militants seized the town": the parser reads the acronym "IS" as a verb, but an
    # acronym written right before a plural noun of fighters still names them
    acronym = last.text.isupper() and len(last.text) > 1
    if acronym and noun.tag_ == "NNS" and noun.lemma_ in gz.role_words("armed_member"):
        return end + 1
    return end


def city_group(doc: Doc, m: NameMatch) -> Candidate | None:
    """The group a seat of an international body that is also a city names with a sector
    noun other than officials ("Brussels police" -> BEL:COP, "a Brussels court" -> BEL:JUD),
    or None ("Brussels officials" are the EU's)."""
    iso3 = m.entry.get("place_country")
    group = group_after(doc, m) if iso3 else None
    if group is None or group[1] in ("GOV", "MIL"):
        return None
    entity = gz.group(str(iso3), group[1], span_text(doc[m.start : group[0]]))
    return Candidate(with_the(doc, m.start), group[0], entity, P_GROUP)


def _country_candidates(doc: Doc, m: NameMatch, following: NameMatch | None) -> list[Candidate]:
    out: list[Candidate] = []
    iso3 = m.entry["id"]
    if colour_coalition(doc, m):
        return out  # "a Jamaica coalition" of German parties: no country at all
    # "Iranian Revolutionary Guards", "U.S. State Department": nationality + its institution
    if (
        following is not None
        and following.start == m.end
        and following.type in ("group", "seat")
        and str(following.entry["id"]).startswith(iso3 + ":")
    ):
        alias = span_text(doc[m.start : following.end])
        entity = gz.entity_of_id(following.entry["id"], alias)
        out.append(Candidate(with_the(doc, m.start), following.end, entity, P_GROUP))
    # "Russian troops", "Myanmar's military", "Saudi-led coalition"
    group = group_after(doc, m)
    if group is not None:
        end, code = group
        entity = gz.group(iso3, code, span_text(doc[m.start : end]))
        out.append(Candidate(with_the(doc, m.start), end, entity, P_GROUP))
    # "dissidents from Burma", "the government of Venezuela"
    before = group_before(doc, m)
    if before is not None:
        start, code = before
        entity = gz.group(iso3, code, span_text(doc[start : m.end]))
        out.append(Candidate(with_the(doc, start), m.end, entity, P_GROUP))
    alias = span_text(doc[m.start : m.end])
    if m.type == "country" and _state_title(doc, m):
        # "the kingdom of Saudi Arabia": the official name in lower case is the country
        title = span_text(doc[m.start - 2 : m.end])
        out.append(Candidate(with_the(doc, m.start - 2), m.end, gz.country(iso3, title), P_NAME))
    if m.type == "country":
        out.append(Candidate(with_the(doc, m.start), m.end, gz.country(iso3, alias), P_NAME))
    elif nationals(doc, m):  # "three Turks", "a 41-year-old Swede": people, not the state
        out.append(Candidate(m.start, m.end, gz.group(iso3, "CVL", alias), P_DEMONYM))
    elif not describes_culture(doc, m):
        out.append(Candidate(m.start, m.end, gz.country(iso3, alias), P_DEMONYM))
    return out


def _state_title(doc: Doc, m: NameMatch) -> bool:
    """ "the kingdom of Saudi Arabia", "the republic of Ireland": a lower-case noun of a state's
    official name (``role_words.tsv`` state_title) before "of" and a country's name, not a
    possessive ("the kingdom of Jordan's king")."""
    return (
        m.start >= 2
        and doc[m.start - 1].lower_ == "of"
        and doc[m.start - 2].text.islower()
        and doc[m.start - 2].lower_ in gz.role_words("state_title")
        and not (m.end < len(doc) and doc[m.end].text in POSSESSIVES)
    )


def describes_culture(doc: Doc, m: NameMatch) -> bool:
    """A demonym modifying a noun of culture, language, food or the arts ("traditional Afghan
    dances", "Chinese cuisine"): a description, no actor (data: ``role_words.tsv`` culture)."""
    token = doc[mention_head(doc, m.start, m.end)]
    head = token.head
    return (
        token.dep_ in ("amod", "compound", "nmod")
        and head.i > token.i
        and head.lemma_.lower() in gz.role_words("culture")
    )


def _shared_sector(doc: Doc, m: NameMatch, following: NameMatch | None) -> Candidate | None:
    """ "US and British activists": the first nationality shares the second one's sector."""
    if following is None or following.type not in ("country", "demonym"):
        return None
    if doc[m.end - 1].tag_ in ("NNS", "NNPS"):
        return None  # "Palestinians and Israeli security forces": a people, not a modifier
    between = [t.lower_ for t in doc[m.end : following.start]]
    if between not in (["and"], ["or"]):
        return None
    group = group_after(doc, following)
    if group is None or not following.start <= doc[m.end - 1].head.i < group[0]:
        return None  # the first nationality must modify the shared noun or the second one
    alias = span_text(doc[m.start : m.end])
    return Candidate(m.start, m.end, gz.group(m.entry["id"], group[1], alias), P_GROUP)


def _entity_candidates(
    doc: Doc,
    span: Span,
    matches: list[NameMatch],
    by_end: dict[int, NameMatch],
    people: dict[str, PersonReading],
    heads: dict[str, Entity],
    home: str | None,
) -> list[Candidate]:
    """Candidates from one of the model's entities."""
    near = overlapping(matches, span.start, span.end)
    inside = [m for m in near if span.start <= m.start and m.end <= span.end]
    if len(inside) == 1 and (inside[0].start, inside[0].end) == (span.start, span.end):
        return []  # the gazetteer names it exactly
    # "Tasnim" of "Tasnim news agency": part of a longer organisation's name; "US State" of
    # "US State department": the entity cut a known name in two
    if any(
        (m.start <= span.start and span.end <= m.end and m.end - m.start > len(span))
        or span.start < m.start < span.end < m.end
        for m in near
        if m.type in ("org", "igo", "group", "seat")
    ):
        return []
    label = span.label_
    family = _family(doc, span, people)
    if family is not None:
        return [family]
    known = gz.entry(span.text)
    # "venezuela" in lower-case text: the model's entity confirms the gazetteer's name (not
    # a group's: "a party congress" is a common noun, not the U.S. Congress)
    if (
        known is not None
        and known["type"] in CONFIRMABLE
        and "cased" not in known
        and label in NER_NAMES
        and not inside
        and not (known["type"] == "group" and span.text.islower())
    ):
        entity = gz.entry_entity(known, span_text(span))
        return [Candidate(span.start, span.end, entity, P_NAME)]
    site = facility(doc, span)
    if site is not None:
        return [site]
    # "the State of Hawaii" (a party to a suit): the state, a place of the gazetteer
    state = _state_of(doc, span) if label in (*NER_ORG, *NER_PLACES) else None
    if state is not None:
        return [state]
    # "touring al-Qaryatayn" after "al-Qaryatayn town": the place the article names so
    if label in (NER_PERSON, *NER_ORG) and not inside and settlement_named(span):
        return [place(span)]
    if label in (NER_PERSON, *NER_ORG, "NORP") and known is not None and known["type"] == "place":
        if label == NER_PERSON and _titled_given_name(doc, span):
            # "Russian President Vladimir had discussed": a leader's given name after the
            # title, the person of the article named in full with it, else nobody
            given = _given_name_of(span, people) or _titled_leader(doc, span, by_end)
            if given is None:
                return []
            entity = replace(given.entity, aliases=(span_text(span),))
            return [Candidate(span.start, span.end, entity, P_COREF, given.role, given.leader_of)]
        # "Rakhine", "Crimea": a known place, not a person or company; "strikes on Aleppo"
        # typed as a nationality: the place
        return [place(span)]
    # "the Commission" after "the European Commission", "Progress" (typed as a person) after
    # "the Progress Party": the same organisation
    # (a lower-case word is a common noun: "a party congress" is not the Congress named later)
    named = heads.get(span.text.lower()) if len(span) == 1 and span.text[:1].isupper() else None
    a_person = named is not None and _known_person(span, people)  # "Trump", not Trump University
    if named is not None and label in MARKABLE and not a_person:
        named = replace(named, aliases=(span_text(span),))
        return [Candidate(span.start, span.end, named, P_COREF)]
    # "Shafie" after "Shafie Apdal", typed as an organisation: Malay and Arab names are
    # shortened to the given name, the first word
    given = _given_name_of(span, people) if label in NER_ORG and not inside else None
    if given is None and label in NER_ORG and not inside and len(span) > 1:
        # "General Gatot" after "Gatot Nurmantyo": a title and the given name of one person
        untitled = strip_titles(doc, span)
        given = _given_name_of(untitled, people) if len(untitled) < len(span) else None
    if given is not None:
        entity = replace(given.entity, aliases=(span_text(span),))
        return [Candidate(span.start, span.end, entity, P_COREF, given.role, given.leader_of)]
    mistyped_person = label in NER_ORG + NER_PLACES and (
        _known_person(span, people) or titled_name(doc, span, inside)
    )
    # "Navarro, 67, said" typed as an organisation or a place: an age makes a person
    mistyped_person = mistyped_person or (
        label in NER_ORG + NER_PLACES and not inside and aged_name(doc, span)
    )
    # "the credibility of Hesami-Kiche, who was paid ...": a "who" clause makes a person
    mistyped_person = mistyped_person or (
        label in NER_ORG + NER_PLACES and not inside and named is None and who_clause(span)
    )
    # "Alexei Pushkov" typed as an organisation: a given name first, or an apposition that
    # describes a person ("Johannes Marliem, a U.S.-based contractor")
    mistyped_person = mistyped_person or (
        label in NER_ORG and (person_name(span, inside) or (not inside and described_person(span)))
    )
    # "including Ihor Mosiychuk, a member of ..." typed as a work of art: a given name first
    # and no quotes around it make a person's name, not a title
    mistyped_person = mistyped_person or (
        label == "WORK_OF_ART" and person_name(span, inside) and not _quoted(doc, span)
    )
    # "Guillier and Pinera" typed as one organisation, two known people: each a person
    ands = [t.i for t in span if t.lower_ == "and"] if mistyped_person else []
    if ands and span.start < ands[0] and ands[-1] < span.end - 1:
        out: list[Candidate] = []
        for a, b in zip([span.start] + [i + 1 for i in ands], [*ands, span.end], strict=True):
            part = Span(doc, a, b, label=NER_PERSON)
            out += _entity_candidates(doc, part, matches, by_end, people, heads, home)
        return out
    if label == NER_PERSON or mistyped_person:
        if _common_first_word(span):
            span = span[1:]  # "Statements Donald Trump has made": a common noun opening
            if any((m.start, m.end) == (span.start, span.end) for m in inside):
                return []  # "Top White House officials": the gazetteer names the rest
        span = strip_titles(doc, span)
        if label == NER_PERSON and not inside and not _known_person(span, people):
            # "the situation in Rakhine": a place; "the Khorramshahr missile": a thing's name
            if named_place_use(span):
                return [place(span)]
            org_name = named_organisation(doc, span)
            if org_name is not None:
                company = organisation(doc, org_name, inside)  # "the Bild newspaper"
                return [company] if company is not None else []
            if named_thing(doc, span) or thing_named(span):
                return []  # "the Khorramshahr missile", "the Patriot missile system"
            if common_word(span) and _given_name_of(span, people) is None:
                return []  # "Photographs on social media showed" (not "Grace says")
            other = None if storm_name(span) else article_label(span)  # "Golkar party"
            if other in NER_ORG:
                company = organisation(doc, span, inside)
                return [company] if company is not None else []
            if other in NER_PLACES:
                return [place(span)]
            if other == "NORP" or plural_name(span):
                return []  # "Sufis", "the Bushes": a people or a family, no person
            if len(span) == 1 and gz.sector_of(span.text) is not None:
                return []  # "MPs also urged": a sector noun, read as a group if at all
        if not plausible_person(span, inside):
            company = organisation(doc, span, inside) if is_company(span) else None
            return [company] if company is not None else []
        reading = read_person(doc, span, by_end)
        earlier = people.get(surname_key(span.text))
        if len(span) > 1:  # the person named in full whose name ends so, if any
            earlier = next(
                (p for p in people.values() if surname_tail(span.text, p.entity.name)), None
            )
        if earlier is None and not inside and label == NER_PERSON:
            # "Grace" after "Grace Mugabe": a name alone that is nobody's surname but the
            # given name of the one person of the article named in full with it
            earlier = _given_name_of(span, people)
        if earlier is not None:
            # "Maduro" after "Nicolas Maduro", "President Garcia" after "Alan Garcia",
            # "Pena Nieto" after "Enrique Pena Nieto" (a compound surname)
            entity = replace(earlier.entity, aliases=(span_text(span),))
            leader_of = reading.leader_of or (earlier.leader_of if reading.role else None)
            reading = PersonReading(span.start, span.end, entity, reading.role, leader_of)
        key = coref_key(reading.entity.name, doc_date(doc))
        if key:
            claim_surname(people, key, reading, sitting_leader(doc, reading))
        if reading.entity.kind == "Person" and len(reading.entity.name.split()) > 1:
            # every person named in full, by id: "Jeb Bush" after "George W. Bush", whose
            # surname key is taken, is still there for a later "Jeb"
            people.setdefault(FULL_NAME_KEY + reading.entity.id, reading)
        role, leader_of = reading.role, reading.leader_of
        return [Candidate(span.start, span.end, reading.entity, P_PERSON, role, leader_of)]
    if label in NER_ORG:
        # "the Home Office said" in a British article: the article's government; "Minister of
        # State for Foreign Affairs", "Defense Secretary": part of a title, nobody
        sector = office_sector(doc, span) if not inside else None
        if sector is not None:
            if not sector or home is None:
                return []
            return [Candidate(span.start, span.end, gz.group(home, sector, span_text(span)), P_ORG)]
        # "the Senate Intelligence Committee": a committee of a legislature is the legislature
        committee = legislative_committee(doc, matches, span.start, span.end, home)
        if committee is not None:
            return [Candidate(span.start, span.end, committee, P_ORG)]
        # "the Supreme Court", "the House of Representatives": a national body of the
        # country the sentence or article places it in
        if subnational(doc, span.start) and gz.normalize(span.text) in gz.load().bodies:
            return []  # "the state Supreme Court": a U.S. state's, no actor of the graph
        body = national_body(doc, matches, span.start, span.end, home) if not inside else None
        if body is not None:  # "Supreme Court judges": the court's own people with it
            return [Candidate(span.start, members_end(doc, span.end), body, P_ORG)]
        found = organisation(doc, span, inside)
        # "the leader of the Left-Green Movement" in a sentence about Iceland: a party of no
        # known country is the sentence's one country's, else the article's, else that of
        # the one country of the leaders its sentence names ("Maduro ... the ruling Socialist
        # Party")
        party = len(span) > 1 and doc[span.end - 1].lower_ in gz.role_words("party_noun")
        if found is not None and found.entity.country is None and party:
            iso3 = sentence_country(doc, matches, span.start) or home
            led = leaders_countries(span.sent) if iso3 is None else set()
            iso3 = next(iter(led)) if len(led) == 1 else iso3
            if iso3 is not None:
                found = replace(found, entity=replace(found.entity, country=iso3))
        return [found] if found is not None else []
    # "Atlantic City": a settlement named after a region (not the region: name_candidates)
    settlement = bool(inside) and all(
        m.type == "region" and _city_named_after(doc, m) for m in inside
    )
    if label in NER_PLACES and (not inside or settlement):
        if listed_organisation(span):  # "firms Total, Sanofi, Engie and Vinci"
            found = organisation(doc, span, inside)
            return [found] if found is not None else []
        return [] if thing_named(span) else [place(span)]  # not "the B-1 bomber"
    return []


# The longest run of proper nouns looked up as one place name ("Deir ez Zor" is three).
PLACE_RUN = 4


def _body_adjective_groups(doc: Doc, matches: list[NameMatch], home: str | None) -> list[Candidate]:
    """ "congressional investigators", "a congressional panel": the body's group."""
    out: list[Candidate] = []
    text = doc.text.lower()
    if not any(word in text for word in BODY_ADJECTIVES):
        return out
    for token in doc:
        if token.lower_ in BODY_ADJECTIVES:
            found = body_adjective_group(doc, matches, token.i, home)
            if found is not None:
                out.append(Candidate(with_the(doc, token.i), found[0], found[1], P_GROUP))
    return out


def _led_groups(doc: Doc) -> list[Candidate]:
    """ "the U.S.-led coalition": a country's alias and "-led" written as one token before a
    sector noun, the country's military (as "the Saudi-led coalition", three tokens, is)."""
    out: list[Candidate] = []
    if "-led" not in doc.text:
        return out
    for token in doc:
        text = token.text
        if len(text) <= 4 or not text.endswith("-led"):
            continue
        known = gz.entry(text[:-4])
        if known is None or known["type"] not in ("country", "demonym", "capital"):
            continue
        iso3 = str(known["id"])
        found = sector_at(doc, token.i + 1)
        if iso3.isupper() and found is not None:
            entity = gz.group(iso3, "MIL", span_text(doc[token.i : found[0]]))
            out.append(Candidate(with_the(doc, token.i), found[0], entity, P_GROUP))
    return out


def untyped_places(doc: Doc, skip: frozenset[int]) -> list[Candidate]:
    """Places of the gazetteer the model left outside every entity ("forces shelled Aleppo"):
    a run of capitalised proper nouns, none in an entity, that is a place's name, longest
    first. Only ``place`` entries: a country, capital or organisation is found by the scan."""
    out: list[Candidate] = []
    i, n = 0, len(doc)
    while i < n:
        end = i
        while (
            end < n
            and end - i < PLACE_RUN
            and end not in skip
            and doc[end].ent_iob_ == "O"
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
        ):
            end += 1
        for j in range(end, i, -1):
            known = gz.entry(doc[i:j].text)
            if known is not None and known["type"] == "place":
                out.append(place(doc[i:j]))
                i = j - 1
                break
        i += 1
    return out


def _marked_organisations(
    doc: Doc, spans: list[Span], matches: list[NameMatch]
) -> dict[str, Entity]:
    """One-word names that a lower-case organisation noun marks as an organisation's
    somewhere in the article ("the Zaman newspaper", "the campaign Avaaz"), by their lower-case
    text: a bare "Zaman" elsewhere, which the model may type as a person, is that
    organisation. Only a word one organisation of the article has."""
    found: dict[str, dict[str, Entity]] = {}
    for span in spans:
        if len(span) != 1 or span.label_ not in MARKABLE:
            continue
        if overlapping(matches, span.start, span.start + 1):
            continue  # a name the gazetteer knows
        known = gz.entry(span.text)
        if known is not None and known["type"] == "place":
            continue  # "Darfur militia": a militia of a known place, not "Darfur" itself
        marked = named_organisation(doc, span)
        if marked is None or len(marked) != 1:
            continue  # "Progress Party": the two-word name, read by short_names
        company = organisation(doc, span, [])
        if company is not None:
            found.setdefault(span.text.lower(), {})[company.entity.id] = company.entity
    return {word: next(iter(e.values())) for word, e in found.items() if len(e) == 1}


def _family(doc: Doc, span: Span, people: dict[str, PersonReading]) -> Candidate | None:
    """A family named by its surname: "the Gupta family", "the Guptas" (the plural of a
    surname the article gives a person or a family), as one organisation ``org:<surname>-family``
    (not a person "Gupta" or a place "Guptas")."""
    if len(span) != 1 or not span.text[:1].isupper() or span.label_ not in FAMILY_LABELS:
        return None
    word = span.text
    if span.end < len(doc) and doc[span.end].lower_ in FAMILY_NOUNS:
        surname, end = word, span.end + 1  # "the wealthy Gupta family"
    elif word.endswith("s") and span.start > 0 and doc[span.start - 1].lower_ == "the":
        surname, end = word[:-1], span.end  # "the Guptas", "the Obamas"
        named = any(
            t.text == surname and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in FAMILY_NOUNS
            for t in doc
        )
        if len(surname) < 3 or not (named or surname_key(surname) in people):
            return None
    else:
        return None
    if gz.entry(surname) is not None:
        return None  # "the Saudi royal family" is no surname's: a country's
    name = f"{surname} family"
    alias = span_text(doc[span.start : end])
    entity = Entity("org:" + gz.slug(name), name, "Organization", aliases=(alias,))
    return Candidate(span.start, end, entity, P_NAMED_ORG)


def _known_person(span: Span, people: dict[str, PersonReading]) -> bool:
    """A span the model mistyped that names a known person ("Maduro" as ORG, or "Fethullah
    Gulen", a full name of the gazetteer's nationals)."""
    if len(span) > 3:
        return False
    return (
        surname_key(span.text) in people
        or bool(gz.load().leader_index.get(gz.normalize(span.text)))
        or (len(span) > 1 and gz.nationality(span.text) is not None)
        # "Priebus" typed as an organisation, not "in Warren, Michigan"
        or (known_surname(span) is not None and not named_place_use(span))
    )


def _titled_given_name(doc: Doc, span: Span) -> bool:
    """Whether a one-word name is a given name of the gazetteer's right after a person's
    title ("President Vladimir"): a person, though a place bears the name too."""
    return (
        len(span) == 1
        and span[0].lower_ in gz.load().first_names
        and title_before(doc, span.start) is not None
    )


def _titled_leader(doc: Doc, span: Span, by_end: dict[int, NameMatch]) -> PersonReading | None:
    """The one leader of the leaders table a titled given name stands for: "Russian President
    Vladimir" is Vladimir Putin, the one leader of that first name and the title's country
    (in office on the article's date, if several held the office); else None."""
    reading = read_person(doc, span, by_end)
    country, first = reading.entity.country, span[0].lower_
    if country is None or reading.role is None:
        return None
    names = {
        leader.name
        for leader in gz.load().leaders
        if leader.country == country and gz.normalize(leader.name).split()[0] == first
    }
    if len(names) != 1:
        return None
    found = gz.leaders_at(next(iter(names)), doc_date(doc))[0]
    entity = gz.leader_entity(found, span_text(span))
    return PersonReading(span.start, span.end, entity, reading.role, reading.leader_of)


def _state_of(doc: Doc, span: Span) -> Candidate | None:
    """ "State of Hawaii", "Commonwealth of Virginia": the place of the gazetteer named after
    "of" (a state of a country), an actor when the model typed it as an organisation; else
    None."""
    if len(span) < 3 or span[0].text not in ("State", "Commonwealth") or span[1].text != "of":
        return None
    known = gz.entry(span[2:].text)
    if known is None or known["type"] != "place" or not str(known["id"]).isupper():
        return None
    name = span_text(span[2:])
    entity = gz.place(name, str(known["id"]), name)
    if span.label_ in NER_PLACES:  # typed as a place: read as one, by its own name
        return Candidate(span.start, span.end, entity, P_PLACE, is_place=True)
    return Candidate(span.start, span.end, entity, P_ORG)


def _given_name_of(span: Span, people: dict[str, PersonReading]) -> PersonReading | None:
    """The one person named in full before whose first word is this one-word name ("Shafie"
    after "Shafie Apdal"), or whose first words are this given name and initials ("George W."
    after "George W. Bush"), else None. Never a family name written first (``family_first``:
    "Kim"), which several people of the article may share."""
    words = gz.normalize(span.text).split()
    if not words or not span.text[:1].isupper() or words[0] in gz.load().family_first:
        return None
    if len(span) > 1 and not all(_INITIAL.match(w) for w in words[1:]):
        return None
    found = {
        p.entity.id: p
        for p in people.values()
        if p.entity.kind == "Person"
        and gz.normalize(p.entity.name).split()[: len(words)] == words
        and len(p.entity.name.split()) > len(words)
    }
    return next(iter(found.values())) if len(found) == 1 else None


# A middle initial ("w.", "h.w."): one letter and a dot, or several so.
_INITIAL = re.compile(r"^(?:[a-z]\.)+$")
# The key prefix of the people of an article stored by id (no surname key starts so).
FULL_NAME_KEY = "\x00"


def mistagged_surnames(doc: Doc, tags: list[int], people: dict[str, PersonReading]) -> list[int]:
    """Tokens the tagger read as a common word that are a surname of the article: a
    capitalised noun, adjective or verb whose key is a person named in full before or a
    leader of the article's date ("Sessions said", "Strange and Brooks ignored Moore",
    "Duterte on Wednesday visited"). Never a word of a hyphened compound ("anti-Trump",
    "Trump-branded"), an all-capitals run, nor a word the article also writes in lower case
    ("Price ... price rises": the common word)."""
    lower: set[str] | None = None
    found = []
    date = doc_date(doc)
    # one pass over the doc's arrays: only capitalised words (IS_TITLE) are looked at
    titled = doc.to_array(IS_TITLE).nonzero()[0].tolist() if len(doc) else []
    for i in titled:
        if tags[i] not in SURNAME_MISTAGS:
            continue
        text = doc[i].text
        if not (text[1:].islower() and text.isalpha() and len(text) > 2):
            continue
        if (i and doc[i - 1].text in DASHES) or (i + 1 < len(doc) and doc[i + 1].text in DASHES):
            continue
        key = surname_key(text)
        named = people.get(key)
        if (named is None or named.end - named.start < 2) and not gz.leaders_at(key, date):
            continue  # a one-word PERSON of the model ("Sufis") is no full name
        if lower is None:
            lower = {t.text for t in doc if t.text.islower()}
        if text.lower() not in lower:
            found.append(i)
    return found


# Tags of an adjective ("Top White House officials"): no word of a person's name.
ADJECTIVE_TAGS = frozenset({"JJ", "JJS", "JJR"})


def _common_first_word(span: Span) -> bool:
    """Whether a person's name of three or more words begins with a common word that opens
    its sentence, a word of its own ("Statements Donald Trump has made", "Top White House
    officials"), not a title nor a part of a hyphened name ("Al-Jubeir"); or a word that is
    no given name before a leader's full name ("leading Brexiteer Boris Johnson"; not before a
    surname, "Ian Duncan Smith", nor a national's name, "Kyaw Tint Swe")."""
    first, second = span[0], span[1] if len(span) > 1 else None
    return (
        len(span) > 2
        and second is not None
        and bool(first.whitespace_)
        and first.is_alpha
        and second.is_title
        and gz.normalize(first.text) not in TITLES
        and (
            common_word(span[:1])
            or (first.tag_ in ADJECTIVE_TAGS and bool(first.is_sent_start))
            or (
                first.lower_ not in gz.load().first_names
                and known_full_name(span[1:].text, nationals=False)
            )
        )
    )


def _names_organisation(doc: Doc, token: Token) -> bool:
    """Whether a name is the first word of an organisation's name the model reads as one
    entity with a capitalised organisation noun after it ("Trump University", "the Clinton
    Foundation"): the organisation, not the person it is named after."""
    if token.i + 1 >= len(doc) or token.ent_type_ not in NER_ORG:
        return False
    after = doc[token.i + 1]
    return after.ent_iob_ == "I" and after.is_title and after.lower_ in ORGANISATION_NOUNS


def _surname_mentions(
    doc: Doc, people: dict[str, PersonReading], skip: frozenset[int]
) -> list[Candidate]:
    """Later mentions of a person by surname ("Maduro") and "the Maduro administration"."""
    out: list[Candidate] = []
    tags = doc.to_array([POS]).tolist()
    proper = [i for i, pos in enumerate(tags) if pos == PROPN]
    proper = sorted(proper + mistagged_surnames(doc, tags, people))
    for token in (doc[i] for i in proper):
        if token.i in skip or token.text[:1].islower():
            continue
        if law_name_after(doc[token.i : token.i + 1]):
            continue  # "the Magnitsky Rule of Law Accountability Act": a law's name
        if _names_organisation(doc, token):
            continue  # "Trump University", "the Clinton Foundation": the organisation's name
        known = gz.entry(token.text)
        if known is not None and known["type"] in gz.ACTOR_TYPES and token.ent_type_ != "PERSON":
            continue  # "UN" is the United Nations, not the end of "Kim Jong Un"
        key = surname_key(token.text)
        reading = people.get(key)
        priority = P_COREF
        if reading is None:
            # a bare "Putin" with no full name in the article: the leaders table
            leaders = gz.leaders_at(key, doc_date(doc))
            if not leaders or token.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP"):
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
                continue  # "Khan" of "Khan Sheikhoun": inside a longer name
            entity = gz.leader_entity(leaders[0], token.text)
            reading, priority = PersonReading(token.i, token.i + 1, entity), P_LEADER
        entity = replace(reading.entity, aliases=(token.text,))
        # "the Maduro administration": the person's government
        gov_end = government_of(doc, token)
        if gov_end is not None and entity.country and entity.country.isupper():
            group = gz.group(entity.country, "GOV", span_text(doc[token.i : gov_end]))
            out.append(Candidate(with_the(doc, token.i), gov_end, group, P_GROUP))
        out.append(Candidate(token.i, token.i + 1, entity, priority))
    return out


__all__ = ["dateline_tokens", "find_actors", "mention_head", "name_candidates"]
