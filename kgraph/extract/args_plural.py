"""Several actors for one noun: conjuncts, plural pronouns, pairs, members, companions.

:func:`resolve_all` turns "Venezuela and Cuba", "they" after "Obama and Putin", "the two
countries", "several countries, including China" and "travelers from Iran, Libya and Somalia"
into one :class:`~kgraph.extract.args_context.Arg` per actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_clauses import party_before
from kgraph.extract.args_context import (
    PERMISSION_NOUNS,
    PLURAL,
    Arg,
    SentenceContext,
    conjuncts,
    dep_children,
    owner_entity,
    sector_entity,
)
from kgraph.extract.lexicon import words
from kgraph.extract.rules_args import relative_antecedent, resolve
from kgraph.resolve.descriptions import pair_nouns

# Singular nouns of a whole of actors, whose including-phrase names members as a plural's does
# ("the international community, including Russia", "the coalition, such as Britain").
COLLECTIVES = words("community coalition alliance bloc world")


def included_members(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "several countries, including China", "companies such as Rosneft and Gazprom": a plural
    noun that is no actor itself stands for the actors its including- or such-as-phrase names
    (each a ``member``); so does a singular collective noun ("the international community,
    including Russia": :data:`COLLECTIVES`). Places, topics and the excluded are left out."""
    plural = token.tag_ in ("NNS", "NNPS")
    collective = token.tag_ == "NN" and token.lemma_.lower() in COLLECTIVES
    if not (plural or collective) or token.i in ctx.actor_at:
        return []
    out: list[Arg] = []
    for prep in token.children:
        if prep.dep_ != "prep" or not (
            prep.lower_ == "including"
            or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
        ):
            continue
        for pobj in dep_children(prep, ("pobj",)):
            for member in conjuncts(pobj):
                span = ctx.actor(member)
                if span is None or span.entity.kind in ("Topic", "Location"):
                    continue
                if span.entity.id in exclude or any(a.entity.id == span.entity.id for a in out):
                    continue
                out.append(Arg(span.entity, span.head, "member", 1))
    return out


def resolve_all(
    ctx: SentenceContext,
    token: Token,
    exclude: set[str] | None = None,
    allow_place: bool = False,
) -> list[Arg]:
    """Resolve a noun and its conjuncts ("Venezuela and Cuba" -> two args), or the members its
    including-phrase names (:func:`included_members`)."""
    if token.lower_ in PLURAL:
        if party_before(ctx, token, exclude or set()):
            return []  # "a dispute with Khan's parents after they criticized him": no actors
        joint = _coordinated_antecedents(ctx, token, exclude or set())
        if joint:
            return joint
    if token.lower_ in ("which", "who", "that") and _plural_verb(token.head):
        joint = _relative_conjuncts(ctx, token, exclude or set())
        if joint:
            return joint
    if token.lower_ in pair_nouns() and _pair_description(token):
        return _pair_antecedents(ctx, token, exclude or set())
    out: list[Arg] = []
    for tok in _name_conjuncts(ctx, token):
        arg = resolve(ctx, tok, exclude, allow_place)
        if arg is None:
            members = included_members(ctx, tok, exclude or set())
            out.extend(a for a in members if all(a.entity.id != b.entity.id for b in out))
            continue
        args = [arg, *_distributed_groups(ctx, tok, arg)]
        out.extend(a for a in args if all(a.entity.id != b.entity.id for b in out))
    return out


def _plural_verb(verb: Token) -> bool:
    """Whether a verb agrees with a plural subject: "back", "have backed", "were"."""
    if verb.tag_ == "VBP" or verb.lower_ == "were":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBP" or c.lower_ == "were")
        for c in verb.children
    )


def _relative_conjuncts(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "Russia and Iran, which back Assad's government, and Turkey, which supports the
    rebels": a relative subject after coordinated actors, its verb plural, stands for each of
    the actors named before it (not those conjoined after it)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    antecedent = relative_antecedent(token, ctx)
    if antecedent is None:
        return []
    members = [c for c in conjuncts(antecedent) if c.i < token.i]
    if len(members) < 2:
        return []
    out: list[Arg] = []
    for member in members:
        arg = resolve(ctx, member, exclude)
        if arg is None:
            return []  # "the talks and Iran, which ...": not a coordination of actors
        if all(arg.entity.id != a.entity.id for a in out):
            out.append(Arg(arg.entity, arg.token, "relative", arg.hops))
    return out


def clause_subjects(ctx: SentenceContext, clause: Token, exclude: set[str]) -> list[Arg]:
    """The actors a clause is about: its subjects, active or passive, with their conjuncts
    ("found that Syria and Iran used ...", "allegations that Moscow was bombing ...")."""
    return [
        arg
        for child in clause.children
        if child.dep_ in ("nsubj", "nsubjpass")
        for arg in resolve_all(ctx, child, exclude)
    ]


def companions(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "Saudi Arabia, alongside the UAE and Egypt, cut ties with Qatar", "Britain, along with
    Russia and China, negotiated the deal", "Egypt, together with Saudi Arabia, ...": the
    actors of a companion phrase set off by commas after a subject act with it (the phrase's
    words are the lexicon's <companion_preps>: "alongside", "along with", "together with")."""
    companion = ctx.lexicon.classes.get("companion_preps", frozenset())
    out: list[Arg] = []
    for prep in dep_children(token, ("prep",)):
        doc = ctx.doc
        start = prep.left_edge.i
        if start == 0 or doc[start - 1].text != ",":
            continue  # only a phrase set off by a comma
        if prep.lower_ == "with" and any(
            c.dep_ == "advmod" and c.lower_ in companion for c in prep.children
        ):
            holder = prep  # "together with": "together" hangs on "with"
        elif prep.lower_ in companion and prep.lower_ != "with":
            # "alongside X"; "along with X": "with" hangs on "along"
            holder = next((c for c in dep_children(prep, ("prep",)) if c.lower_ == "with"), prep)
        else:
            continue
        for pobj in dep_children(holder, ("pobj",)):
            for arg in resolve_all(ctx, pobj, exclude):
                if all(arg.entity.id != a.entity.id for a in out):
                    out.append(Arg(arg.entity, arg.token, "member", arg.hops))
    return out


def _name_conjuncts(ctx: SentenceContext, token: Token) -> list[Token]:
    """Conjuncts of a token, also when the parser hung them on another word of its name:
    "Barack Obama and Vladimir Putin will meet" parsed with "Putin" conjoined to "Obama" while
    "Barack" is the subject."""
    out = conjuncts(token)
    span = ctx.actor_at.get(token.i)
    if len(out) > 1 or span is None:
        return out
    inside = range(span.start, span.end)
    for tok in ctx.doc[span.start : span.end]:
        if tok.i != token.i:
            out.extend(c for c in conjuncts(tok)[1:] if c.i not in inside and c not in out)
    return out


def _coordinated_antecedents(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "Obama and Putin said they will ...": a plural pronoun after coordinated actors."""
    for tok in reversed(ctx.doc[ctx.prev_start : token.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in tok.children):
            args = resolve_all(ctx, tok, exclude)
            return [Arg(a.entity, a.token, "pronoun", a.hops) for a in args]
    return []


def _pair_description(token: Token) -> bool:
    """ "the two countries", "both sides": "both", or "the" and "two", and no other words of
    its own ("the two Koreas" is a name; "the two countries' leaders" is read by its owner)."""
    deps = {(c.dep_, c.lower_) for c in token.children if c.i < token.i}
    if token.lower_ in ("two", "both"):
        # "the two met", "both said": the numeral or "both" standing alone for the pair
        alone = {("det", "the")} if token.lower_ == "two" else set()
        return deps == alone and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if deps not in ({("det", "both")}, {("det", "the"), ("nummod", "two")}):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from") for c in token.children)


def _pair_antecedents(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "Turkey and Greece signed ... The two countries agreed ...": the two actors of the last
    coordination in this or the last sentence, when each is what the noun says (a country, a
    person, anything for "sides") and no other coordination of such actors stands there.
    Two actors not named together make no pair: that guess was wrong more often than right."""
    kind = pair_nouns()[token.lower_]
    pairs: list[list[Arg]] = []
    for tok in reversed(ctx.doc[ctx.prev_start : token.i]):
        if not any(c.dep_ == "conj" for c in tok.children) or tok.lower_ in pair_nouns():
            continue
        args = [a for a in (_pair_member(a, kind) for a in resolve_all(ctx, tok, exclude)) if a]
        ids = {a.entity.id for a in args}
        if len(ids) < 2:
            continue
        if pairs and ids != {a.entity.id for a in pairs[0]}:
            return []  # two different coordinations: neither is sure
        if len(ids) > 2:
            return []  # "the US, Britain and France ... the two countries": which two?
        pairs.append(args)
    if not pairs:
        return []
    return [Arg(a.entity, a.token, "pronoun", a.hops) for a in pairs[0]]


def _pair_member(arg: Arg, kind: str) -> Arg | None:
    """An actor of a pair as the pair's noun says: a country ("Turkish officials" count as
    Turkey), a person, or any actor."""
    entity = arg.entity
    if kind == "person":
        return arg if entity.kind == "Person" else None
    if kind == "country":
        if entity.kind == "Group" and entity.country and entity.country.isupper():
            from kgraph.resolve.gazetteer import country

            return Arg(country(entity.country), arg.token, arg.via, arg.hops)
        return arg if entity.kind == "Country" else None
    return arg if entity.kind not in ("Topic", "Location") else None


def _distributed_groups(ctx: SentenceContext, token: Token, arg: Arg) -> list[Arg]:
    """ "US and British activists": the group's sector for each coordinated country; and
    "travelers from Iran, Libya and Somalia", "imports from Russia and China": each country
    conjoined in the from/of/in-phrase that placed the noun (:func:`distributed_places`)."""
    placed = distributed_places(ctx, token, arg)
    if arg.entity.kind != "Group" or ":" not in arg.entity.id:
        return placed
    sector = arg.entity.id.split(":", 1)[1]
    out = placed
    for child in token.children:
        if child.dep_ in ("nmod", "amod", "compound") and any(
            c.dep_ == "conj" for c in child.children
        ):
            for mod in conjuncts(child):
                span = ctx.actor(mod)
                if span is None or span.entity.kind not in ("Country", "Group"):
                    continue
                group = span.entity
                if group.kind == "Country":
                    group = sector_entity(group, sector)
                if group.id != arg.entity.id:
                    out.append(Arg(group, span.head, "owner", 1))
    return out


def _distributed_owners(ctx: SentenceContext, token: Token, arg: Arg) -> list[Arg]:
    """ "met the chief executives of Lockheed and Boeing": a noun standing for the
    organisation of its of-phrase stands as well for each other organisation conjoined there
    (only when the first one is what the noun resolved to)."""
    if arg.via != "owner" or arg.entity.kind != "Organization":
        return []
    out: list[Arg] = []
    for prep in dep_children(token, ("prep",)):
        if prep.lower_ != "of":
            continue
        for pobj in dep_children(prep, ("pobj",)):
            members = conjuncts(pobj)
            first = ctx.actor(pobj)
            if len(members) < 2 or first is None or first.entity.id != arg.entity.id:
                continue
            for member in members[1:]:
                span = ctx.actor(member)
                if span is None or span.entity.kind != "Organization":
                    continue
                if all(span.entity.id != a.entity.id for a in (arg, *out)):
                    out.append(Arg(span.entity, span.head, "member", 1))
    return out


def distributed_places(ctx: SentenceContext, token: Token, arg: Arg) -> list[Arg]:
    """ "travelers from Iran, Libya and Somalia" (IRN:CVL): a noun placed by a from/of/in-phrase
    whose first place gives its country stands as well for each other country conjoined there
    (its sector's group of that country, or the country when the noun stood for a country).
    Only when the first place is what gave the argument its country, and only countries; an
    organisation's noun, each organisation (:func:`_distributed_owners`)."""
    entity = arg.entity
    grouped = entity.kind == "Group" and ":" in entity.id
    if not grouped and entity.kind != "Country":
        return _distributed_owners(ctx, token, arg)
    home = entity.country or entity.id
    out: list[Arg] = []
    for prep in dep_children(token, ("prep",)):
        if prep.lower_ not in ("from", "of", "in"):
            continue
        for pobj in dep_children(prep, ("pobj",)):
            members = conjuncts(pobj)
            first = ctx.actor(pobj, allow_place=True)
            if len(members) < 2 or first is None:
                continue
            # the phrase may lie inside the noun's own span ("travelers from Iran": IRN:CVL)
            if first.head != token.i and owner_entity(first.entity).id != home:
                continue
            for member in members[1:]:
                span = ctx.actor(member, allow_place=True)
                if span is None:
                    continue
                place = owner_entity(span.entity)
                if place.kind != "Country" or place.id == home:
                    continue
                other = sector_entity(place, entity.id.split(":", 1)[1]) if grouped else place
                if all(other.id != a.entity.id for a in out):
                    out.append(Arg(other, span.head, "member", 1))
    return out


def permitted_actors(ctx: SentenceContext, verb: Token) -> list[Arg] | None:
    """ "gave permission to Russia to help Israel", "gave Iraq permission to export": the
    recipient of a permission noun; None when the verb gives no permission."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "dative" and child.lower_ == "to":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        if child.dep_ in ("dative", "pobj"):
            return resolve_all(ctx, child)
    return None
