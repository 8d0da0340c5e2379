"""Clause shapes the modality walk steps through: infinitives, participles, conjuncts, tense.

A conjunct or participle the parser hung on the wrong verb shares another verb's clause
("urging China to open its markets and calling on Russia"); a speech participle or a performed
purpose is the act of the verb it hangs on ("expelled diplomats to protest"); a past or
perfect tense tells an act as done.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.modality_words import (
    ANTICIPATION_ADVERBS,
    ANTICIPATION_VERBS,
    COMMITMENT_VERBS,
    GOING_VERBS,
    INTENT_VERBS,
    NEGATIVE_CONTROL,
    NOT_YET_ADVERBS,
    PERFORMED_PURPOSES,
    PLAN_SUBJECTS,
    RANK_WORDS,
    RANKING_COPULAS,
    READINESS_ADJECTIVES,
    REPORTING_VERBS,
    SCHEDULE_COPULAS,
    SCHEDULE_PASSIVES,
    SPEECH_PARTICIPLES,
    TRAVEL_VERBS,
)


def commitment(verb: Token) -> Token | None:
    """ "Japan is committed to working with South Korea": the verb of <commitment_verbs> whose
    to-phrase holds the gerund ``verb`` (or of <anticipation_verbs> with its adverb: "looks
    forward to working with"), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    if prep.head.lemma_.lower() in COMMITMENT_VERBS:
        return prep.head
    # appeal26: "Japan looks forward to working with Iran": an act the subject awaits as its own
    if prep.head.lemma_.lower() in ANTICIPATION_VERBS and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in ANTICIPATION_ADVERBS for c in prep.head.children
    ):
        return prep.head
    return None


def readiness_copula(noun: Token) -> Token | None:
    """ "Russia was ready for talks with the United States", "remained open to dialogue with
    Kiev": the copula whose subject stands ready for the event noun (the noun in a for/to-phrase
    of a <readiness_adjectives> word after the copula), or None."""
    prep = noun.head
    adjective = prep.head
    if (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("for", "to")
        and adjective.dep_ == "acomp"
        and adjective.lemma_.lower() in READINESS_ADJECTIVES
    ):
        return adjective.head
    return None


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


def before_subordinator(verb: Token) -> bool:
    """ "Hamas made its step, disbanding its government, after Egypt imposed a boycott": a
    participle the parser hung on a later clause that a subordinator ("after", "when")
    introduces between them belongs to the clause before, not to the subordinate one."""
    head = verb.head
    return verb.i < head.i and any(
        c.dep_ in ("mark", "prep") and verb.i < c.i < head.i for c in head.children
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
    # "The Kremlin denies charges that it is stoking the revolt and aiding the rebels and accuses
    # Kiev of ...": a finite verb with no auxiliary of its own hung on a progressive conjunct of a
    # noun's that-clause continues the verb whose object the noun is
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    noun = first.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBZ", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        and head.tag_ == "VBG"
        and first.dep_ == "acl"
        and noun.dep_ == "dobj"
        and noun.head.tag_ == verb.tag_
    ):
        return noun.head
    return None


def performed_purpose(verb: Token) -> bool:
    """ "expelled 15 diplomats to protest Cuba's failure", "took to Twitter to offer Strange his
    endorsement", "was speaking to announce the deals": a speech or stance act that is the
    purpose of an act told as done (or as going on then) is done by that act."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and is_infinitive(verb)
        and verb.lemma_.lower() in PERFORMED_PURPOSES
        and verb.head.pos_ == "VERB"
        and verb.head.lemma_.lower() not in INTENT_VERBS | NEGATIVE_CONTROL
        and (past_or_perfect(verb.head) or past_progressive(verb.head))
    )


def past_progressive(verb: Token) -> bool:
    """ "was speaking", "were marching": a past progressive with no modal, an act told as going
    on then."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBG"
        and len(auxes) == 1
        and auxes[0].lower_ in ("was", "were")
        and auxes[0].dep_ == "aux"
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


def scheduled_copula(verb: Token) -> bool:
    """ "Tillerson is to meet Putin", "U.S. and Russian officials are to discuss the issue": a
    to-infinitive of the copula tells an act on its subject's schedule (as "is due to"). Not
    an act still missing ("is yet to meet"), nor denied ("is not to meet"), nor a plan noun's
    content ("the aim is to meet", ``plan_subjects``)."""
    head = verb.head
    if (
        verb.dep_ != "xcomp"
        or not is_infinitive(verb)
        or head.lemma_.lower() not in SCHEDULE_COPULAS
    ):
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lemma_.lower() in PLAN_SUBJECTS for s in subjects):
        return False
    return not any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NOT_YET_ADVERBS)
        for node in (head, verb)
        for c in node.children
    )


def ranked(noun: Token) -> bool:
    """A noun with a rank ("the first country", "the latest senator", "the first"), or "one
    of" such nouns ("one of the first countries")."""
    if noun.lower_ in RANK_WORDS:
        return True
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in RANK_WORDS for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"


def ranked_copula(verb: Token) -> Token | None:
    """The copula whose subject does a ranked noun's infinitive: "Japan became the first
    country to sanction North Korea" (the infinitive on the noun, or on the copula), "was the
    only senator to endorse Trump", "is one of the first countries to recognize Kosovo": the
    act is the subject's, told in the copula's tense (``rank_words``, ``ranking_copulas``)."""
    if not is_infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and ranked(head):
        attr = _ranked_phrase(head)
        copula = attr.head
        if attr.dep_ == "attr" and copula.lemma_.lower() in RANKING_COPULAS:
            return copula
        return None
    if (
        verb.dep_ in ("advcl", "xcomp")
        and head.lemma_.lower() in RANKING_COPULAS
        and any(c.dep_ == "attr" and ranked(c) for c in head.children)
    ):
        return head
    return None


def ranked_apposition(verb: Token) -> Token | None:
    """The name a ranked noun in apposition describes by its infinitive: "Obama, the first U.S.
    president to visit Cuba since 1928, ..." (the act is the name's, told as done), else
    None."""
    if not is_infinitive(verb) or verb.dep_ not in ("acl", "relcl") or not ranked(verb.head):
        return None
    noun = _ranked_phrase(verb.head)
    return noun.head if noun.dep_ == "appos" else None


def _ranked_phrase(noun: Token) -> Token:
    """The head of a ranked noun's phrase: "one" of "one of the first countries to", else the
    noun."""
    while noun.dep_ == "pobj" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    return noun


def scheduled_passive(verb: Token) -> bool:
    """ "Yildirim is expected to meet Abadi on Sunday": the passive of an expectation verb
    (``schedule_passives``) with a to-infinitive tells, in news English, what is on its
    subject's schedule; not negated ("is not expected to meet")."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and is_infinitive(verb)
        and head.lemma_.lower() in SCHEDULE_PASSIVES
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and not any(c.dep_ == "neg" for c in head.children)
    )


def travel_purpose(verb: Token) -> bool:
    """ "Abe flew to New York to meet Trump", "will travel to Miami next week to meet with
    community leaders": the purpose infinitive of a verb of travel (``travel_verbs``) is an act
    its subject intends; not when the travel is denied ("did not go to Moscow to meet Putin")."""
    head = verb.head
    return (
        verb.dep_ in ("advcl", "xcomp")
        and is_infinitive(verb)
        and head.pos_ == "VERB"
        and head.lemma_.lower() in TRAVEL_VERBS
        and not any(c.dep_ == "neg" for c in head.children)
        and not (verb.dep_ == "xcomp" and going_future(head))  # "is going to ask": no travel
    )


def going_future(verb: Token) -> bool:
    """ "is going to ask Congress", "was going to meet Putin": ``verb`` is a progressive of
    <going_verbs> with its "be", the future of the infinitive it controls; not a journey with
    its destination ("is going to Moscow to meet Putin")."""
    return (
        verb.lemma_.lower() in GOING_VERBS
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
        and not any(c.dep_ == "prep" for c in verb.children)
    )
