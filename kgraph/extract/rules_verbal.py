"""Verbal relation rules: a verb cue from the lexicon, its subject and its target.

Each shape the rules read is named in a comment with an example; the name is the ``rule`` of
the triple. Subjects come from :func:`kgraph.extract.rules_verbal_subjects.subjects` (active,
passive agent, conjoined verb, control, relative clause, participle), targets from
:func:`kgraph.extract.rules_verbal_targets.verb_targets`; this module looks up a verb's cues,
pairs subjects with targets (joint subjects, a locative target, armed-only and personal
senses) and orients the result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kgraph.extract.args_context import (
    Arg,
    SentenceContext,
)
from kgraph.extract.args_plural import (
    resolve_all,
)
from kgraph.extract.lexicon import (
    Cue,
    in_class,
    words,
)
from kgraph.extract.rules_args import (
    relative_antecedent,
)
from kgraph.extract.rules_targets import (
    agentive_modifier,
    country_of_place,
    event_place,
    locative_antecedent,
    modifier_participle,
)
from kgraph.extract.rules_verbal_objects import (
    misparsed_finite,
    misparsed_opening,
    misparsed_relative,
    verb_objects,
)
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive, subjects
from kgraph.extract.rules_verbal_targets import BLOCKED, reciprocal_target, verb_targets
from kgraph.ontology import RELATIONS

# "the deal, negotiated by the US, Britain and France": joint agents need not face each other.
PASSIVE = frozenset({"passive-agent", "reduced-relative", "opening-participle"})
# Cues with a non-violent sense when a person is at this end.
# ("clash with" a person is a quarrel: relations.verbal_sense reads it as criticism)
PERSONAL_SENSE = {"engage": "object", "fight": "object"}
# Sectors of an armed force: the only subjects of the lexicon's <armed_only> verbs ("target").
ARMED_SUBJECT_SECTORS = frozenset({"MIL", "REB"})
# Cues that, with joint subjects and no target, go both ways ("X and Y clashed").
RECIPROCAL_CUES = frozenset({"clash with", "exchange fire with"})
# Attack verbs that, with joint subjects and no target, go both ways ("X and Y battled").
RECIPROCAL_HEADS = words("battle fight skirmish")
# Verbs of exchange whose object cue, with joint subjects, goes both ways ("traded threats").
EXCHANGE_HEADS = words("trade exchange swap")
# Relations whose missing target is the country where the event happens.
LOCATIVE_TARGET_RELATIONS = frozenset({"ATTACKS", "COERCES", "PROTESTS", "MOBILIZES_AGAINST"})
# "Venezuela, where Russia has investments": "where" stands in for these prepositions.
LOCATIVE_PREPS = frozenset({"in", "to", "into", "at", "inside", "near"})


@dataclass(frozen=True)
class Candidate:
    """A relation found by a rule, before modality and confidence are added."""

    subject: Arg
    relation: str
    object: Arg
    cue: Cue
    rule: str
    anchor: int  # the token whose clause decides modality (the verb, or a noun's governor)
    noun: int | None = None  # the event noun, for nominal rules


def verb_cues(ctx: SentenceContext, verb: Token) -> list[Cue]:
    """The hand-lexicon cues of a verb, then those of its CAMEO pattern (hand cues win)."""
    cached = ctx.cue_cache.get(verb.i)
    if cached is None:
        cached = ctx.cue_cache[verb.i] = _verb_cues(ctx, verb)
    return cached


def _verb_cues(ctx: SentenceContext, verb: Token) -> list[Cue]:
    cues = _hand_cues(ctx, verb)
    cameo = ctx.lexicon.cameo
    if cameo is not None and cameo.entries(verb):
        found = cameo.match(verb, verb_objects(ctx, verb))
        if found:
            return [*cues, *found]
    return cues


def _hand_cues(ctx: SentenceContext, verb: Token) -> list[Cue]:
    """The cues of a verb by lemma, or by its form when the lemmatiser slipped ("staged")."""
    verbs = ctx.lexicon.verbs
    cues = verbs.get(verb.lemma_.lower())
    if cues:
        return cues
    form = verb.lower_
    for suffix, repl in (("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if form.endswith(suffix) and (cues := verbs.get(form[: -len(suffix)] + repl)):
            return cues
    return []


def verbal_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every verbal relation of the sentence."""
    for verb in ctx.sent:
        if verb.pos_ not in ("VERB", "AUX") and not agentive_modifier(verb):
            continue
        cues = verb_cues(ctx, verb)
        # "Trump pressed Xi", "IS militants seized the town": a subject the parser lost
        opener = misparsed_opening(verb) or misparsed_relative(verb)
        if not cues or (
            modifier_participle(verb) and not misparsed_finite(verb) and opener is None
        ):
            continue
        stative = _stative_holders(ctx, verb)
        if stative is not None:
            subs, subject_rule = stative
        elif opener is not None:
            subs, subject_rule = resolve_all(ctx, opener), "active-svo"
        else:
            subs, subject_rule = subjects(ctx, verb)
        if not subs and any(c.relation == "ATTACKS" for c in cues):
            subs, subject_rule = _passive_origin(ctx, verb)
        if not subs:
            continue
        fitting: Cue | None = None
        joint: Cue | None = None  # the first mutual cue without a target
        for cue in cues:
            if joint is not None and cue.relation != joint.relation:
                # a later cue of another relation does not outrank it ("attended a meeting in
                # Moscow": "attend <meeting>" before "attend")
                yield from _joint_candidates(subs, joint, verb)
                break
            found = verb_targets(ctx, verb, cue, {s.entity.id for s in subs})
            if found is None:
                continue
            fitting = fitting or cue
            targets, target_rule = found
            if target_rule == BLOCKED:
                if joint is not None:  # a block after it ends the search, not the reading
                    yield from _joint_candidates(subs, joint, verb)
                break
            rule = subject_rule if subject_rule != "active-svo" else target_rule or subject_rule
            if not targets and cue.prep in LOCATIVE_PREPS:
                loc = locative_antecedent(ctx, verb)
                if loc is not None:
                    targets, rule = [loc], "locative-relative"
            mutual = _symmetric(cue) or cue.text in RECIPROCAL_CUES or _reciprocal(cue)
            mutual = mutual or _ties_between(ctx, verb, cue)
            # "the FDP and the Greens blame each other": a reciprocal object makes any cue
            # mutual between joint subjects
            mutual = mutual or (not targets and len(subs) > 1 and reciprocal_target(ctx, verb, cue))
            if (
                not targets
                and len(subs) > 1
                and mutual
                and subject_rule not in PASSIVE
                and not _partner_needed(ctx, verb, cue)
            ):
                # joint subjects act on each other only if no later cue of the same relation
                # has a target: "Merkel and Macron met Putin" is no meeting of the two ("meet
                # with" comes before "meet" and finds no with-phrase)
                joint = joint or cue
                continue
            if not targets:
                continue
            for sub in subs:
                for target in targets:
                    if (
                        sub.entity.id != target.entity.id
                        and _armed_sense(cue, sub, target)
                        and armed_subject(ctx, cue, sub)
                        and not colleague(ctx, cue, sub, target)
                    ):
                        yield _oriented(sub, target, cue, rule, verb.i)
            break
        else:
            if joint is not None:
                yield from _joint_candidates(subs, joint, verb)
                continue
            # "Russia is conducting military exercises in Alaska", "rebels killed ten people in
            # Iraq": with no named target, the country where it happens is the target.
            if fitting is not None and fitting.relation in LOCATIVE_TARGET_RELATIONS:
                where = event_place(ctx, verb, {s.entity.id for s in subs})
                if where is not None:
                    # "US forces battled in Baghdad": a fight goes both ways
                    mutual = fitting.text in RECIPROCAL_CUES or _reciprocal(fitting)
                    for sub in subs:
                        if not armed_subject(ctx, fitting, sub):
                            continue  # "the Treasury targeted companies in China"
                        pairs = [(sub, where), (where, sub)] if mutual else [(sub, where)]
                        for x, y in pairs:
                            yield Candidate(
                                x, fitting.relation, y, fitting, "locative-target", verb.i
                            )


def _stative_holders(ctx: SentenceContext, verb: Token) -> tuple[list[Arg], str] | None:
    """The party a stative participle of the lexicon's <stative_participles> class describes:
    the noun it modifies ("the Houthis, allied with Saleh") or its passive subject ("Syria is
    allied to Iran", "the group, which is allied to al Qaeda"): the parser makes "allied" a
    passive with no agent, but the one allied is the subject. None for any other verb."""
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("stative_participles", frozenset()):
        return None
    first = verb  # "the Houthis, drawn from ... and allied with Saleh": the first participle's
    while first.dep_ == "conj" and first.head.tag_ == "VBN":
        first = first.head
    if first.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        return resolve_all(ctx, first.head), "reduced-relative"
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            antecedent = relative_antecedent(child, ctx) if child.tag_ in ("WDT", "WP") else None
            if antecedent is not None:
                return resolve_all(ctx, antecedent), "relative-clause"
            return resolve_all(ctx, child), "active-svo"
    return None


def _joint_candidates(subs: list[Arg], cue: Cue, verb: Token) -> Iterator[Candidate]:
    """ "The US, Russia and Switzerland met": each pair of joint subjects; "Syrian and Turkish
    troops clashed": each attacks the other."""
    for i, a in enumerate(subs):
        for b in subs[i + 1 :]:
            pairs = [(a, b)] if _symmetric(cue) else [(a, b), (b, a)]
            for x, y in pairs:
                if _armed_sense(cue, x, y):
                    yield Candidate(x, cue.relation, y, cue, "joint-subject", verb.i)


def _passive_origin(ctx: SentenceContext, verb: Token) -> tuple[list[Arg], str]:
    """ "A mortar bomb was fired at Israel from the Gaza Strip": an attack with no agent comes
    from the country of the place it was launched from."""
    if not is_passive(verb) or verb.dep_ == "acl" or by_agent(verb) is not None:
        return [], ""
    origin = country_of_place(ctx, [verb], frozenset({"from"}), set())
    return ([origin], "passive-origin") if origin is not None else ([], "")


def _armed_sense(cue: Cue, sub: Arg, target: Arg) -> bool:
    """Cues that are violent only between forces, not people ("Obama clashed with Netanyahu",
    "he engaged a lawyer"); CAMEO's violent verbs between two people are words ("Sanders
    assailed Clinton", "battled Trump for the nomination")."""
    if cue.source == "cameo" and cue.relation == "ATTACKS":
        return sub.entity.kind != "Person" or target.entity.kind != "Person"
    end = PERSONAL_SENSE.get(cue.text)
    if end is None:
        return True
    return (sub if end == "subject" else target).entity.kind != "Person"


def armed_subject(ctx: SentenceContext, cue: Cue, sub: Arg) -> bool:
    """Whether a subject may do the cue's act: a verb of the lexicon's <armed_only> class
    attacks only as an armed force's act ("the Saudi-led coalition has been targeting the
    Houthis"), never as a state body's, a person's or a court's ("the Treasury is targeting
    North Korean officials", "the Trump administration has targeted sanctuary cities")."""
    if cue.head not in ctx.lexicon.classes.get("armed_only", frozenset()):
        return True
    return sub.entity.kind == "Group" and sub.entity.id.rpartition(":")[2] in ARMED_SUBJECT_SECTORS


def colleague(ctx: SentenceContext, cue: Cue, sub: Arg, target: Arg) -> bool:
    """A verb of the lexicon's <job_verbs> class ("work with") between two people or with
    civilians: a job shared, no cooperation ("an adviser who worked with her in the State
    Department", "six people who worked with him at the hospital")."""
    if cue.head not in ctx.lexicon.classes.get("job_verbs", frozenset()):
        return False
    ends = (sub.entity, target.entity)
    if all(e.kind == "Person" for e in ends):
        return True
    return any(e.kind == "Group" and e.id.rpartition(":")[2] == "CVL" for e in ends)


def _partner_needed(ctx: SentenceContext, verb: Token, cue: Cue) -> bool:
    """Whether a symmetric cue's verb needs its phrase to name the partner: joint subjects of
    "spoke" need not have spoken to each other ("Ryan and McConnell spoke in favor of Trump";
    the lexicon's <partner_phrase_verbs>; "spoke by phone" is the phone-call rule's)."""
    return cue.prep is not None and in_class(
        verb, ctx.lexicon.classes.get("partner_phrase_verbs", frozenset())
    )


def _symmetric(cue: Cue) -> bool:
    return RELATIONS[cue.relation].symmetric


def _reciprocal(cue: Cue) -> bool:
    if cue.prep is None and cue.objects and cue.head in EXCHANGE_HEADS:
        return True  # "the US and North Korea traded threats": each threatens the other
    return cue.relation == "ATTACKS" and cue.head in RECIPROCAL_HEADS and cue.prep is None


def _ties_between(ctx: SentenceContext, verb: Token, cue: Cue) -> bool:
    """ "Iran and the United States severed diplomatic ties", "France and Egypt have nurtured
    closer ties": a cue on ties (the lexicon's <ties>) whose with-phrase is missing is between
    joint subjects, each toward the other; not a gerund or an infinitive ("he and Tsai
    discussed upgrading relations" did not upgrade them)."""
    if verb.tag_ in ("VBG", "VB"):
        return False
    ties = ctx.lexicon.classes.get("ties", frozenset())
    return cue.prep == "with" and bool(cue.objects) and cue.objects <= ties


def _oriented(sub: Arg, target: Arg, cue: Cue, rule: str, anchor: int) -> Candidate:
    if cue.inverse:
        return Candidate(target, cue.relation, sub, cue, rule, anchor)
    return Candidate(sub, cue.relation, target, cue, rule, anchor)
