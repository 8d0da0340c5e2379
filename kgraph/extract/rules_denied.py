"""The denied-charge rule: "Saudi Arabia says Qatar funds militants, a charge Doha denies".

==============  =====  =======================================================================
rule            base   shape
==============  =====  =======================================================================
denied-charge   0.65   "X said Y ..., a charge Y denies", "an allegation Tehran dismissed as a
                       lie", "an accusation Moscow rejects": an allegation noun (the lexicon's
                       <allegations> class) added to a reported clause, with a relative clause
                       whose verb is a denial (<denials>) and whose subject is an actor. The
                       text itself calls what the speaker said an allegation against the
                       denier, so the speaker accuses the denier (CRITICIZES, ACCUSE, 112).
                       The speaker is the subject of the nearest reporting or accusing verb
                       (<charging_verbs>: "denounced the violence as ethnic cleansing, an
                       accusation Myanmar rejects") above the noun, and must be one that
                       accuses (a state, a state body, an IGO, a titled person; not the media
                       or the police). The denial itself is not coded (CAMEO and NEWS-DEV code
                       no denials).
==============  =====  =======================================================================
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import (
    Arg,
    SentenceContext,
)
from kgraph.extract.args_plural import (
    resolve_all,
)
from kgraph.extract.modality_words import (
    REPORTING_VERBS,
)
from kgraph.extract.rules_derived import accusing_speaker
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects

RULE = "denied-charge"
CONFIDENCE = 0.65
# Dependency labels joining the allegation noun to its clause ("..., a charge Doha denies").
ATTACHMENTS = frozenset({"npadvmod", "appos", "attr", "advcl", "conj"})
# Steps up from the noun to the speaker's verb: the noun closes a sentence whose reported clause
# may be long ("denounced the violence as ethnic cleansing to drive the Rohingya out of
# Myanmar, an accusation Myanmar rejects": the noun hangs on the last name, seven steps down;
# zero24). Only a reporting or accusing verb is taken, the nearest one.
MAX_UP = 8


def _speaker_verb(noun: Token, alleging: frozenset[str]) -> Token | None:
    """The nearest reporting or accusing verb (``alleging``) above the allegation noun; or,
    when the parser made the denial the root, the reporting or accusing complement before the
    noun."""
    if noun.dep_ == "dobj":
        for clause in noun.head.children:
            if clause.dep_ == "ccomp" and clause.i < noun.i and clause.lemma_.lower() in alleging:
                return clause
        return None
    token = noun
    for _ in range(MAX_UP):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in alleging:
            return token
    return None


def _deniers(ctx: SentenceContext, noun: Token, denials: frozenset[str]) -> list[Arg]:
    """The subjects of a denial relative clause on the noun ("a charge Doha denies"); also as
    the parser often reads it, the noun as the denial's subject with the denier in apposition
    ("a charge [Doha] denied", nsubj + appos)."""
    clauses: list[tuple[Token, list[Token]]] = []
    if noun.dep_ in ATTACHMENTS:
        for clause in noun.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in denials:
                # a name before a present-tense verb is sometimes parsed as its compound
                names = [
                    c for c in clause.children if c.dep_ in ("nsubj", "compound") and c.i < clause.i
                ]
                clauses.append((clause, names))
    # zero24: a present-tense denial after a name is sometimes tagged a plural noun ("an
    # accusation Myanmar rejects": "rejects" NNS), hung on the allegation noun as its apposition
    # or relative clause, or taking the noun as its compound; the name is its compound.
    misread = [c for c in noun.children if c.dep_ in ("appos", "relcl") and c.i > noun.i]
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        misread.append(noun.head)
    for word in misread:
        if word.tag_ == "NNS" and word.lemma_.lower() in denials:
            names = [c for c in word.children if c.dep_ == "compound" and noun.i < c.i < word.i]
            clauses.append((word, names))
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in denials:
        clauses.append((noun.head, [c for c in noun.children if c.dep_ == "appos"]))
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in denials:
        # "India accused Pakistan of ..., a charge Islamabad denies" parsed with "denies" as
        # the root, the accusation its complement and the charge its object
        verb = noun.head
        clauses.append((verb, [c for c in verb.children if c.dep_ == "nsubj" and c.i > noun.i]))
    out: list[Arg] = []
    for clause, names in clauses:
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "a charge Doha does not deny"
        for name in names:
            out.extend(resolve_all(ctx, name))
    return out


def denied_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every denied-charge relation of the sentence."""
    classes = ctx.lexicon.classes
    allegations = classes.get("allegations", frozenset())
    denials = classes.get("denials", frozenset())
    # verbs above the allegation noun whose subject made the allegation
    alleging = REPORTING_VERBS | classes.get("charging_verbs", frozenset())
    accuse = ctx.lexicon.verbs.get("accuse")
    if not allegations or not denials or not accuse:
        return
    cue = accuse[0]
    for noun in ctx.of_pos("NOUN"):
        if noun.lemma_.lower() not in allegations:
            continue
        deniers = [d for d in _deniers(ctx, noun, denials) if d.entity.kind != "Topic"]
        if not deniers:
            continue
        verb = _speaker_verb(noun, alleging)
        if verb is None:
            continue
        for speaker in subjects(ctx, verb)[0]:
            if not accusing_speaker(speaker.entity, verb):
                continue
            for denier in deniers:
                if speaker.entity.id != denier.entity.id:
                    yield Candidate(speaker, cue.relation, denier, cue, RULE, verb.i)
