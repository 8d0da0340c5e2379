"""The copula-adjective rule: "X is critical of Y" -> X CRITICIZES Y.

=================  =====  ===================================================================
rule               base   shape
=================  =====  ===================================================================
copula-adjective   0.65   "Sanders has been critical of Clinton", "Germany remains opposed to
                          the plan of the US", "Iran was not supportive of the rebels"
                          (negated): an ``adj`` cue of the lexicon as the complement of a
                          copula (be, remain, become ...); the actor is the copula's subject
                          (as for any verb: conjoined, controlled, relative), the target the
                          object of the cue's preposition on the adjective. Modality and
                          negation are the copula's.
owned-wrong        0.60   "'North Korea's reckless behavior is a global threat,' the head of
                          NATO said" -> CRITICIZES PRK: a deed an actor owns, called a wrong
                          in what a speaker for a state says (owned_wrong_candidates; run from
                          :mod:`kgraph.extract.rules_indirect`)
=================  =====  ===================================================================
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.lexicon import words
from kgraph.extract.rules_control import noun_owners
from kgraph.extract.rules_derived import accusing_speaker
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects
from kgraph.extract.rules_verbal_targets import TOPIC_RELATIONS

RULE = "copula-adjective"
CONFIDENCE = 0.65
# Verbs that link a subject to an adjective describing its stance.
COPULAS = words("be remain become grow stay seem appear sound")


def adjective_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every copula-adjective relation of the sentence."""
    adjectives = ctx.lexicon.adjectives
    if not adjectives:
        return
    for adj in ctx.sent:
        cues = adjectives.get(adj.lemma_.lower()) or adjectives.get(adj.lower_)
        if not cues:
            continue
        first = adj  # "is hostile to NATO and grateful to China": the first conjunct's copula
        while first.dep_ == "conj" and first.head.pos_ == "ADJ":
            first = first.head
        if first.dep_ != "acomp" or first.head.lemma_.lower() not in COPULAS:
            continue
        copula = first.head
        subs, _ = subjects(ctx, copula)
        if not subs:
            continue
        exclude = {s.entity.id for s in subs}
        for cue in cues:
            pobjs = [
                pobj
                for prep in adj.children
                if prep.dep_ == "prep" and prep.lower_ == cue.prep
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
            if not pobjs:
                continue
            topics = cue.relation in TOPIC_RELATIONS
            for pobj in pobjs:
                for target in resolve_targets(ctx, pobj, exclude, topics=topics):
                    for sub in subs:
                        if sub.entity.id != target.entity.id:
                            yield Candidate(sub, cue.relation, target, cue, RULE, copula.i)
            break


OWNED_WRONG = "owned-wrong"
OWNED_WRONG_CONFIDENCE = 0.60


def _said_clauses(ctx: SentenceContext) -> Iterator[tuple[Token, Token]]:
    """(reporting verb, the clause it reports): its that-clause, or the quote it hangs on as a
    parataxis or ccomp ("'...,' Merkel said")."""
    reporting = ctx.lexicon.classes.get("view_reporting_verbs", frozenset())
    for verb in ctx.sent:
        if verb.lemma_.lower() not in reporting or verb.pos_ != "VERB":
            continue
        for clause in verb.children:
            if clause.dep_ == "ccomp":
                yield verb, clause
        if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
            yield verb, verb.head


def _unasserted(noun: Token, clause: Token, hedges: frozenset[str]) -> bool:
    """Whether the wrong is not the speaker's own claim: a negation between the noun and the
    reported clause's head (both included: "said Russia's aggression was not the cause"), or
    a hedge on the way (the lexicon's ``<wrong_hedges>``: "alleged Russian meddling", "the
    investigation into Russian meddling", "raised allegations of Russian interference")."""
    token = noun
    while True:
        if any(c.dep_ == "neg" or c.lemma_.lower() in hedges for c in token.children):
            return True
        if token != noun and token.lemma_.lower() in hedges:
            return True
        if token == clause or token.head == token:
            return False
        token = token.head


def owned_wrong_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "'North Korea's reckless behavior is a global threat,' the head of NATO said", "said
    Trump had created an opportunity to roll back Iran's aggression": a deed an actor owns (a
    possessive, a by-phrase, a demonym), called a wrong in what a speaker says (a noun of the
    lexicon's ``<wrong_deeds>`` or one an adjective of ``<wrong_qualities>`` modifies), is
    criticized by the speaker (CRITICIZES, 111). The speaker must speak for a state
    (``rules_derived.accusing_speaker``, not a pronoun); not its own country's deed, not under
    a negation or a hedge (an allegation, an inquiry: :func:`_unasserted`)."""
    classes = ctx.lexicon.classes
    deeds = classes.get("wrong_deeds", frozenset())
    qualities = classes.get("wrong_qualities", frozenset())
    hedges = classes.get("wrong_hedges", frozenset())
    cues = [c for c in ctx.lexicon.verbs.get("criticize", []) if c.relation == "CRITICIZES"]
    if not cues or not (deeds or qualities):
        return
    for report, clause in _said_clauses(ctx):
        # (not a pronoun: "..., he said" names its speaker a sentence away)
        speakers = [
            s
            for s in subjects(ctx, report)[0]
            if accusing_speaker(s.entity, report) and s.via != "pronoun"
        ]
        if not speakers:
            continue
        # the reporting verb's own words (its subject: "the head of NATO"), not the report
        own = {t.i for t in report.subtree}
        if clause.head == report:
            own -= {t.i for t in clause.subtree}
        for noun in clause.subtree:
            if noun.pos_ != "NOUN" or noun.i in own or ctx.actor(noun) is not None:
                continue
            wrong = noun.lemma_.lower() in deeds or any(
                c.dep_ == "amod" and c.lemma_.lower() in qualities for c in noun.children
            )
            if not wrong or _unasserted(noun, clause, hedges):
                continue
            owners = [o for o in noun_owners(ctx, noun) if o.entity.kind != "Topic"]
            for speaker in speakers:
                home = speaker.entity.country or speaker.entity.id.partition(":")[0]
                for owner in owners:
                    if owner.entity.id in (speaker.entity.id, home):
                        continue
                    if (owner.entity.country or owner.entity.id.partition(":")[0]) == home:
                        continue  # its own country's deed: a domestic quarrel left out
                    yield Candidate(
                        speaker, "CRITICIZES", owner, cues[0], OWNED_WRONG, report.i, noun=noun.i
                    )
