"""Clause shapes the modality walk steps through: infinitives, participles, conjuncts, tense.

A conjunct or participle the parser hung on the wrong verb shares another verb's clause
("urging China to open its markets and calling on Russia"); a speech participle or a performed
purpose is the act of the verb it hangs on ("expelled diplomats to protest"); a past or
perfect tense tells an act as done.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.modality_words import (
    INTENT_VERBS,
    NEGATIVE_CONTROL,
    PERFORMED_PURPOSES,
    REPORTING_VERBS,
    SPEECH_PARTICIPLES,
)


def speech_participle(verb: Token) -> bool:
    """ "Trump said China can fix this, urging Beijing to act": a speech-act participle hung
    on the reported clause, which goes on with the speaker's own words."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_PARTICIPLES
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in REPORTING_VERBS
    )


def participle_conjunct(verb: Token) -> Token | None:
    """ "urging China to open its markets and calling on Russia": the participle a misparsed
    conjunct (hung on the first participle's infinitive) really belongs with."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and head.tag_ == "VB"
        and (head.dep_ == "xcomp" and head.head.tag_ == "VBG")
    ):
        return head.head
    return None


def finite_conjunct(verb: Token) -> Token | None:
    """ "Iran denies arming the Houthis and blames the war on Riyadh": a finite verb the parser
    conjoined to a gerund or infinitive complement belongs with that complement's governing
    verb (a tensed verb cannot continue a gerund); the governor, or None."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBZ", "VBD", "VBP")
        and head.tag_ in ("VBG", "VB")
        and head.dep_ in ("xcomp", "pcomp", "ccomp")
        and head.head.pos_ in ("VERB", "AUX")
    ):
        return head.head
    return None


def performed_purpose(verb: Token) -> bool:
    """ "expelled 15 diplomats to protest Cuba's failure", "took to Twitter to offer Strange his
    endorsement": a speech or stance act that is the purpose of an act told as done is done by
    that act."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and is_infinitive(verb)
        and verb.lemma_.lower() in PERFORMED_PURPOSES
        and verb.head.pos_ == "VERB"
        and verb.head.lemma_.lower() not in INTENT_VERBS | NEGATIVE_CONTROL
        and past_or_perfect(verb.head)
    )


def own_aux(token: Token) -> list[Token]:
    """A conjunct's own tense, mood or negation; an infinitive's "to" is none ("refusing to
    move the embassy or to recognize Jerusalem": the second act is refused too)."""
    return [
        c
        for c in token.children
        if c.dep_ in ("aux", "auxpass", "neg") and not (c.dep_ == "aux" and c.lower_ == "to")
    ]


def is_infinitive(token: Token) -> bool:
    """A to-infinitive: "to send" in "agreed to send"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def past_indicative(verb: Token) -> bool:
    """ "that he met", "that Iran had attacked": a past tense, which a mandate's subjunctive
    ("demanded that the US match", "urged that talks resume") never has."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def past_or_perfect(verb: Token) -> bool:
    """A past or perfect tense with no modal: "sought", "had sought", "has agreed"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].lemma_.lower() == "have"
        and auxes[0].dep_ == "aux"
    )
