"""Who put out a message a relative clause tells of.

"SIGAR issued a report that strongly criticized Washington", "releasing a television ad that
called Blankfein part of a global power structure", "Russia's statement, which also accused
Ukraine of shelling": a relative "that" or "which" on a message noun (the lexicon's
``<messages>``, ``<issued_messages>`` and ``<authored_messages>``) says what the message does,
and the one who does it is the message's author: its owner named on the noun (possessive, name
or demonym modifier, by-phrase: "a U.N. report that ...", "a report by Amnesty that ..."), else
the subject of the verb that put it out (the noun is the active object of a verb of
``<issuing_verbs>``, ``<message_verbs>`` or ``<authoring_verbs>``, or the noun of its in-phrase:
"Ercolini wrote in Tuesday's ruling, which also charged ..."), or the agent of that verb in the
passive ("a report that criticized Israel was released by the United Nations").

:func:`rules_verbal_subjects.subjects` asks :func:`message_author` for the noun's owners and
for that verb, whose subjects it finds itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext, dep_children
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.rules_args import relative_antecedent

# The rule of a verb whose subject is a relative standing for a message.
MESSAGE_RELATIVE = "message-relative"
# Relative pronouns that may stand for a thing ("who" is a person's).
THING_RELATIVES = frozenset({"that", "which"})


def named_owners(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """The owner named on the noun itself: possessive ("Trump's decision"), name or demonym
    modifier ("the U.S. move"), by-phrase ("the decision by Washington"); [] when none."""
    for child in dep_children(noun, ("poss",)):
        return [Arg(a.entity, a.token, "owner", a.hops + 1) for a in resolve_all(ctx, child)]
    for child in dep_children(noun, ("compound", "amod", "nmod")):
        span = ctx.actor(child)
        if span is not None and span.head == child.i:
            return [Arg(span.entity, span.head, "owner", 1)]
    for child in dep_children(noun, ("prep",)):
        if child.lower_ == "by":
            return [
                Arg(a.entity, a.token, "owner", a.hops + 1)
                for pobj in dep_children(child, ("pobj",))
                for a in resolve_all(ctx, pobj)
            ]
    return []


def _classes(ctx: SentenceContext, *names: str) -> frozenset[str]:
    classes = ctx.lexicon.classes
    return frozenset().union(*(classes.get(name, frozenset()) for name in names))


def message_author(ctx: SentenceContext, pronoun: Token) -> tuple[list[Arg], Token | None]:
    """The owners named on the message noun a relative ``pronoun`` stands for, and else the
    verb that put the message out (whose subjects are its authors): ([], None) when the
    pronoun stands for no message."""
    if pronoun.lower_ not in THING_RELATIVES:
        return [], None
    noun = relative_antecedent(pronoun, ctx)
    messages = _classes(ctx, "messages", "issued_messages", "authored_messages")
    if noun is None or noun.lemma_.lower() not in messages:
        return [], None
    owners = named_owners(ctx, noun)
    if owners:
        return owners, None
    verbs = _classes(ctx, "issuing_verbs", "message_verbs", "authoring_verbs")
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ == "in" and governor.dep_ == "prep":
        governor = governor.head  # "wrote in Tuesday's ruling, which ..."
    elif noun.dep_ == "dobj":
        if any(c.dep_ == "auxpass" for c in governor.children):
            return [], None
    elif noun.dep_ != "nsubjpass":
        # neither put out ("issued a report") nor the passive's subject ("a report that
        # criticized Israel was released by the U.N.": its agent)
        return [], None
    if governor.lemma_.lower() not in verbs:
        return [], None
    return [], governor
