"""Actor resolution: who acts in a parsed document, as token spans with canonical entities.

``find_actors(doc, doc_id)`` reads gazetteer names (countries, demonyms, capitals, seats of
power, IGOs, organisations), named entities from the spaCy model, titles and groups, then
keeps the best non-overlapping reading of each stretch of text. Each
:class:`~kgraph.extract.spans.ActorSpan` has the syntactic head of its mention, so relation
rules can find an actor from the head of a subject or object.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.matcher import NameMatch, scan_names, sector_at, span_text
from kgraph.resolve.metonymy import PLACE_NOUNS, PLACE_PREPOSITIONS, is_place_use
from kgraph.resolve.people import (
    GOVERNMENT_NOUNS,
    PersonReading,
    government_of,
    read_person,
    surname_key,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Candidate priorities: the higher wins an overlap, then the longer span.
P_GROUP, P_FACILITY, P_PERSON, P_NAME, P_ORG, P_DEMONYM, P_BARE, P_PLACE = (
    100, 95, 90, 80, 70, 60, 50, 40,
)  # fmt: skip
# Sector nouns that make a group with no country named ("the opposition"): from context.
BARE_SECTORS = frozenset(
    {
        "government", "administration", "opposition", "military", "army", "junta", "regime",
        "rebels", "police", "authorities", "parliament", "judiciary", "insurgents",
    }
)  # fmt: skip
# Nouns that make a named thing a facility or site ("Maiquetia airport", "Hmeimim air base").
FACILITY_NOUNS = frozenset(
    {
        "airport", "airbase", "base", "port", "harbour", "harbor", "square", "palace",
        "stadium", "hospital", "river", "province", "region", "island", "islands", "bridge",
        "dam", "refinery", "prison", "valley", "mountains", "strait", "canal", "field",
    }
)  # fmt: skip
NER_PERSON, NER_ORG, NER_PLACES = "PERSON", ("ORG", "PRODUCT"), ("GPE", "LOC", "FAC")
DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
SEPARATORS = frozenset({"/", "|", "\u2022"})


@dataclass
class Candidate:
    """A possible reading of tokens ``[start, end)``."""

    start: int
    end: int
    entity: Entity
    priority: int
    role: str | None = None
    leader_of: Entity | None = None
    is_place: bool = False


def mention_head(doc: Doc, start: int, end: int) -> int:
    """The syntactic head of tokens ``[start, end)``: the last token whose head is outside."""
    outside = [t.i for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return outside[-1] if outside else doc[start:end].root.i


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of a dateline ("MOSCOW/CARACAS –", "WASHINGTON (Reuters) -") at a line start."""
    skip: set[int] = set()
    i = 0
    while i < len(doc):
        if i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
            j = i
            while (
                j < len(doc)
                and j - i < 12
                and (doc[j].text.isupper() or doc[j].text in ("/", ",", "(", ")", "Reuters"))
            ):
                j += 1
            if j > i and j < len(doc) and doc[j].text in DASHES:
                skip.update(range(i, j + 1))
                i = j
        i += 1
    return frozenset(skip)


def _with_the(doc: Doc, start: int) -> int:
    return start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start


def _name_candidates(doc: Doc, matches: list[NameMatch]) -> list[Candidate]:
    """Countries, capitals, seats, IGOs, organisations, and the groups they head."""
    out: list[Candidate] = []
    for m in matches:
        alias = span_text(doc[m.start : m.end])
        if m.type in ("country", "demonym"):
            group = _group_after(doc, m)
            if group is not None:
                end, code = group
                entity = gz.group(m.entry["id"], code, span_text(doc[m.start : end]))
                out.append(Candidate(_with_the(doc, m.start), end, entity, P_GROUP))
            priority = P_NAME if m.type == "country" else P_DEMONYM
            start = _with_the(doc, m.start) if m.type == "country" else m.start
            out.append(Candidate(start, m.end, gz.entry_entity(m.entry, alias), priority))
        elif m.type == "adjective":
            continue
        elif m.type == "region":
            entity = gz.entry_entity(m.entry, alias)
            out.append(Candidate(_with_the(doc, m.start), m.end, entity, P_NAME, is_place=True))
        elif m.type in ("capital", "seat"):
            head = doc[mention_head(doc, m.start, m.end)]
            place = is_place_use(head)
            entity = gz.entry_entity(m.entry, alias, as_place=place)
            out.append(Candidate(_with_the(doc, m.start), m.end, entity, P_NAME, is_place=place))
        else:
            out.append(
                Candidate(_with_the(doc, m.start), m.end, gz.entry_entity(m.entry, alias), P_NAME)
            )
    return out


def _group_after(doc: Doc, m: NameMatch) -> tuple[int, str] | None:
    """A sector phrase after a country or demonym: (end, code), trimmed before a title+name."""
    i = m.end
    # "Myanmar's military": possessive country
    if i < len(doc) and doc[i].lower_ in ("'s", "\u2019s", "'", "\u2019") and m.type == "country":
        i += 1
    # "Saudi-led coalition": a country leading a coalition
    elif i + 1 < len(doc) and doc[i].text in DASHES and doc[i + 1].lower_ == "led":
        found = sector_at(doc, i + 2)
        return (found[0], "MIL") if found is not None else None
    found = sector_at(doc, i)
    if found is None:
        return None
    end, code = found
    last = doc[end - 1]
    # "Russian President Vladimir Putin": a title before a name is the person's, not a group
    while end > i and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].pos_ != "PROPN":
        shorter = sector_at(doc, i, max_tokens=end - 1 - i) if end - 1 > i else None
        if shorter is None:
            return None
        end, code = shorter
        last = doc[end - 1]
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON":
        return None
    # "Russian military hardware": an adjective on a non-sector noun is only a nationality
    if last.pos_ == "ADJ" and last.head.i == end and last.head.pos_ in ("NOUN", "PROPN"):
        return None
    return end, code


def _ner_spans(doc: Doc, skip: frozenset[int]) -> list[Span]:
    """The model's entities, cut at line breaks, slashes and dateline tokens.

    Shouted multi-word names outside the gazetteer ("SERGEI CHIRIKOV / POOL" in a photo
    credit) are dropped: upper-case text is where the model's entity types go wrong.
    """
    spans: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            cut = i == ent.end or i in skip or doc[i].is_space or doc[i].text in SEPARATORS
            if not cut and "\n" not in doc[i].text:
                continue
            if i > start:
                span = Span(doc, start, i, label=ent.label_)
                shouted = all(t.text.isupper() for t in span if t.is_alpha)
                if not shouted or (len(span) == 1 and len(span.text) <= 5):
                    spans.append(span)
            start = i + 1
    return spans


def _strip(doc: Doc, span: Span) -> Span:
    """A name span without a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    if doc[start].lower_ == "the" and end - start > 1:
        start += 1
    if end - start > 1 and doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    return doc[start:end]


def find_actors(doc: Doc, doc_id: str) -> list[ActorSpan]:
    """Resolve every actor mention of a parsed document.

    Args:
        doc: a spaCy Doc with tags, dependency parse and named entities.
        doc_id: the document's id (mentions are per document; kept for logging and rules).

    Returns:
        Non-overlapping actor spans in text order. Places ("left Moscow", "in Caracas") are
        included with ``is_place=True`` and a ``loc:`` entity; a country is always its ISO3
        id, wherever it appears.
    """
    skip = dateline_tokens(doc)
    matches = scan_names(doc, skip)
    by_end = {m.end: m for m in matches}
    names = {(m.start, m.end) for m in matches}
    candidates = _name_candidates(doc, matches)
    people: dict[str, PersonReading] = {}
    for span in _ner_spans(doc, skip):
        span = _strip(doc, span)
        label = span.label_ or doc[span.start].ent_type_
        if (span.start, span.end) in names:
            continue
        facility = _facility(doc, span)
        if facility is not None:
            candidates.append(facility)
        elif label == NER_PERSON or (label in NER_ORG + NER_PLACES and _known_person(span, people)):
            reading = read_person(doc, span, by_end)
            earlier = people.get(surname_key(span.text))
            if earlier is not None and len(span) == 1 and reading.role is None:
                # "Maduro" after "Nicolas Maduro": the same person
                entity = replace(earlier.entity, aliases=(span_text(span),))
                reading = PersonReading(span.start, span.end, entity)
            people.setdefault(surname_key(reading.entity.name), reading)
            candidates.append(_person_candidate(reading))
        elif label in NER_ORG:
            entity = Entity(
                "org:" + gz.slug(span.text),
                span_text(span),
                "Organization",
                aliases=(span_text(span),),
            )
            candidates.append(Candidate(span.start, span.end, entity, P_ORG))
        elif label in NER_PLACES:
            known = gz.entry(span.text)
            iso3 = known["id"] if known is not None and known["type"] == "place" else None
            entity = gz.place(span_text(span), iso3, span_text(span))
            candidates.append(Candidate(span.start, span.end, entity, P_PLACE, is_place=True))
    candidates += _surname_mentions(doc, people, skip)
    chosen = _select(candidates)
    chosen += _bare_groups(doc, chosen)
    chosen = _select(chosen)
    return [
        ActorSpan(
            c.start,
            c.end,
            mention_head(doc, c.start, c.end),
            c.entity,
            c.role,
            c.leader_of,
            c.is_place,
        )
        for c in sorted(chosen, key=lambda c: c.start)
    ]


def _known_person(span: Span, people: dict[str, PersonReading]) -> bool:
    """An entity the model mistyped but that names a known person ("Maduro" as ORG)."""
    key = surname_key(span.text)
    return len(span) <= 3 and (
        key in people or bool(gz.load().leader_index.get(gz.normalize(span.text)))
    )


def _person_candidate(reading: PersonReading) -> Candidate:
    return Candidate(
        reading.start, reading.end, reading.entity, P_PERSON, reading.role, reading.leader_of
    )


def _facility(doc: Doc, span: Span) -> Candidate | None:
    """ "Maiquetia airport", "Simon Bolivar International Airport": a named site."""
    end = span.end
    if end < len(doc) and doc[end].lower_ in FACILITY_NOUNS:
        end += 1
    elif doc[end - 1].lower_ not in FACILITY_NOUNS:
        return None
    name = span_text(doc[span.start : end])
    iso3 = None
    # "Caracas' main Maiquetia airport": the possessor or modifier names the country
    for token in doc[end - 1].children:
        known = gz.entry(token.text)
        if (
            known is not None
            and token.i < span.start
            and known["type"] in ("capital", "country", "place")
        ):
            iso3 = known["id"] if known["id"].isupper() else None
    return Candidate(span.start, end, gz.place(name, iso3, name), P_FACILITY, is_place=True)


def _surname_mentions(
    doc: Doc, people: dict[str, PersonReading], skip: frozenset[int]
) -> list[Candidate]:
    """Later mentions of a person by surname ("Maduro") and "the Maduro administration"."""
    out: list[Candidate] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in skip or token.text[:1].islower():
            continue
        key = surname_key(token.text)
        reading = people.get(key)
        if reading is None:
            leaders = gz.load().leader_index.get(key)
            if not leaders or token.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP"):
                continue
            reading = PersonReading(token.i, token.i + 1, gz.leader_entity(leaders[0], token.text))
        entity = replace(reading.entity, aliases=(token.text,))
        gov_end = government_of(doc, token)
        if gov_end is not None and entity.country:
            group = gz.group(entity.country, "GOV", span_text(doc[token.i : gov_end]))
            out.append(Candidate(_with_the(doc, token.i), gov_end, group, P_GROUP))
        out.append(Candidate(token.i, token.i + 1, entity, P_PERSON - 1))
    return out


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """The best non-overlapping candidates: higher priority first, then longer."""
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        chosen.append(c)
    return chosen


def _bare_groups(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "the government", "the opposition": a group of the country the context gives."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    actors = [c for c in chosen if not c.is_place and c.entity.country]
    counts = Counter(c.entity.country for c in actors)
    ranked = counts.most_common(2)
    dominant = None
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        dominant = ranked[0][0]
    out: list[Candidate] = []
    for token in doc:
        if (
            token.i in taken
            or token.lower_ not in BARE_SECTORS
            or token.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        found = sector_at(doc, token.i)
        if found is None:
            continue
        end, code = found
        if (
            end < len(doc)
            and doc[end].pos_ in ("NOUN", "PROPN")
            and doc[end].lower_ not in GOVERNMENT_NOUNS
        ):
            end += 1 if sector_at(doc, end) is not None else 0
        iso3 = _context_country(doc, token.i, actors) or dominant
        if iso3 is None or any(i in taken for i in range(token.i, end)):
            continue
        entity = gz.group(iso3, code, span_text(doc[token.i : end]))
        out.append(Candidate(_with_the(doc, token.i), end, entity, P_BARE))
    return out


def _context_country(doc: Doc, i: int, actors: list[Candidate]) -> str | None:
    """The country a bare group belongs to: its conjunct's, else the sentence's actors'."""
    token = doc[i]
    related = [token.head] if token.dep_ == "conj" else []
    related += [c for c in token.children if c.dep_ == "conj"]
    for other in related:
        for c in actors:
            if c.start <= other.i < c.end and c.entity.kind == "Group":
                return c.entity.country
    sent = token.sent
    here = [c for c in actors if sent.start <= c.start < sent.end and not _locative(doc, c)]
    before = [c.entity.country for c in here if c.start < i]
    pool = before or [c.entity.country for c in here]
    if not pool:
        return None
    top = Counter(pool).most_common()
    return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else before[-1] if before else None


def _locative(doc: Doc, c: Candidate) -> bool:
    head = doc[mention_head(doc, c.start, c.end)]
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS


__all__ = ["PLACE_NOUNS", "find_actors", "mention_head"]
