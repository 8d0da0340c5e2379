"""Acts done by a legal instrument: the owner of a decree acts (``decree-subject``).

"Obama's executive order barred Cuban exiles", "a new Russian law bans foreign adoptions by
Americans", "a UN resolution imposed sanctions on Iran", "the court's ruling ordered the release
of ...". A verb cue whose subject (or its conjunct's subject) is an instrument of state (the
lexicon's ``<decrees>`` class: order, decree, law, resolution, ruling ...) and whose relation
is one a state does by decree (coercion, sanctions, concessions, demands): the actor owning the
instrument (a possessive, a name or demonym before it, or a by/from-phrase) does the act. An
instrument with no owner named on it gives nothing. A message or a statement (the lexicon's
``<messages>`` and ``<issued_messages>``) asks what its author asks: "Trump's memo called on
Mattis to submit a plan", "a letter from Germany asked Russia to withdraw" (appeals and demands
only).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.rules_implicit import instrument_owners, owners_act
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import is_passive

RULE = "decree-subject"
# What a decree can do to a party.
DECREE_RELATIONS = frozenset(
    {"COERCES", "SANCTIONS", "CONCEDES_TO", "DEMANDS", "APPEALS_TO", "RECOGNIZES"}
)

# What a message or a statement says to a party: an appeal or a demand.
MESSAGE_RELATIONS = frozenset({"DEMANDS", "APPEALS_TO"})


def _messages(ctx: SentenceContext) -> frozenset[str]:
    """Nouns of a message or a statement put out (the lexicon's <messages> and
    <issued_messages> classes)."""
    classes = ctx.lexicon.classes
    return classes.get("messages", frozenset()) | classes.get("issued_messages", frozenset())


def _instrument(
    ctx: SentenceContext, verb: Token, decrees: frozenset[str] | None = None
) -> Token | None:
    """The decree noun (or a noun of ``decrees``) that is the active subject of ``verb`` or of
    the verb it is conjoined to ("the order halted ... and barred ...")."""
    if decrees is None:
        decrees = ctx.lexicon.classes.get("decrees", frozenset())
    clause = verb
    for _ in range(4):
        if is_passive(clause):
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.lemma_.lower() in decrees and ctx.actor(subject) is None:
                return subject
            return None
        if clause.dep_ != "conj":
            return None
        clause = clause.head
    return None


def decree_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Acts of the owners of decrees in the sentence (see the module docstring)."""
    for verb in ctx.of_pos("VERB"):
        cues = [c for c in verb_cues(ctx, verb) if c.relation in DECREE_RELATIONS]
        if not cues:
            continue
        noun = _instrument(ctx, verb)
        if noun is None:
            # "Trump's memo called on Mattis to submit a plan", "a letter from Germany asked
            # Russia to withdraw": a message or a statement asks what its author asks
            noun = _instrument(ctx, verb, _messages(ctx))
            cues = [c for c in cues if c.relation in MESSAGE_RELATIONS]
            if noun is None or not cues:
                continue
        owners = [o for o in instrument_owners(ctx, noun) if o.entity.kind != "Topic"]
        if not owners:
            continue
        yield from owners_act(ctx, verb, cues, owners, RULE, topics=False)
