"""Help named in a with-phrase: the helper aids the one who acts (``with-help``).

"Turkey captured the area with the help of Syrian rebels" -> SYR:REB SUPPLIES TUR; "Iraqi
forces retook Mosul with the support of US air strikes" -> USA BACKS IRQ:MIL. A help noun (the
lexicon's ``<help_nouns>`` class) that is the object of "with" on a verb, and whose of-phrase
names an actor (or a thing an actor owns: "US air strikes"), is that actor's help to the verb's
subject (not a pronoun subject). The relation and codes are those of the help noun's own cue
in the lexicon ("help for" SUPPLIES, "support for" BACKS, "cooperation with" COOPERATES_WITH).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.rules_implicit import instrument_owners
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import subjects

RULE = "with-help"


def _helpers(ctx: SentenceContext, noun: Token) -> list[Arg]:
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                return resolve_all(ctx, pobj) or instrument_owners(ctx, pobj)
    return []


def help_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Help given in a with-phrase (see the module docstring)."""
    helps = ctx.lexicon.classes.get("help_nouns", frozenset())
    for noun in ctx.of_pos("NOUN"):
        if noun.lemma_.lower() not in helps:
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
            continue
        cues = ctx.lexicon.nouns.get(noun.lemma_.lower(), [])
        if not cues:
            continue
        helpers = [h for h in _helpers(ctx, noun) if h.entity.kind != "Topic"]
        if not helpers:
            continue
        ids = {h.entity.id for h in helpers}
        verb = prep.head
        # a pronoun subject is left out: its antecedent is too often the nearest place
        # ("an area of Syria it captured with the help of ...")
        helped = [
            s for s in subjects(ctx, verb)[0] if s.entity.id not in ids and s.via != "pronoun"
        ]
        for helper in helpers:
            for target in helped:
                if target.entity.kind != "Topic":
                    yield Candidate(
                        helper, cues[0].relation, target, cues[0], RULE, verb.i, noun=noun.i
                    )
