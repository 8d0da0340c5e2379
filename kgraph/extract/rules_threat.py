"""The conditional-threat rule: "the EU would take countermeasures if the U.S. sanctions harmed
European firms", "Brussels is ready to retaliate if Washington raises tariffs".

==================  =====  ===================================================================
rule                base   shape
==================  =====  ===================================================================
conditional-threat  0.60   a verb of retaliation (the lexicon's <retaliation_verbs>: retaliate,
                           respond, punish; "hit/strike/fight back"; or a verb of taking or
                           imposing with a noun of <retaliation_measures>: "take
                           countermeasures", "impose sanctions") with an if-clause whose
                           subject is an actor (or, through its owner, "if the U.S.
                           sanctions harm ..." -> USA), stated as the
                           subject's own stance: under "ready/prepared/willing to" or "threaten/
                           vow/warn to", or under a modal in what a state, an IGO or a titled
                           person said ("Juncker said the EU would retaliate if ..."). The
                           subject threatens the condition's actor (WARNS, CAMEO 13). The
                           threat is the act of saying it, so the triple takes the modality of
                           the statement ("said", "is ready", "threatened"), not the
                           hypothetical of the retaliation; a negated retaliation ("would not
                           retaliate") threatens nothing. A modal alone in the narration
                           ("China could retaliate if ...") is the writer's guess, no threat.
                           Any act under "threaten to" is a retaliation ("threatened to shut
                           down the government if Congress did not fund the wall"); an
                           unless-clause is a condition as an if-clause is.
threatened-act      0.60   "Sessions threatened to strip grants from the cities", "Trump
                           threatened to sue Cruz", "Trump's threats to curtail trade with
                           Mexico", "a threat by Moscow to close its air space to Dutch
                           planes": whoever threatens to do something (the subject of
                           "threaten to", or the owner or by/from-agent of a noun of the
                           lexicon's <threat_nouns> class with a to-infinitive) threatens
                           whom the act is done to: an actor object of the infinitive, or of
                           a preposition of the lexicon's <threatened_preps> class on the
                           infinitive or on its object. Not its own people (as above), not the
                           state a person leads ("Trump's threat to shut down the government"),
                           not a place or a topic, and not through a coordinated verb ("threatening
                           to rip up NAFTA and seeking to renegotiate the deal with Korea").
                           Where the act is a material conflict with a cue of its own ("will
                           strike"), the stated-intent triple of :mod:`rules_derived`, surer,
                           wins the same key.
penalty-complement  0.60   "Al Qaeda warned that Myanmar would face punishment for its
                           crimes", "Beijing said Taipei would pay a heavy price", "demanded
                           that the Kurds cancel the vote or face sanctions": a verb of facing
                           or paying with a penalty (the lexicon's <penalty_verbs> and
                           <penalty_nouns>: "face consequences", "pay a price") in the
                           complement of a report or warning: the speaker threatens the one
                           who is to face it. Under "say" only a speaker who accuses
                           (``rules_derived.accusing_speaker``: a state, an IGO, a titled
                           person); in the narration ("Hungary could face consequences") no
                           one threatens; "would not face consequences" threatens nothing.
==================  =====  ===================================================================
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import words
from kgraph.extract.modality_clauses import is_infinitive
from kgraph.extract.modality_words import FUTURE_AUX, REPORTING_VERBS
from kgraph.extract.rules_derived import READY_ADJECTIVES, accusing_speaker
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_objects import verb_objects
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive, subjects

RULE = "conditional-threat"
CONFIDENCE = 0.60
THREAT_RULE = "threatened-act"
PENALTY_RULE = "penalty-complement"
# Verbs of demanding whose complement may end in a threat ("demanded that the Kurds cancel the
# vote or face sanctions").
DEMANDING = words("demand insist")
# Prepositions naming the agent of a threat noun ("a threat by Moscow", "a threat from Seoul").
AGENT_PREPS = words("by from")
# Verbs whose subject states its own will to retaliate ("threatened to retaliate").
THREAT_VERBS = words("threaten vow warn pledge promise")
# Particles that make a verb of striking a retaliation ("hit back", "strike back").
BACK = words("back")
# Verbs that are a retaliation only with "back" ("hit back at", "fight back").
BACK_VERBS = words("hit strike fight")
# Verbs taking a measure ("take countermeasures", "impose sanctions").
MEASURE_VERBS = words("take impose adopt introduce slap")
IF_MARKS = words("if unless")
# Verbs whose to-infinitive is a threat whatever the act ("threatened to shut down the
# government if Congress did not fund the wall").
THREATENING = words("threaten")
# Sectors of a country's own people, for whom, not against whom, its state retaliates.
OWN_PEOPLE = frozenset({"BUS", "CVL", "LAB", "AGR", "EDU", "HLH", "MED", "REL"})
# Dependencies of an owner on the subject of the if-clause ("the U.S. sanctions").
OWNER_DEPS = frozenset({"poss", "compound", "amod"})
# Dependencies of a clause of the statement the threat is made in, reporting verb excluded.
STATEMENT_DEPS = frozenset({"xcomp", "conj"})


def _retaliation(verb: Token, verbs: frozenset[str], measures: frozenset[str]) -> bool:
    """Whether the verb is a retaliation: "retaliate", "hit back", "take countermeasures"."""
    lemma = verb.lemma_.lower()
    if lemma in verbs:
        return True
    children = list(verb.children)
    if lemma in BACK_VERBS:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in BACK for c in children)
    if lemma not in MEASURE_VERBS:
        return False  # "rein in Pyongyang's actions" is no measure taken
    return any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in children)


def _statement(ctx: SentenceContext, verb: Token) -> Token | None:
    """The token whose clause makes the threat: the head of "ready to" or "threatened to" over
    the verb, or the reporting verb of an accusing speaker over a modal verb; None when the
    retaliation is no one's stated stance (a guess in the narration)."""
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ == "aux" for c in clause.children):
        clause = clause.head
    if clause.dep_ == "xcomp":
        head = clause.head
        lemma = head.lemma_.lower()
        if head.pos_ == "ADJ" and lemma in READY_ADJECTIVES:
            # "Brussels was ready to retaliate": the copula carries the clause's modality
            return head.head if head.dep_ == "acomp" else head
        if lemma in THREAT_VERBS:
            return head
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS | THREAT_VERBS:
        return None
    report = clause.head
    speakers, _ = subjects(ctx, report)
    if not any(accusing_speaker(s.entity, report) for s in speakers):
        return None
    return report


def _condition_actors(ctx: SentenceContext, verb: Token, exclude: set[str]) -> list[Arg]:
    """The actors whose act is the condition: the subjects of an if-clause on the verb
    (active; a passive's by-agent), with their owners ("if the U.S. sanctions harm")."""
    out: list[Arg] = []
    # the if-clause hangs on the verb, or on the head of "ready to" / "threatened to" over it
    # ("Moscow is ready to respond if NATO deploys ...")
    holders = [verb]
    while holders[-1].dep_ in STATEMENT_DEPS and holders[-1].head != holders[-1]:
        holders.append(holders[-1].head)
    if holders[-1].dep_ == "acomp":
        holders.append(holders[-1].head)
    for clause in (c for h in holders for c in h.children):
        if clause.dep_ != "advcl":
            continue
        if not any(c.dep_ == "mark" and c.lower_ in IF_MARKS for c in clause.children):
            continue
        if is_passive(clause):
            agent = by_agent(clause)
            names = [agent] if agent is not None else []
        else:
            names = [c for c in clause.children if c.dep_ == "nsubj"]
        for name in names:
            args = resolve_all(ctx, name, exclude)
            if not args:
                # "if the U.S. sanctions harm ...", "if Washington's measures hurt ...": the
                # owner of an act is the one acting
                args = [
                    dataclasses.replace(a, via="owner")
                    for c in name.children
                    if c.dep_ in OWNER_DEPS
                    for a in resolve_all(ctx, c, exclude)
                ]
            out.extend(a for a in args if a.entity.kind not in ("Location", "Topic"))
    return out


def _own_people(threatener: Arg, target: Arg) -> bool:
    """Whether the condition's actor is the threatener's own people ("if Chinese firms lose
    money"), on whose behalf it acts; its own government bodies can be threatened ("Trump
    threatened to shut down the government if Congress did not fund the wall")."""
    country = threatener.entity.country
    if not country or target.entity.country != country:
        return False
    return target.entity.id == country or target.entity.id.rpartition(":")[2] in OWN_PEOPLE


def threat_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every conditional-threat and threatened-act relation of the sentence."""
    yield from _conditional_candidates(ctx)
    yield from _threatened_acts(ctx)
    yield from _penalty_complements(ctx)


def _penalty(ctx: SentenceContext, verb: Token) -> bool:
    """Whether the verb faces or pays a penalty: "face consequences", "pay a heavy price"."""
    penalties = ctx.lexicon.classes.get("penalty_nouns", frozenset())
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("penalty_verbs", frozenset()):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in penalties for c in verb.children)


def _penalty_complements(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Al Qaeda warned that Myanmar would face punishment": the speaker WARNS Myanmar."""
    threaten = ctx.lexicon.verbs.get("threaten")
    if not threaten:
        return
    cue = threaten[0]
    for verb in ctx.of_pos("VERB"):
        if not _penalty(ctx, verb):
            continue
        clause = verb
        for _ in range(3):
            if clause.dep_ not in STATEMENT_DEPS:
                break
            clause = clause.head
        report = clause.head
        lemma = report.lemma_.lower()
        if clause.dep_ != "ccomp" or lemma not in REPORTING_VERBS | THREAT_VERBS | DEMANDING:
            continue
        speakers, _ = subjects(ctx, report)
        facing, _ = subjects(ctx, verb)
        if not facing and verb.dep_ == "conj":
            # "Pakistan must move against the Taliban or face the consequences"
            facing, _ = subjects(ctx, verb.head)
        for speaker in speakers:
            if speaker.entity.kind in ("Location", "Topic"):
                continue
            if lemma in REPORTING_VERBS and not accusing_speaker(speaker.entity, report):
                continue
            for target in facing:
                if target.entity.kind in ("Location", "Topic"):
                    continue
                if target.entity.id == speaker.entity.id or _own_people(speaker, target):
                    continue
                yield Candidate(speaker, cue.relation, target, cue, PENALTY_RULE, report.i)


def _threateners(ctx: SentenceContext, token: Token) -> tuple[list[Arg], int] | None:
    """Who makes the threat whose to-infinitive hangs on ``token``, and the token whose
    clause decides modality: the subject of "threaten to" (the verb itself), or the owner or
    by/from-agent of a threat noun ("Trump's threats to", "a threat by Moscow to": the
    noun's governor). None for anything else."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in THREATENING:
        args, _ = subjects(ctx, token)
        return args, token.i
    nouns = ctx.lexicon.classes.get("threat_nouns", frozenset())
    if token.pos_ != "NOUN" or lemma not in nouns:
        return None
    out: list[Arg] = []
    for child in token.children:
        if child.dep_ == "poss":
            out.extend(resolve_all(ctx, child))
        elif child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            out.extend(a for g in child.children if g.dep_ == "pobj" for a in resolve_all(ctx, g))
    return out, token.head.i if token.head != token else token.i


def _act_targets(ctx: SentenceContext, act: Token, exclude: set[str]) -> list[Arg]:
    """Whom an act is done to: its actor objects, and the actors of a preposition of the
    lexicon's <threatened_preps> class on it or on its object ("strip grants from cities",
    "curtail trade with Mexico")."""
    preps = ctx.lexicon.classes.get("threatened_preps", frozenset())
    objects = verb_objects(ctx, act)
    heads = [act, *objects]
    names = [*objects]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                names.extend(g for g in child.children if g.dep_ == "pobj")
    out: list[Arg] = []
    for name in names:
        for arg in resolve_all(ctx, name, exclude):
            if arg.entity.kind in ("Location", "Topic"):
                continue
            if all(arg.entity.id != a.entity.id for a in out):
                out.append(arg)
    return out


def _threatened_acts(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Sessions threatened to strip grants from the cities", "Trump's threats to curtail
    trade with Mexico": the threatener WARNS whom the act is done to."""
    threaten = ctx.lexicon.verbs.get("threaten")
    if not threaten:
        return
    cue = threaten[0]
    for act in ctx.of_pos("VERB"):
        if act.dep_ not in ("xcomp", "acl") or not is_infinitive(act):
            continue
        found = _threateners(ctx, act.head)
        if found is None:
            continue
        threateners, anchor = found
        for threatener in threateners:
            if threatener.entity.kind in ("Location", "Topic"):
                continue
            for target in _act_targets(ctx, act, {threatener.entity.id}):
                if target.entity.id == threatener.entity.id or _own_people(threatener, target):
                    continue
                if _own_state(threatener, target):
                    continue
                yield Candidate(threatener, cue.relation, target, cue, THREAT_RULE, anchor)


def _own_state(threatener: Arg, target: Arg) -> bool:
    """Whether the target is the state a person leads (the leaders table): "Trump's threat to
    shut down the government" threatens Congress, not his own government."""
    from kgraph.resolve.gazetteer import load

    person, state = threatener.entity, target.entity
    if person.kind != "Person" or not person.country or state.country != person.country:
        return False
    if state.id not in (person.country, f"{person.country}:GOV"):
        return False
    return any(row.id == person.id and row.leader_of == person.country for row in load().leaders)


def _conditional_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every conditional-threat relation of the sentence."""
    classes = ctx.lexicon.classes
    verbs = classes.get("retaliation_verbs", frozenset())
    measures = classes.get("retaliation_measures", frozenset())
    threaten = ctx.lexicon.verbs.get("threaten")
    if not verbs or not threaten:
        return
    cue = threaten[0]
    for verb in ctx.of_pos("VERB"):
        threatened = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in THREATENING
        if not threatened and not _retaliation(verb, verbs, measures):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "would not retaliate": no threat
        statement = _statement(ctx, verb)
        if statement is None:
            continue
        threateners, _ = subjects(ctx, verb)
        for threatener in threateners:
            if threatener.entity.kind in ("Location", "Topic"):
                continue
            own = {threatener.entity.id}
            for target in _condition_actors(ctx, verb, own):
                if target.entity.id == threatener.entity.id:
                    continue
                if _own_people(threatener, target):
                    continue
                yield Candidate(threatener, cue.relation, target, cue, RULE, statement.i)
