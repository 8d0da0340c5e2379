"""Targets of a verb cue: the party (or place, or topic) a verbal relation is toward.

:func:`verb_targets` checks that a cue fits a verb (particle, object noun, an infinitive for
a request) and finds its targets: the direct object (an actor, the owner of a thing, the
author of a statement, a topic), the object of the cue's preposition, or a recipient without
"to"; it names the shape that found them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import OWNER_MODIFIERS, Arg, SentenceContext, owner_entity
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, in_class, prep_with_object
from kgraph.extract.modality_clauses import is_infinitive
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal_objects import quoted_object, verb_objects
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive
from kgraph.extract.topics import topic_for

# Targets reached by these prepositions may be places ("visit to Moscow", "deploy in Syria").
PLACE_PREPS = frozenset({"to", "in", "into", "near", "at", "of", "for", "from", "on"})
# Named-entity types of a time phrase ("on Sunday", "in March", "for two years")
TIMES = frozenset({"DATE", "TIME"})
RECIPIENT_PREPS = frozenset({"to", "for"})
# Prepositions of the medium something is said through ("on Twitter", "via Facebook").
MEDIUM_PREPS = frozenset({"on", "via", "through"})
# A venue phrase ("at the White House", "in Ankara") the parser may hang a with-phrase on, and
# the named-entity types of a named venue.
VENUE_PREPS = frozenset({"at", "in"})
VENUE_ENTITIES = frozenset({"GPE", "FAC", "LOC", "ORG"})
# Prepositions of cues whose target is a party, never a place: (preposition, relation).
# ("halted oil exports from Kirkuk" sanctions no one: goods come from a place, a sanctioned
# party is named, "suspended imports from North Korea")
PARTY_ONLY = frozenset({("from", "ATTACKS"), ("from", "SANCTIONS")})
BLOCKED = "blocked"
# Sectors of a country's people at large (civilians, workers), not a party that acts for it.
PEOPLE_SECTORS = frozenset({"CVL", "LAB"})
# Reciprocal pronouns, word by word.
RECIPROCAL_PRONOUNS = frozenset({("each", "other"), ("one", "another")})
# Relations whose object may be a topic ("backed negotiations", "rejected the deal").
TOPIC_RELATIONS = frozenset(
    {
        "BACKS",
        "REJECTS",
        "MEDIATES",
        "SUPPLIES",
        "CONCEDES_TO",
        "CRITICIZES",
        "OFFERS",
        "DEMANDS",
        "AGREES_WITH",
        "NEGOTIATES_WITH",
        "RECOGNIZES",
    }
)
# (INVESTIGATES takes no topic: "inspected vehicles and weapons" probes no party)
# Relations whose object's author is their target ("criticized a tweet posted by Trump").
AUTHOR_RELATIONS = frozenset({"CRITICIZES", "REJECTS", "BACKS"})
# Relations whose direct object may be a place ("visited Moscow").
# ("warned Catalonia", "praised Scotland": a named region addressed stands for its people)
PLACE_RELATIONS = frozenset(
    {"VISITS", "ATTACKS", "COERCES", "DEPLOYS_TO", "CRITICIZES", "WARNS", "APPEALS_TO", "DEMANDS"}
)


def _has_particle(verb: Token, particle: str | None) -> bool:
    if particle is None:
        return True
    return any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == particle and not prep_with_object(c)
        for c in verb.children
    )


def reciprocal_target(ctx: SentenceContext, verb: Token, cue: Cue) -> bool:
    """Whether the cue's target phrase is a reciprocal pronoun, so that joint subjects act on
    each other: "the FDP and the Greens blame each other", "lobbed attacks at one another"."""
    objects = verb_objects(ctx, verb)
    phrase = objects if cue.prep is None else _prep_targets(verb, cue.prep, objects)
    return any(_reciprocal_pronoun(token) for token in phrase)


def _reciprocal_pronoun(token: Token) -> bool:
    """ "each other", "one another" (the parser heads them on "other", "another" or "one")."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    word = token.lower_
    return (before, word) in RECIPROCAL_PRONOUNS or (word, after) in RECIPROCAL_PRONOUNS


def _prep_targets(verb: Token, prep: str, objects: list[Token]) -> list[Token]:
    """Objects of ``prep`` attached to the verb or to its direct object; a with-phrase the
    parser hung on a named venue of theirs counts too ("held private meetings at the White
    House with Durbin"), and an at-phrase hung on "back" ("fired back at Clinton")."""
    out: list[Token] = []
    holders = [verb, *objects]
    if prep == "at":
        # "fired back at Clinton", "hit back at critics": the parser may hang the at-phrase
        # on the adverb "back"
        holders.extend(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back")
    if prep == "with":
        holders.extend(
            pobj
            for holder in [verb, *objects]
            for child in holder.children
            if child.dep_ == "prep" and child.lower_ in VENUE_PREPS
            for pobj in child.children
            if pobj.dep_ == "pobj" and pobj.ent_type_ in VENUE_ENTITIES
        )
    for holder in holders:
        for child in holder.children:
            # ("voted down Obama's nominee": the parser may hang the noun under a particle)
            if child.dep_ in ("prep", "dative", "agent", "prt") and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        out.append(pobj)
    return out


# Verbs whose only target is the owner of a noun of a class (the lexicon's classes): "blocked
# Trump's travel ban" (<owned_targets>, <measures>), "questioned Nunes' actions"
# (<owned_quality_verbs>, <questioned_qualities>).
OWNED_CLASSES = (
    ("owned_targets", "measures"),
    ("owned_quality_verbs", "questioned_qualities"),
    ("owned_requests", "requests"),
    ("owned_acceptances", "accepted_offers"),
)


def _owned_only(ctx: SentenceContext, verb: Token) -> tuple[bool, frozenset[str]]:
    """Whether the verb's target is only the owner of its object, and the object nouns whose
    owner it is."""
    for verbs, nouns in OWNED_CLASSES:
        if in_class(verb, ctx.lexicon.classes.get(verbs, frozenset())):
            return True, ctx.lexicon.classes.get(nouns, frozenset())
    return False, frozenset()


def verb_targets(
    ctx: SentenceContext, verb: Token, cue: Cue, exclude: set[str]
) -> tuple[list[Arg], str] | None:
    """The targets of a verb cue, and the shape that found them; None if the cue does not fit.

    An empty list means the cue fits (particle and object noun present) but names no target.
    """
    if not _has_particle(verb, cue.particle):
        return None
    objects = verb_objects(ctx, verb)
    if cue.relation == "APPEALS_TO" and cue.prep == "for" and not cue.objects and objects:
        # "asked Washington for help", "pressed Beijing for an answer": the one asked is the
        # direct object (the verb's plain cue), the for-phrase what is asked for
        return None
    if cue.objects:
        objects = [o for o in objects if in_class(o, cue.objects)]
        if not objects:
            return None
    elif cue.prep is None and _unasked(ctx, verb):
        # "the Palestinians want East Jerusalem as their capital": what is wanted, no one asked
        return None
    topics = cue.relation in TOPIC_RELATIONS
    if cue.prep is None:
        # "withdrew delegates" (a light-verb cue: its object noun is the topic); "attacked
        # Ukraine", "backed negotiations" (the direct object: an actor, an owner, a topic).
        if cue.objects and not in_class(
            verb, ctx.lexicon.classes.get("owner_object_verbs", frozenset())
        ):
            found = [topic_for(o.lemma_, o.text) for o in objects] if topics else []
            return [Arg(t, objects[0].i, "topic") for t in found if t], "active-svo"
        # ("opposed Britain's proposal": an <owner_object_verbs> cue's object, read as the
        # plain cue reads it, for its owner)
        out: list[Arg] = []
        place = cue.relation in PLACE_RELATIONS
        gatherings = ctx.lexicon.classes.get("gatherings", frozenset())
        owned_only, measures = _owned_only(ctx, verb)
        for obj in objects:
            if owned_only and (ctx.actor(obj) is not None or not in_class(obj, measures)):
                # "blocked Trump's travel ban": the owner of a measure is rejected; "blocked
                # U.S. companies from investing", "block Cruz from the ballot" keep a party
                # out, "blocked Iran's access to funds" cuts it off
                continue
            authors = _authors(ctx, obj, exclude) if cue.relation in AUTHOR_RELATIONS else []
            probed = _probed(ctx, obj, cue, exclude)
            for arg in (
                probed
                if probed is not None
                else authors or resolve_targets(ctx, obj, exclude, allow_place=place, topics=topics)
            ):
                if (
                    cue.relation == "VISITS"
                    and arg.via == "owner"
                    and arg.entity.kind == "Person"
                    and in_class(obj, gatherings)
                ):
                    # "attended a Trump rally": the person holding a rally hosts no visit
                    continue
                if _quoted_place(ctx, verb, obj, arg):
                    continue
                if all(a.entity.id != arg.entity.id for a in out):
                    out.append(arg)
        if in_class(verb, ctx.lexicon.classes.get("order_verbs", frozenset())):
            # "ordered residents to leave", "ordering family members of consulate employees
            # to leave the country": an order to civilians or workers is an evacuation or a
            # rule, no demand made of a party
            out = [a for a in out if a.entity.id.rpartition(":")[2] not in PEOPLE_SECTORS]
        if not out and verb.lemma_.lower() in ctx.lexicon.classes.get("taking", ()):
            # "recaptured the town from rebels": no one owns the town named, the party it
            # is taken from is the target (relations.ground_taken makes it an attack)
            out = [
                a
                for pobj in _prep_targets(verb, "from", [])
                for a in resolve_all(ctx, pobj, exclude)
                if a.via != "owner" and a.entity.kind not in ("Location", "Topic")
            ]
        return out, "active-svo"
    # "met with Putin", "imposed sanctions on Iran", "provided help for the military in
    # Venezuela": the cue's preposition, on the verb or on its object noun.
    allow_place = cue.prep in PLACE_PREPS
    # "retook the town from rebels": ground is taken from a party itself, never from a
    # place or its owner ("Salem, from the Libyan town of Sirte, was retaken")
    party_only = (cue.prep, cue.relation) in PARTY_ONLY
    platforms = ctx.lexicon.classes.get("platforms", frozenset())
    targets: list[Arg] = []
    # "blamed Russia's inaction on Sunday": a date or a time is never the cue's phrase (but
    # "met with President Assad Tuesday", parsed with the day as the head, holds an actor)
    pobjs = [
        quoted_object(ctx, p) or p
        for p in _prep_targets(verb, cue.prep, objects)
        if (p.ent_type_ not in TIMES or any(t.i in ctx.actor_at for t in p.subtree))
        # "clashed ..., with some demonstrators smashing windows": an absolute clause (a
        # participle with its own subject) is no target phrase
        and not (p.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in p.children))
        # "fired back at Clinton on Twitter": the medium of what is said is no target
        and not (cue.prep in MEDIUM_PREPS and in_class(p, platforms))
    ]
    for pobj in pobjs:
        probed = _probed(ctx, pobj, cue, exclude)
        if probed is not None:
            targets.extend(probed)
            continue
        authors = _authors(ctx, pobj, exclude) if cue.relation in AUTHOR_RELATIONS else []
        if authors:
            # "blamed the troubles on an economic war by the United States", "gave a
            # welcome to a speech in Florence by May": the author of the thing the stance is
            # toward, as for a direct object (not the place the thing happened in)
            targets.extend(authors)
        elif party_only:
            targets.extend(a for a in resolve_all(ctx, pobj, exclude) if a.via != "owner")
        else:
            targets.extend(resolve_targets(ctx, pobj, exclude, allow_place=allow_place))
    if targets:
        return targets, "prep-object"
    if not pobjs and cue.prep == "of" and cue.objects and in_class(verb, _owner_of_verbs(ctx)):
        # "sought Washington's help", "seeks U.S. support": the owner of the help sought is
        # the one asked, as the of-phrase of "sought the help of Washington" is
        targets = [a for obj in objects for a in _modifier_owners(ctx, obj, exclude)]
        if targets:
            return targets, "active-svo"
    if party_only:
        return None  # "retook Salem, from Sirte": the verb's other cues apply
    if pobjs and not cue.objects:
        # "blamed Venezuela's troubles on a war": the cue's own phrase names no actor, so
        # the direct object is no target either
        return [], BLOCKED
    if cue.prep in RECIPIENT_PREPS and cue.objects:
        # "sending Maduro military assistance": a recipient without "to".
        for holder in [verb, *objects]:
            for child in holder.children:
                if child.dep_ in ("dative", "nmod", "iobj") and child.i != verb.i:
                    targets.extend(resolve_all(ctx, child, exclude))
        if targets:
            return targets, "dative-object"
    return [], ""


def _quoted_place(ctx: SentenceContext, verb: Token, obj: Token, arg: Arg) -> bool:
    """ "attacked what he said was a fearful atmosphere in Turkey": the noun a speaker names in
    a "what" clause (deeper in the verb's clause than an object) owned only by the place of its
    in-phrase is a state of affairs there, not an act of that country's."""
    if arg.via != "owner" or obj.head == verb or obj.dep_ not in ("attr", "oprd", "pobj"):
        return False
    prep = ctx.doc[arg.token].head
    return verb in obj.ancestors and prep.dep_ == "prep" and prep.lower_ == "in"


def _owner_of_verbs(ctx: SentenceContext) -> frozenset[str]:
    """Verbs whose "<class> of" cue reads the object's owner as its of-phrase (the lexicon's
    <owner_of_verbs>: "sought Washington's help" as "sought the help of Washington")."""
    return ctx.lexicon.classes.get("owner_of_verbs", frozenset())


def _modifier_owners(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """The actors owning a noun as its possessive or modifier ("Washington's help", "U.S.
    support", "Democratic backing"); no place ("the Kabul government's help" is the
    government's, read by the actor spans), no pronoun ("its help")."""
    out: list[Arg] = []
    for child in noun.children:
        if child.dep_ not in OWNER_MODIFIERS:
            continue
        span = ctx.actor(child)
        if span is None or span.start <= noun.i < span.end:
            continue
        owner = owner_entity(span.entity)
        if owner.id not in exclude and all(a.entity.id != owner.id for a in out):
            out.append(Arg(owner, span.head, "owner", 1))
    return out


def _unasked(ctx: SentenceContext, verb: Token) -> bool:
    """Whether ``verb`` is of the lexicon's <control_only> or <order_verbs> class ("want",
    "order") and has no infinitive for its object to do: "wants China to do more" asks China;
    "wants an EU finance minister" asks no one. A wish (<wish_verbs>) about its object's
    state, an infinitive of <status_verbs>, asks no one either: "want East Jerusalem to be
    their capital", "wants Crimea to stay Russian". A question (<question_verbs> with an
    about-phrase and no infinitive) asks for an answer, not for an act: "asked Erdogan about
    the journalists"."""
    classes = ctx.lexicon.classes
    # ("pushed Cuba to improve human rights" is also parsed with the infinitive as an advcl)
    infinitives = [
        c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and is_infinitive(c)
    ]
    if in_class(verb, classes.get("order_verbs", frozenset())):
        # "ordered Catalonia to hand over the data" demands an act of Catalonia; "ordered
        # troops to the border", "ordered a review" ask no one for anything, and "were
        # ordered to be held" (a passive infinitive) is done to its object, not asked of it
        return all(any(c.dep_ == "auxpass" for c in inf.children) for inf in infinitives)
    if not infinitives and in_class(verb, classes.get("question_verbs", frozenset())):
        # "asked the minister about the report", "asked Mnuchin whether he would resign",
        # "asked Mnuchin a question", "Brown asked Mnuchin." after a quote: a question; an
        # appeal asks for an act (an infinitive, also one on the object: "asked Comey in a
        # meeting to end the probe") or for something ("asked Iran for help", "asked
        # Washington's help": a thing of <sought>)
        sought = classes.get("sought", frozenset())
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        for_phrase = any(
            c.dep_ == "prep" and c.lower_ == "for" for h in (verb, *objects) for c in h.children
        )
        object_act = any(
            c.dep_ in ("acl", "relcl") and is_infinitive(c) for o in objects for c in o.children
        )
        permission = any(
            _permission_asked(c) for c in verb.children if c.dep_ in ("ccomp", "advcl")
        )
        return not (
            for_phrase or object_act or permission or any(in_class(o, sought) for o in objects)
        )
    if not in_class(verb, classes.get("control_only", frozenset())):
        return False
    if infinitives and in_class(verb, classes.get("wish_verbs", frozenset())):
        status = classes.get("status_verbs", frozenset())
        return all(in_class(c, status) for c in infinitives)
    return not infinitives


def _permission_asked(clause: Token) -> bool:
    """ "asked Kushner if we could talk about immigration": an if- or whether-clause asking
    leave for the askers' own act (I or we with can, could or may) is a request, not a
    question ("asked Mnuchin whether he would resign")."""
    parts = list(clause.children)
    return (
        any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in parts)
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in parts)
        and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in parts)
    )


def _probed(ctx: SentenceContext, obj: Token, cue: Cue, exclude: set[str]) -> list[Arg] | None:
    """ "investigated allegations by Germany that Russia hacked", "opened an inquiry into a
    British spy's dossier": for an INVESTIGATES cue, a claim's author is not investigated
    (:func:`kgraph.extract.rules_inquiry.probed_claim_targets`); None for other nouns."""
    if cue.relation != "INVESTIGATES":
        return None
    from kgraph.extract.rules_inquiry import probed_claim_targets  # (a cycle at import time)

    return probed_claim_targets(ctx, obj, exclude)


def _authors(ctx: SentenceContext, obj: Token, exclude: set[str]) -> list[Arg]:
    """ "criticized a tweet posted by Trump", "rejected the plan drawn up by Egypt": the agent
    of a participle on a thing criticized, rejected or backed is what the stance is toward."""
    if ctx.actor(obj) is not None:
        return []
    for child in obj.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = by_agent(child)
            if agent is not None:
                return [
                    Arg(a.entity, a.token, "owner", a.hops + 1)
                    for a in resolve_all(ctx, agent, exclude)
                ]
    return _statement_authors(ctx, obj, exclude) or _gerund_doers(ctx, obj, exclude)


def _gerund_doers(ctx: SentenceContext, obj: Token, exclude: set[str]) -> list[Arg]:
    """ "opposed the idea of the United States imposing new tariffs", "welcomed the prospect of
    Japan joining the talks": the subject of a gerund in the thing's of-phrase does what the
    stance is toward."""
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                continue
            for subject in gerund.children:
                if subject.dep_ == "nsubj" and (args := resolve_all(ctx, subject, exclude)):
                    return [Arg(a.entity, a.token, "owner", a.hops + 1) for a in args]
    return []


def _statement_authors(ctx: SentenceContext, obj: Token, exclude: set[str]) -> list[Arg]:
    """ "dismissed the allegation by Britain", "defied a demand by the Spanish government",
    "welcomed the proposal from Paris": the by- or from-phrase of a statement or event noun
    (the lexicon's <statements> class or an event noun of the lexicon) names its author; the
    parser often hangs a by-phrase on the (active) verb instead of the noun. An act's by-phrase
    names its doer ("condemned the launches by North Korea")."""
    lemma = obj.lemma_.lower()
    lexicon = ctx.lexicon
    classes = lexicon.classes
    # "condemned the launches by North Korea": an act's doer in a by-phrase (the lexicon's
    # <violent_acts> and <condemned_acts>), never a from-phrase ("the attack from Gaza")
    act = lemma in classes.get("violent_acts", ()) or lemma in classes.get("condemned_acts", ())
    if act and obj.pos_ == "NOUN":
        preps: tuple[str, ...] = ("by",)
    elif lemma in lexicon.nouns or lemma in classes.get("statements", ()):
        preps = ("by", "from")
    else:
        return []
    holders: list[tuple[Token, tuple[str, ...]]] = [(obj, preps)]
    verb = obj.head
    if obj.dep_ == "dobj" and not is_passive(verb):
        holders.append((verb, ("by",)))
    for holder, preps in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (args := resolve_all(ctx, pobj, exclude)):
                    return [Arg(a.entity, a.token, "owner", a.hops + 1) for a in args]
    return []
