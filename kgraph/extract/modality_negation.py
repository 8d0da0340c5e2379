"""Negation and denial shapes of the modality rules: what denies an act, and what keeps it.

* a "no" determiner on a subject or object ("exported no oil to North Korea") or "neither ...
  nor" on the subject denies the act;
* a conjunct after "but" to a denied verb is the act done instead ("did not fight them but
  helped Assad");
* a stance verb denied in the simple present ("does not support") is a rejection of its own;
* a reported clause called an allegation that someone denies (", a charge Doha denies"), or
  a report judged false ("the report was incorrect"), is no fact told.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.modality_words import (
    ALLEGATION_NOUNS,
    DENIAL_VERBS,
    FALSITY_ADJECTIVES,
    NO_DET_ARGUMENTS,
    RETRACTION_VERBS,
    STANCE_VERBS,
)


def has_negation(token: Token) -> bool:
    """Whether the word carries a negation of its own ("did not say", "was not responsible")."""
    return any(c.dep_ == "neg" for c in token.children)


def contrasted(conjunct: Token) -> bool:
    """ "Russia is not attacking the rebels but instead helping Assad", "did not fight them but
    helped Assad": a conjunct joined by "but" to a denied verb is the act done instead, not
    denied with it (the first verb's tense, mood and report still hold)."""
    head = conjunct.head
    return any(
        c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < conjunct.i for c in head.children
    ) and any(c.dep_ == "neg" for c in head.children)


def neither(subject: Token) -> bool:
    return any(c.lower_ == "neither" for c in subject.children)


def no_argument(children: list[Token]) -> bool:
    """ "exported no oil to North Korea", "no country backed the plan": a ``no`` determiner on
    the verb's subject or object denies the act."""
    return any(
        c.dep_ in NO_DET_ARGUMENTS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in children
    )


def charge_denied_after(clause: Token, head: Token) -> bool:
    """ "India accused Pakistan of sheltering militants, a charge Islamabad denies", parsed
    with the accusation as the complement of "denies": the denial's object is an allegation
    noun after the clause, so the clause is said by its own subject, not denied."""
    if head.lemma_.lower() not in DENIAL_VERBS or clause.i > head.i:
        return False
    return any(
        c.dep_ == "dobj" and c.i > clause.i and c.lemma_.lower() in ALLEGATION_NOUNS
        for c in head.children
    )


def denied_allegation(clause: Token, report: Token) -> bool:
    """Whether a reported clause is called an allegation that someone denies: ", a charge
    Doha denies" on the clause, or (as the parser also reads it) a denial beside it whose
    subject is the allegation noun."""
    for child in clause.children:
        if child.lemma_.lower() in ALLEGATION_NOUNS and any(
            c.dep_ == "relcl" and c.lemma_.lower() in DENIAL_VERBS for c in child.children
        ):
            return True
    return any(
        sibling.dep_ == "ccomp"
        and sibling.i > clause.i
        and sibling.lemma_.lower() in DENIAL_VERBS
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ALLEGATION_NOUNS for c in sibling.children
        )
        for sibling in report.children
    )


def denied_stance(verb: Token) -> bool:
    """A stance verb denied in the simple present: "does not support", "do not recognize"
    (not "did not endorse", a past act not done; not "would not back", an intent; not "does
    not back out", a particle verb)."""
    if verb.lemma_.lower() not in STANCE_VERBS:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children) or any(c.dep_ == "prt" for c in children):
        return False
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].lemma_.lower() == "do" and auxes[0].tag_ in ("VBZ", "VBP")


def judged_false(report: Token) -> bool:
    """Whether a report noun is the subject of a predicate that calls it false or withdraws
    it ("the report was incorrect", "the story ... is wrong and was withdrawn")."""
    if report.dep_ not in ("nsubj", "nsubjpass"):
        return False
    predicate = report.head
    for verb in (predicate, *(c for c in predicate.children if c.dep_ == "conj")):
        if verb.lemma_.lower() in RETRACTION_VERBS:
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in FALSITY_ADJECTIVES for c in verb.children):
            return True
    return False
