"""Owners of acts named by nouns, where the possessive and by-phrase rules do not look.

An act noun's doer is usually its possessive, modifier or by-phrase ("Russia's move", "the
move by Russia"), read by :mod:`kgraph.extract.rules_targets` and the nominal rules. Three
shapes name it elsewhere:

* an "X-led" modifier: "condemned the Saudi-led air strikes on Yemen" (the leader);
* a by-phrase the parser hung on the noun of an of-phrase: "welcomed the announcement of new
  sanctions by the United States";
* an appositive summing up its clause: "Japan cut its tariffs, a move that drew praise from
  India" (the clause's subject made the move).
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import OWNER_MODIFIERS, Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.rules_args import resolve

# Kinds of actor that lead an act named by a noun ("the Saudi-led air strikes").
LEADER_KINDS = frozenset({"Country", "IGO", "Group"})
# Kinds that are no doer of an act (a place, a topic).
NOT_DOERS = frozenset({"Location", "Topic"})
# Steps up from a summing appositive to the verb of its clause.
MAX_CLAUSE_STEPS = 4


def led_owner(ctx: SentenceContext, noun: Token) -> Arg | None:
    """ "the Saudi-led air strikes", "the U.S.-led invasion of Iraq": the actor named before
    "-led" leads the act the noun names (three tokens, "Saudi - led", or one, "U.S.-led")."""
    from kgraph.resolve import gazetteer as gz

    for child in noun.children:
        if child.dep_ != "amod":
            continue
        if child.lower_ == "led":
            for mod in child.children:
                span = ctx.actor(mod) if mod.dep_ in ("npadvmod", *OWNER_MODIFIERS) else None
                if span is not None and span.entity.kind in LEADER_KINDS:
                    return Arg(span.entity, span.head, "owner", 1)
        elif len(child.text) > 4 and child.lower_.endswith("-led"):
            entry = gz.entry(child.text[:-4])
            if entry is not None and entry["type"] in ("country", "demonym", "igo"):
                return Arg(gz.entry_entity(entry), child.i, "owner", 1)
    return None


def inner_agent(ctx: SentenceContext, prep: Token, exclude: set[str]) -> Arg | None:
    """ "welcomed the announcement of new sanctions by the United States", "the release of the
    report by Amnesty": the by-phrase the parser hung on the noun of an of-phrase (``prep``)
    names the doer of the act (the outer noun's or the inner one's: the same doer)."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    for pobj in prep.children:
        if pobj.dep_ != "pobj" or pobj.pos_ != "NOUN" or ctx.actor(pobj) is not None:
            continue
        for by in pobj.children:
            if by.dep_ not in ("prep", "agent") or by.lower_ != "by":
                continue
            for agent in by.children:
                arg = resolve(ctx, agent, exclude, depth=1) if agent.dep_ == "pobj" else None
                if arg is not None and arg.entity.kind not in NOT_DOERS:
                    return Arg(arg.entity, arg.token, "owner", arg.hops + 2)
    return None


def summary_owner(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "Japan cut its tariffs, a move that drew praise from India", "Trump recognized
    Jerusalem, a decision condemned by Turkey": an indefinite appositive of the lexicon's
    <summary_nouns> with no owner of its own, set on a noun of the clause that is not its
    subject, sums up the clause: its doer is the clause's subject."""
    if noun.dep_ != "appos" or noun.lemma_.lower() not in ctx.lexicon.classes.get(
        "summary_nouns", frozenset()
    ):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    if any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"))
        for c in noun.children
    ):
        return []
    verb = noun.head
    if verb.dep_ in ("nsubj", "nsubjpass"):
        return []  # "The plan, a move by ...": it describes the subject, not the clause
    for _ in range(MAX_CLAUSE_STEPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be" or verb.dep_ == "advcl":
        # "was placed under arrest while Sharif was prime minister, a move that ...": a state
        # or a circumstance is no move of its subject
        return []
    return [
        Arg(a.entity, a.token, "owner", a.hops + 1)
        for c in verb.children
        if c.dep_ == "nsubj"
        for a in resolve_all(ctx, c)
        if a.entity.kind not in NOT_DOERS
    ]
