"""Investigations of whether someone did something: the one doing it is the one investigated.

==================  =====  ====================================================================
rule                base   shape
==================  =====  ====================================================================
inquiry-whether     0.60   "Mueller is investigating whether Trump's campaign colluded with
                           Russia", "the committee launched an investigation into whether
                           Clinton mishandled classified information": a verb of an
                           INVESTIGATES cue with a clause of whether or if (its complement, or
                           the into-phrase of its object noun of the lexicon's
                           <investigation> class: "launch <investigation> into"): the
                           clause's active subject, or its owner ("Trump's campaign"), is
                           investigated (INVESTIGATES, CAMEO 09).
                           Not "whether there were ties" (no subject actor) nor a passive
                           clause ("whether any ads were bought by X" names no doer as subject).
==================  =====  ====================================================================
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.lexicon import Cue, in_class
from kgraph.extract.rules_args import SentenceContext
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate, subjects, verb_cues

INQUIRY_WHETHER = "inquiry-whether"
CONFIDENCE = {INQUIRY_WHETHER: 0.60}
# Words that open a clause of what is investigated ("whether", "if").
QUESTION_MARKS = frozenset({"whether", "if"})
# Kinds of actor that can be investigated.
PATIENT_KINDS = frozenset({"Country", "Group", "Person", "Organization"})


def _question(clause: Token) -> bool:
    """Whether ``clause`` is a clause of whether or if ("whether Russia interfered")."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children
    )


def _questioned(ctx: SentenceContext, verb: Token) -> tuple[Cue, Token] | None:
    """The INVESTIGATES cue of ``verb`` and the whether-clause it investigates, or None."""
    cues = [c for c in verb_cues(ctx, verb) if c.relation == "INVESTIGATES" and not c.inverse]
    if not cues:
        return None
    nouns = ctx.lexicon.classes.get("investigation", frozenset())
    for cue in cues:
        if cue.prep is None and not cue.objects and cue.particle is None:
            # "investigating whether Russia tried to sway the election"
            for child in verb.children:
                if child.dep_ == "ccomp" and _question(child):
                    return cue, child
        elif cue.objects and cue.prep == "into":
            # "launched an investigation into whether Clinton mishandled ..."
            for obj in verb.children:
                if obj.dep_ != "dobj" or not in_class(obj, nouns):
                    continue
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ == "into":
                        for clause in prep.children:
                            if clause.dep_ == "pcomp" and _question(clause):
                                return cue, clause
    return None


def inquiry_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Mueller is investigating whether Trump's campaign colluded with Russia" ->
    Mueller INVESTIGATES Trump."""
    for verb in ctx.of_pos("VERB"):
        found = _questioned(ctx, verb)
        if found is None:
            continue
        cue, clause = found
        agents = [a for a in subjects(ctx, verb)[0] if a.entity.kind != "Topic"]
        if not agents:
            continue
        exclude = {a.entity.id for a in agents}
        for subject in clause.children:
            if subject.dep_ != "nsubj":
                continue
            for patient in resolve_targets(ctx, subject, exclude):
                if patient.entity.kind in PATIENT_KINDS:
                    for agent in agents:
                        yield Candidate(agent, cue.relation, patient, cue, INQUIRY_WHETHER, verb.i)
