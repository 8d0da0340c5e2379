"""An extradition sought from a country (``sought-extradition``): an appeal to that country.

"India wants to extradite Mallya from Britain", "India is seeking the extradition of Mallya from
Britain", "Ankara has pushed for Gulen's extradition from the United States" -> the seeker
APPEALS_TO (021, an appeal for cooperation) the country of the from-phrase. Only when the
extradition is wanted, sought or asked for (a verb of the lexicon's ``<extradition_seekers>``
takes the infinitive "to extradite" or the noun "extradition" as its object or in its
for-phrase), the from-phrase names a country by its name (not a city: "from London" may be the
city a fugitive lives in, the gazetteer's type of the name must be ``country``), and no
to-phrase sends the person elsewhere ("extradite him from Spain to the United States": the
one who would receive is not the seeker, or the seeker's own country is not named).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import is_passive, subjects
from kgraph.resolve.gazetteer import entry

RULE = "sought-extradition"
# An appeal for material cooperation (judicial help: the handing over of a person).
CAMEO = "021"


def _sought(ctx: SentenceContext, word: Token) -> Token | None:
    """The seeking verb of an extradition word: "wants to extradite", "seeking the extradition",
    "pushed for the extradition"; None when none seeks it."""
    seekers = ctx.lexicon.classes.get("extradition_seekers", frozenset())
    head = word.head
    if word.pos_ == "VERB":
        if word.dep_ != "xcomp" or not any(c.lower_ == "to" for c in word.children):
            return None
    elif word.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        head = head.head
    elif word.dep_ != "dobj":
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() not in seekers or is_passive(head):
        return None
    return head


def _from_country(ctx: SentenceContext, holders: list[Token]) -> list[Arg] | None:
    """The country named by a from-phrase on one of ``holders``; None when a to-phrase is
    there too, [] when no from-phrase names a country by its name."""
    found: list[Arg] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ not in ("prep", "dative"):
                continue
            if prep.lower_ == "to":
                return None
            if prep.lower_ != "from":
                continue
            for pobj in prep.children:
                span = ctx.actor(pobj) if pobj.dep_ == "pobj" else None
                if span is None or span.entity.kind != "Country":
                    continue
                named = entry(ctx.doc[span.start : span.end].text)
                if named is None or named.get("type") != "country":
                    continue
                found.append(Arg(span.entity, span.head))
    return found


def extradition_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Appeals made by seeking an extradition (the module docstring's shape)."""
    words = ctx.lexicon.classes.get("extradition_words", frozenset())
    cues = [c for c in ctx.lexicon.verbs.get("request", []) if c.relation == "APPEALS_TO"]
    if not words or not cues:
        return
    cue = replace(cues[0], cameo=CAMEO)
    for word in ctx.sent:
        if word.lemma_.lower() not in words or word.pos_ not in ("VERB", "NOUN"):
            continue
        verb = _sought(ctx, word)
        if verb is None:
            continue
        # the from-phrase on the word, on its object ("extradite [Mallya from Britain]") or
        # of-phrase, or on the seeking verb
        holders = [word, verb]
        for child in word.children:
            if child.dep_ == "dobj":
                holders.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                holders.extend(p for p in child.children if p.dep_ == "pobj")
        countries = _from_country(ctx, holders)
        if not countries:
            continue
        seekers = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        for seeker in seekers:
            for country in countries:
                if country.entity.id != seeker.entity.id:
                    yield Candidate(seeker, "APPEALS_TO", country, cue, RULE, verb.i)
