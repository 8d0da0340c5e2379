"""Acts of state named by a noun with no actor: the state of the place does them.

``nominal-state``: "Annan praised the release of political prisoners in Myanmar" -> MMR
CONCEDES_TO MMR:OPP; "the EU condemned the arrest of three journalists in Egypt" -> EGY
COERCES EGY:MED. An event noun of an act of state (arrest, detention, release, deportation,
investigation: the lexicon's noun cues of COERCES, CONCEDES_TO and INVESTIGATES) with no actor
of its own (no possessive, modifier, by-phrase or light-verb subject) whose patient is in a
country named by an in-phrase (on the noun or on the patient) is done by that country, as
CAMEO coders read a passive act of state. The patient is the cue's of-phrase: an actor, or
people named by a common noun, who are then that country's people ("journalists" -> MED,
"four people" -> CVL).

With no place, an arrest, charge, trial or sentence (a noun cue of CAMEO 173) is done by the
patient's own state, as the passive ``person-home-state`` of :mod:`kgraph.extract.rules_coerce`
reads "Demirtas was arrested": "the indictment of former Brazilian President Lula" -> BRA
COERCES Lula, "Hastert's sentencing" -> USA COERCES Hastert (a possessive with no of-phrase is
the patient, not the actor). The patient is a person whose country is known or a home
institution (rules_state.home_state), else a person of no country in an article whose
dateline names the only country it is about (rules_state.dateline_state). A trial abroad is
the commonest misreading, so the article's dateline, when it names a country, and every
country the sentence names must be the state's own ("the trial of a Turkish banker" filed
from New York gives nothing).

A noun the sentence asks for, hopes for or rejects ("called for the release of prisoners in
Iran") names no act that happened: such a governing verb gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext, prep_objects, sector_entity
from kgraph.extract.lexicon import Cue, words
from kgraph.extract.rules_nominal_actors import (
    governor,
    noun_subjects,
)
from kgraph.extract.rules_patient import people_sector
from kgraph.extract.rules_state import article_dateline, dateline_state, home_state, unplaced
from kgraph.extract.rules_targets import IN_PREPS, country_of_place, resolve_targets
from kgraph.extract.rules_verbal import Candidate, verb_cues

RULE = "nominal-state"
STATE_NOUN_RELATIONS = frozenset({"COERCES", "CONCEDES_TO", "INVESTIGATES"})
# Governing verbs whose object noun has not happened ("demanded the release of ...").
UNREALIZED_RELATIONS = frozenset(
    {"DEMANDS", "APPEALS_TO", "OFFERS", "REJECTS", "WARNS", "NEGOTIATES_WITH", "AGREES_WITH"}
)
UNREALIZED_VERBS = words(
    "seek want call urge demand ask press push hope expect plan request order threaten "
    "propose consider prevent block oppose fear"
)


def _unrealized(ctx: SentenceContext, noun: Token) -> bool:
    gov = governor(noun)
    if gov is None:
        return False
    if gov.lemma_.lower() in UNREALIZED_VERBS:
        return True
    return any(c.relation in UNREALIZED_RELATIONS for c in verb_cues(ctx, gov))


def _patients(ctx: SentenceContext, noun: Token, cue: Cue, home: Arg) -> list[Arg]:
    out: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != cue.prep:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            sector = people_sector(pobj, places=True) if ctx.actor(pobj) is None else None
            if sector is not None:  # "three journalists in Egypt": the place's people
                out.append(Arg(sector_entity(home.entity, sector), pobj.i, "owner", 1))
            else:
                out.extend(resolve_targets(ctx, pobj, {home.entity.id}))
    return out


def _home_patients(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """Who an actorless arrest, charge or trial noun is done to: its of-phrase ("the
    indictment of Lula"), else its possessive ("Hastert's sentencing", "his detention"); a
    person or a group, no country or place. None when the noun has an actor of its own."""
    subs, rule = noun_subjects(ctx, noun, set())
    objects = prep_objects(noun, "of")
    if subs and (rule != "nominal-poss" or objects):
        return []  # "Turkey's arrest of journalists", "the arrest of X by police"
    found = [a for pobj in objects for a in resolve_targets(ctx, pobj, set())] or (
        [] if objects else subs
    )
    return [a for a in found if a.entity.kind in ("Person", "Group")]


def _foreign_country(ctx: SentenceContext, state: Arg) -> bool:
    """Whether the article's dateline or the sentence names a country other than the state's:
    the trial or arrest may be there ("NEW YORK - ... the trial of a Turkish banker")."""
    own = state.entity.id
    _, iso3 = article_dateline(ctx.doc)
    if iso3 is not None and iso3 != own:
        return True
    for actor in ctx.actors:
        if ctx.sent.start <= actor.start < ctx.sent.end:
            entity = actor.entity
            code = entity.country or (entity.id if entity.kind == "Country" else "")
            if code and code.split(":")[0] != own:
                return True
    return False


def _home_state_candidates(ctx: SentenceContext, noun: Token, cue: Cue) -> Iterator[Candidate]:
    """An arrest, charge, trial or sentence noun with no actor and no place: the patient's
    own state (see the module docstring)."""
    if not cue.cameo.startswith("173") or not unplaced(ctx, noun, prep_objects(noun, "of")):
        return
    gov = governor(noun)
    anchor = gov.i if gov is not None else noun.i
    for patient in _home_patients(ctx, noun):
        state = home_state(patient)
        if state is None and patient.entity.kind == "Person":
            state = dateline_state(ctx, patient)
        if state is None or state.entity.id == patient.entity.id:
            continue
        if _foreign_country(ctx, state):
            continue
        yield Candidate(state, cue.relation, patient, cue, RULE, anchor, noun=noun.i)


def _place(ctx: SentenceContext, noun: Token) -> Arg | None:
    holders = [noun]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            holders.extend(p for p in prep.children if p.dep_ == "pobj")
    return country_of_place(ctx, holders, IN_PREPS, set())


def nominal_state_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Acts of state named by actorless nouns (see the module docstring)."""
    nouns = ctx.lexicon.nouns
    for noun in ctx.of_pos("NOUN"):
        cues = [
            c
            for c in nouns.get(noun.lemma_.lower(), ())
            if c.relation in STATE_NOUN_RELATIONS and c.prep == "of" and not c.inverse
        ]
        if not cues or ctx.actor(noun) is not None or _unrealized(ctx, noun):
            continue
        home = _place(ctx, noun)
        if home is None:
            yield from _home_state_candidates(ctx, noun, cues[0])
            continue
        if noun_subjects(ctx, noun, set())[0]:
            continue
        gov = governor(noun)
        anchor = gov.i if gov is not None else noun.i
        cue = cues[0]
        for patient in _patients(ctx, noun, cue, home):
            if patient.entity.id != home.entity.id and patient.entity.kind != "Topic":
                yield Candidate(home, cue.relation, patient, cue, RULE, anchor, noun=noun.i)
