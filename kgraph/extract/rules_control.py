"""Who does the act an event noun's infinitive names: "Egypt's refusal to negotiate with Sudan".

An event noun of decision, intent or refusal lends its owner to the infinitive hung on it:
"Egypt's refusal to negotiate with Sudan" (Egypt would negotiate), "a decision by Congress to
sanction Iran", "Russia's pledge to send troops to Syria". The owner is a possessive, a by- or
from-phrase, or a name or demonym modifier ("the Iranian offer to resume talks"), else the
subject of a verb that states the noun ("Iran expressed readiness to help Iraq",
:func:`stating_verb`). The rule is
``nominal-control``; :mod:`kgraph.extract.modality` says how each noun class holds the act
(a decision: done; an intent: announced; a refusal: refused).
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import (
    Arg,
    SentenceContext,
)
from kgraph.extract.args_plural import (
    resolve_all,
)
from kgraph.extract.modality import clause_modality
from kgraph.extract.modality_clauses import (
    is_infinitive,
)
from kgraph.extract.modality_words import (
    CONTROL_NOUNS,
    INTENT_STATING_VERBS,
)

NOMINAL_CONTROL = "nominal-control"


def control_noun(verb: Token) -> Token | None:
    """The decision, intent or refusal noun whose infinitive ``verb`` is, if any."""
    head = verb.head
    if verb.dep_ != "acl" or not is_infinitive(verb) or head.pos_ != "NOUN":
        return None
    return head if head.lemma_.lower() in CONTROL_NOUNS else None


def noun_owners(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """The actor owning an event noun: its possessive, by/from-phrase or actor modifier."""
    for child in noun.children:
        if child.dep_ == "poss":
            args = resolve_all(ctx, child)
            if args:
                return args
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (args := resolve_all(ctx, pobj)):
                    return args
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            span = ctx.actor(child)
            if span is not None:
                return [Arg(span.entity, span.head)]
    return []


def control_subjects(ctx: SentenceContext, verb: Token) -> list[Arg]:
    """ "Egypt's refusal to negotiate": the owner of the noun the infinitive hangs on."""
    noun = control_noun(verb)
    return noun_owners(ctx, noun) if noun is not None else []


def stating_verb(verb: Token) -> Token | None:
    """ "Iran expressed readiness to help Iraq", "Seoul made a proposal to hold talks with
    Pyongyang": the verb of <intent_stating_verbs> whose direct object is the decision, intent
    or refusal noun of the infinitive ``verb``, whose subject owns the noun; None when the noun
    has an owner of its own ("welcomed Iran's readiness to help"), or when the statement is
    denied or only supposed ("did not express willingness", "could signal readiness")."""
    noun = control_noun(verb)
    if noun is None or noun.dep_ != "dobj":
        return None
    stating = noun.head
    if stating.lemma_.lower() not in INTENT_STATING_VERBS:
        return None
    if any(
        (c.dep_ == "poss" and c.tag_ != "PRP$") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    ):
        return None  # "welcomed the company's offer to", "a proposal by the EU to": not its own
    said = clause_modality(stating)
    if said.negated or said.modality == "hypothetical":
        return None
    return stating
