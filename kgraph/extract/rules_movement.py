"""Barring people from going back or away restricts their movement (CAMEO 191), not a ban.

CAMEO's "bar" is an administrative sanction (172: "barred Syrian refugees", "barred Trump
lawyers from telling jurors"). Barring people from returning to or leaving a place by force is
restricting their movement (191, "impose blockade, restrict movement"): "U.S. troops barred
crowds from returning to their homes", "police barred the judges from returning to their
offices". The verbs of moving that make it so are data (the lexicon's <barred_moves>); entry
into a country is left a ban ("barred from entering the United States" is a travel ban).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from kgraph.extract.lexicon import Lexicon, in_class
from kgraph.extract.rules_verbal import Candidate

BAR_HEADS = frozenset({"bar"})
RESTRICTED_MOVEMENT = "191"


def movement_bar(cand: Candidate, doc: Doc, lexicon: Lexicon) -> Candidate:
    """The candidate recoded 191 when its verb bars its target from a move (see above)."""
    if cand.noun is not None or cand.relation != "COERCES" or cand.cue.head not in BAR_HEADS:
        return cand
    moves = lexicon.classes.get("barred_moves", frozenset())
    verb = doc[cand.anchor]
    barred = any(
        in_class(obj, moves)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for obj in prep.children
        if obj.dep_ in ("pcomp", "pobj")
    )
    if not barred:
        return cand
    cue = dataclasses.replace(cand.cue, cameo=RESTRICTED_MOVEMENT)
    return dataclasses.replace(cand, cue=cue)
