"""The seized-power rule: armed forces taking power -> COERCES their country's government.

============  =====  =========================================================================
rule          base   shape
============  =====  =========================================================================
seized-power  0.60   "the army seized power on Wednesday", "the Thai military took power in a
                     2014 coup", "rebels grabbed power": a verb of taking (the lexicon's
                     <power_seizing> class) whose direct object is "power" and whose subject
                     is a country's armed forces or rebels (a MIL or REB group) coerces that
                     country's government (CAMEO 170, as coders read a coup). "take power"
                     alone is also a succession ("Kim Jong Un took power in 2011"), so it
                     needs a coup word in the clause (the lexicon's <coups>).
============  =====  =========================================================================

The verbs are a class, not cue rows: a hand cue of "take" or "grab" would hide their CAMEO
meanings and read as a curb wherever the verb's cues are asked for ("took a trip").

A person or a party taking power is no coup here ("Macron took power in May"): only armed
groups; "seized power in Gaza" is still the armed group's own government, as CAMEO coders
code it with no target named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.lexicon import Cue, in_class, rule_cue
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects
from kgraph.resolve.gazetteer import group

RULE = "seized-power"
CONFIDENCE = 0.60
POWER = "power"
COUP_CAMEO = "170"
# Sectors whose taking of power is a coup: the armed forces and armed rebels.
COUP_SECTORS = frozenset({"MIL", "REB"})
# Verbs of taking whose "take power" is also an ordinary succession: they need a coup word.
SUCCESSION_HEADS = frozenset({"take"})


def _power_cue(ctx: SentenceContext, verb: Token) -> tuple[Cue, Token] | None:
    """The cue of a verb of seizing power, and the verb's direct object "power"."""
    if not in_class(verb, ctx.lexicon.classes.get("power_seizing", frozenset())):
        return None
    power = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == POWER), None)
    if power is None:
        return None
    cue = rule_cue("COERCES", f"{verb.lemma_.lower()} power", verb.lemma_.lower())
    return dataclasses.replace(cue, cameo=COUP_CAMEO), power


def _in_coup(ctx: SentenceContext, verb: Token) -> bool:
    """Whether a coup word hangs on the verb's clause ("took power in a 2014 coup")."""
    coups = ctx.lexicon.classes.get("coups", frozenset())
    return any(in_class(t, coups) for t in verb.subtree)


def coup_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every seized-power relation of the sentence."""
    for verb in ctx.of_pos("VERB"):
        found = _power_cue(ctx, verb)
        if found is None:
            continue
        cue, power = found
        if cue.head in SUCCESSION_HEADS and not _in_coup(ctx, verb):
            continue
        for subject in subjects(ctx, verb)[0]:
            code, _, sector = subject.entity.id.partition(":")
            if subject.entity.kind != "Group" or sector not in COUP_SECTORS or not code:
                continue
            # the power taken stands for the government that held it
            government = Arg(group(code, "GOV"), power.i, "owner", 1)
            yield Candidate(subject, cue.relation, government, cue, RULE, verb.i)
