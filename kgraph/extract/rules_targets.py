"""Targets of relation cues: actors, things owned by actors, and topics.

A target may be more than an actor mention: a thing an actor owns ("demolished the Russian
building" -> RUS, "released the mayor of Nablus" -> the city's country) or a normalised topic
("backed negotiations" -> ``topic:talks``). Subjects never take these readings.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kgraph.extract.args_acts import inner_agent, led_owner, summary_owner
from kgraph.extract.args_context import (
    OWNER_MODIFIERS,
    Arg,
    SentenceContext,
    conjuncts,
    contrasted,
    owner_entity,
)
from kgraph.extract.args_plural import distributed_places, included_members
from kgraph.extract.lexicon import words
from kgraph.extract.rules_args import resolve
from kgraph.extract.topics import topic_for
from kgraph.resolve.gazetteer import sector_of

# "anti-Israel groups", "pro-Russian rebels": prefixes that make a name a stance.
STANCES = frozenset({"anti", "pro", "non"})
IN_PREPS = frozenset({"in", "inside", "into"})
# Parts of a place: "in the north of Syria", "on the outskirts of Damascus".
PLACE_PARTS = words(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west center centre heart outskirts part parts edge suburbs suburb "
    "interior rest"
)
# A person's bodies that are not the person as a target ("met with Trump's transition team",
# "Putin's staff"): "the Trump campaign" and "Macron's team" alone are the person (the actor
# finder reads them so), but with words of their own they are the body.
PERSONAL_STAFF = words("team staff camp")
# Nouns of a relation to a person: "Lozoya, the boss of Pemex, and a longtime ally of Pena
# Nieto": conjoined after an apposition, with "a" or no article, a description of the name.
RELATION_NOUNS = words(
    "ally friend aide associate adviser advisor confidant protege protégé partner son daughter "
    "wife husband brother sister nephew niece cousin father mother relative supporter loyalist"
)


def resolve_target(
    ctx: SentenceContext,
    token: Token,
    exclude: set[str],
    allow_place: bool = False,
    topics: bool = False,
) -> Arg | None:
    """Who or what a target noun stands for: an actor, an owned thing, or a topic.

    Beyond :func:`resolve`, a target may be a thing owned by an actor ("demolished the Russian
    building" -> RUS, "released the mayor of Nablus" -> the city's country) or, with
    ``topics``, a normalised topic ("backed negotiations" -> ``topic:talks``).
    """
    arg = resolve(ctx, token, exclude, allow_place)
    if arg is not None:
        return arg
    if token.pos_ not in ("NOUN", "PROPN") or _rite(ctx, token):
        return None
    # "the Paris climate accord", "the Minsk agreement": a city naming a treaty is where it
    # was signed, not its owner; one naming talks or a process is where they are held ("the
    # Minsk peace process", "the Geneva talks": the lexicon's <venue_named>)
    signed = token.lemma_.lower() in ctx.lexicon.classes.get(
        "agreement", frozenset()
    ) | ctx.lexicon.classes.get("venue_named", frozenset())
    # "indictments of Trump associates", "arrested Saleh's aides": a person's associates (the
    # lexicon's <entourage>) are not that person, nor is a person's successor
    entourage = token.lemma_.lower() in ctx.lexicon.classes.get("entourage", frozenset())
    entourage = entourage or token.lemma_.lower() in PERSONAL_STAFF
    # "Scalia's successor", "his predecessor" (the lexicon's <succession>): someone else
    entourage = entourage or token.lemma_.lower() in ctx.lexicon.classes.get(
        "succession", frozenset()
    )
    # "upsetting U.S. friends and adversaries", "angered China's neighbors": those related to
    # an actor (the lexicon's <counterparts>) are other actors, not their owner; beside a
    # possessive a modifier names them ("the government and its African Union allies")
    # ("met beneficiaries of the DACA program": those a program or prize serves, the
    # lexicon's <beneficiaries>, are not its owner either)
    related = ctx.lexicon.classes.get("counterparts", frozenset()) | ctx.lexicon.classes.get(
        "beneficiaries", frozenset()
    )
    if token.lemma_.lower() in related:
        return _named_counterpart(ctx, token, exclude)
    for child in token.children:
        if child.dep_ in OWNER_MODIFIERS and not _stance_prefix(ctx.doc, child):
            span = ctx.actor(child, allow_place=True)
            if span is None or (signed and span.entity.kind == "Location"):
                continue
            if span.start <= token.i < span.end:
                # "standing by the Euphrates River": a place name's first word is part of
                # the name (kept out as a place), not its owner
                continue
            if entourage and span.entity.kind == "Person":
                continue
            if owner_entity(span.entity).kind == "Location" and sector_of(token.text):
                # "urged Silicon Valley companies": a place of no country is not the people or
                # firms it places ("seized the Jambur fields" is the place seized)
                continue
            if owner_entity(span.entity).id not in exclude:
                return Arg(owner_entity(span.entity), span.head, "owner", 1)
    requester = _pronoun_requester(ctx, token, exclude)
    if requester is not None:
        return requester
    # "condemned the Saudi-led air strikes on Yemen": the leader of the act
    led = led_owner(ctx, token)
    if led is not None and led.entity.id not in exclude:
        return led
    # "recognized Jerusalem, a decision condemned by Turkey": the clause's subject decided
    summed = [a for a in summary_owner(ctx, token) if a.entity.id not in exclude]
    if summed:
        return summed[0]
    topic = topic_for(token.lemma_, token.text) if topics else None
    if topic is not None:
        return Arg(topic, token.i, "topic")
    if token.lemma_.lower() in ctx.lexicon.classes.get("mistreatment", frozenset()):
        return _mistreater(ctx, token, exclude)
    if token.lemma_.lower() in ctx.lexicon.classes.get("releases", frozenset()):
        # "praised the release of political prisoners in Myanmar": the released are held by
        # their own state (or the by-phrase), as the treated are treated ("the release of
        # Otto Warmbier" names no releaser)
        return _mistreater(ctx, token, exclude)
    # "a speech in Florence", "a rally in Jakarta": where words were said is not whose they are
    said = token.lemma_.lower() in ctx.lexicon.classes.get(
        "statements", frozenset()
    ) | ctx.lexicon.classes.get("gatherings", frozenset())
    # "praised the capture of the Islamic State leader", "denounced the criticism of a judge":
    # the of-phrase of an event noun whose lexicon cue takes "of" for its target names the
    # one the event is done to, not its owner (only a by-phrase names the doer)
    done_to = any(c.prep == "of" for c in ctx.lexicon.nouns.get(token.lemma_.lower(), ()))
    found: Arg | None = None
    for child in token.children:
        inner = inner_agent(ctx, child, exclude)
        if inner is not None:
            return inner
        if child.dep_ == "prep" and child.lower_ == "of" and done_to:
            continue
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in", "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    arg = resolve(ctx, pobj, exclude, allow_place=True, depth=1)
                    owner = owner_entity(arg.entity) if arg is not None else None
                    if arg is None or owner is None or owner.kind == "Location":
                        continue
                    if said and child.lower_ == "in" and arg.entity.kind == "Location":
                        continue
                    if child.lower_ == "by" and arg.entity.kind != "Location":
                        # "the arrest of a German journalist by Turkish police", "a speech in
                        # Florence by May": the doer or author, not the one done to or the place
                        return Arg(owner, arg.token, "owner", arg.hops + 1)
                    if found is None:
                        found = Arg(owner, arg.token, "owner", arg.hops + 1)
    return found


def _pronoun_requester(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "Merkel rebuffed his request", "rejected their demands": a possessive pronoun on a
    request (the lexicon's <requests>) names the one who made it, as a name does ("Obama's
    request"); one that stands for the subject is no target ("dropped their demands")."""
    if token.lemma_.lower() not in ctx.lexicon.classes.get("requests", frozenset()):
        return None
    for poss in token.children:
        if poss.dep_ == "poss" and poss.pos_ == "PRON":
            arg = resolve(ctx, poss, exclude, depth=1)
            if arg is not None and owner_entity(arg.entity).id not in exclude:
                return Arg(owner_entity(arg.entity), arg.token, arg.via, arg.hops + 1)
    return None


def _mistreater(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "the treatment of Rohingya Muslims", "the persecution of Uighurs" (class
    ``mistreatment``): the of-phrase names the treated, not the one who treats them. The target
    is the by-phrase ("the abuse of prisoners by U.S. soldiers"), else the treated people's own
    state when they are a country's people or one of its groups (what CAMEO coders take), else
    none ("the treatment of Kashmiri Muslims": who treats them is not named)."""
    treated: Arg | None = None
    for child in token.children:
        inner = inner_agent(ctx, child, exclude)
        if inner is not None:
            return inner
        if child.dep_ != "prep" or child.lower_ not in ("of", "by"):
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            arg = resolve(ctx, pobj, exclude, allow_place=True, depth=1)
            if arg is None or arg.entity.kind == "Location":
                continue
            if child.lower_ == "by":
                return Arg(arg.entity, arg.token, "owner", arg.hops + 1)
            treated = treated or arg
    if treated is None or treated.entity.kind not in ("Country", "Group"):
        return None
    if treated.entity.kind == "Group" and not treated.entity.id.startswith(
        f"{treated.entity.country}:"
    ):
        return None  # a named group ("the treatment of Taliban prisoners") is no country's people
    from kgraph.resolve.gazetteer import country

    state = country(treated.entity.country or treated.entity.id)
    if state.id in exclude:
        return None
    return Arg(state, treated.token, "owner", treated.hops + 1)


def _rite(ctx: SentenceContext, token: Token) -> bool:
    """ "the funeral of a Turkish soldier", "a memorial service for the victims": a rite held for
    someone, whose owner or of-phrase names the mourned, not a party to the act; and "the
    family of a soldier", "his widow" (class ``kin``): a relative is not the person named
    (but "the Gupta family", a name compounded on the noun, is that family)."""
    rites = ctx.lexicon.classes.get("rites", frozenset())
    if token.lemma_.lower() in ctx.lexicon.classes.get("kin", frozenset()):
        return not any(c.dep_ == "compound" for c in token.children)
    return token.lemma_.lower() in rites or any(
        c.dep_ == "compound" and c.lemma_.lower() in rites for c in token.children
    )


def _stance_prefix(doc: Doc, token: Token) -> bool:
    """ "anti-Israel groups", "pro-Russian rebels": the name is a stance, not an owner."""
    first = doc[token.left_edge.i : token.i + 1]
    return any(t.lower_ in STANCES for t in first) or (
        token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCES
    )


def resolve_targets(
    ctx: SentenceContext,
    token: Token,
    exclude: set[str],
    allow_place: bool = False,
    topics: bool = False,
) -> list[Arg]:
    """:func:`resolve_target` over a noun and its conjuncts."""
    out: list[Arg] = []
    for tok in conjuncts(token):
        if any(c.dep_ == "neg" and c.i < tok.i for c in tok.children):
            continue  # "blamed his predecessors, not China"
        if _described_relation(tok):
            continue  # "accused Lozoya, the boss of Pemex, and a longtime ally of Pena Nieto"
        listed = listed_members(ctx, tok, exclude) or included_members(ctx, tok, exclude)
        if listed:
            out.extend(a for a in listed if all(a.entity.id != b.entity.id for b in out))
            continue
        arg = resolve_target(ctx, tok, exclude, allow_place, topics)
        if arg is None:
            continue
        # "travelers from Iran, Libya and Somalia": one target per conjoined country
        for each in (arg, *distributed_places(ctx, tok, arg)):
            if each.entity.id not in exclude and all(a.entity.id != each.entity.id for a in out):
                out.append(each)
    return out


# Kinds a modifier of a counterpart noun gives its nationality by, not its name
NATIONALITY_KINDS = frozenset({"Country", "Location", "Person"})


def _named_counterpart(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "its African Union allies": the body a modifier names beside a possessive owner (not a
    nationality: "his Indian business partners"); with no possessive the modifier is the owner
    ("U.S. allies"), and the noun names no actor."""
    if not any(c.dep_ == "poss" for c in token.children):
        return None
    for child in token.children:
        if child.dep_ in ("compound", "amod"):
            span = ctx.actor(child)
            # a body's name, not a nationality ("his Indian business partners")
            if (
                span is not None
                and span.entity.kind not in NATIONALITY_KINDS
                and span.entity.id not in exclude
            ):
                return Arg(span.entity, span.head, "direct", 1)
    return None


def _described_relation(tok: Token) -> bool:
    """ "accused Emilio Lozoya, the former boss of Pemex, and a longtime ally of Pena Nieto":
    a noun of relation to someone (:data:`RELATION_NOUNS`) conjoined to an apposition of a
    name, with "a" or no article, describes the name; it is no further target."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in RELATION_NOUNS:
        return False
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in tok.children):
        return False
    head = tok.head
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "appos" and head.head.pos_ == "PROPN"


def listed_members(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "people from seven countries - Iran, Iraq and Libya", "three states, Iran, Syria and
    Sudan": a plural noun (or the people of one) whose apposition lists countries stands for
    each of them (``appositive-list``). Only countries count: a list of people or things is
    no target list."""
    holders = [token]
    if ctx.actor(token) is None:
        holders.extend(
            pobj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        )
    for holder in holders:
        if holder.tag_ != "NNS" or ctx.actor(holder) is not None:
            continue
        for appos in holder.children:
            if appos.dep_ != "appos" or contrasted(appos) or len(conjuncts(appos)) < 2:
                continue
            args = []
            for member in conjuncts(appos):
                span = ctx.actor(member, allow_place=True)
                if span is None or span.entity.kind != "Country":
                    return []
                if span.entity.id not in exclude:
                    args.append(Arg(span.entity, span.head, "member", 1))
            return args
    return []


def country_of_place(
    ctx: SentenceContext, holders: list[Token], preps: frozenset[str], exclude: set[str]
) -> Arg | None:
    """The country of the first place phrase ("in Syria", "from Gaza") on one of ``holders``."""
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    pobj = _place_of_part(ctx, pobj)
                    span = ctx.actor(pobj, allow_place=True) if pobj.dep_ == "pobj" else None
                    if span is None and pobj.dep_ == "pobj":
                        named = _named_place(ctx, pobj)
                        if named is not None and named.entity.id not in exclude:
                            return named
                    if span is None:
                        continue
                    place = owner_entity(span.entity)
                    if place.kind == "Country" and place.id not in exclude:
                        return Arg(place, span.head, "owner", 1)
    return None


def _place_of_part(ctx: SentenceContext, noun: Token) -> Token:
    """ "in the east of the Gaza Strip", "on the outskirts of Damascus": the place a part noun
    is of (the noun itself when it is no such part or names an actor)."""
    if noun.lemma_.lower() not in PLACE_PARTS or ctx.actor(noun, allow_place=True) is not None:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and ctx.actor(pobj, allow_place=True) is not None:
                    # keep the dependency label the caller checks ("pobj")
                    return pobj
    return noun


def _named_place(ctx: SentenceContext, noun: Token) -> Arg | None:
    """ "in a Gaza refugee camp", "at a Baghdad market": a place name compounded on the noun
    (a place, or the place's named group, "Gaza refugee") gives the country."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ != "compound" or child.pos_ != "PROPN" or child.i > noun.i:
            continue
        span = ctx.actor(child, allow_place=True)
        code = span.entity.country if span is not None else None
        if span is not None and code and span.entity.kind in ("Location", "Country", "Group"):
            from kgraph.resolve.gazetteer import country

            return Arg(country(code), span.head, "owner", 1)
    return None


def event_place(ctx: SentenceContext, verb: Token, exclude: set[str]) -> Arg | None:
    """The country of an "in X" place phrase on a verb (or on its direct object)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return country_of_place(ctx, holders, IN_PREPS, exclude)


def locative_antecedent(ctx: SentenceContext, verb: Token) -> Arg | None:
    """ "Venezuela, where Russia has major energy investments": the noun ``where`` refers to."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    if not any(c.lower_ == "where" for c in clause.children):
        return None
    return resolve(ctx, clause.head, allow_place=True)


def modifier_participle(verb: Token) -> bool:
    """A participle describing a noun, not an act: "the internationally recognized President
    Hadi" (amod), or "Yemen's internationally recognized President Hadi" misparsed as a bare
    participle whose subject is a possessor."""
    if verb.dep_ == "amod":
        return not agentive_modifier(verb)
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and any(g.dep_ == "case" for g in c.children) for c in verb.children
    )


def agentive_modifier(token: Token) -> bool:
    """ "Spain's prime minister, heckled by opposition lawmakers, ...": a participle the parser
    took for an adjective, shown to be a passive by its by-agent."""
    return token.dep_ == "amod" and any(c.dep_ == "agent" for c in token.children)


def object_gap(clause: Token) -> bool:
    """ "the talks Iran held with the EU": a relative clause with a subject but no object of its
    own and no relative pronoun, whose antecedent is therefore its object ("Trump, whose
    administration had lobbied against it": "whose" in the subject makes the antecedent its
    owner, not its object)."""
    deps = {c.dep_ for c in clause.children}
    return (
        "nsubj" in deps
        and not deps & {"dobj", "nsubjpass", "ccomp", "xcomp", "auxpass"}
        and not any(c.lower_ in ("who", "which", "that", "whom") for c in clause.children)
        and not any(
            t.lower_ == "whose" for c in clause.children if c.dep_ == "nsubj" for t in c.subtree
        )
    )
