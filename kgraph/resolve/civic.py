"""Civic and state actors named by a common noun alone: the article's own country's.

"The Treasury would like to see ...", "a plan soundly opposed by taxpayers", "urging the
public to stay clear", "voters rejected the plan": a state body named as a proper noun
alone, or a country's people named by a plural noun, with no demonym, possessive or place
that names the country (those are read by :mod:`kgraph.resolve.groups` and
:mod:`kgraph.resolve.roles`). The words are data: ``data/civic_nouns.tsv``.

The country is the article's own: its dateline's, else the one its names make dominant. A
people noun takes it only when its sentence names no actor or place of another country
("Russia tried to sway voters" in an American story may be any country's, and "journalists
killed in Syria" may be anyone); a body ("the Treasury") acts on the others its sentence
names, so they do not matter. The noun runs after every other reading of it ("the
journalists" an article named before as a news agency's stay the agency's).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from kgraph.resolve import gazetteer as gz
from kgraph.resolve.groups import dominant_country, supranational
from kgraph.resolve.matcher import P_BARE, Candidate, span_text, with_the

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CIVIC_RESOURCE = "civic_nouns.tsv"
# Dependencies of a noun that modifies another ("Treasury yields", "voter turnout").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions that place or own people ("students from Hong Kong", "voters in Iraq"):
# read by the place rules, and unclear when they left the noun without a country.
PLACING = frozenset({"in", "from", "of", "at", "across", "throughout", "inside"})


@functools.lru_cache(maxsize=1)
def nouns() -> dict[str, tuple[str, str]]:
    """``{word: (code, kind)}`` from ``data/civic_nouns.tsv``."""
    text = resources.files("kgraph.data").joinpath(CIVIC_RESOURCE).read_text("utf-8")
    return parse(text)


def parse(text: str) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word, code, kind = (c.strip() for c in line.split("\t")[:3])
        if kind in ("body", "people"):
            found[word.lower()] = (code, kind)
    return found


def civic_groups(doc: Doc, chosen: list[Candidate], dateline: str | None) -> list[Candidate]:
    """Groups of the civic nouns no other rule placed (see the module notes)."""
    words = nouns()
    taken = {i for c in chosen for i in range(c.start, c.end)}
    actors = [c for c in chosen if not c.is_place and (c.entity.country or "").isupper()]
    home = dateline or dominant_country(str(c.entity.country) for c in actors)
    if home is None:
        return []
    out: list[Candidate] = []
    for token in doc:
        found = words.get(token.lower_)
        if found is None or token.i in taken:
            continue
        code, kind = found
        named = kind == "body" and _body(token)
        if not named and not (kind == "people" and _people(token)):
            continue
        if kind == "people" and not _home_sentence(token, chosen, home):
            continue
        entity = gz.group(home, code, span_text(doc[token.i : token.i + 1]))
        out.append(Candidate(with_the(doc, token.i), token.i + 1, entity, P_BARE))
    return out


def _body(token: Token) -> bool:
    """ "the Treasury": a capitalised body noun after "the", heading its phrase ("Treasury
    yields", "Treasury Secretary" are no body acting)."""
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return token.text[:1].isupper() and previous == "the" and token.dep_ not in MODIFIER_DEPS


def _people(token: Token) -> bool:
    """A people noun heading its phrase, no one's but a country's: no possessive ("their
    voters"), no noun or place adjective making other people ("college students", "European
    voters", "foreign journalists"), no place phrase ("voters in Iraq"). "public" only as a
    noun after "the" ("the public", not "the public debt")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in MODIFIER_DEPS:
        return False
    if token.lower_ == "public":
        previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        return previous == "the" and token.pos_ == "NOUN"
    if token.ent_type_ or supranational(token):
        return False
    not_local = gz.role_words("not_local")
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.i < token.i):
            return False
        if child.dep_ in ("amod", "nmod") and (not child.is_lower or child.lower_ in not_local):
            return False
        if child.dep_ == "prep" and child.lower_ in PLACING:
            return False
    return True


def _home_sentence(token: Token, chosen: list[Candidate], home: str) -> bool:
    """Whether the sentence of a people noun names no actor or place of a country but
    ``home`` ("journalists were killed in Syria, the State Department said" in an American
    story may be anyone's)."""
    sent = token.sent
    named = {c.entity.country for c in chosen if sent.start <= c.start < sent.end}
    named.discard(None)
    return named <= {home}
