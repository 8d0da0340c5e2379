"""What a refusal rejects: the party whose proposal, demand or draft the refused act concerns.

``refusal-object``: "Russia has refused to engage on our draft resolution" (the speaker's side),
"Iran refused to accept the French proposal", "Cuba refused to take back Spain's deportees".
The subject of ``refuse`` with an infinitive rejects (CAMEO 12)
the actor named by, or owning, the object of the refused act: a direct object or the object of
its preposition. Verbs of saying are left out ("refused to comment on the US report" is no
rejection), and so are violent acts ("refused to attack Iran" rejects no one) and what a
yielding act gives up ("refused to hand over bin Laden": its to-phrase is the party). With no
such party, the one who proposed, wanted or deported what the act takes (the lexicon's
<proposed_by> participles, on the object or in a passive clause about it) is rejected:
"refused to accept a plan proposed by France", "refused to take back citizens after they were
deported from the United States". A refusal noun does the same for its owner ("Brazil's
refusal to accept an IMF program"), for what is owned (a party itself, "Egypt's refusal to
negotiate with Sudan", is ``nominal-control``'s, read as stated-intent). A refused meeting or
talks is CAMEO 125.

``negated-stance``: "Germany does not support the Trump administration's decision", "France
does not recognize Russia's annexation". A stance verb (``stance_verbs`` of
``kgraph/data/modality.tsv``) denied in the simple present (:func:`denied_stance`) states a
position against the party its backing or recognition cue would reach: the subject REJECTS
(CAMEO 12) that target, asserted (the denial is the act). A past "did not endorse Trump" is a
backing not given, "would not back" an intent (``stated-intent``); neither is read here. Only
parties: "does not recognize dual citizenship" rejects no one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import FIRST_PERSON, Arg, SentenceContext, conjuncts
from kgraph.extract.lexicon import in_class, rule_cue, words
from kgraph.extract.modality_clauses import (
    is_infinitive,
)
from kgraph.extract.modality_negation import (
    denied_stance,
)
from kgraph.extract.modality_words import REFUSAL_NOUNS
from kgraph.extract.rules_args import (
    resolve,
)
from kgraph.extract.rules_control import noun_owners
from kgraph.extract.rules_nominal_actors import governor
from kgraph.extract.rules_targets import resolve_target
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import subjects
from kgraph.extract.rules_verbal_targets import BLOCKED, verb_targets

REFUSAL_OBJECT = "refusal-object"
NEGATED_STANCE = "negated-stance"
# Relations of the cues whose denial is a rejection ("does not support", "does not recognize").
STANCE_RELATIONS = frozenset({"BACKS", "RECOGNIZES"})
REFUSING_VERBS = words("refuse")
# Refused acts that are words, not dealings with a party ("refused to comment on the report").
SAYING_ACTS = words(
    "comment say speak elaborate discuss disclose confirm deny identify name specify reveal "
    "answer respond detail explain give provide release"
)
REJECT_CUE = rule_cue("REJECTS", "refuse to", "refuse")
# A refused meeting or talks rejects a meeting (CAMEO 125, as stated-intent codes it).
MEETING_RELATIONS = frozenset({"MEETS", "NEGOTIATES_WITH"})
REJECT_MEETING_CUE = dataclasses.replace(REJECT_CUE, cameo="125")
DENIED_STANCE_CUE = rule_cue("REJECTS", "not <stance_verbs>", "support")


def _refused_act(verb: Token) -> Token | None:
    """The infinitive a refusing verb governs ("refused to engage" -> engage)."""
    for child in verb.children:
        if child.dep_ == "xcomp" and is_infinitive(child):
            return child
    return None


def _act_objects(act: Token, direct: bool = True) -> list[Token]:
    """The nouns the refused act deals with: its direct object (unless not ``direct``) and
    prepositional objects."""
    out: list[Token] = []
    for child in act.children:
        if child.dep_ in ("dobj", "dative") and direct:
            out.extend(conjuncts(child))
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(conjuncts(pobj))
    return out


def _quantified(nouns: list[Token]) -> list[Token]:
    """The nouns and, for a quantity of something ("some of their citizens"), its of-phrase."""
    out = list(nouns)
    for noun in nouns:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(p for p in prep.children if p.dep_ == "pobj")
    return out


def _party(ctx: SentenceContext, noun: Token, exclude: set[str]) -> Arg | None:
    """The actor a noun names ("the US"), or that owns it ("our draft", "the French plan")."""
    arg = resolve(ctx, noun, exclude)
    if arg is not None:
        return arg
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        if child.pos_ == "PRON" and child.lower_ not in FIRST_PERSON:
            return None  # "refused to alter their positions": mostly the refusers' own
        owner = resolve(ctx, child, exclude)
        if owner is not None:
            return owner
    return resolve_target(ctx, noun, exclude) if noun.pos_ in ("NOUN", "PROPN") else None


def _provenance_verbs(clause: Token) -> list[Token]:
    """A participle clause and the participles its xcomp chain adds ("ordered deported")."""
    out = [clause]
    for child in clause.children:
        if child.dep_ == "xcomp" and child.tag_ == "VBN":
            out.extend(_provenance_verbs(child))
    return out


def _provenance(
    ctx: SentenceContext, act: Token, nouns: list[Token], exclude: set[str]
) -> list[Arg]:
    """ "refused to accept a team proposed by Barroso", "refuse to take back migrants deported
    from the United States", "refused to take back citizens after they were deported from
    the US": the party that proposed, sent or deported what the refused act takes (a
    participle of the lexicon's <proposed_by> class on the act's object, or in a passive
    clause of the act whose subject is a pronoun for it), through its by- or from-phrase."""
    clauses = [c for noun in nouns for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    clauses.extend(
        c
        for c in act.children
        if c.dep_ == "advcl" and any(s.dep_ == "nsubjpass" and s.pos_ == "PRON" for s in c.children)
    )
    proposing = ctx.lexicon.classes.get("proposed_by", frozenset())
    out: list[Arg] = []
    for clause in clauses:
        for verb in _provenance_verbs(clause):
            if not in_class(verb, proposing):
                continue
            for prep in verb.children:
                if prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "from"):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for noun in conjuncts(pobj):
                        arg = resolve(ctx, noun, exclude)
                        if arg is not None and arg.entity.kind != "Topic":
                            out.append(arg)
    return out


def _violent(ctx: SentenceContext, act: Token) -> bool:
    """Whether a violent cue of the act finds its target ("attack Iran"; not "engage on")."""
    for cue in verb_cues(ctx, act):
        if cue.quad_class == 4:
            found = verb_targets(ctx, act, cue, set())
            if found is not None and found[0]:
                return True
    return False


def refusal_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Russia refused to engage on our draft resolution" -> RUS REJECTS the speaker;
    "Germany does not support the decision by Washington" -> DEU REJECTS USA."""
    yield from _refused_acts(ctx)
    yield from _denied_stances(ctx)


def _denied_stances(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Germany does not support the Trump administration's decision" -> DEU REJECTS the
    administration: the targets of the verb's first backing or recognition cue that fits."""
    for verb in ctx.of_pos("VERB"):
        if not denied_stance(verb):
            continue
        cues = [c for c in verb_cues(ctx, verb) if c.relation in STANCE_RELATIONS]
        if not cues:
            continue
        subs = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        exclude = {s.entity.id for s in subs}
        for cue in cues:
            found = verb_targets(ctx, verb, cue, exclude)
            if found is None:
                continue
            if found[1] == BLOCKED:
                break
            targets = [t for t in found[0] if t.entity.kind != "Topic"]
            if not targets:
                continue
            for sub in subs:
                for target in targets:
                    if sub.entity.id != target.entity.id:
                        yield Candidate(
                            sub, "REJECTS", target, DENIED_STANCE_CUE, NEGATED_STANCE, verb.i
                        )
            break


def _refusals(ctx: SentenceContext) -> Iterator[tuple[Token, Token, list[Arg], Token | None]]:
    """Each refusal with its refused act and refusers: a refusing verb with its subjects, or a
    refusal noun with its owners ("Brazil's refusal to accept an IMF program"), and the noun."""
    for verb in ctx.of_pos("VERB"):
        if verb.lemma_.lower() in REFUSING_VERBS:
            act = _refused_act(verb)
            if act is not None:
                yield verb, act, subjects(ctx, verb)[0], None
    for noun in ctx.of_pos("NOUN"):
        if noun.lemma_.lower() not in REFUSAL_NOUNS:
            continue
        for act in noun.children:
            if act.dep_ == "acl" and is_infinitive(act):
                gov = governor(noun)
                yield gov or noun, act, noun_owners(ctx, noun), noun
                break


def _refused_acts(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Russia refused to engage on our draft resolution" -> RUS REJECTS the speaker."""
    for verb, act, refusers, refusal in _refusals(ctx):
        if act.lemma_.lower() in SAYING_ACTS:
            continue
        if _violent(ctx, act):
            continue  # "refused to attack Iran" rejects no one
        subs = [s for s in refusers if s.entity.kind != "Topic"]
        exclude = {s.entity.id for s in subs}
        targets: list[Arg] = []
        # "refused to hand over bin Laden", "refused to free Navalny": what a yielding act gives
        # up is no party rejected (its to-phrase may be: "hand over ... to the United States")
        yielding = any(c.relation == "CONCEDES_TO" for c in verb_cues(ctx, act))
        for noun in _act_objects(act, direct=not yielding):
            if refusal is not None and resolve(ctx, noun, exclude) is not None:
                continue  # "Peru's refusal to back Bolivia": nominal-control's (stated-intent)
            party = _party(ctx, noun, exclude)
            if party is None or party.entity.kind == "Topic":
                continue
            if all(t.entity.id != party.entity.id for t in targets):
                targets.append(party)
        if not targets:
            # "refused to take back migrants deported from the US": who sent them
            # ("refused to hand over officers wanted by Turkey": the direct object too)
            for party in _provenance(ctx, act, _quantified(_act_objects(act)), exclude):
                if all(t.entity.id != party.entity.id for t in targets):
                    targets.append(party)
        meeting = any(c.relation in MEETING_RELATIONS for c in verb_cues(ctx, act))
        cue = REJECT_MEETING_CUE if meeting else REJECT_CUE
        for sub in subs:
            for target in targets:
                yield Candidate(
                    sub,
                    "REJECTS",
                    target,
                    cue,
                    REFUSAL_OBJECT,
                    verb.i,
                    noun=refusal.i if refusal is not None else None,
                )
