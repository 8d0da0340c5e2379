"""Acts of state on people: custody phrases and passives whose state is not named as an actor.

==================  =====  ====================================================================
rule                base   shape
==================  =====  ====================================================================
custody-phrase      0.75   "the police took them into custody", "Saeed was placed under house
                           arrest by the court", "two suspects taken into custody by Turkish
                           police": a verb of putting or holding (the lexicon's
                           <custody_verbs>) with a phrase of confinement (<custody_nouns>:
                           "into custody", "under house arrest", "in jail", "to prison", "on
                           trial") arrests its object, or its passive subject (COERCES, CAMEO
                           173). With no agent the state is read as by the rules below.
custody-state       0.55   "Saeed was placed under house arrest in Pakistan": the same with no
                           agent; the country of the place, else the home state as below.
person-home-state   0.50   "Demirtas was arrested on Nov. 4", "Fernandez was indicted for
                           treason": a passive arrest, charge or sentence (a COERCES cue of
                           CAMEO 173) of a person whose country is known (a title named it, or
                           the owner of a home-sector title in apposition: "Indonesia's
                           parliament speaker, Setya Novanto") with no agent and no place: the
                           person's own state. Not for an expulsion
                           (the expelled are foreigners) nor when the verb has a place phrase
                           that names no country ("was arrested in the town of X").
agent-home-state    0.55   "a Malaysian opposition leader was detained by anti-corruption
                           authorities": a by-agent that is an unnamed state body (a state
                           sector noun of ``SECTORS``: authorities, police, court, prosecutors)
                           with no country of its own takes the country of the place, else the
                           patient's own (a home institution, or a person with a country):
                           MYS:GOV COERCES MYS:OPP.
ordered-participle  0.65   "Obama ordered 35 Russian diplomats expelled", "ordered the mayor
                           arrested": a verb of ordering (the lexicon's <ordering_verbs>) whose
                           object carries the participle of a COERCES cue with no agent: the
                           one ordering does the act to the object.
facing-charges      0.50   "the officials face corruption charges", "Iranians facing trial in the
                           United States", "journalists went on trial": those who face a charge
                           or trial (the lexicon's <jeopardy_verbs> and <jeopardy_nouns>) are
                           charged (COERCES 173) by the state of the place, else by their own
                           (a home institution, or a person with a country).
participle-state    0.50   "a British charity worker jailed in Iran": a participle of arrest
                           (a COERCES 173 cue) on an actor, with no agent and an in-place: the
                           state of the place (rules_implicit reads finite passives).
nested-place-state  0.50   "the journalist was detained at his home in Istanbul", "was held in a
                           jail in the city of Edirne", "arrested at Istanbul airport": a passive
                           act of state with no agent whose place is named one phrase down (an
                           at-phrase, a place noun's in-phrase, a settlement's of-phrase): the
                           state of that place (rules_state.nested_place).
dateline-state      0.45   "NAIROBI (Reuters) - ... Bello was arrested on Friday": a passive
                           arrest, charge or sentence of a person with no agent, no place and no
                           country of their own: the dateline's country, only when the article
                           names it at least twice as often as any other and the sentence names
                           no other (rules_state.dateline_state).
speaker-state       0.45   "Mesmari was later arrested, according to the Interior Ministry",
                           "Bello was arrested on Friday, Egyptian police said": a passive act of
                           state with no agent whose state none of the rules above finds, that a
                           state body (a GOV, COP, JUD, SPY or MIL group) reports (the subject
                           of the speaking verb whose that-clause holds it, a spokesperson's
                           body, or an according-to phrase): that body did it
                           (rules_state.speaker_state).
among-those         0.55   "Chombo, who was among those detained by the military", "Bello was
                           among those arrested by police": the subject of a clause "among those
                           <participle> by X" (a direct COERCES or ATTACKS cue with a by-agent)
                           undergoes the act: X COERCES (ATTACKS) the subject.
==================  =====  ====================================================================

Who the unnamed state is (the place's, the patient's own, an unnamed by-agent's sector) is
:mod:`kgraph.extract.rules_state`. The words are data: the lexicon's ``<custody_verbs>``,
``<custody_nouns>``, ``<state_bodies>``, ``<ordering_verbs>``, ``<jeopardy_verbs>``,
``<jeopardy_nouns>`` and ``<crime_gerunds>`` classes. The passive-state and
passive-home-state rules of :mod:`kgraph.extract.rules_implicit` read the other passives of
state (with a place, or a home institution and no agent). The legal acts of
:mod:`kgraph.extract.rules_inquiry` (investigations of whether someone did something) are read
with this module's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import (
    Arg,
    SentenceContext,
    sector_entity,
)
from kgraph.extract.args_plural import (
    resolve_all,
)
from kgraph.extract.lexicon import (
    Cue,
    in_class,
    rule_cue,
)
from kgraph.extract.rules_inquiry import CONFIDENCE as INQUIRY_CONFIDENCE
from kgraph.extract.rules_inquiry import (
    inquiry_candidates,
)
from kgraph.extract.rules_state import (
    dateline_state,
    home_state,
    nested_place,
    patient_args,
    speaker_state,
    title_country,
    unnamed_state_agent,
    unplaced,
)
from kgraph.extract.rules_targets import IN_PREPS, country_of_place
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive, subjects
from kgraph.ontology import COERCIVE_SECTORS

CUSTODY = "custody-phrase"
CUSTODY_STATE = "custody-state"
PERSON_STATE = "person-home-state"
AGENT_STATE = "agent-home-state"
PARTICIPLE_STATE = "participle-state"
ORDERED = "ordered-participle"
FACING = "facing-charges"
NESTED_STATE = "nested-place-state"
DATELINE_STATE = "dateline-state"
SPEAKER_STATE = "speaker-state"
AMONG = "among-those"
CONFIDENCE = {
    CUSTODY: 0.75,
    CUSTODY_STATE: 0.55,
    PERSON_STATE: 0.50,
    AGENT_STATE: 0.55,
    ORDERED: 0.65,
    FACING: 0.50,
    NESTED_STATE: 0.50,
    DATELINE_STATE: 0.45,
    SPEAKER_STATE: 0.45,
    AMONG: 0.55,
    PARTICIPLE_STATE: 0.50,
    **INQUIRY_CONFIDENCE,
}
# an arrest or detention (CAMEO 173)
CUSTODY_CUE = dataclasses.replace(
    rule_cue("COERCES", "<custody_verbs> into <custody_nouns>", "take"), cameo="173"
)
# a charge or trial faced (CAMEO 173: "face charges", "stand trial")
FACING_CUE = dataclasses.replace(
    rule_cue("COERCES", "<jeopardy_verbs> <jeopardy_nouns>", "face"), cameo="173"
)
# Prepositions of a phrase of confinement: "into custody", "under house arrest", "to prison",
# "on remand", "on trial".
CUSTODY_PREPS = frozenset({"into", "in", "under", "to", "behind", "on"})


def _custody_phrase(ctx: SentenceContext, verb: Token) -> Token | None:
    """The confinement noun of "took X into custody", "placed under house arrest", "sent to
    prison" on a verb of the lexicon's <custody_verbs>, or None."""
    classes = ctx.lexicon.classes
    if verb.lemma_.lower() not in classes.get("custody_verbs", frozenset()):
        return None
    nouns = classes.get("custody_nouns", frozenset())
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in CUSTODY_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and in_class(pobj, nouns):
                    return pobj
    return None


def _acts_of_state(
    ctx: SentenceContext, verb: Token, cue: Cue, confinement: list[Token], custody: bool
) -> Iterator[Candidate]:
    """A passive act of state with no named actor: the state of the place, else the
    patient's own state (see the table)."""
    patients = patient_args(ctx, verb, set())
    if not patients:
        return
    place = country_of_place(ctx, [verb, *confinement], IN_PREPS, set())
    sector = unnamed_state_agent(ctx, verb)
    agent = by_agent(verb)
    if agent is not None and sector is None:
        return  # a named agent: the passive-agent rules read it
    nested = nested_place(ctx, verb, confinement) if place is None else None
    for patient in patients:
        state = place or nested
        dated = False
        if state is None and not cue.expels and unplaced(ctx, verb, confinement):
            state = home_state(patient, title_country(ctx, verb))
            if state is None and patient.entity.kind == "Person":
                state = dateline_state(ctx, patient)
                dated = state is not None
        if state is None and sector is None:
            speaker = speaker_state(ctx, verb)
            if speaker is not None and speaker.entity.id != patient.entity.id:
                yield Candidate(speaker, cue.relation, patient, cue, SPEAKER_STATE, verb.i)
            continue
        if state is None:
            continue
        if sector is not None:
            actor = Arg(sector_entity(state.entity, sector), state.token, "owner", 1)
            rule = AGENT_STATE
        elif custody:
            actor, rule = state, CUSTODY_STATE
        elif nested is not None:
            actor, rule = state, NESTED_STATE
        elif dated:
            actor, rule = state, DATELINE_STATE
        elif place is None and patient.entity.kind == "Person":
            actor, rule = state, PERSON_STATE
        else:
            continue  # a place or a home institution: rules_implicit reads it
        if actor.entity.id != patient.entity.id:
            yield Candidate(actor, cue.relation, patient, cue, rule, verb.i)


def _participle_state(ctx: SentenceContext, verb: Token, cue: Cue) -> Iterator[Candidate]:
    """ "a British charity worker jailed in Iran": a participle of arrest on an actor, with no
    agent and a place: the state of the place."""
    if by_agent(verb) is not None:
        return
    place = country_of_place(ctx, [verb], IN_PREPS, set()) or nested_place(ctx, verb, [])
    if place is None:
        return
    for patient in patient_args(ctx, verb, {place.entity.id}):
        yield Candidate(place, cue.relation, patient, cue, PARTICIPLE_STATE, verb.i)


def _ordered_candidates(ctx: SentenceContext, verb: Token) -> Iterator[Candidate]:
    """ "Obama ordered 35 Russian diplomats expelled", "ordered the mayor arrested": a verb of
    the lexicon's <ordering_verbs> whose direct object carries a participle of an act of state
    (a direct COERCES cue) with no agent: the one ordering does it to the object."""
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("ordering_verbs", frozenset()):
        return
    for part, patient in _ordered_participles(verb):
        if by_agent(part) is not None:
            continue
        cue = next(
            (c for c in verb_cues(ctx, part) if c.relation == "COERCES" and _direct(c)), None
        )
        if cue is None:
            continue
        subs = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        exclude = {s.entity.id for s in subs}
        for arg in resolve_all(ctx, patient, exclude):
            if arg.entity.kind in ("Person", "Group", "Organization"):
                for sub in subs:
                    yield Candidate(sub, cue.relation, arg, cue, ORDERED, verb.i)


def _ordered_participles(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(participle, patient) of "ordered X expelled": a participle on the direct object, or
    the parser's clause with X for its subject and no object or auxiliary of its own."""
    for child in verb.children:
        if child.dep_ == "dobj":
            for part in child.children:
                if part.dep_ in ("acl", "amod") and part.tag_ == "VBN" and part.i > child.i:
                    yield part, child
        elif child.dep_ == "ccomp" and child.tag_ in ("VBN", "VBD"):
            deps = {c.dep_ for c in child.children}
            if deps & {"dobj", "aux", "auxpass", "mark"}:
                continue
            for subject in child.children:
                if subject.dep_ == "nsubj" and subject.i < child.i:
                    yield child, subject


def _direct(cue: Cue) -> bool:
    return cue.prep is None and not cue.objects and cue.particle is None and not cue.inverse


def _jeopardy(ctx: SentenceContext, verb: Token) -> Token | None:
    """The charge or trial a subject undergoes: "face charges", "stand trial", "went on
    trial" (a verb of the lexicon's <jeopardy_verbs> with a noun of <jeopardy_nouns> for its
    object, or in an on-phrase), or None."""
    classes = ctx.lexicon.classes
    if verb.lemma_.lower() not in classes.get("jeopardy_verbs", frozenset()):
        return None
    nouns = classes.get("jeopardy_nouns", frozenset())
    for child in verb.children:
        if child.dep_ == "dobj" and in_class(child, nouns):
            return child
        if child.dep_ == "prep" and child.lower_ == "on":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and in_class(pobj, nouns):
                    return pobj
    return None


def _facing_candidates(ctx: SentenceContext, verb: Token, noun: Token) -> Iterator[Candidate]:
    """ "The officials face corruption charges", "Iranians facing trial in the United States":
    those who face a charge or trial are charged by the state of the place, else by their own
    (a home institution, or a person with a country)."""
    place = country_of_place(ctx, [verb, noun], IN_PREPS, set())
    for patient in subjects(ctx, verb)[0]:
        if patient.entity.kind not in ("Person", "Group", "Organization"):
            continue
        state = place
        if state is None and unplaced(ctx, verb, [noun]):
            state = home_state(patient)
        if state is not None and state.entity.id != patient.entity.id:
            yield Candidate(state, "COERCES", patient, FACING_CUE, FACING, verb.i)


def _custody_candidates(ctx: SentenceContext, verb: Token, noun: Token) -> Iterator[Candidate]:
    unnamed = by_agent(verb) is None or unnamed_state_agent(ctx, verb) is not None
    if is_passive(verb) and unnamed:
        yield from _acts_of_state(ctx, verb, CUSTODY_CUE, [noun], custody=True)
        return
    subs = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
    exclude = {s.entity.id for s in subs}
    for patient in patient_args(ctx, verb, exclude):
        for sub in subs:
            yield Candidate(sub, "COERCES", patient, CUSTODY_CUE, CUSTODY, verb.i)


def _tasked(ctx: SentenceContext, verb: Token) -> bool:
    """ "Ryan will be charged with opening the event": "charged with" a task (a gerund not of
    the lexicon's <crime_gerunds>: committing, plotting, helping ...) is no criminal charge."""
    if verb.lemma_.lower() != "charge":
        return False
    crimes = ctx.lexicon.classes.get("crime_gerunds", frozenset())
    return any(
        word.tag_ == "VBG" and word.lemma_.lower() not in crimes
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for word in prep.children
        if word.dep_ in ("pcomp", "pobj")
    )


def _state_cue(ctx: SentenceContext, verb: Token) -> Cue | None:
    """The verb's direct COERCES cue of an arrest, charge or sentence (CAMEO 173), if any."""
    if _tasked(ctx, verb):
        return None
    for cue in verb_cues(ctx, verb):
        if (
            cue.relation == "COERCES"
            and cue.cameo.startswith("173")
            and cue.prep is None
            and not cue.objects
            and cue.particle is None
            and not cue.inverse
        ):
            return cue
    return None


def diplomats_expelled(cand: Candidate, ctx: SentenceContext) -> bool:
    """ "The United States expelled 15 Cuban diplomats", "Britain's expulsion of Russian
    diplomats": an expulsion (CAMEO 174) of envoys (the lexicon's <envoys>: diplomats,
    ambassadors ...) reduces relations with their state (SANCTIONS, CAMEO 161, as CAMEO's
    "expel diplomat"); relations.py recodes it."""
    if cand.relation != "COERCES" or not cand.cue.expels:
        return False
    return in_class(ctx.doc[cand.object.token], ctx.lexicon.classes.get("envoys", frozenset()))


def _among_candidates(ctx: SentenceContext, verb: Token) -> Iterator[Candidate]:
    """ "Chombo, who was among those detained by the military": the subject of the clause of
    "among those <participle> by X" undergoes the participle's act (a direct COERCES or
    ATTACKS cue), done by X."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return
    among = verb.head.head
    if verb.head.dep_ != "pobj" or among.lower_ != "among" or among.dep_ != "prep":
        return
    agent = by_agent(verb)
    if agent is None:
        return
    cue = next(
        (c for c in verb_cues(ctx, verb) if c.relation in ("COERCES", "ATTACKS") and _direct(c)),
        None,
    )
    if cue is None:
        return
    doers = resolve_all(ctx, agent)
    exclude = {d.entity.id for d in doers}
    for subject in (c for c in among.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        for patient in resolve_all(ctx, subject, exclude):
            if patient.entity.kind not in ("Person", "Group", "Organization"):
                continue
            for doer in doers:
                yield Candidate(doer, cue.relation, patient, cue, AMONG, verb.i)


def coerce_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every relation of the sentence read by this module's shapes, and by
    :mod:`kgraph.extract.rules_inquiry` (investigations of whether someone did something)."""
    yield from inquiry_candidates(ctx)
    for verb in ctx.of_pos("VERB"):
        yield from _ordered_candidates(ctx, verb)
        yield from _among_candidates(ctx, verb)
        charge = _jeopardy(ctx, verb)
        if charge is not None:
            yield from _facing_candidates(ctx, verb, charge)
            continue
        noun = _custody_phrase(ctx, verb)
        if noun is not None:
            yield from _custody_candidates(ctx, verb, noun)
            continue
        if not is_passive(verb) or verb.dep_ == "amod":
            continue
        cue = _state_cue(ctx, verb)
        if cue is None:
            continue
        if verb.dep_ == "acl":
            yield from _participle_state(ctx, verb, cue)
        else:
            yield from _acts_of_state(ctx, verb, cue, [], custody=False)


def state_obstruction(cand: Candidate) -> bool:
    """ "Israeli forces blocked main roads in Gaza", "police blocked the convoy": passage
    obstructed (CAMEO 144, a protest when demonstrators do it) by a state, its forces or its
    officials restricts movement (COERCES, CAMEO 191, "impose blockade, restrict movement");
    relations.py recodes it."""
    if cand.relation != "PROTESTS" or not (cand.cue.cameo or "").startswith("144"):
        return False
    subject = cand.subject.entity
    sector = subject.id.partition(":")[2] if subject.kind == "Group" else ""
    return subject.kind == "Country" or sector in COERCIVE_SECTORS
