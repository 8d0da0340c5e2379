"""Entry refused with no refuser named: the passive-entry rule.

``passive-entry`` (0.55): "the head of its military was denied entry to the United States",
"two Venezuelan officials were refused visas to enter Colombia", "the Russian minister was
denied entry into Moldova". A passive of a verb whose lexicon cue has an object of the
``<visas>`` class ("deny <visas> to": a sanction, CAMEO 16), with that object and no by-agent,
is a refusal by the country the patient was to enter: the country named by a to- or
into-phrase on the verb or on the object, or the object of the infinitive "to enter"
("refused visas to enter Colombia"). The passive subject, a person or a group of another
country, is the target. The clause's modality is the verb's ("would face hardship if denied
entry" stays hypothetical; with no country named there is no triple).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.rules_targets import country_of_place
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import by_agent

RULE = "passive-entry"
# Prepositions of the country one is refused entry to.
ENTRY_PREPS = frozenset({"to", "into"})
PATIENT_KINDS = frozenset({"Person", "Group"})
# How the parser hangs "to enter Colombia" on "denied entry" or "refused visas".
CLAUSE_DEPS = frozenset({"xcomp", "acl", "relcl", "advcl"})


def _entered(ctx: SentenceContext, holders: list[Token]) -> Arg | None:
    """The country to be entered: a to/into-phrase on one of ``holders`` ("entry to the United
    States"), or the object of an infinitive of entering on them ("visas to enter Colombia")."""
    place = country_of_place(ctx, holders, ENTRY_PREPS, set())
    if place is not None:
        return place
    entering = ctx.lexicon.classes.get("entry", frozenset())
    for holder in holders:
        for clause in holder.children:
            if (
                clause.dep_ in ("xcomp", "acl", "relcl", "advcl")
                and clause.lemma_.lower() in entering
            ):
                for obj in clause.children:
                    if obj.dep_ == "dobj":
                        found = [a for a in resolve_all(ctx, obj) if a.entity.kind == "Country"]
                        if found:
                            return found[0]
    return None


def entry_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Venezuela's defense minister was denied entry to the United States" -> USA SANCTIONS
    VEN:MIL."""
    visas = ctx.lexicon.classes.get("visas", frozenset())
    for verb in ctx.of_pos("VERB"):
        if not any(c.dep_ == "auxpass" for c in verb.children) or by_agent(verb) is not None:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in visas]
        if not objects:
            continue
        cue = next((c for c in verb_cues(ctx, verb) if c.objects & visas and not c.inverse), None)
        if cue is None:
            continue
        state = _entered(ctx, [verb, *objects])
        if state is None:
            continue
        for child in verb.children:
            if child.dep_ != "nsubjpass":
                continue
            for patient in resolve_all(ctx, child):
                own = patient.entity.country or patient.entity.id.partition(":")[0]
                if patient.entity.kind in PATIENT_KINDS and own != state.entity.id:
                    yield Candidate(state, cue.relation, patient, cue, RULE, verb.i)
