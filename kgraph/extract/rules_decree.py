"""Acts done by a legal instrument: the owner of a decree acts (``decree-subject``).

"Obama's executive order barred Cuban exiles", "a new Russian law bans foreign adoptions by
Americans", "a UN resolution imposed sanctions on Iran", "the court's ruling ordered the release
of ...". A verb cue whose subject (or its conjunct's subject) is an instrument of state (the
lexicon's ``<decrees>`` class: order, decree, law, resolution, ruling ...) and whose relation
is one a state does by decree (coercion, sanctions, concessions, demands): the actor owning the
instrument (a possessive, a name or demonym before it, or a by/from-phrase) does the act. An
instrument with no owner named on it gives nothing.
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


def _instrument(ctx: SentenceContext, verb: Token) -> Token | None:
    """The decree noun that is the active subject of ``verb`` or of the verb it is conjoined
    to ("the order halted ... and barred ...")."""
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
            continue
        owners = [o for o in instrument_owners(ctx, noun) if o.entity.kind != "Topic"]
        if not owners:
            continue
        yield from owners_act(ctx, verb, cues, owners, RULE, topics=False)
