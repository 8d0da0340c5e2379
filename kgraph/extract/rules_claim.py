"""Attacks whose authors claim them (``claimed-responsibility``).

"Al-Shabab claimed responsibility for a deadly attack on a mall in Kenya's capital", "a
Chechen rebel commander has claimed responsibility for the hostage siege in southern Russia",
"the group took responsibility for the bombing of the Iraqi embassy". A violent act (the
lexicon's ``<violent_acts>`` class) that is the for-phrase of "responsibility" (or "credit"),
the object of a claiming verb (``<claim_verbs>``: claim, accept, take, admit), is the claimer's
attack. Its target is the act's own target phrase (the ATTACKS noun cue's preposition, "attack
on X", "bombing of X") or else the country where it happened: an in-phrase on the act or on the
place it names ("at a mall in Kenya's capital").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext, owner_entity
from kgraph.extract.lexicon import Cue
from kgraph.extract.rules_args import resolve
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects

RULE = "claimed-responsibility"
CLAIMED = frozenset({"responsibility", "credit"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside"})


def _claim_verb(ctx: SentenceContext, noun: Token) -> Token | None:
    """The claiming verb of "claimed responsibility for <noun>"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    claimed = prep.head
    if claimed.lemma_.lower() not in CLAIMED or claimed.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = claimed.head
    claim_verbs = ctx.lexicon.classes.get("claim_verbs", frozenset())
    return verb if verb.lemma_.lower() in claim_verbs else None


def _attack_cues(ctx: SentenceContext, noun: Token) -> list[Cue]:
    own = [c for c in ctx.lexicon.nouns.get(noun.lemma_.lower(), []) if c.relation == "ATTACKS"]
    return own or [c for c in ctx.lexicon.nouns.get("attack", []) if c.relation == "ATTACKS"]


def _place(ctx: SentenceContext, noun: Token, exclude: set[str]) -> Arg | None:
    """The country of the first place phrase on the act, or on the place it names ("at a mall
    in Kenya's capital"), two levels deep at most."""
    # the act, and a participle on it ("an attack targeting Christians at a church in ...")
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    for _ in range(2):
        found: list[Token] = []
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    arg = resolve(ctx, pobj, exclude, allow_place=True)
                    if arg is not None:
                        place = owner_entity(arg.entity)
                        if place.kind == "Country" and place.id not in exclude:
                            return Arg(place, arg.token, "owner", 1)
                    found.append(pobj)
        holders = found
    return None


def claim_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Claimed attacks of the sentence (see the module docstring)."""
    acts = ctx.lexicon.classes.get("violent_acts", frozenset())
    for noun in ctx.of_pos("NOUN"):
        if noun.lemma_.lower() not in acts:
            continue
        verb = _claim_verb(ctx, noun)
        if verb is None:
            continue
        claimers = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        if not claimers:
            continue
        exclude = {c.entity.id for c in claimers}
        cues = _attack_cues(ctx, noun)
        if not cues:
            continue
        cue, targets = cues[0], []
        for candidate_cue in cues:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == candidate_cue.prep:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            targets.extend(resolve_targets(ctx, pobj, exclude, allow_place=True))
            if targets:
                cue = candidate_cue
                break
        if not targets:
            place = _place(ctx, noun, exclude)
            targets = [place] if place is not None else []
        for claimer in claimers:
            for target in targets:
                if target.entity.kind != "Topic" and target.entity.id != claimer.entity.id:
                    yield Candidate(claimer, cue.relation, target, cue, RULE, verb.i, noun=noun.i)
