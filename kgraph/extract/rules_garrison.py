"""The stationed-troops rule: troops stationed in another country -> DEPLOYS_TO (CAMEO 074).

================  =====  =====================================================================
rule              base   shape
================  =====  =====================================================================
stationed-troops  0.65   "the United States, which has 28,500 troops stationed in South
                         Korea", "Russia keeps soldiers based in Armenia" (the subject of a verb
                         of keeping whose object is a soldier word with a participle of
                         stationing); "U.S. troops deployed in Japan", "Russian forces based
                         in Syria" (the soldiers themselves, named with their country or its
                         military, with the participle on them)
================  =====  =====================================================================

The soldiers and the stationing are data: the lexicon's ``<garrison>`` (soldier words, not the
wider ``<troops>``: "Boeing has specialists based in China" is no deployment),
``<garrison_verbs>`` (have, keep, maintain) and ``<stationing>`` (stationed, based, deployed,
positioned) classes; the cue is the lexicon's "have <garrison> in" (DEPLOYS_TO, AID, 074), the
row that reads "has 28,500 troops in South Korea" when the in-phrase hangs on the verb of
keeping. A bare in-phrase on soldiers named with their country ("use British troops in
Iraq", "the bloodiest month for US troops in Iraq") names where they are, which CAMEO coders
do not code as a deployment: only the participle of stationing makes one. A place of the
sender's own country is no deployment (``home_deployment`` in
:mod:`kgraph.extract.rules_conflict`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects
from kgraph.model import Entity

RULE = "stationed-troops"
CONFIDENCE = 0.65
PLACE_PREPS = frozenset({"in", "at"})


def _places(prep_holder: Token) -> list[Token]:
    return [
        p
        for prep in prep_holder.children
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _stationed_in(noun: Token, stationing: frozenset[str]) -> list[Token]:
    """The places a soldier noun is stationed in: the objects of the in- or at-phrase of a
    participle of stationing that modifies it ("troops stationed in South Korea")."""
    places: list[Token] = []
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in stationing:
            continue
        places.extend(_places(participle))
    return places


def _national(entity: Entity) -> bool:
    """A country or its armed forces: the soldiers' own state, not a group they serve in."""
    if entity.kind == "Country":
        return True
    return entity.kind == "Group" and entity.id.rpartition(":")[2] == "MIL"


def garrison_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every stationed-troops relation of the sentence."""
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
        kept = noun.dep_ == "dobj" and verb.lemma_.lower() in keeping
        if kept:
            senders = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
            anchor = verb.i
        else:
            # the soldiers named with their country ("U.S. troops deployed in Japan")
            senders = [
                a for a in resolve_all(ctx, noun) if a.via != "owner" and _national(a.entity)
            ]
            anchor = noun.i
        exclude = {s.entity.id for s in senders}
        for place in places:
            for target in resolve_targets(ctx, place, exclude, allow_place=True):
                if target.entity.kind == "Topic":
                    continue
                for sender in senders:
                    yield Candidate(sender, cue.relation, target, cue, RULE, anchor)
