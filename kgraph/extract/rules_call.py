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
meeting-    0.60   "Putin told Erdogan at a meeting in Sochi that ...", "Trump asked Comey in an
addressee          Oval Office meeting to ...", "Xi assured Trump over dinner that ...": a verb
                   of telling (the lexicon's <call_verbs>) done in/at/during/over a meeting,
                   talks or a meal (<talks>, <meals>) that names no partner of its own (no
                   with/between-phrase naming an actor, no owner but a possessive pronoun) is
                   a meeting (MEETS 040) between the verb's subject and the one it addresses,
                   a person, country or group (not an organisation addressed in session, nor
                   a place). Modality is the verb's.
==========  =====  ===========================================================================

The words are data: the lexicon's ``<phone_words>``, ``<call_nouns>``, ``<bare_call_nouns>``,
``<call_verbs>``, ``<talks>`` and ``<meals>`` classes; the cues are the lexicon's "telephone"
(MEETS, CONSULT, 041) and "meet" (MEETS, CONSULT, 040).
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
MEETING_RULE = "meeting-addressee"
# Prepositions of a meeting a clause's act was done in ("told Erdogan at a meeting", "assured
# Trump over dinner").
MEETING_PREPS = words("in at during over")
# Prepositions of a meeting noun that name its own partners: "at a meeting with Putin" (the
# nominal rules read those).
PARTNER_PREPS = words("with between")
# Kinds of actor a meeting's addressee may be: "told the Security Council at a meeting" is a
# statement to a body in session, "told Reuters at a dinner" a word to the press.
ADDRESSEE_KINDS = frozenset({"Person", "Country", "Group"})


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


def _own_meeting(ctx: SentenceContext, noun: Token) -> bool:
    """A meeting noun that names no partner of its own: no with/between-phrase naming an
    actor ("a meeting with a visiting foreign leader" names none) and no owner but a
    possessive pronoun ("during their talks", not "at Putin's meeting")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.tag_ != "PRP$":
            return False
        if (
            child.dep_ == "prep"
            and child.lower_ in PARTNER_PREPS
            and any(p.dep_ == "pobj" and resolve_all(ctx, p) for p in child.children)
        ):
            return False
    return True


def meeting_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """The meeting-addressee rule (module docstring): "Putin told Erdogan at a meeting that
    ..." -> Putin MEETS Erdogan (040)."""
    classes = ctx.lexicon.classes
    meetings = classes.get("talks", frozenset()) | classes.get("meals", frozenset())
    tellers = classes.get("call_verbs", frozenset())
    cue = next((c for c in ctx.lexicon.verbs.get("meet", []) if c.relation == "MEETS"), None)
    if not meetings or not tellers or cue is None:
        return
    for noun in ctx.sent:
        prep = noun.head
        if (
            noun.dep_ != "pobj"
            or noun.lemma_.lower() not in meetings
            or prep.dep_ != "prep"
            or prep.lower_ not in MEETING_PREPS
        ):
            continue
        verb = prep.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in tellers:
            continue
        if not _own_meeting(ctx, noun):
            continue
        others = [
            a
            for a in _addressees(ctx, verb, tellers, frozenset())
            if a.entity.kind in ADDRESSEE_KINDS
        ]
        if not others:
            continue
        for sub in subjects(ctx, verb)[0]:
            if sub.entity.kind == "Topic":
                continue
            for other in others:
                if sub.entity.id != other.entity.id:
                    yield Candidate(sub, cue.relation, other, cue, MEETING_RULE, verb.i)
