"""The hyphen-agent rule: "U.S.-backed Syrian rebels" -> USA BACKS the rebels (CAMEO 051).

============  =====  =========================================================================
rule          base   shape
============  =====  =========================================================================
hyphen-agent  0.65   "the U.S.-backed Syrian Democratic Forces", "Iran-backed Hezbollah
                     fighters", "the Saudi-backed government of Yemen": a participle of backing
                     (the lexicon's ``<backing_participles>`` class) hyphened to a name is a
                     passive with that name as its agent ("forces backed by the U.S."); the
                     noun it modifies, when it is an actor, is the one backed.
hyphen-dyad   0.60   "the U.S.-China talks", "a Putin-Trump meeting", "Israeli-Palestinian
                     negotiations", "the Turkey-EU deal": two actors joined by a dash before
                     an event noun with a symmetric between-cue (meeting, summit, talks,
                     dialogue, cooperation, alliance, deal ...) are the noun's two parties, as
                     "talks between the U.S. and China" are. Only symmetric relations: "the
                     Iran-Iraq war" names no attacker; an indefinite agreement is one sought,
                     not made ("obstacles to reaching an Israeli-Palestinian peace deal").
============  =====  =========================================================================

The parser gives two shapes: one token when the name ends with a full stop ("U.S.-backed",
"U.N.-backed"), three otherwise ("Iran", "-", "backed", the name an ``npadvmod`` of the
participle). The name is the actor resolved at its tokens, else the gazetteer's actor for it
(a place or a name the gazetteer does not know gives nothing). The cue is the lexicon's
"back" (BACKS, SUPPORT, 051). The one backed is read from the modified noun only, never from
the name before the participle ("Iranian-backed forces" are no Iranian forces).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.lexicon import Cue
from kgraph.extract.rules_args import (
    resolve,
)
from kgraph.extract.rules_nominal_actors import (
    governor,
)
from kgraph.extract.rules_verbal import Candidate
from kgraph.model import Entity
from kgraph.ontology import RELATIONS
from kgraph.resolve.gazetteer import lookup
from kgraph.resolve.groups import DASHES

RULE = "hyphen-agent"
CONFIDENCE = 0.65
DYAD_RULE = "hyphen-dyad"
# Relations whose noun with an indefinite article is only sought ("to reach a U.S.-China deal").
SOUGHT_RELATIONS = frozenset({"AGREES_WITH"})
INDEFINITE = frozenset({"a", "an"})
# How the participle hangs on the noun it modifies.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "acl"})
# Entity kinds that can back anyone (a place or a topic cannot).
AGENT_KINDS = frozenset({"Country", "IGO", "Group", "Organization", "Person"})


def _split_agent(ctx: SentenceContext, participle: Token) -> tuple[Arg, int] | None:
    """ "Iran - backed": the name before the dash, and the first token of the name."""
    doc = ctx.doc
    i = participle.i
    if i < 2 or doc[i - 1].text not in DASHES or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    name = doc[i - 2]
    if name.head.i != i and name.i not in ctx.actor_at:
        return None
    span = ctx.actor(name)
    if span is not None:
        return Arg(span.entity, span.head), span.start
    start = min(t.i for t in name.subtree) if name.head.i == i else name.i
    entity = _gazetteer_actor(doc[start : i - 1].text)
    return (Arg(entity, name.i), start) if entity is not None else None


def _joined_agent(token: Token, participles: frozenset[str]) -> Arg | None:
    """ "U.S.-backed": one token, the name before its last hyphen."""
    name, dash, word = token.text.rpartition("-")
    if not dash or not name or word.lower() not in participles:
        return None
    entity = _gazetteer_actor(name)
    return Arg(entity, token.i) if entity is not None else None


def _next_actor(ctx: SentenceContext, participle: Token, noun: Token) -> Arg | None:
    """ "Turkey-backed Syrian opposition groups", "U.S.-backed Syrian Democratic Forces": the
    actor named right after the participle, inside the modified noun's phrase (the parser
    may hang the participle elsewhere when the name is long)."""
    span = ctx.actor(ctx.doc[participle.i + 1]) if participle.i + 1 < len(ctx.doc) else None
    if span is None or span.start != participle.i + 1:
        return None
    head = ctx.doc[span.head]
    if head.pos_ not in ("NOUN", "PROPN"):
        return None  # "a Russian-sponsored Syrian peace conference": a demonym of a thing
    if noun not in (head, *head.ancestors) and head.head.i != participle.head.i:
        return None
    return Arg(span.entity, span.head)


def _guessed(ctx: SentenceContext, target: Arg) -> bool:
    """ "Iran-backed militias", "U.S.-backed militias ... from Russian jets": a bare group noun
    whose country was taken from elsewhere in the sentence, or a group named by a place it is
    in ("a force in Raqqa" as SYR:MIL): the backed are often foreign to that country, so such
    a guess is no target."""
    placed = ctx.actor_at.get(target.token)
    if placed is not None and placed.is_place:
        return True  # "an American-backed assault force in Raqqa": the place's country
    span = ctx.actor(ctx.doc[target.token])
    if span is None or span.end - span.start != 1:
        return False
    return ctx.doc[span.head].pos_ == "NOUN"


def _gazetteer_actor(name: str) -> Entity | None:
    entity = lookup(name)
    if entity is None or entity.kind not in AGENT_KINDS:
        return None
    return entity


@functools.cache
def _hashes(words: frozenset[str]) -> frozenset[int]:
    """String hashes of words: one integer lookup per token (``Token.lower``)."""
    return frozenset(get_string_id(w) for w in words)


def hyphen_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every hyphen-agent relation of the sentence."""
    participles = ctx.lexicon.classes.get("backing_participles", frozenset())
    if not participles:
        return
    split = _hashes(participles)
    # the parser tags "backed" a verb and "U.S.-backed" an adjective (or a verb)
    for token in ctx.of_pos("VERB", "ADJ"):
        lone = token.lower in split
        if not lone and "-" not in token.text:
            continue
        if token.dep_ not in MODIFIER_DEPS:
            continue
        cues = [c for c in ctx.lexicon.verbs.get("back", ()) if c.prep is None and not c.objects]
        if not cues:
            return
        cue = cues[0]
        if lone:
            found = _split_agent(ctx, token)
            if found is None:
                continue
            agent, first = found
        else:
            joined = _joined_agent(token, participles)
            if joined is None:
                continue
            agent, first = joined, token.i
        noun = token.head
        # the noun alone: "U.S.-backed Iraqi troops and Iranian militias" backs no militias
        target = resolve(ctx, noun, {agent.entity.id}) or _next_actor(ctx, token, noun)
        # the one backed is named by the noun's own phrase, never by the agent's name
        # ("Iranian-backed forces" read as IRN:MIL) nor through a place
        if target is None or first <= target.token <= token.i:
            continue
        if target.entity.kind in ("Location", "Topic"):
            continue
        if target.entity.id.startswith(agent.entity.id + ":") or _guessed(ctx, target):
            continue
        yield Candidate(agent, cue.relation, target, cue, RULE, noun.i)


def _dyad_cue(ctx: SentenceContext, noun: Token) -> Cue | None:
    """The symmetric between-cue of an event noun ("meeting between", "talks between")."""
    for cue in ctx.lexicon.nouns.get(noun.lemma_.lower(), ()):
        if cue.prep == "between" and RELATIONS[cue.relation].symmetric:
            return cue
    return None


def _side(ctx: SentenceContext, token: Token) -> Arg | None:
    """One side of a dash: the actor resolved at the token, else the gazetteer's actor for
    its text ("Japanese", "EU")."""
    span = ctx.actor(token)
    if span is not None:
        return Arg(span.entity, span.head)
    entity = _gazetteer_actor(token.text)
    return Arg(entity, token.i) if entity is not None else None


def _dyad_pairs(ctx: SentenceContext, noun: Token) -> Iterator[tuple[Arg, Arg]]:
    """The dash-joined pairs of actors that modify an event noun: one token ("U.S.-China",
    "U.S.-Japanese") or three ("Trump", "-", "Kim"), inside the noun's own left phrase."""
    doc = ctx.doc
    # the pair modifies the noun, or its next modifier ("U.S.-South" on "Korean" on "drills")
    modifiers = [c for c in noun.lefts if c.dep_ in MODIFIER_DEPS]
    modifiers += [g for c in modifiers for g in c.lefts if g.dep_ in MODIFIER_DEPS]
    for child in modifiers:
        parts = child.text.split("-")
        if len(parts) == 2 and all(parts):
            first = _spanning_actor(doc, child.i - 1, parts[0], before=True)
            second = _spanning_actor(doc, child.i + 1, parts[1], before=False)
            first = first or _gazetteer_actor(parts[0])
            second = second or _gazetteer_actor(parts[1])
            if first is not None and second is not None:
                yield Arg(first, child.i), Arg(second, child.i)
    for j in range(noun.left_edge.i + 1, noun.i - 1):
        dash = doc[j]
        if dash.text not in DASHES or dash.whitespace_ or doc[j - 1].whitespace_:
            continue
        left, right = _side(ctx, doc[j - 1]), _side(ctx, doc[j + 1])
        if left is not None and right is not None:
            yield left, right


def _spanning_actor(doc: Doc, j: int, part: str, before: bool) -> Entity | None:
    """ "U.S.-South Korean drills", "South Korea-U.S. talks": a name of two words of which the
    hyphened token holds one; the other is the capitalised word next to it (``j``), read
    only when the two make a name the gazetteer knows."""
    if not 0 <= j < len(doc):
        return None
    word = doc[j]
    if not word.text[:1].isupper() or not word.is_alpha:
        return None
    if (doc[j].whitespace_ if before else doc[j - 1].whitespace_) == "":
        return None
    return _gazetteer_actor(f"{word.text} {part}" if before else f"{part} {word.text}")


def has_dash_pair(sent: Span) -> bool:
    """A sentence with two capitalised words joined by a dash ("U.S.-China", "Trump-Kim"):
    the hyphen-dyad rule reads their actors from the gazetteer, so it needs no resolved
    actor in the sentence."""
    return any(
        ("-" in t.text[1:-1] and t.text[0].isupper() and t.text.rpartition("-")[2][:1].isupper())
        or (
            t.text in DASHES
            and not t.whitespace_
            and t.i > sent.start
            and not t.nbor(-1).whitespace_
            and t.nbor(-1).text[:1].isupper()
            and t.i + 1 < sent.end
            and t.nbor(1).text[:1].isupper()
        )
        for t in sent
    )


def dyad_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every hyphen-dyad relation of the sentence."""
    for noun in ctx.of_pos("NOUN"):
        cue = _dyad_cue(ctx, noun)
        if cue is None:
            continue
        if cue.relation in SOUGHT_RELATIONS and any(
            c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children
        ):
            continue
        gov = governor(noun)
        anchor = gov.i if gov is not None else noun.i
        for left, right in _dyad_pairs(ctx, noun):
            if left.entity.id == right.entity.id:
                continue
            yield Candidate(left, cue.relation, right, cue, DYAD_RULE, anchor, noun=noun.i)
