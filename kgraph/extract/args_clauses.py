"""What a pronoun's clause says of its antecedent: the subject a verb's clause takes (its own,
its first conjunct's, or the controlling verb's), and the plural party an adverbial "they"
stands for ("a dispute with Khan's parents after they criticized him": the parents).

:mod:`kgraph.extract.args_pronouns` and :mod:`kgraph.extract.args_plural` read these before
they look for an actor named earlier.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.rules_args import resolve

# The dependencies of a clause's arguments ("a dispute with Khan's parents": pobj).
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def clause_subject(verb: Token) -> Token | None:
    """A verb's subject, or for a conjoined verb with none of its own, its first conjunct's."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head == verb:
            return subject
        verb = verb.head


def controlled_subject(verb: Token) -> Token | None:
    """A verb's subject (:func:`clause_subject`), or for a subjectless gerund of a
    preposition ("Russia to take a tougher stance by rethinking its alliance"), the subject
    of the verb the preposition hangs on: the gerund's doer."""
    subject = clause_subject(verb)
    if subject is not None:
        return subject
    infinitive = verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    if infinitive and verb.head.pos_ in ("VERB", "AUX"):
        # "users took to Twitter to express their anger": the subject controls the
        # infinitive, unless the verb has an object that may ("urged Iran to limit its")
        if any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
            return None
        return clause_subject(verb.head)
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return clause_subject(prep.head)


def party_before(ctx: SentenceContext, token: Token, exclude: set[str]) -> bool:
    """ "Trump had a running dispute with Khan's parents after they criticized him": a subject
    "they" of an adverbial clause stands for the nearest plural noun its main clause names
    before it as an argument; when that noun is no actor, "they" is no one (not an actor named
    before it). A main clause whose subject is a body or a country keeps its subject
    ("Republicans are grappling with taxes as they work to ...")."""
    clause = token.head
    if token.lower_ != "they" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if clause.dep_ != "advcl":
        return False
    subject = controlled_subject(clause.head)
    if subject is not None and subject.i < token.i:
        arg = resolve(ctx, subject, exclude)
        if arg is not None and arg.entity.kind != "Person":
            return False
    inner = {t.i for t in clause.subtree}
    nouns = [
        t
        for t in clause.head.subtree
        if t.i < token.i
        and t.i not in inner
        and t.tag_ in ("NNS", "NNPS")
        and t.dep_ in ARGUMENT_DEPS
    ]
    if not nouns:
        return False
    nearest = nouns[-1]
    return nearest.pos_ == "NOUN" and resolve(ctx, nearest, exclude) is None
