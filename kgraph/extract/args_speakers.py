"""Who speaks: the speaker of reported speech, spokespersons and the one they speak for.

"we" in what a spokesman says is the body spoken for; "it" in what a country says is that
country; "he" in what a ministry says of a person is that person. Used by
:mod:`kgraph.extract.args_pronouns`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import (
    PLURAL,
    SPEAKING_VERBS,
    SPOKES_NOUNS,
    Arg,
    SentenceContext,
    dep_children,
    gender_fits,
)
from kgraph.extract.lexicon import words
from kgraph.extract.modality_words import REPORT_NOUNS
from kgraph.extract.rules_args import resolve
from kgraph.extract.spans import ActorSpan

# Verbs whose that-clause is what their subject asserts of someone ("Turkey complained that
# Syria had attacked it"), besides the speaking verbs: an object "it" there is the subject.
ASSERTING_VERBS = SPEAKING_VERBS | words("complain charge allege claim report confirm")


def speech_subject(
    token: Token, stop: frozenset[str] = frozenset(), verbs: frozenset[str] = SPEAKING_VERBS
) -> Token | None:
    """The subject of the speaking verb (one of ``verbs``) whose that-clause holds ``token``
    (the nearest one above it), or None; None too past an ancestor whose dependency is in
    ``stop``."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in stop:
            return None
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in verbs:
            return next((c for c in ancestor.head.children if c.dep_ == "nsubj"), None)
    return None


def speaker_of(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "Russia refused our draft, a U.S. spokesman said": "we/our" inside what a speaker says
    is the speaker; outside reported speech it names no one."""
    subject = speech_subject(token)
    if subject is not None and is_spokesperson(subject):
        # "'We highly appreciate ...,' Foreign Ministry spokesman Lu Kang said": a
        # spokesperson's "we" is the body spoken for, not the spokesperson; none named, no one
        body = principal_of(ctx, subject, exclude) or title_body(ctx, subject)
        return Arg(body.entity, body.token, "pronoun", body.hops) if body else None
    arg = resolve(ctx, subject, exclude) if subject is not None else None
    return Arg(arg.entity, arg.token, "pronoun", arg.hops) if arg else None


def title_body(ctx: SentenceContext, speaker: Token) -> Arg | None:
    """The body in a spokesperson's title ("Foreign Ministry spokesman Lu Kang", "a State
    Department spokeswoman"): an actor, not a person, among the title's compound words."""
    nouns = [speaker, *(c for c in speaker.children if c.dep_ in ("appos", "compound"))]
    for noun in nouns:
        for word in noun.children:
            if word.dep_ not in ("compound", "amod", "nmod", "poss") or word.i > speaker.i:
                continue
            span = ctx.actor(word)
            if span is not None and span.entity.kind != "Person":
                return Arg(span.entity, word.i, "pronoun", 0)
    return None


def speaking_clause(verb: Token) -> Token:
    """The clause whose subject speaks through ``verb``: its own, or for a verb with no
    subject, the one a participle ("Iran criticized the deal, saying it would ...") or a
    conjoined verb ("did not give details, but said he ...") hangs on."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        if not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
            break
        verb = verb.head
    return verb


def reporting_speaker(token: Token) -> Token | None:
    """The subject of the speaking verb whose that-clause ``token`` is the subject of ("The
    ministry said he ...", "did not give details, but said he ..."), before it; or None. A
    that-clause the parser hangs on the verb as an adverbial one ("told a briefing only that
    he would ...") is one too."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if clause.dep_ != "ccomp" and not (clause.dep_ == "advcl" and that):
        return None
    if clause.head.lemma_.lower() not in SPEAKING_VERBS:
        return None
    verb = speaking_clause(clause.head)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return speaker if speaker is not None and speaker.i < token.i else None


def spoken_of_person(
    ctx: SentenceContext, token: Token, speaker: Token, exclude: set[str]
) -> Arg | None:
    """ "The State Department gave no details of Tillerson's trip, but said he will visit
    Brussels", "asked about Tillerson's visit, spokesman Lu Kang said he would meet Wang Yi":
    a subject "he" or "she" of what a body, a government, a country or a spokesperson says
    (who speaks of someone else) is the one other person its own sentence names before it,
    when the pronoun fits that person and only that one; else None (and the usual search
    goes on)."""
    said = resolve(ctx, speaker, set())
    if said is None:
        return None
    spokesperson = is_spokesperson(speaker)  # speaks of another: "he" is not the spokesman
    if not spokesperson and (
        said.entity.kind not in ("Country", "Group", "Organization", "IGO")
        or is_titled_person(speaker)
    ):
        return None  # a minister, a person: speaking, for "he", of themselves
    found: dict[str, ActorSpan] = {}
    for span in ctx.actors:
        if span.start >= token.i:
            break
        if span.head < ctx.sent.start or span.is_place or span.entity.kind != "Person":
            continue
        if span.entity.id != said.entity.id:
            found[span.entity.id] = span
    if len(found) != 1:
        return None
    span = next(iter(found.values()))
    if span.entity.id in exclude or not gender_fits(ctx, span.entity, token.lower_):
        return None
    return Arg(span.entity, span.head, via="pronoun")


def spoken_of_speaker(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "Israel said a mortar bomb was fired at it from Gaza", "Turkey said Syria had attacked
    it", "Turkey complained that Syria had attacked it": an object "it" in what a speaker
    says or asserts (:data:`ASSERTING_VERBS`; not inside a noun's clause, nor of a conjoined
    verb) is the speaker, when the speaker is a country, a group or an organisation."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return None
    # not past "the deal it signed", "a plan to revive it", nor "said the U.S. has isolated
    # itself and accused it of ...": a conjoined verb may be the speaker's own
    subject = speech_subject(token, frozenset({"relcl", "acl", "conj"}), ASSERTING_VERBS)
    if subject is None or subject.i > token.i:
        return None
    arg = resolve(ctx, subject, exclude)
    if arg is None or arg.entity.kind not in ("Country", "Group", "Organization"):
        return None
    return Arg(arg.entity, arg.token, "pronoun", arg.hops)


def actorless_speaker(ctx: SentenceContext, token: Token) -> bool:
    """ "Saudi Arabia cut ties with Qatar. The group said it had attacked Turkish troops": a
    subject "it" ("they") of what a speaker says, whose speaker is a singular (plural) common
    noun, stands for that speaker, even when the speaker is no actor; then it names no one,
    not an actor named before. Not a statement or report ("the statement said it ...") nor a
    spokesperson, who speak for someone else."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return False
    if clause.head.lemma_.lower() not in SPEAKING_VERBS:
        return False
    tags = ("NNS", "NNPS") if token.lower_ in PLURAL else ("NN", "NNP")
    for child in clause.head.children:
        if child.dep_ == "nsubj" and child.i < token.i:
            return (
                child.pos_ in ("NOUN", "PROPN")
                and child.tag_ in tags
                and child.lemma_.lower() not in REPORT_NOUNS
                and not is_spokesperson(child)
            )
    return False


def titled_subject(token: Token) -> Token | None:
    """The subject of a he/she/his/her's own or enclosing clause, before it, when that subject
    is a person named by a title alone ("the general", "the minister"; not "President Putin",
    and not a spokesperson, who speaks for someone else)."""
    for clause in token.ancestors:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].i > token.i or token in subjects[0].subtree:
            continue
        subject = subjects[0]
        if subject.pos_ == "NOUN" and is_titled_person(subject) and not is_spokesperson(subject):
            return subject
        return None
    return None


def is_spokesperson(token: Token) -> bool:
    """A speaker named as a spokesperson ("a spokeswoman", "Ann Lee, a spokeswoman",
    "ministry spokesman Lu Kang")."""
    nouns = [token, *(c for c in token.children if c.dep_ in ("appos", "compound"))]
    return any(t.lemma_.lower() in SPOKES_NOUNS for t in nouns)


def principal_of(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """Who a spokesperson speaks for: the for-phrase ("a spokeswoman for Rice")."""
    for noun in (token, *(c for c in token.children if c.dep_ == "appos")):
        for prep in dep_children(noun, ("prep",)):
            if prep.lower_ == "for":
                for pobj in dep_children(prep, ("pobj",)):
                    return resolve(ctx, pobj, exclude)
    return None


def is_titled_person(token: Token) -> bool:
    """A singular title noun ("minister", "spokesman", "president"): one person."""
    from kgraph.resolve.people import HONORIFICS, TITLES

    word = token.lower_
    return token.tag_ in ("NN", "NNP") and word in TITLES and word not in HONORIFICS
