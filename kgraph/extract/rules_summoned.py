"""Envoys summoned with no summoner named: the passive-summons rule.

``passive-summons`` (0.55): "the UAE charge d'affaires was summoned to the Qatari foreign
ministry", "Turkey's ambassador was summoned to the foreign ministry in Berlin", "ANKARA
(Reuters) - ... the UAE envoy was summoned on Thursday". A passive of a verb of the lexicon's
``<summon_verbs>`` class with no by-agent, whose subject is an actor, is a summons by a state
other than the envoy's own (CAMEO codes summoning an envoy as a complaint, 114: the lexicon's
cue of the verb). The summoner is, first found:

1. the actor of the verb's to-phrase ("to the Egyptian foreign ministry" -> ``EGY:GOV``);
2. the country of a place on the verb or on that to-phrase ("to the ministry in Berlin");
3. the state body reporting it ("a Turkish foreign ministry official said the envoy was
   summoned": the speaker's group of a state sector, as :func:`rules_state.speaker_state`);
4. the article's dateline country (:func:`rules_state.article_dateline`).

Not a judicial summons or a hearing ("summoned to court", the lexicon's ``<judicial_venues>``).
A candidate that is the envoy's own country is skipped and the next one tried ("the UAE
envoy was summoned to the ministry", where "the ministry" points back to the envoy). The
clause's modality is the verb's: "if its ambassador were summoned" stays hypothetical.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext, prep_objects
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue
from kgraph.extract.rules_state import article_dateline, speaker_state
from kgraph.extract.rules_targets import IN_PREPS, country_of_place
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import by_agent

RULE = "passive-summons"
# Who may be summoned: a person (an envoy) or a government group ("the UAE charge
# d'affaires"); who may summon: a country or its government (a court's summons or a
# committee's is no complaint to a state).
SUMMONED_SECTORS = frozenset({"GOV"})
SUMMONER_SECTORS = frozenset({"GOV"})


def _direct(cue: Cue) -> bool:
    return cue.prep is None and not cue.objects and cue.particle is None and not cue.inverse


def _summoners(ctx: SentenceContext, verb: Token, own: str) -> Iterator[Arg]:
    """The summoners in the module's order of preference (``own``: the envoy's country)."""
    from kgraph.resolve.gazetteer import country

    to_objects = prep_objects(verb, "to")
    for pobj in to_objects:
        yield from resolve_all(ctx, pobj)
    place = country_of_place(ctx, [verb, *to_objects], IN_PREPS, set())
    if place is not None:
        yield place
    speaker = speaker_state(ctx, verb)
    if speaker is not None:
        yield speaker
    iso3 = article_dateline(ctx.doc)[1]
    if iso3 is not None and iso3 != own:
        yield Arg(country(iso3), verb.i, "owner", 1)


def _country(arg: Arg) -> str:
    return arg.entity.country or arg.entity.id.partition(":")[0]


def _of_sectors(arg: Arg, sectors: frozenset[str]) -> bool:
    """A group of one of ``sectors`` (by its id, ``USA:GOV``)."""
    return arg.entity.kind == "Group" and arg.entity.id.partition(":")[2] in sectors


def summons_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Qatar's ambassador was summoned to the Egyptian foreign ministry" -> EGY:GOV
    CRITICIZES (114) QAT:GOV."""
    summon_verbs = ctx.lexicon.classes.get("summon_verbs", frozenset())
    courts = ctx.lexicon.classes.get("judicial_venues", frozenset())
    for verb in ctx.of_pos("VERB"):
        if verb.lemma_.lower() not in summon_verbs or by_agent(verb) is not None:
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(t.lemma_.lower() in courts for t in prep_objects(verb, "to")):
            continue  # "summoned to court", "to a hearing": a judicial summons, no complaint
        cue = next((c for c in verb_cues(ctx, verb) if _direct(c)), None)
        if cue is None:
            continue
        for child in verb.children:
            if child.dep_ != "nsubjpass":
                continue
            for patient in resolve_all(ctx, child):
                summonable = patient.entity.kind == "Person" or _of_sectors(
                    patient, SUMMONED_SECTORS
                )
                if not summonable or not _country(patient):
                    continue
                own = _country(patient)
                summoner = next(
                    (
                        s
                        for s in _summoners(ctx, verb, own)
                        if (s.entity.kind == "Country" or _of_sectors(s, SUMMONER_SECTORS))
                        and _country(s) not in ("", own)
                    ),
                    None,
                )
                if summoner is not None:
                    yield Candidate(summoner, cue.relation, patient, cue, RULE, verb.i)
