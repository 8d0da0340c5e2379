"""The copula-adjective rule: "X is critical of Y" -> X CRITICIZES Y.

=================  =====  ===================================================================
rule               base   shape
=================  =====  ===================================================================
copula-adjective   0.65   "Sanders has been critical of Clinton", "Germany remains opposed to
                          the plan of the US", "Iran was not supportive of the rebels"
                          (negated): an ``adj`` cue of the lexicon as the complement of a
                          copula (be, remain, become ...); the actor is the copula's subject
                          (as for any verb: conjoined, controlled, relative), the target the
                          object of the cue's preposition on the adjective. Modality and
                          negation are the copula's.
=================  =====  ===================================================================
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.lexicon import words
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects
from kgraph.extract.rules_verbal_targets import TOPIC_RELATIONS

RULE = "copula-adjective"
CONFIDENCE = 0.65
# Verbs that link a subject to an adjective describing its stance.
COPULAS = words("be remain become grow stay seem appear sound")


def adjective_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every copula-adjective relation of the sentence."""
    adjectives = ctx.lexicon.adjectives
    if not adjectives:
        return
    for adj in ctx.sent:
        cues = adjectives.get(adj.lemma_.lower()) or adjectives.get(adj.lower_)
        if not cues:
            continue
        first = adj  # "is hostile to NATO and grateful to China": the first conjunct's copula
        while first.dep_ == "conj" and first.head.pos_ == "ADJ":
            first = first.head
        if first.dep_ != "acomp" or first.head.lemma_.lower() not in COPULAS:
            continue
        copula = first.head
        subs, _ = subjects(ctx, copula)
        if not subs:
            continue
        exclude = {s.entity.id for s in subs}
        for cue in cues:
            pobjs = [
                pobj
                for prep in adj.children
                if prep.dep_ == "prep" and prep.lower_ == cue.prep
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
            if not pobjs:
                continue
            topics = cue.relation in TOPIC_RELATIONS
            for pobj in pobjs:
                for target in resolve_targets(ctx, pobj, exclude, topics=topics):
                    for sub in subs:
                        if sub.entity.id != target.entity.id:
                            yield Candidate(sub, cue.relation, target, cue, RULE, copula.i)
            break
