"""Travel advice and travel bans (``travel-ban``), and visits expected (``expected-visit``).

"Britain advised against all travel to Yemen", "Saudi Arabia banned flights to Qatar", "the US
suspended trips from Cuba": a travel noun (the lexicon's ``<travel>`` class) that is the object
of a curbing act (a ``<travel_curbs>`` verb, suspend or halt, or a verb cue of SANCTIONS or
COERCES with no object noun but the travel noun, ban) or of advice against it (the
``<advise_against>`` class before "against") reduces relations with the country of its
to- or from-phrase (SANCTIONS, CAMEO 160, as the lexicon's ``advise against`` cue). The actor is
the verb's subject, found as for any verb. The same with a curbing noun: "Egypt's ban on
flights to Qatar", "the Russian suspension of flights to Egypt" (the noun's own actor).

"Tillerson is expected in Moscow this week for talks with Russian officials": an actor expected
in a place (the passive of a ``schedule_passives`` verb of :mod:`kgraph.extract.modality_words`
with an in- or at-phrase that names a place, and no infinitive) is on a visit there on its
schedule, which CAMEO codes as an intent to meet (OFFERS 036) from the visitor to the place's
country, and to the partner of a "for talks with" phrase (the lexicon's ``<talks>`` class). A
denial ("is not expected in Moscow") is the triple's negation, as for any verb.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext, owner_entity
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, rule_cue
from kgraph.extract.modality_clauses import is_infinitive
from kgraph.extract.modality_words import SCHEDULE_PASSIVES
from kgraph.extract.rules_nominal_actors import governor, noun_subjects
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import subjects

RULE = "travel-ban"
EXPECTED_RULE = "expected-visit"
# An expected visit: an intent to meet (CAMEO 036) from the visitor.
EXPECTED_CUE = dataclasses.replace(
    rule_cue("OFFERS", "be <schedule_passives> in", "expect"), cameo="036"
)
PLACE_PREPS = frozenset({"in", "at"})
VISITOR_KINDS = frozenset({"Person", "Group", "IGO", "Organization"})
# Acts that curb travel when their object is a travel noun.
CURBING = frozenset({"SANCTIONS", "COERCES"})
DESTINATION_PREPS = frozenset({"to", "from"})


def _curbing_noun(ctx: SentenceContext, noun: Token) -> Token | None:
    """ "a ban on flights to Qatar", "the suspension of flights to Egypt": the curbing noun
    (a noun cue of SANCTIONS or COERCES, or a <sanctions> word) the travel noun belongs to."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in ("on", "of") or head.head.pos_ != "NOUN":
        return None
    curb = head.head
    lemma = curb.lemma_.lower()
    cues = ctx.lexicon.nouns.get(lemma, [])
    if lemma in ctx.lexicon.classes.get("sanctions", frozenset()) or any(
        c.relation in CURBING for c in cues
    ):
        return curb
    return None


def _curbing_verb(ctx: SentenceContext, noun: Token) -> Token | None:
    """The verb that advises against or curbs a travel noun, if any."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "against":
        verb = head.head
        advise = ctx.lexicon.classes.get("advise_against", frozenset())
        return verb if verb.lemma_.lower() in advise else None
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and _curbs(ctx, head, noun):
        return head
    return None


def _curbs(ctx: SentenceContext, verb: Token, noun: Token) -> bool:
    """Whether the verb curbs the travel noun it takes: a <travel_curbs> verb ("suspended
    flights"), or a cue of SANCTIONS or COERCES that is the verb's alone ("banned flights") or
    names the noun as its object. A cue whose object noun is the act ("announce <sanctions>",
    "issue <warrant> for") curbs nothing else: "announced a trip to China" is no ban."""
    if verb.lemma_.lower() in ctx.lexicon.classes.get("travel_curbs", frozenset()):
        return True
    lemma = noun.lemma_.lower()
    return any(
        c.relation in CURBING and (not c.objects or lemma in c.objects)
        for c in verb_cues(ctx, verb)
    )


def _destinations(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Arg]:
    out: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.extend(resolve_targets(ctx, pobj, exclude, allow_place=True))
    return out


def _advice_cue(ctx: SentenceContext) -> Cue | None:
    """The lexicon's ``advise against`` cue, whose codes this rule gives."""
    return next((c for c in ctx.lexicon.verbs.get("advise", []) if c.prep == "against"), None)


def travel_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Travel advice and bans of the sentence (see the module docstring)."""
    travel = ctx.lexicon.classes.get("travel", frozenset())
    cue = None
    for noun in ctx.of_pos("NOUN"):
        if noun.lemma_.lower() not in travel:
            continue
        verb = _curbing_verb(ctx, noun)
        curb = _curbing_noun(ctx, noun) if verb is None else None
        cue = cue or _advice_cue(ctx)
        if cue is None:
            return
        if verb is not None:
            subs, anchor, event = subjects(ctx, verb)[0], verb.i, None
        elif curb is not None:
            # "Riyadh's ban on flights to Qatar", "a ban by Egypt on flights from ..."
            subs = noun_subjects(ctx, curb, set())[0]
            gov = governor(curb)
            anchor, event = (gov.i if gov is not None else curb.i), curb.i
        else:
            continue
        subs = [s for s in subs if s.entity.kind != "Topic"]
        targets = _destinations(ctx, noun, {s.entity.id for s in subs})
        for sub in subs:
            for target in targets:
                if target.entity.kind != "Topic" and target.entity.id != sub.entity.id:
                    yield Candidate(sub, cue.relation, target, cue, RULE, anchor, noun=event)


def _expected_targets(ctx: SentenceContext, verb: Token, exclude: set[str]) -> list[Arg]:
    """The places of an expected visit's in- or at-phrases ("expected in Moscow"), and the
    partners of its "for talks with" phrase."""
    talks = ctx.lexicon.classes.get("talks", frozenset())
    out: list[Arg] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ in PLACE_PREPS:
                for a in resolve_targets(ctx, pobj, exclude, allow_place=True):
                    # "in Moscow": the city's country hosts the visit
                    host = owner_entity(a.entity)
                    if host.kind == "Country" and host.id not in exclude:
                        out.append(dataclasses.replace(a, entity=host))
            elif prep.lower_ == "for" and pobj.lemma_.lower() in talks:
                for with_ in pobj.children:
                    if with_.dep_ == "prep" and with_.lower_ == "with":
                        for partner in with_.children:
                            if partner.dep_ == "pobj":
                                out.extend(resolve_targets(ctx, partner, exclude))
    return out


def expected_visit_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Visits on the visitor's schedule: "Yildirim is expected in Baghdad on Sunday for talks
    with Abadi" -> OFFERS 036 Iraq and Abadi (see the module docstring)."""
    for verb in ctx.of_pos("VERB"):
        if verb.lemma_.lower() not in SCHEDULE_PASSIVES or verb.tag_ != "VBN":
            continue
        children = list(verb.children)
        if not any(c.dep_ == "auxpass" for c in children):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") or is_infinitive(c) for c in children):
            continue  # "is expected to meet": the control rules read it
        subs: list[Arg] = []
        for child in children:
            if child.dep_ == "nsubjpass":
                subs.extend(resolve_all(ctx, child))
        # a visitor, not a crowd ("thousands of Americans are expected in Havana")
        subs = [
            s for s in subs if s.entity.kind in VISITOR_KINDS and not s.entity.id.endswith(":CVL")
        ]
        if not subs:
            continue
        targets = _expected_targets(ctx, verb, {s.entity.id for s in subs})
        for sub in subs:
            seen: set[str] = set()
            for target in targets:
                tid = target.entity.id
                if target.entity.kind == "Topic" or tid == sub.entity.id or tid in seen:
                    continue
                if tid in (sub.entity.country, sub.entity.id.partition(":")[0]):
                    continue  # "Trump is expected in Washington": no visit to one's own country
                seen.add(tid)
                yield Candidate(sub, "OFFERS", target, EXPECTED_CUE, EXPECTED_RULE, verb.i)
