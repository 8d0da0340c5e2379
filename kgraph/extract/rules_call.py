"""The phone-call rule: "Lavrov told Tillerson in a phone call that ..." -> MEETS (CAMEO 041).

==========  =====  ===========================================================================
rule        base   shape
==========  =====  ===========================================================================
phone-call  0.65   "Lavrov told Tillerson in a phone call that ...", "Merkel spoke to Putin by
                   telephone", "Merkel and Putin spoke by phone", "Erdogan and Putin held a
                   telephone conversation": a clause whose verb is done over the telephone (an
                   in/during/by/over/on-phrase, or the object of hold/have, naming a call or a
                   conversation with a phone word, or the phone itself) is a telephone
                   consultation between the verb's subject and whom it addresses: the object
                   of a verb of telling (the lexicon's <call_verbs>), or a to/with-phrase (of
                   the verb, or of the phone word: "was on the phone with Dunford"); with
                   no one addressed, between joint subjects. Modality is the verb's. A call
                   noun with no phone word ("informed Erdogan in a call that ...",
                   <bare_call_nouns>) is the call in an in/during/on/over-phrase, unless it is
                   a demand ("joined in a call for restraint").
==========  =====  ===========================================================================

The words are data: the lexicon's ``<phone_words>``, ``<call_nouns>``, ``<bare_call_nouns>``
and ``<call_verbs>`` classes; the cue is the lexicon's "telephone" (MEETS, CONSULT, 041).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import words
from kgraph.extract.rules_verbal import (
    Candidate,
)
from kgraph.extract.rules_verbal_subjects import (
    subjects,
)

RULE = "phone-call"
CONFIDENCE = 0.65
# Prepositions of a phrase saying a clause's act was done over the phone.
CALL_PREPS = words("in during by over on via")
# Prepositions of a phrase whose bare call noun is a telephone call ("in a call"; not "by a
# call", which is a demand's: "prompted by a call from").
BARE_CALL_PREPS = words("in during on over")
# A bare call noun's own prepositions that make it a demand ("a call for restraint").
DEMAND_PREPS = words("for to")
# Light verbs whose object is the call itself ("held a telephone conversation").
HOLDING_VERBS = words("hold have conduct")
# Prepositions of the one spoken to ("spoke to Putin", "spoke with Putin").
ADDRESSEE_PREPS = words("to with")


def _is_call(token: Token, phones: frozenset[str], calls: frozenset[str]) -> bool:
    """ "phone", "telephone", "a phone call", "a telephone conversation"."""
    lemma = token.lemma_.lower()
    if lemma in phones:
        return True
    if lemma not in calls:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in phones for c in token.children
    )


def _bare_call(token: Token, bare: frozenset[str]) -> bool:
    """ "in a call", "during calls": a call noun with no phone word that is no demand and no
    other kind of call named by a noun ("a sales call" is a visit)."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in bare
        and not any(
            (c.dep_ == "prep" and c.lower_ in DEMAND_PREPS)
            or (c.dep_ == "compound" and c.pos_ == "NOUN")
            for c in token.children
        )
    )


def _by_phone(
    verb: Token, phones: frozenset[str], calls: frozenset[str], bare: frozenset[str]
) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in CALL_PREPS:
            if any(p.dep_ == "pobj" and _is_call(p, phones, calls) for p in child.children):
                return True
            if child.lower_ in BARE_CALL_PREPS and any(
                p.dep_ == "pobj" and _bare_call(p, bare) for p in child.children
            ):
                return True
        elif (
            child.dep_ == "dobj"
            and verb.lemma_.lower() in HOLDING_VERBS
            and _is_call(child, phones, calls)
        ):
            return True
    return False


def _phone_partners(child: Token, phones: frozenset[str]) -> list[Token]:
    """ "spent an hour on the phone with Dunford": the with-phrase of the phone word itself
    in a phone phrase of the verb (a call noun's with-phrase is the nominal cue "call with")."""
    if child.dep_ != "prep" or child.lower_ not in CALL_PREPS:
        return []
    return [
        q
        for p in child.children
        if p.dep_ == "pobj" and p.lemma_.lower() in phones
        for w in p.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for q in w.children
        if q.dep_ == "pobj"
    ]


def _addressees(
    ctx: SentenceContext, verb: Token, tellers: frozenset[str], phones: frozenset[str]
) -> list[Arg]:
    out: list[Arg] = []
    telling = verb.lemma_.lower() in tellers
    for child in verb.children:
        found: list[Token] = _phone_partners(child, phones)
        if child.dep_ in ("dobj", "dative") and telling and child.lower_ != "to":
            found = [child]
        elif child.dep_ in ("prep", "dative") and child.lower_ in ADDRESSEE_PREPS:
            found = [p for p in child.children if p.dep_ == "pobj"]
        for token in found:
            for arg in resolve_all(ctx, token):
                if arg.entity.kind != "Topic" and all(a.entity.id != arg.entity.id for a in out):
                    out.append(arg)
    return out


def _phone_verbs(ctx: SentenceContext, phones: frozenset[str], bare: frozenset[str]) -> list[Token]:
    """The verbs a phone word of the sentence can hang on ("by phone", "in a phone call",
    "held a telephone conversation"): up to three heads above each phone word, so that a
    sentence with none costs one pass of set lookups."""
    out: list[Token] = []
    for token in ctx.sent:
        phone = token.lower_ in phones or token.lemma_.lower() in phones
        if not phone and not (token.dep_ == "pobj" and _bare_call(token, bare)):
            continue
        head = token
        for _ in range(3):
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                if all(v.i != head.i for v in out):
                    out.append(head)
                break
    return out


def call_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every phone-call relation of the sentence."""
    classes = ctx.lexicon.classes
    phones = classes.get("phone_words", frozenset())
    calls = classes.get("call_nouns", frozenset())
    tellers = classes.get("call_verbs", frozenset())
    bare = classes.get("bare_call_nouns", frozenset())
    cues = ctx.lexicon.verbs.get("telephone")
    if not phones or not cues:
        return
    cue = cues[0]
    for verb in _phone_verbs(ctx, phones, bare):
        if not _by_phone(verb, phones, calls, bare):  # _phone_verbs gives verbs only
            continue
        subs = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        if not subs:
            continue
        others = _addressees(ctx, verb, tellers, phones)
        pairs: list[tuple[Arg, Arg]] = [(s, o) for s in subs for o in others]
        if not others:
            # "Merkel and Putin spoke by phone": each pair of joint subjects
            pairs = [(a, b) for i, a in enumerate(subs) for b in subs[i + 1 :]]
        for sub, other in pairs:
            if sub.entity.id != other.entity.id:
                yield Candidate(sub, cue.relation, other, cue, RULE, verb.i)
