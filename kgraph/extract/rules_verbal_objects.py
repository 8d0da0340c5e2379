"""Direct objects of a verb, as the verbal rules read them.

:func:`verb_objects` gives a verb's direct objects (or its passive subject), through
relative pronouns, misparsed finite verbs, reduced relatives, quoted names ("what it called
Trump's strategy"), nouns parsed as clauses and partitives ("thousands of air strikes").
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import SentenceContext, conjuncts
from kgraph.extract.modality_clauses import is_infinitive
from kgraph.extract.rules_args import relative_antecedent
from kgraph.extract.rules_targets import object_gap
from kgraph.extract.rules_verbal_subjects import (
    OBJECT_CONTROL,
    is_passive,
    modifier_conjunct,
    opening_participle,
)


def verb_objects(ctx: SentenceContext, verb: Token) -> list[Token]:
    """Direct objects of a verb (with conjuncts), or its passive subject."""
    out: list[Token] = []
    # "IS militants seized the town", parsed as a participle on "militants": active
    clause = misparsed_relative(verb) is not None
    passive = is_passive(verb) and not clause
    deps = ("nsubjpass",) if passive else ("dobj", "dative", "attr", "oprd")
    for child in verb.children:
        if child.dep_ in deps:
            if child.lower_ in ("which", "that"):
                # "talks with Maduro, which Guaido has rejected": the relative's antecedent
                antecedent = relative_antecedent(child, ctx)
                if antecedent is not None:
                    child = antecedent
            out.extend(conjuncts(child))
    if misparsed_finite(verb):
        # "Trump endorsed [Ryan and Senators John McCain]": the object the parser made the
        # verb's head, with the names it hung on that head before it
        head = verb.head
        out.extend(c for c in head.children if c.dep_ == "nmod" and verb.i < c.i < head.i)
        out.extend(conjuncts(head))
    elif misparsed_opening(verb) is not None:
        # "Trump pressed Xi to do more": the object the parser made the participle's head
        out.extend(conjuncts(verb.head))
    elif verb.dep_ in ("acl", "amod") and passive:
        out.extend(conjuncts(verb.head))
    elif (modified := modifier_conjunct(verb)) is not None:
        out.extend(conjuncts(modified))
    elif (patient := opening_participle(verb)) is not None:
        # "Backed by Ankara and Tehran, the Iraqi government demanded ...": the clause's subject
        out.extend(conjuncts(patient))
    if not out and verb.dep_ == "relcl" and object_gap(verb):
        # "the talks Iran held with the EU", "the arms Russia sold to Syria": a relative
        # clause with no object of its own and no relative pronoun: its antecedent is the object
        out.extend(conjuncts(verb.head))
    if not out:
        # "welcomed what it called Trump's strategy": the thing named in the speaker's words
        out.extend(
            conj
            for child in verb.children
            if child.dep_ in ("ccomp", "dobj") and (named := quoted_object(ctx, child)) is not None
            for conj in conjuncts(named)
        )
    if not out:
        # "welcomed the U.S. move to launch ...": a noun the parser took for a clause (with a
        # noun phrase's modifiers, no subject or auxiliary of its own) is the direct object
        out.extend(
            conj
            for child in verb.children
            if child.dep_ == "ccomp" and _noun_clause(child)
            for conj in conjuncts(child)
        )
    if not out and verb.lemma_.lower() in OBJECT_CONTROL:
        # "wants Putin to attack", parsed with Putin as the infinitive's subject
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") and is_infinitive(child):
                out.extend(c for c in child.children if c.dep_ == "nsubj" and c.lower_ != "it")
    if not out and verb.lemma_.lower() in ctx.lexicon.classes.get("wish_verbs", frozenset()):
        out.extend(_seen_actors(ctx, verb))
    partitives = ctx.lexicon.classes.get("partitives")
    if partitives and any(o.lemma_.lower() in partitives for o in out):
        return [m for o in out for m in through_partitive(o, partitives)]
    return out


def _seen_actors(ctx: SentenceContext, verb: Token) -> list[Token]:
    """ "Germany wants to see Russia withdraw its troops": the actor a wish wants to see act is
    asked to act, as in "wants Russia to withdraw". Only an actor named itself ("wants to see
    the tax rate drop", "to see Trump's agenda pass" ask no one) doing something other than
    being or staying ("wants to see Crimea remain Russian" is a wish about a state)."""
    status = ctx.lexicon.classes.get("status_verbs", frozenset())
    out: list[Token] = []
    for see in verb.children:
        if see.dep_ != "xcomp" or see.lemma_.lower() != "see" or not is_infinitive(see):
            continue
        for act in see.children:
            if act.dep_ not in ("ccomp", "xcomp") or act.tag_ != "VB" or is_infinitive(act):
                continue
            if act.lemma_.lower() in status:
                continue
            out.extend(c for c in act.children if c.dep_ == "nsubj" and ctx.actor(c) is not None)
    return out


def misparsed_finite(verb: Token) -> bool:
    """ "On Friday, Trump endorsed Ryan and Senators John McCain ...": a past-tense verb (VBD,
    no participle) with its own subject before it, which the parser hung as a modifier on the
    proper noun after it (its object, made the sentence's root)."""
    head = verb.head
    return (
        verb.dep_ == "amod"
        and verb.tag_ == "VBD"
        and head.i > verb.i
        and head.pos_ == "PROPN"
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    )


def misparsed_opening(verb: Token) -> Token | None:
    """ "Trump pressed Xi to do more", "Trump hosted Schumer and Pelosi": a name opening its
    clause (the sentence's start or a comma before it, with only capitalised words of its
    name or title before it) that the tagger took for a common noun ("trump"), followed by
    the past tense it took for a participle modifying the object after it. The name is the
    verb's subject; None for any other verb (a participle with words of its own before it,
    "the Trump-backed bill", "an Iran backed group", is a modifier)."""
    doc = verb.doc
    start = verb.sent.start
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.i - 1 < start:
        return None
    if misparsed_finite(verb):
        return None  # "On Friday, Trump endorsed Ryan and ...": its subject is its own
    name = doc[verb.i - 1]
    if verb.head.i < verb.i or any(
        c.i < verb.i and (c.i != name.i or c.dep_ in ("nsubj", "nsubjpass", "det", "poss"))
        for c in verb.children
    ):
        return None  # ("Besides Temer, Trump invited ...": the name hung on the verb as an adverb)
    if not name.is_title or name.pos_ not in ("NOUN", "PROPN"):
        return None
    before = name.i - 1
    while before >= start and doc[before].is_title and doc[before].pos_ in ("NOUN", "PROPN"):
        before -= 1
    if before >= start and doc[before].text != ",":
        return None
    return name


def misparsed_relative(verb: Token) -> Token | None:
    """ "While ..., IS militants seized the Syrian town of al-Qaryatayn": a past tense with a
    direct object of its own that the parser hung as a reduced relative (acl) on the noun
    right before it; that noun is its subject (a passive participle modifying a noun takes no
    direct object: "militants linked to al Qaeda", "a citizen accused of ..."). None for any
    other verb."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.i != verb.i - 1:
        return None
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    children = {c.dep_ for c in verb.children}
    if "dobj" not in children or children & {"aux", "auxpass", "agent", "nsubj", "nsubjpass"}:
        return None
    return head


def _noun_clause(token: Token) -> bool:
    """A common noun parsed as a clausal complement ("welcomed [the U.S. move] to launch"):
    it has a noun phrase's modifiers (a determiner, an owner, a compound or an adjective) and
    neither a subject nor an auxiliary."""
    if token.pos_ != "NOUN" or token.tag_ not in ("NN", "NNS"):
        return False
    children = list(token.children)
    return any(c.dep_ in ("det", "poss", "compound", "amod") for c in children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children
    )


def quoted_object(ctx: SentenceContext, token: Token) -> Token | None:
    """ "welcomed what it called Trump's strategy", "condemned what it described as U.S.
    interference", "criticized what it said was a feeble Arab reaction", "expressed alarm at
    what it called a military buildup": a clause of a quoting verb (the lexicon's
    <quoting_verbs>) with "what" for its object (or a "what" with such a clause) stands for
    the noun the speaker names; None for any other token."""
    quoting = ctx.lexicon.classes.get("quoting_verbs", frozenset())
    clause = token
    if token.lower_ == "what":
        clause = next((c for c in token.children if c.dep_ in ("relcl", "ccomp")), token)
    if clause.lemma_.lower() not in quoting or clause.pos_ not in ("VERB", "AUX"):
        return None
    whats = [t for t in clause.subtree if t.lower_ == "what"]
    if not whats or whats[0].i > clause.i:
        return None  # the thing named comes after "what ... called"
    for child in clause.children:
        if child.dep_ in ("oprd", "attr") and child.pos_ in ("NOUN", "PROPN"):
            return child  # "what it called the aggression of Iran"
        if child.dep_ == "prep" and child.lower_ == "as":
            # "what it described as U.S. interference"
            return next((p for p in child.children if p.dep_ == "pobj"), None)
        if child.dep_ == "ccomp" and child.lemma_.lower() == "be":
            # "what it said was a feeble reaction"
            return next(
                (a for a in child.children if a.dep_ == "attr" and a.pos_ in ("NOUN", "PROPN")),
                None,
            )
    return None


def through_partitive(noun: Token, partitives: frozenset[str]) -> list[Token]:
    """ "launched thousands of air strikes against the Houthis", "imposed a new round of
    sanctions on Iran": an object that counts or groups (the lexicon's <partitives> class)
    stands for the nouns of its of-phrase, which hold the cue's object noun and phrases."""
    if noun.lemma_.lower() not in partitives:
        return [noun]
    inner = [
        conj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for conj in conjuncts(pobj)
    ]
    return inner or [noun]
