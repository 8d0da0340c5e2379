"""Finding the arguments of a relation cue: the actor a noun token stands for.

The relation rules (``rules_verbal``, ``rules_nominal``) ask :func:`resolve` who a token stands
for: an actor span, a relative pronoun's antecedent, an apposition, the of-phrase of a quantity
noun, the owner of an institution noun ("Venezuela's government" -> VEN:GOV). Personal pronouns
are :mod:`kgraph.extract.args_pronouns`' part, several actors at once (conjuncts, pairs,
members) :mod:`kgraph.extract.args_plural`'s. An :class:`Arg` records the entity and how it was
reached (``via``), which the confidence table of :mod:`kgraph.extract.relations` turns into a
score.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import (
    NON_SECTOR_COMPOUNDS,
    OWNED_NOUNS,
    OWNER_MODIFIERS,
    QUANTITY_NOUNS,
    RELATIVE,
    SECTORS,
    SPOKES_NOUNS,
    Arg,
    SentenceContext,
    conjuncts,
    contrasted,
    dep_children,
    government_nouns,
    office_holders,
    owner_entity,
    sector_entity,
)
from kgraph.extract.lexicon import in_class
from kgraph.model import Entity
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.groups import local_office_noun
from kgraph.resolve.people import TITLES

# Nouns of a person's side that stand for the person ("Mueller's team", "the Clinton camp",
# "the governor's office").
PERSON_SIDES = frozenset({"team", "camp", "office"})


def _located_group(ctx: SentenceContext, token: Token, entity: Entity) -> Entity:
    """ "the military in Venezuela": an explicit in/of-country beats the group's guessed one."""
    span = ctx.actor_at[token.i]
    if entity.kind != "Group" or ":" not in entity.id or token.i != span.head:
        return entity
    if any(t.i != token.i and t.pos_ != "DET" for t in ctx.doc[span.start : span.end]):
        return entity  # "the US commander in Iraq": the span names its own country
    for prep in dep_children(token, ("prep",)):
        if prep.lower_ in ("in", "of"):
            for pobj in dep_children(prep, ("pobj",)):
                where = ctx.actor(pobj, allow_place=True)
                if where is None:
                    continue
                place = owner_entity(where.entity)
                if place.kind == "Country" and place.id != entity.country:
                    return sector_entity(place, entity.id.split(":", 1)[1])
    return entity


def relative_antecedent(token: Token, ctx: SentenceContext | None = None) -> Token | None:
    """The noun a relative pronoun stands for ("talks with Maduro, which ..." -> talks).

    ``which`` never refers to a person: from a person it climbs to the noun the person's
    preposition hangs on.
    """
    clause = token.head
    if token.lower_ == "whose":
        # "the minister, whose attacks on India ...": the relative clause above the owned noun
        while clause.dep_ not in ("relcl", "ROOT") and clause.head != clause:
            clause = clause.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    antecedent = clause.head
    span = ctx.actor(antecedent) if ctx is not None else None
    person = span.entity.kind == "Person" if span else antecedent.ent_type_ == "PERSON"
    if token.lower_ == "which" and person:
        prep = antecedent.head
        if antecedent.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
            return prep.head
    return antecedent


def _titled_apposition(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """The person named in apposition to a title noun ("met the prime minister of Japan,
    Shinzo Abe", "Japan's prime minister, Shinzo Abe"): the person acts, not the government
    the title alone would stand for (the title gives the person's LEADER_OF), also when the
    parser hangs the name on the title's of-phrase. Only a name set off by a comma: a name
    right after its title ("the opposition leader Raila Odinga") leaves the title's group. None
    when the noun is no title, names a person itself, or has no such apposition."""
    if gz.normalize(token.text) not in TITLES or token.pos_ not in ("NOUN", "PROPN"):
        return None
    own = ctx.actor(token)
    if own is not None and own.entity.kind == "Person":
        return None
    # "the president of the Kurdish region, Massoud Barzani": the parser hangs the name on
    # the title's of-phrase
    held = [
        pobj
        for prep in dep_children(token, ("prep",))
        if prep.lower_ == "of"
        for pobj in dep_children(prep, ("pobj",))
    ]
    appositions = [c for noun in (token, *held) for c in dep_children(noun, ("appos",))]
    for child in appositions:
        if contrasted(child) or child.i < token.i:
            continue
        first = child.left_edge.i
        if first == 0 or ctx.doc[first - 1].text != ",":
            continue  # "exiled the opposition leader Raila Odinga": the title's group acts
        span = ctx.actor(child)
        if span is None:
            continue
        if span.entity.kind == "Person" and span.entity.id not in exclude:
            return Arg(span.entity, span.head, "appos", 0)
    return None


def resolve(
    ctx: SentenceContext,
    token: Token,
    exclude: set[str] | None = None,
    allow_place: bool = False,
    depth: int = 0,
) -> Arg | None:
    """Who a noun token stands for: an actor span, a pronoun, a relative, an owner.

    Args:
        ctx: the sentence context.
        token: the head of a noun phrase.
        exclude: entity ids the answer must not be (the other argument).
        allow_place: accept place mentions (targets of "visit to", "deploy in").
        depth: recursion depth (owner chains stop at 3).
    """
    exclude = exclude or set()
    named = _titled_apposition(ctx, token, exclude)
    if named is not None:
        return named
    span = ctx.actor(token, allow_place=allow_place)
    if span is not None:
        entity = _located_group(ctx, token, span.entity)
        if entity.id in exclude:
            return None
        return Arg(entity, span.head, via="direct" if depth == 0 else "owner", hops=depth)
    if depth > 2:
        return None
    lower = token.lower_
    if token.pos_ == "PRON" or lower == "whose":  # "whose" is tagged a determiner
        if lower in RELATIVE:
            antecedent = relative_antecedent(token, ctx)
            if antecedent is None:
                return None
            antecedent = _nearest_conjunct(ctx, antecedent, token)
            arg = resolve(ctx, antecedent, exclude, allow_place, depth + 1)
            if lower == "who" and antecedent.dep_ == "appos":
                # "Paul Ryan, a Republican who has often criticized Trump": the relative
                # describes the apposition, which is the person it stands beside ("which" and
                # "that" may describe a thing: "lending Nisman the gun that killed him"); the
                # apposition's owner is not that person ("Otto Warmbier, a University of
                # Virginia student who died": not the university)
                named = resolve(ctx, antecedent.head, exclude, allow_place, depth + 1)
                if arg is None or (named is not None and named.entity.kind == "Person"):
                    arg = named
            return Arg(arg.entity, arg.token, "relative", arg.hops) if arg else None
        from kgraph.extract.args_pronouns import resolve_pronoun  # they call resolve

        return resolve_pronoun(ctx, token, exclude)
    for child in dep_children(token, ("appos",)):
        if contrasted(child):
            continue
        arg = resolve(ctx, child, exclude, allow_place, depth + 1)
        if arg:
            return Arg(arg.entity, arg.token, "appos", arg.hops)
    lemma = token.lemma_.lower()
    # "killed more than 100 of the insurgents", "three of its soldiers": a number counts the
    # members of its of-phrase as a quantity noun does
    if lemma in QUANTITY_NOUNS or (token.pos_ == "NUM" and token.like_num):
        for prep in dep_children(token, ("prep",)):
            if prep.lower_ == "of":
                for pobj in dep_children(prep, ("pobj",)):
                    arg = resolve(ctx, pobj, exclude, allow_place, depth + 1)
                    if arg:
                        return Arg(arg.entity, arg.token, "member", arg.hops)
    sector = SECTORS.get(lemma)
    # the gazetteer's government nouns (Phoenix agents and ours): "the EU's negotiator" is
    # the EU's; a person's ("Trump's negotiator") is someone else, not the person
    # and the lexicon's <office_holders> ("the U.N. aid coordinator", "the EU trade chief")
    institutional = (
        sector is None
        and (token.lower_ in government_nouns() or in_class(token, office_holders(ctx)))
        and lemma not in OWNED_NOUNS
    )
    if institutional:
        sector = "GOV"
    if any(c.dep_ == "compound" and c.lower_ in NON_SECTOR_COMPOUNDS for c in token.children):
        sector = None  # "a US think tank" is no army
    if (sector or lemma in OWNED_NOUNS) and not local_office_noun(token):
        # ("Moscow's mayor": a city's office, no country's government)
        owner = _owner(ctx, token, exclude, depth)
        if owner is not None and owner.via == "pronoun" and not sector:
            owner = None  # "Russia advised its citizens not to ...": its people, not Russia
        if owner is not None and not (institutional and owner.entity.kind == "Person"):
            entity = owner.entity
            if sector and entity.kind == "Country":
                entity = sector_entity(entity, sector)
            return Arg(entity, owner.token, "owner", owner.hops + 1)
    own_words = any(c.dep_ in ("compound", "amod") and ctx.actor(c) is None for c in token.children)
    if lemma in PERSON_SIDES and not own_words:
        # "Mueller's team", "his office": a person's team, camp or office acts for the person;
        # one with words of its own is a body of its own ("Trump's transition team")
        owner = _owner(ctx, token, exclude, depth)
        for poss in dep_children(token, ("poss",)):
            if owner is None and poss.lower_ in ("his", "her"):
                owner = resolve(ctx, poss, exclude, depth=depth + 1)  # "his team"
        if owner is not None and owner.entity.kind == "Person":
            return Arg(owner.entity, owner.token, owner.via, owner.hops + 1)
    # "the Houthis, a Shi'ite movement backed by Iran": a group noun (the lexicon's
    # <group_descriptions>) set off by a comma in apposition to a group's name stands for it
    # (what a participle or relative on the description says of the group)
    if _group_description(ctx, token):
        span = ctx.actor(token.head)
        if span is not None and span.entity.kind != "Person" and span.entity.id not in exclude:
            return Arg(span.entity, span.head, "appos", depth + 1)
    return None


def _nearest_conjunct(ctx: SentenceContext, antecedent: Token, relative: Token) -> Token:
    """ "met Xi and Putin, who criticized Japan": a singular relative after coordinated names
    (the parser hangs it on the first) stands for the nearest name before it, the one it
    follows; a plural relative ("..., who back Assad") is :mod:`args_plural`'s, for each. A
    relative inside the coordination ("Xi, who ..., and Putin") keeps its noun, and so does
    one after a common noun ("Beasley, a Republican and former governor who ...")."""
    before = [c for c in conjuncts(antecedent) if c.i < relative.i]
    nearest = max(before, key=lambda c: c.i) if before else antecedent
    if ctx.actor(nearest) is not None:
        return nearest
    if relative.lower_ == "that" and nearest is not antecedent and relative.i == nearest.i + 1:
        # "attacks on the Afghan government and foreign troops that support them": a "that"
        # right after the last conjunct restricts that noun (the parser hangs it on the first),
        # whether or not the noun is an actor
        return nearest
    return antecedent


def _possessor_subjects(ctx: SentenceContext, pronoun: Token) -> list[Token]:
    """ "Iran said its forces attacked ...", "Russia sent troops to Syria. Its soldiers ...":
    the subjects a possessive "its" or "their" on an institution noun may stand for, nearest
    first: the subjects of the clauses above it (its own clause's, then the speaker's of a
    that-clause), else, when its sentence has no subject before it, the last sentence's main
    subject; never past a coordinated subject, nor a plural one for "its" (the nearest name
    would often be a place the subject acts on: "sent troops to Syria")."""
    subjects = [
        child
        for verb in pronoun.ancestors
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass")
        and child.i < pronoun.i
        and child not in pronoun.ancestors
    ]
    if not subjects:
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in ctx.doc[ctx.sent.start : pronoun.i]):
            return []
        if ctx.prev_start >= ctx.sent.start:
            return []
        root = ctx.doc[ctx.prev_start].sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    out: list[Token] = []
    for subject in subjects:
        if any(c.dep_ == "conj" for c in subject.children):
            break
        if pronoun.lower_ == "its" and subject.tag_ in ("NNS", "NNPS"):
            break
        out.append(subject)
    return out


def _possessor(ctx: SentenceContext, pronoun: Token, exclude: set[str], depth: int) -> Arg | None:
    """The actor a possessive "its"/"their" on an institution noun stands for: the nearest
    clause subject of :func:`_possessor_subjects`; but "Iran said Israel had attacked its
    forces": when that subject is the other argument (no actor attacks its own forces), the
    subject of the clause above, the speaker's."""
    for subject in _possessor_subjects(ctx, pronoun):
        arg = resolve(ctx, subject, exclude, depth=depth + 1)
        if arg is None:
            other = resolve(ctx, subject, set(), depth=depth + 1)
            if other is not None and other.entity.id in exclude and subject.head.dep_ == "ccomp":
                continue  # the other argument's own: the one above
            # "Kenya condemned the ICC, which ordered its prosecutor to ...": past a relative
            # clause the subject above is no speaker; the body is the other argument's own
            return None
        if arg.entity.kind in ("Country", "Group", "Organization"):
            return Arg(owner_entity(arg.entity), arg.token, "pronoun", depth + 1)
        return None
    return None


def _group_description(ctx: SentenceContext, token: Token) -> bool:
    """ "the Houthis, a movement ...": an apposition after a comma, of a group noun."""
    if token.dep_ != "appos" or token.i < token.head.i or contrasted(token):
        return False
    first = token.left_edge.i
    if first == 0 or ctx.doc[first - 1].text != ",":
        return False
    return in_class(token, ctx.lexicon.classes.get("group_descriptions", frozenset()))


def _owner(ctx: SentenceContext, token: Token, exclude: set[str], depth: int) -> Arg | None:
    """The country or group owning an institution noun: poss, compound, demonym, in/of-phrase."""
    for child in token.children:
        found: list[Token] = []
        if child.dep_ in OWNER_MODIFIERS:
            found = [child]
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
            found = list(dep_children(child, ("pobj",)))
        elif child.dep_ == "prep" and child.lower_ == "for" and token.lemma_ in SPOKES_NOUNS:
            # "a spokesman for the U.S. mission": the body's own owner
            for pobj in dep_children(child, ("pobj",)):
                found = [pobj, *dep_children(pobj, ("compound", "amod", "poss"))]
        for tok in found:
            span = ctx.actor(tok, allow_place=True)
            if span is None and child.dep_ == "poss" and tok.lower_ in ("its", "their"):
                possessor = _possessor(ctx, tok, exclude, depth)
                if possessor is not None:
                    return possessor
            if span is None:
                continue
            owner = owner_entity(span.entity)
            if owner.kind != "Location" and owner.id not in exclude:
                return Arg(owner, span.head, "owner", depth + 1)
    return None
