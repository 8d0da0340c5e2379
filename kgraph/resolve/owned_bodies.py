"""Bodies named with their owner or their members: "Iran's Supreme National Security Council",
"the KRG's Security Council", "House Republicans".

A body's name the gazetteer knows ("National Security Council", the U.N.'s "Security
Council") stands for the country or organisation a possessive before it names, not for the
body the name means alone: the owner names whose council it is. Capitalised words the
gazetteer does not know may stand between ("Iran's *Supreme* National Security Council").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kgraph.model import Entity
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.matcher import P_GROUP, POSSESSIVES, Candidate, span_text, with_the

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kgraph.resolve.matcher import NameMatch

# Last words of an international body's name that other owners' bodies share ("the KRG's
# Security Council", "Iran's Guardian Council"); "Turkey's NATO" is no body of Turkey's.
BODY_NOUNS = frozenset({"council", "assembly", "committee", "commission", "court"})
# Words that name the United Nations in an IGO's alias ("U.N. Security Council"): that
# body is the U.N.'s whatever possessive comes before ("Russia's U.N. Security Council").
UN_WORDS = frozenset({"u.n.", "un", "united", "nations"})
# Capitalised words the gazetteer does not know that may stand between owner and body
MAX_BETWEEN = 2
OWNER_COUNTRY_TYPES = frozenset({"country", "capital"})


def owned_bodies(doc: Doc, matches: list[NameMatch]) -> list[Candidate]:
    """Bodies of the gazetteer named after a possessive owner: the owner country's group of
    the body's sector ("Iran's Supreme National Security Council" -> IRN:GOV), or the owner
    organisation ("the KRG's Security Council" -> org:krg), over owner and body."""
    by_end = {m.end: m for m in matches}
    named = {i for m in matches for i in range(m.start, m.end)}
    out: list[Candidate] = []
    for m in matches:
        sector = _sector(doc, m)
        if sector is None or not _heads_phrase(doc, m):
            continue
        owner = _owner(doc, by_end, named, m.start)
        if owner is None:
            continue
        alias = span_text(doc[owner.start : m.end])
        entity: Entity
        if owner.type in OWNER_COUNTRY_TYPES:
            entity = gz.group(str(owner.entry["id"]), sector, alias)
        else:
            entity = gz.entry_entity(owner.entry, alias)
        out.append(Candidate(with_the(doc, owner.start), m.end, entity, P_GROUP))
    return out


def _sector(doc: Doc, m: NameMatch) -> str | None:
    """The sector a body's match gives its owner's group: a national institution's own
    ("National Security Council": GOV), an international council's GOV; else None."""
    entity_id = str(m.entry["id"])
    if m.type == "group" and ":" in entity_id:
        return entity_id.split(":", 1)[1]
    words = [t.lower_ for t in doc[m.start : m.end]]
    if m.type == "igo" and words[-1] in BODY_NOUNS and not UN_WORDS.intersection(words):
        return "GOV"
    return None


def _heads_phrase(doc: Doc, m: NameMatch) -> bool:
    """Whether the body's name ends its noun phrase ("Iran's Security Council said"), not
    modifying a noun after it ("Russia's Security Council veto")."""
    last = doc[m.end - 1]
    return not (last.head.i >= m.end and last.dep_ in ("compound", "amod", "nmod"))


def _owner(doc: Doc, by_end: dict[int, NameMatch], named: set[int], start: int) -> NameMatch | None:
    """The country, capital or organisation named with a possessive before tokens from
    ``start`` ("Iran's", "KRG s" with its apostrophe lost), past up to :data:`MAX_BETWEEN`
    capitalised words of no name ("Supreme")."""
    j = start
    for _ in range(MAX_BETWEEN + 1):
        if j < 2:
            return None
        mark = doc[j - 1]
        if mark.lower_ in POSSESSIVES or mark.text == "s":
            owner = by_end.get(j - 1)
            ok = owner is not None and (owner.type in OWNER_COUNTRY_TYPES or owner.type == "org")
            return owner if ok else None
        if not mark.is_title or mark.i in named:
            return None
        j -= 1
    return None


def body_party_members(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "House Republicans", "Senate Democrats": a legislature's name modifying a party's
    plural name names the party's members there: the party, over both words (so that the
    legislature's word is no actor of its own; the party says more than the legislature,
    whose other members are often the other side: "Democrats criticized Senate
    Republicans")."""
    by_start = {c.start: c for c in chosen if not c.is_place}
    out: list[Candidate] = []
    for body in by_start.values():
        party = by_start.get(body.end)
        if party is None or not body.entity.id.endswith(":LEG") or body.entity.kind != "Group":
            continue
        last, name = doc[body.end - 1], doc[party.end - 1]
        known = gz.entry(doc[party.start : party.end].text)
        if known is None or known.get("org_type") != "party" or name.tag_ != "NNPS":
            continue
        if last.head.i != name.i or last.dep_ != "compound":
            continue
        alias = span_text(doc[body.start : party.end])
        entity = replace(party.entity, aliases=(alias,))
        out.append(Candidate(body.start, party.end, entity, P_GROUP))
    return out
