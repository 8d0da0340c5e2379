"""Investigations of whether someone did something, and of whoever is under scrutiny.

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
under-scrutiny      0.60   "Yahoo came under scrutiny by federal investigators", "Trump's
                           handling of the information came under congressional scrutiny",
                           "the office brought Trump's foundation under scrutiny": one under a
                           noun of the lexicon's <scrutiny_nouns> (scrutiny, investigation ...)
                           is investigated by the actor of the noun's by- or from-phrase (on
                           the noun or the verb), or of an actor modifying the noun
                           ("congressional", "FBI"); with an object ("brought X under"), by
                           the verb's subject. The one under it is the verb's object, else its
                           subject, or the noun the phrase modifies ("a general under
                           investigation by X"). With no agent named, an adjective of a
                           state body ("congressional", "parliamentary": ``BODY_ADJECTIVES``)
                           on the noun is that body of the patient's own country, for a person
                           or a home institution (GOV, LEG, JUD, OPP) with a country ("Trump's
                           handling ... came under congressional scrutiny": USA:LEG); not for a
                           company (its country need not be the scrutinising one's). Else no
                           triple.
inquiry-doer        0.55   "the committee opened an inquiry into alleged misconduct by Senator
                           X", "the inspector general opened an investigation into travels by
                           Secretary Y": a noun of the lexicon's <investigation> class whose
                           into- or of-phrase names a conduct (<inquired_conduct>: misconduct,
                           travels, dealings ...) and no actor, with a by-phrase right after
                           that phrase which the parser hung on the investigation noun or on
                           its governing verb: the by-phrase's actor did the conduct and is
                           investigated (INVESTIGATES, CAMEO 09) by the noun's own actor (its
                           possessive or modifier, or the subject of its light verb, never
                           the by-phrase itself). Not a statement (an allegation's by-phrase
                           is its author: "inquiries into allegations by U.S. agencies") nor
                           a by-phrase apart from the conduct ("an inquiry into the crash,
                           ordered on Monday by the FBI").
==================  =====  ====================================================================

A claim looked into (:func:`probed_claim_targets`, used by the verbal and nominal target
readers for an INVESTIGATES cue): "opened an inquiry into allegations by Germany that Russia
hacked its elections", "FBI inquiries into a British spy's dossier": a noun of the lexicon's
<probed_claims> class (allegation, report, dossier ...) is not its author's conduct, so its
author (by-phrase or owner) is not investigated; the subject of its that-clause is (CAMEO 09:
the inquiry looks into what Russia is said to have done), and what its of- or about-phrase
names ("reports of Russian meddling" -> Russia), else no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, in_class, rule_cue
from kgraph.extract.rules_nominal_actors import _light, noun_subjects
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import subjects

INQUIRY_WHETHER = "inquiry-whether"
UNDER_SCRUTINY = "under-scrutiny"
INQUIRY_DOER = "inquiry-doer"
CONFIDENCE = {INQUIRY_WHETHER: 0.60, UNDER_SCRUTINY: 0.60, INQUIRY_DOER: 0.55}
# one put under scrutiny is investigated (CAMEO 09)
SCRUTINY_CUE = rule_cue("INVESTIGATES", "under <scrutiny_nouns>", "investigate")
# Prepositions naming who scrutinises: "under scrutiny by lawmakers", "from regulators".
AGENT_PREPS = frozenset({"by", "from"})
# Adjectives of the state body scrutinising its own country's people ("congressional scrutiny").
BODY_ADJECTIVES = {"congressional": "LEG", "parliamentary": "LEG", "judicial": "JUD"}
# Sectors of a country's institutions its own state bodies scrutinise.
HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP"})
# Words that open a clause of what is investigated ("whether", "if").
QUESTION_MARKS = frozenset({"whether", "if"})
# one whose conduct is investigated is investigated (CAMEO 09)
DOER_CUE = rule_cue("INVESTIGATES", "<investigation> into <inquired_conduct> by", "investigate")
# Prepositions of what an investigation looks into ("an inquiry into", "a probe of").
CONDUCT_PREPS = frozenset({"into", "of"})
# Shapes of the investigating actor of the noun (not its by-phrase: that is the doer here).
INVESTIGATOR_SHAPES = frozenset({"nominal-poss", "nominal-modifier", "nominal-light-verb"})
# Prepositions of what a claim looked into says ("reports of", "allegations about").
CLAIM_CONTENT_PREPS = frozenset({"of", "about"})
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


def _scrutinisers(ctx: SentenceContext, noun: Token, holder: Token) -> list[Arg]:
    """Who scrutinises: the by- or from-phrase of the noun or of the verb holding it, else an
    actor modifying the noun ("congressional scrutiny", "an FBI investigation")."""
    for head in (noun, holder):
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in AGENT_PREPS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = [a for a in resolve_all(ctx, pobj) if a.entity.kind != "Topic"]
                        if found:
                            return found
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "poss"):
            span = ctx.actor(child)
            if span is not None and span.entity.kind != "Topic":
                return [Arg(span.entity, child.i, "owner", 1)]
    return []


def _home_body(noun: Token, patient: Arg) -> Arg | None:
    """ "came under congressional scrutiny": the body named by an adjective on the noun, of the
    patient's own country (a person's, or a home institution's), or None."""
    from kgraph.resolve.gazetteer import group

    sector = next(
        (
            BODY_ADJECTIVES[c.lower_]
            for c in noun.children
            if c.dep_ == "amod" and c.lower_ in BODY_ADJECTIVES
        ),
        None,
    )
    entity = patient.entity
    code, _, own = entity.id.partition(":")
    if entity.kind == "Person":
        code = entity.country or ""
    elif entity.kind != "Group" or own not in HOME_SECTORS:
        return None
    if sector is None or not code or ":" in code:
        return None
    body = group(code, sector)
    return None if body.id == entity.id else Arg(body, noun.i, "owner", 1)


def _scrutinised(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Yahoo came under scrutiny by federal investigators" -> the investigators INVESTIGATE
    Yahoo (see the table)."""
    nouns = ctx.lexicon.classes.get("scrutiny_nouns", frozenset())
    for token in ctx.sent:
        if token.dep_ != "pobj" or token.head.lower_ != "under" or not in_class(token, nouns):
            continue
        prep = token.head
        holder = prep.head
        agents = _scrutinisers(ctx, token, holder)
        if holder.pos_ in ("VERB", "AUX"):
            objects = [c for c in holder.children if c.dep_ == "dobj"]
            if objects:  # "brought Trump's foundation under scrutiny"
                if not agents:
                    agents = [a for a in subjects(ctx, holder)[0] if a.entity.kind != "Topic"]
                patients = objects
            else:
                patients = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            anchor = holder.i
        elif holder.pos_ in ("NOUN", "PROPN"):
            patients, anchor = [holder], holder.head.i
        else:
            continue
        exclude = {a.entity.id for a in agents}
        for patient_token in patients:
            for patient in resolve_targets(ctx, patient_token, exclude):
                if patient.entity.kind not in PATIENT_KINDS:
                    continue
                body = None if agents else _home_body(token, patient)
                for agent in agents or ([body] if body is not None else []):
                    yield Candidate(
                        agent, "INVESTIGATES", patient, SCRUTINY_CUE, UNDER_SCRUTINY, anchor
                    )


def _conduct_doers(ctx: SentenceContext, noun: Token, holders: list[Token]) -> list[Arg]:
    """The doers of the conduct an investigation noun looks into, named by a by-phrase the
    parser hung on the noun or its verb (``holders``) right after the conduct phrase."""
    conduct = ctx.lexicon.classes.get("inquired_conduct", frozenset())
    children = [c for holder in holders for c in holder.children if c.i > noun.i]
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ not in CONDUCT_PREPS:
            continue
        for pobj in prep.children:
            if (
                pobj.dep_ != "pobj"
                or pobj.pos_ != "NOUN"
                or not in_class(pobj, conduct)
                or ctx.actor(pobj) is not None
                or resolve_targets(ctx, pobj, set())
            ):
                continue
            after = pobj.right_edge.i + 1
            for by in children:
                if by.i == after and by.dep_ in ("prep", "agent") and by.lower_ == "by":
                    return [
                        a
                        for doer in by.children
                        if doer.dep_ == "pobj"
                        for a in resolve_all(ctx, doer)
                        if a.entity.kind in PATIENT_KINDS
                    ]
    return []


def _inquired_doers(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "opened an inquiry into alleged misconduct by Senator X" -> the opener INVESTIGATES X
    (see the table)."""
    nouns = ctx.lexicon.classes.get("investigation", frozenset())
    for noun in ctx.of_pos("NOUN"):
        if not in_class(noun, nouns):
            continue
        holders = [noun]
        if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
            holders.append(noun.head)
        doers = _conduct_doers(ctx, noun, holders)
        if not doers:
            continue
        exclude = {d.entity.id for d in doers}
        agents, shape = noun_subjects(ctx, noun, exclude)
        if not agents and len(holders) > 1 and _light(ctx, noun.head):
            # "the committee opened an inquiry into ...": the light verb's subject (which
            # noun_subjects leaves to the verb's own cue, "open <investigation> into")
            agents = [a for a in subjects(ctx, noun.head)[0] if a.entity.id not in exclude]
            shape = "nominal-light-verb"
        if shape not in INVESTIGATOR_SHAPES:
            continue
        anchor = noun.head.i if noun.head.pos_ in ("VERB", "AUX") else noun.i
        for agent in agents:
            if agent.entity.kind in ("Topic", "Location"):
                continue
            for doer in doers:
                if doer.entity.id != agent.entity.id:
                    yield Candidate(agent, "INVESTIGATES", doer, DOER_CUE, INQUIRY_DOER, anchor)


def probed_claim_targets(ctx: SentenceContext, claim: Token, exclude: set[str]) -> list[Arg] | None:
    """The parties investigated by an inquiry into ``claim``, when it is a noun of the lexicon's
    <probed_claims> class: the actors of its that-clause's subject ("allegations by Germany
    that Russia hacked" -> Russia) or of its of- or about-phrase ("reports of Russian
    meddling"), never its author; None for any other noun."""
    if not in_class(claim, ctx.lexicon.classes.get("probed_claims", frozenset())):
        return None
    out: list[Arg] = []
    for prep in claim.children:
        # "reports of Russian meddling", "a dossier of allegations of Russian links": what the
        # claim is about (an of- or about-phrase) is looked into, as the claim itself would be
        if prep.dep_ != "prep" or prep.lower_ not in CLAIM_CONTENT_PREPS:
            continue
        for content in prep.children:
            if content.dep_ != "pobj":
                continue
            inner = probed_claim_targets(ctx, content, exclude)
            found = inner if inner is not None else resolve_targets(ctx, content, exclude)
            out.extend(a for a in found if a.entity.kind in PATIENT_KINDS)
    for clause in claim.children:
        if clause.dep_ not in ("acl", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj":
                out.extend(
                    a
                    for a in resolve_targets(ctx, subject, exclude)
                    if a.entity.kind in PATIENT_KINDS
                )
    return out


def inquiry_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Mueller is investigating whether Trump's campaign colluded with Russia" ->
    Mueller INVESTIGATES Trump; "Yahoo came under scrutiny by lawmakers" -> the lawmakers
    INVESTIGATE Yahoo."""
    yield from _scrutinised(ctx)
    yield from _inquired_doers(ctx)
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
