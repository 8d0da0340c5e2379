"""Travel advice and travel bans: the country travel goes to is the target (``travel-ban``).

"Britain advised against all travel to Yemen", "Saudi Arabia banned flights to Qatar", "the US
suspended trips from Cuba": a travel noun (the lexicon's ``<travel>`` class) that is the object
of a curbing act (a verb cue of SANCTIONS or COERCES: ban, suspend, halt) or of advice against
it (the ``<advise_against>`` class before "against") reduces relations with the country of its
to- or from-phrase (SANCTIONS, CAMEO 160, as the lexicon's ``advise against`` cue). The actor is
the verb's subject, found as for any verb. The same with a curbing noun: "Egypt's ban on
flights to Qatar", "the Russian suspension of flights to Egypt" (the noun's own actor).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.lexicon import Cue
from kgraph.extract.rules_nominal_actors import governor, noun_subjects
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import subjects

RULE = "travel-ban"
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
    curbing = any(c.relation in CURBING for c in verb_cues(ctx, head))
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and curbing:
        return head
    return None


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
