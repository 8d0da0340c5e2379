"""The label-object rule: "Warren called Trump a liar" -> Warren CRITICIZES Trump.

=============  =====  ========================================================================
rule           base   shape
=============  =====  ========================================================================
label-object   0.65   "Warren called Trump a liar", "Iran branded the Saudi prince a
                      dictator", "Russia called the U.S. decision illegal", "Putin described
                      Erdogan as a friend", "Trump was called a liar": a labelling verb whose
                      hand-lexicon cue names a class of labels ("call <insults>"), with an
                      actor (or a thing an actor owns) as one complement and a word of the
                      class as the other (a second object, an apposition of the object, an
                      adjective, or an as-phrase; or a noun the word modifies: "called Iran a
                      terrorist state"). The actor is the verb's subject, the target
                      the labelled party. Modality and negation are the verb's. Holding
                      or designating is labelling too ("Israel views Iran as a threat",
                      "Turkey considers the YPG a terrorist group"); a by-phrase the parser
                      hangs on the label names the labeller when the verb has no agent ("the
                      PKK is designated a terrorist organisation by Turkey").
=============  =====  ========================================================================

The labels are data: the lexicon's ``<insults>`` (CRITICIZES, CAMEO 111) and
``<praise_labels>`` (BACKS, 051) classes, read through the cues of the labelling verbs.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, Lexicon, in_class
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import subjects

RULE = "label-object"
CONFIDENCE = 0.65
# Relations a label can carry: what the labeller thinks of the labelled.
LABEL_RELATIONS = frozenset({"CRITICIZES", "BACKS"})
# Complements of a labelling verb: the labelled party and the label, in either order (the
# parser gives "called Trump a liar" as oprd + oprd, "called the prince a dictator" as dobj +
# appos, "called the decision illegal" as dobj + oprd, "held Iran responsible" as dobj + an
# adjective advcl, "holds Gulen responsible" as an adjective ccomp with "Gulen" its subject, and
# sometimes "called Trump a threat" as a dobj "threat" with "Trump" its modifier:
# _fused_labelled).
COMPLEMENTS = frozenset({"dobj", "oprd", "nsubjpass", "dative", "ccomp", "xcomp", "acomp"})
# Words that never stand for the labelled party here ("called it a mistake": a thing).
NOT_LABELLED = frozenset({"it", "this", "that", "which", "what", "itself"})


# The last lexicon read and its labelling verbs (the packaged lexicon is read once).
_HEADS: list[tuple[Lexicon, frozenset[str]]] = []


def _label_heads(lexicon: Lexicon) -> frozenset[str]:
    """The lemmas of the labelling verbs of a lexicon (computed once per lexicon)."""
    if _HEADS and _HEADS[0][0] is lexicon:
        return _HEADS[0][1]
    heads = frozenset(
        head
        for head, cues in lexicon.verbs.items()
        if any(c.objects and c.prep is None and c.relation in LABEL_RELATIONS for c in cues)
    )
    _HEADS[:] = [(lexicon, heads)]
    return heads


def _label_cues(ctx: SentenceContext, verb: Token) -> list[Cue]:
    return [
        c
        for c in verb_cues(ctx, verb)
        if c.source == "hand" and c.objects and c.prep is None and c.relation in LABEL_RELATIONS
    ]


def _complements(verb: Token) -> list[Token]:
    """The verb's complements, the appositions of its objects and its as-phrases."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in COMPLEMENTS or (child.dep_ == "advcl" and child.pos_ == "ADJ"):
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "appos")
            if child.pos_ == "ADJ" or (child.dep_ == "ccomp" and child.pos_ == "NOUN"):
                # "holds Gulen responsible", "considers the YPG a terrorist group", parsed as
                # a small clause with "Gulen", "the YPG" its subject
                out.extend(c for c in child.children if c.dep_ == "nsubj")
            out.extend(_fused_labelled(child))
            holders = [child]
        elif child.dep_ == "prep" and child.lower_ == "as":
            out.extend(c for c in child.children if c.dep_ == "pobj")
            holders = []
        else:
            holders = []
        for holder in holders:  # "described Erdogan as a friend", the as-phrase on the object
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _roles(parts: list[Token], labels: set[int]) -> set[int]:
    """The as-phrases on a label itself: the post in which the labelled party is judged, not
    another labelled party ("called Warren a total failure as a U.S. senator")."""
    return {
        pobj.i
        for part in parts
        if part.i in labels
        for prep in part.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    }


def _fused_labelled(complement: Token) -> list[Token]:
    """ "called Trump a threat", parsed with "Trump" as a modifier of "threat": a name on the
    complement that comes before the complement's own determiner is the labelled party ("a
    Trump ally", with the determiner first, is one noun phrase)."""
    dets = [d.i for d in complement.children if d.dep_ == "det"]
    return [
        c
        for c in complement.children
        if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(i > c.i for i in dets)
    ]


def _label_agents(ctx: SentenceContext, verb: Token, labels: list[Token]) -> list[Arg]:
    """The actors of a by-phrase on a label of a verb with no by-agent of its own: "the PKK is
    designated a terrorist organisation by Turkey, the United States and the EU", "Hamas,
    considered a terrorist group by Israel" (the parser hangs "by" on the label noun)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    out: list[Arg] = []
    for label in labels:
        for prep in label.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        out.extend(resolve_all(ctx, pobj))
    return [a for a in out if a.entity.kind not in ("Topic", "Location")]


def _is_label(token: Token, cue: Cue) -> bool:
    """A word of the cue's class, or a noun it modifies: "a terrorist state", "a corrupt
    regime", "the most protectionist country" (the label is the modifier)."""
    if in_class(token, cue.objects):
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.i < token.i and in_class(c, cue.objects)
        for c in token.children
    )


def label_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every label-object relation of the sentence."""
    heads = _label_heads(ctx.lexicon)
    for verb in ctx.of_pos("VERB"):
        if verb.lemma_.lower() not in heads:
            continue
        cues = _label_cues(ctx, verb)
        if not cues:
            continue
        parts = _complements(verb)
        cue = next((c for c in cues if any(_is_label(p, c) for p in parts)), None)
        if cue is None:
            continue
        labels = {p.i for p in parts if _is_label(p, cue)}
        roles = _roles(parts, labels)
        subs, _ = subjects(ctx, verb)
        labellers = _label_agents(ctx, verb, [p for p in parts if p.i in labels])
        if labellers:
            # "the PKK is designated a terrorist organisation by Turkey": the by-phrase the
            # parser hung on the label names who labels; the verb's subject is the labelled
            parts = [*parts, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
            subs = labellers
        if not subs:
            continue
        exclude = {s.entity.id for s in subs}
        targets: list[Arg] = []
        for part in parts:
            if (
                part.i in labels | roles
                or part.lower_ in NOT_LABELLED
                or ctx.actor(part) is None
                and (part.pos_ not in ("NOUN", "PROPN", "PRON"))
            ):
                continue
            for arg in resolve_targets(ctx, part, exclude):
                if all(arg.entity.id != t.entity.id for t in targets):
                    targets.append(arg)
        for sub in subs:
            for target in targets:
                if sub.entity.id != target.entity.id:
                    yield Candidate(sub, cue.relation, target, cue, RULE, verb.i)
