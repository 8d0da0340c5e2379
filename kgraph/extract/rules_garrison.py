"""The garrison-participle rule: troops stationed in another country -> DEPLOYS_TO (CAMEO 074).

==================  =====  ===================================================================
rule                base   shape
==================  =====  ===================================================================
garrison-participle 0.65   "the United States, which has 28,500 troops stationed in South
                           Korea", "Russia keeps soldiers based in Armenia" (the subject of a
                           verb of keeping whose object is a soldier word with a participle of
                           stationing); "U.S. troops deployed in Japan", "Russian forces based
                           in Syria" (the soldiers themselves, named with their country, with
                           the participle on them)
==================  =====  ===================================================================

The soldiers and the stationing are data: the lexicon's ``<garrison>`` (soldier words, not the
wider ``<troops>``: "Boeing has specialists based in China" is no deployment),
``<garrison_verbs>`` (have, keep, maintain) and ``<stationing>`` (stationed, based, deployed,
positioned) classes; the cue is the lexicon's "have <garrison> in" (DEPLOYS_TO, AID, 074), the
row that reads "has 28,500 troops in South Korea" when the in-phrase hangs on the verb or on
the soldiers. A place of the sender's own country is no deployment (``home_deployment`` in
:mod:`kgraph.extract.rules_conflict`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.rules_args import SentenceContext, resolve_all
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate, subjects

RULE = "garrison-participle"
CONFIDENCE = 0.65
PLACE_PREPS = frozenset({"in", "at"})


def _stationed_in(noun: Token, stationing: frozenset[str]) -> list[Token]:
    """The places a soldier noun is stationed in: the objects of the in- or at-phrase of a
    participle of stationing that modifies it ("troops stationed in South Korea")."""
    places: list[Token] = []
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in stationing:
            continue
        for prep in participle.children:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
                places.extend(p for p in prep.children if p.dep_ == "pobj")
    return places


def garrison_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every garrison-participle relation of the sentence."""
    classes = ctx.lexicon.classes
    garrison = classes.get("garrison", frozenset())
    keeping = classes.get("garrison_verbs", frozenset())
    stationing = classes.get("stationing", frozenset())
    cues = [c for c in ctx.lexicon.verbs.get("have", ()) if c.relation == "DEPLOYS_TO"]
    if not garrison or not stationing or not cues:
        return
    cue = cues[0]
    for noun in ctx.of_pos("NOUN"):
        if noun.lemma_.lower() not in garrison:
            continue
        places = _stationed_in(noun, stationing)
        if not places:
            continue
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in keeping:
            senders = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
            anchor = verb.i
        else:
            # the soldiers named with their country ("U.S. troops deployed in Japan")
            senders = [
                a
                for a in resolve_all(ctx, noun)
                if a.via != "owner" and a.entity.kind in ("Country", "Group")
            ]
            anchor = noun.i
        exclude = {s.entity.id for s in senders}
        for place in places:
            for target in resolve_targets(ctx, place, exclude, allow_place=True):
                if target.entity.kind == "Topic":
                    continue
                for sender in senders:
                    yield Candidate(sender, cue.relation, target, cue, RULE, anchor)
