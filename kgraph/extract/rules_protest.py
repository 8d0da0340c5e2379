"""An act done "in protest" over a party's deed protests it (``in-protest``).

"Two ministers resigned in protest over the government's new laws" -> the ministers PROTESTS
the government; "Pakistan recalled its ambassador in protest at India's remarks" -> PAK
CRITICIZES IND (114). A bare singular "protest" noun (the lexicon's ``<in_protest_nouns>``;
not "took part in a protest", "a surge in protests") that is the object of "in" on a verb, or
on the verb's object, and whose over/against/at/of-phrase names an actor, or a deed an actor
owns ("India's remarks", "U.S. sanctions", "a decision by China"; not an of-phrase: "the
arrest of X" is no deed of X), is the verb's subject's protest against that actor. A state,
its government or an international organisation complains officially (the lexicon's cue of
"protest to", CAMEO 114), unless the verb is a demonstration (``<demonstration_verbs>``:
"Ukrainians rallied in protest at Russia's annexation"); anyone else protests (its "protest
against", 14). A pronoun subject is left out: its antecedent is too often the nearest actor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, in_class
from kgraph.extract.rules_implicit import instrument_owners
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects

RULE = "in-protest"
# the prepositions naming what is protested: "in protest over/against/at/of"
GRIEVANCE_PREPS = frozenset({"over", "against", "at", "of"})
# sectors that speak for a state: their protest is an official complaint
STATE_SECTORS = frozenset({"GOV", "MIL"})


def _verb_of(prep: Token, changes: frozenset[str]) -> Token | None:
    """The verb the in-phrase belongs to: its head, or the head of the object it hangs on
    ("recalled its ambassador in protest"), unless that object is a change in amount ("faced
    a surge in protest": the lexicon's <amount_changes>)."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return None if in_class(head, changes) else head.head
    return None


def _grievances(noun: Token, prep: Token) -> list[Token]:
    """The objects of the phrase naming what is protested: on the noun, or next to it on the
    in-phrase's head (the parser's slip: "recalled its ambassador in protest over ...")."""
    holders = [c for c in noun.children if c.dep_ == "prep"]
    holders.extend(c for c in prep.head.children if c.dep_ == "prep" and c.i == noun.i + 1)
    return [
        pobj
        for holder in holders
        if holder.lower_ in GRIEVANCE_PREPS
        for pobj in holder.children
        if pobj.dep_ == "pobj"
    ]


def _targets(ctx: SentenceContext, grievance: Token) -> list[Arg]:
    """The actor protested: the phrase's own actor, or the owner of the deed it names."""
    return resolve_all(ctx, grievance) or instrument_owners(ctx, grievance)


def _official(arg: Arg) -> bool:
    entity = arg.entity
    if entity.kind in ("Country", "IGO"):
        return True
    return entity.kind == "Group" and entity.id.rsplit(":", 1)[-1] in STATE_SECTORS


def _cue(ctx: SentenceContext, noun: str, relation: str, prep: str) -> Cue | None:
    return next(
        (c for c in ctx.lexicon.nouns.get(noun, []) if c.relation == relation and c.prep == prep),
        None,
    )


def protest_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Acts done in protest at a party's deed (see the module docstring)."""
    nouns = ctx.lexicon.classes.get("in_protest_nouns", frozenset())
    demonstrations = ctx.lexicon.classes.get("demonstration_verbs", frozenset())
    changes = ctx.lexicon.classes.get("amount_changes", frozenset())
    for noun in ctx.of_pos("NOUN"):
        lemma = noun.lemma_.lower()
        if lemma not in nouns or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            continue
        if noun.lower_ != lemma:
            continue  # the idiom is singular: "a surge in protests against X" is no act
        if any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):
            continue  # "took part in a protest", "in a mass protest", "in their protest"
        prep = noun.head
        verb = _verb_of(prep, changes)
        if verb is None:
            continue
        protest = _cue(ctx, lemma, "PROTESTS", "against")
        complaint = _cue(ctx, lemma, "CRITICIZES", "to")
        if protest is None or complaint is None:
            continue
        targets = [
            t for g in _grievances(noun, prep) for t in _targets(ctx, g) if t.entity.kind != "Topic"
        ]
        if not targets:
            continue
        ids = {t.entity.id for t in targets}
        for subject in subjects(ctx, verb)[0]:
            if subject.entity.id in ids or subject.via == "pronoun":
                continue
            if subject.entity.kind == "Topic":
                continue
            official = _official(subject) and not in_class(verb, demonstrations)
            cue = complaint if official else protest
            for target in targets:
                yield Candidate(subject, cue.relation, target, cue, RULE, verb.i, noun=noun.i)
