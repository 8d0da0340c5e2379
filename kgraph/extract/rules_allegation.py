"""Allegations with their content: "Riyadh's accusation that Iran armed the Houthis".

``nominal-allegation``: an allegation noun (the lexicon's ``<allegation_nouns>`` class:
accusation, allegation, charge) owned by an actor (a possessive, a by-phrase, a name or
demonym modifier: "Pentagon allegations", "the U.S. charge") with a that-clause whose subject
is another actor: the owner accuses that actor (CRITICIZES, CAMEO 112). What the clause says
is hypothetical (:mod:`kgraph.extract.modality`), the accusation is not: its modality is that
of the noun's clause, so "Moscow denied Pentagon allegations that it bombed the fighters" still
has the Pentagon accusing. A claim or an assertion that something happened accuses no one by
itself ("China's claim that Japan agreed to the talks"), so those nouns are left out.

``nominal-demand``: the same shape with a demand or an appeal noun (the lexicon's
``<demand_nouns>`` and ``<appeal_nouns>`` classes): "Trump's demand that Mexico pay for the
wall" -> Trump DEMANDS MEX (CAMEO 10), "calls from party leaders that he quit the race" -> the
leaders APPEAL_TO him (02). The owner asks the subject of the that-clause to act; so also the
subject of a for-to clause ("Merkel renewed her call for Turkey to release the journalists" ->
Merkel APPEALS_TO TUR).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.args_plural import clause_subjects, resolve_all
from kgraph.extract.lexicon import Cue
from kgraph.extract.rules_control import noun_owners
from kgraph.extract.rules_nominal_actors import governor
from kgraph.extract.rules_verbal import Candidate
from kgraph.ontology import RELATIONS

NOMINAL_ALLEGATION = "nominal-allegation"
NOMINAL_DEMAND = "nominal-demand"
_REL = RELATIONS["CRITICIZES"]
ACCUSES_CUE = Cue(
    "noun", "allegation that", "allegation", "CRITICIZES", "ACCUSE", "112", _REL.quad_class or 3
)
DEMANDS_CUE = Cue(
    "noun", "demand that", "demand", "DEMANDS", "DEMAND", "10", RELATIONS["DEMANDS"].quad_class or 3
)
APPEALS_CUE = Cue(
    "noun",
    "call that",
    "call",
    "APPEALS_TO",
    "REQUEST",
    "02",
    RELATIONS["APPEALS_TO"].quad_class or 1,
)


def _content(noun: Token, asking: bool = False) -> Token | None:
    """The noun's that-clause: "allegations that Moscow bombed ..." (an acl with "that"); for
    a demand or an appeal (``asking``) also its for-to clause: "Trump's call for Congress to
    fund the wall" (the parser's advcl or acl with "for" and "to")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            return child
        if (
            asking
            and child.dep_ in ("acl", "advcl", "relcl")
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return child
    return None


def _asked_in_phrase(noun: Token) -> Token | None:
    """ "renewed her call for [Turkey] to release the journalists", as the parser often reads
    it: the for-phrase's object, followed by an infinitive with no subject of its own hung on
    the noun or on the noun's verb."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for clause in (*noun.children, *noun.head.children):
                if (
                    clause.i > pobj.i
                    and clause.dep_ in ("advcl", "acl", "xcomp")
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                ):
                    return pobj
    return None


def _shape(ctx: SentenceContext, noun: Token) -> tuple[Cue, str] | None:
    """The cue and rule of an allegation, demand or appeal noun, else None."""
    lemma, classes = noun.lemma_.lower(), ctx.lexicon.classes
    if lemma in classes.get("allegation_nouns", frozenset()):
        return ACCUSES_CUE, NOMINAL_ALLEGATION
    if lemma in classes.get("demand_nouns", frozenset()):
        return DEMANDS_CUE, NOMINAL_DEMAND
    if lemma in classes.get("appeal_nouns", frozenset()):
        return APPEALS_CUE, NOMINAL_DEMAND
    return None


def allegation_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Riyadh's accusation that Iran armed the Houthis" -> SAU CRITICIZES IRN; "Trump's
    demand that Mexico pay" -> Trump DEMANDS MEX."""
    for noun in ctx.of_pos("NOUN"):
        shape = _shape(ctx, noun)
        if shape is None:
            continue
        cue, rule = shape
        clause = _content(noun, asking=rule == NOMINAL_DEMAND)
        asked = None if clause is not None or rule != NOMINAL_DEMAND else _asked_in_phrase(noun)
        if clause is None and asked is None:
            continue
        owners = noun_owners(ctx, noun)
        if not owners:
            continue
        exclude = {o.entity.id for o in owners}
        found = (
            clause_subjects(ctx, clause, exclude)
            if clause is not None
            else resolve_all(ctx, asked, exclude)
            if asked is not None
            else []
        )
        accused = [a for a in found if a.entity.kind != "Topic"]
        gov = governor(noun)
        anchor = gov.i if gov is not None else noun.i
        for owner in owners:
            for target in accused:
                yield Candidate(owner, cue.relation, target, cue, rule, anchor, noun.i)
