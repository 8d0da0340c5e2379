"""Casualties whose attacker is named beside them, not as the subject of the verb that kills.

===================  =====  ==================================================================
rule                 base   shape
===================  =====  ==================================================================
casualty-instrument  0.65   "Ten Syrian soldiers died in Israeli air strikes": a verb of dying
                            (the lexicon's ``<death_verbs>``) whose in-, during- or from-phrase
                            is an attack or a weapon with an owner (a demonym, a name, a
                            possessive or a by-phrase, as for ``instrument-subject``): the owner
                            ATTACKS the ones who died.
casualty-clause      0.60   "At least 52 Egyptian policemen were killed when militants attacked
                            a patrol", "a Sudanese general died after his convoy was ambushed
                            by rebels": casualties (the passive subject of an attack verb with
                            no agent of its own, or the subject of a verb of dying) and a clause
                            of the same event (its mark one of the lexicon's
                            ``<casualty_marks>``: "when", "after") whose attack verb has an
                            actor as its subject or its by-agent: that actor ATTACKS them.
===================  =====  ==================================================================

Only actors count as casualties (people, groups, organisations, countries); a place or a topic
never does. Whoever is a casualty is never their own attacker ("five militants were killed
when they attacked an army post" yields nothing: the pronoun is the militants). The attack
verb of the clause follows the verbal rules' restriction of the lexicon's ``<armed_only>``
verbs ("target") to an armed subject.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.lexicon import Cue, rule_cue
from kgraph.extract.rules_implicit import instrument_owner_args, instrument_words
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate, armed_subject, verb_cues
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive, subjects

INSTRUMENT_RULE = "casualty-instrument"
CLAUSE_RULE = "casualty-clause"
CONFIDENCE = {INSTRUMENT_RULE: 0.65, CLAUSE_RULE: 0.60}
# Prepositions of a verb of dying that name the attack it happened in or came from.
DEATH_PREPS = frozenset({"in", "during", "from", "by"})
# Kinds of entity that can be casualties.
CASUALTY_KINDS = frozenset({"Person", "Group", "Organization", "Country"})
DIED_CUE = rule_cue("ATTACKS", "die in", "die")


def _attack_cue(ctx: SentenceContext, verb: Token) -> Cue | None:
    return next(
        (c for c in verb_cues(ctx, verb) if c.relation == "ATTACKS" and not c.inverse), None
    )


def _casualties(ctx: SentenceContext, verb: Token, deaths: frozenset[str]) -> list[Token]:
    """The nouns killed or wounded by what ``verb`` says: the subject of a verb of dying, or the
    passive subject of an attack verb that has no by-agent of its own."""
    if verb.lemma_.lower() in deaths and not is_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if is_passive(verb) and by_agent(verb) is None and _attack_cue(ctx, verb) is not None:
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return []


def _victims(ctx: SentenceContext, nouns: list[Token], exclude: set[str]) -> list[Arg]:
    return [
        arg
        for noun in nouns
        for arg in resolve_targets(ctx, noun, exclude)
        if arg.entity.kind in CASUALTY_KINDS
    ]


def _died_in(ctx: SentenceContext, verb: Token, deaths: frozenset[str]) -> Iterator[Candidate]:
    """ "Ten Syrian soldiers died in Israeli air strikes" -> ISR ATTACKS SYR:MIL."""
    if verb.lemma_.lower() not in deaths:
        return
    dead = [c for c in verb.children if c.dep_ == "nsubj"]
    if not dead:
        return
    instruments = instrument_words(ctx)
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in DEATH_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in instruments:
                continue
            if ctx.actor(noun) is not None:
                continue
            owners = instrument_owner_args(ctx, noun)
            exclude = {o.entity.id for o in owners}
            for victim in _victims(ctx, dead, exclude):
                for owner in owners:
                    yield Candidate(owner, "ATTACKS", victim, DIED_CUE, INSTRUMENT_RULE, verb.i)


def _clause_attack(
    ctx: SentenceContext, verb: Token, marks: frozenset[str]
) -> tuple[Cue, list[Arg]] | None:
    """The attack cue and the attackers of a when- or after-clause on ``verb`` ("52 policemen
    were killed when militants attacked a patrol": "attack", the militants)."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB":
            continue
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in clause.children):
            continue
        cue = _attack_cue(ctx, clause)
        if cue is None:
            continue
        attackers = [
            a
            for a in subjects(ctx, clause)[0]
            if a.entity.kind != "Topic" and armed_subject(ctx, cue, a)
        ]
        if attackers:
            return cue, attackers
    return None


def casualty_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every casualty relation of the sentence."""
    classes = ctx.lexicon.classes
    deaths = classes.get("death_verbs", frozenset())
    marks = classes.get("casualty_marks", frozenset())
    for verb in ctx.of_pos("VERB"):
        yield from _died_in(ctx, verb, deaths)
        dead = _casualties(ctx, verb, deaths)
        if not dead:
            continue
        found = _clause_attack(ctx, verb, marks)
        if found is None:
            continue
        cue, attackers = found
        exclude = {a.entity.id for a in attackers}
        for victim in _victims(ctx, dead, exclude):
            for attacker in attackers:
                yield Candidate(attacker, cue.relation, victim, cue, CLAUSE_RULE, verb.i)
