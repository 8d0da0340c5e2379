"""Verbal relation rules: a verb cue from the lexicon, its subject and its target.

Each shape the rules read is named in a comment with an example; the name is the ``rule`` of
the triple. Subjects come from :func:`subjects` (active, passive agent, conjoined verb, control,
relative clause, participle), targets from :func:`verb_targets`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kgraph.extract.args_context import PERMISSION_NOUNS, Arg, SentenceContext, conjuncts
from kgraph.extract.args_plural import companions, permitted_actors, resolve_all
from kgraph.extract.lexicon import Cue, in_class, prep_with_object, words
from kgraph.extract.modality import is_infinitive, participle_conjunct, speech_participle
from kgraph.extract.rules_args import relative_antecedent
from kgraph.extract.rules_control import NOMINAL_CONTROL, control_subjects
from kgraph.extract.rules_targets import (
    agentive_modifier,
    country_of_place,
    event_place,
    locative_antecedent,
    modifier_participle,
    object_gap,
    resolve_targets,
)
from kgraph.extract.topics import topic_for
from kgraph.ontology import RELATIONS
from kgraph.resolve.groups import DASHES

# Verbs whose object (not subject) controls an infinitive or against-clause:
# "urged Russia to withdraw", "warning Putin against sending".
OBJECT_CONTROL = words(
    "urge ask call warn persuade order tell force allow help want press encourage invite "
    "pressure push caution advise permit authorize compel lobby"
)
# "accused Iran of supporting Hamas": the accused is the actor of the -ing clause ("crediting
# Turkey for standing by Syrians": Turkey stands by them).
ACCUSE_VERBS = words(
    "accuse blame charge suspect criticize criticise condemn praise thank commend fault "
    "sanction punish rebuke reprimand scold chide denounce censure credit"
)
# Passives whose subject does the infinitive's act ("is scheduled to meet", "is set to visit").
SCHEDULING = words("schedule slate set expect")
# Tags of an auxiliary with tense ("have stepped", "was sending", "will hold").
FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD", "MD"})
# Targets reached by these prepositions may be places ("visit to Moscow", "deploy in Syria").
PLACE_PREPS = frozenset({"to", "in", "into", "near", "at", "of", "for", "from", "on"})
# Named-entity types of a time phrase ("on Sunday", "in March", "for two years")
TIMES = frozenset({"DATE", "TIME"})
RECIPIENT_PREPS = frozenset({"to", "for"})
# A venue phrase ("at the White House", "in Ankara") the parser may hang a with-phrase on, and
# the named-entity types of a named venue.
VENUE_PREPS = frozenset({"at", "in"})
VENUE_ENTITIES = frozenset({"GPE", "FAC", "LOC", "ORG"})
# Prepositions of cues whose target is a party, never a place: (preposition, relation).
PARTY_ONLY = frozenset({("from", "ATTACKS")})
BLOCKED = "blocked"
# "the deal, negotiated by the US, Britain and France": joint agents need not face each other.
PASSIVE = frozenset({"passive-agent", "reduced-relative"})
# Cues with a non-violent sense when a person is at this end.
# ("clash with" a person is a quarrel: relations.verbal_sense reads it as criticism)
PERSONAL_SENSE = {"engage": "object", "fight": "object"}
# Sectors of an armed force: the only subjects of the lexicon's <armed_only> verbs ("target").
ARMED_SUBJECT_SECTORS = frozenset({"MIL", "REB"})
# Cues that, with joint subjects and no target, go both ways ("X and Y clashed").
RECIPROCAL_CUES = frozenset({"clash with", "exchange fire with"})
# Attack verbs that, with joint subjects and no target, go both ways ("X and Y battled").
RECIPROCAL_HEADS = words("battle fight skirmish")
# Verbs of exchange whose object cue, with joint subjects, goes both ways ("traded threats").
EXCHANGE_HEADS = words("trade exchange swap")
# Relations whose missing target is the country where the event happens.
LOCATIVE_TARGET_RELATIONS = frozenset({"ATTACKS", "COERCES", "PROTESTS", "MOBILIZES_AGAINST"})
# "Venezuela, where Russia has investments": "where" stands in for these prepositions.
LOCATIVE_PREPS = frozenset({"in", "to", "into", "at", "inside", "near"})
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


@dataclass(frozen=True)
class Candidate:
    """A relation found by a rule, before modality and confidence are added."""

    subject: Arg
    relation: str
    object: Arg
    cue: Cue
    rule: str
    anchor: int  # the token whose clause decides modality (the verb, or a noun's governor)
    noun: int | None = None  # the event noun, for nominal rules


def is_passive(verb: Token) -> bool:
    """A passive verb: ``auxpass``/``nsubjpass`` child, or a participle modifying a noun."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return (
        (verb.dep_ == "acl" and verb.tag_ == "VBN")
        or agentive_modifier(verb)
        or bool(_modifier_conjunct(verb))
    )


def _modifier_conjunct(verb: Token) -> Token | None:
    """ "Theresa May, weakened by the loss ... and criticized by Brussels": a participle with
    its own by-agent conjoined to a participle modifying a noun is a reduced relative too;
    returns the modified noun."""
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first is verb or verb.tag_ != "VBN" or by_agent(verb) is None:
        return None
    if first.dep_ in ("acl", "amod") and first.tag_ == "VBN":
        return first.head
    return None


def by_agent(verb: Token) -> Token | None:
    """The noun of a verb's by-phrase (its agent), or None."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def subjects(ctx: SentenceContext, verb: Token, depth: int = 0) -> tuple[list[Arg], str]:
    """The actors doing what ``verb`` says, and the shape that found them (the rule name)."""
    if depth > 4:
        return [], ""
    # "the talks were mediated by Norway": passive with an agent; "negotiations ..., mediated
    # by Norway": the same on a participle modifying a noun (reduced relative).
    if is_passive(verb):
        agent = by_agent(verb)
        if agent is None:
            return [], ""
        reduced = verb.dep_ in ("acl", "amod") or _modifier_conjunct(verb) is not None
        rule = "reduced-relative" if reduced else "passive-agent"
        return resolve_all(ctx, agent), rule
    nsubjs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for child in nsubjs:
        args = resolve_all(ctx, child)
        if not args and child.lower_ == "who":
            # "Carson is a retired neurosurgeon who ... threw his support to Trump": a relative
            # on a predicate noun describes the copula's subject
            args = _described_subject(ctx, child)
        if not args:
            if child.i < verb.i and any(n.i > child.i for n in nsubjs) and _dateline(child):
                # "ISMAILIA, Egypt (Reuters) - Militants attacked ...": the dateline parsed as
                # a first subject; the real one follows it
                continue
            return [], ""
        # "Putin, who said he backed negotiations": the relative pronoun's antecedent
        if child.lower_ in ("who", "which", "that"):
            return args, "relative-clause"
        # "Russia supplied arms to Venezuela": the active subject ("Saudi Arabia, alongside
        # the UAE, cut ties": and its companions)
        ids = {a.entity.id for a in args}
        return [*args, *companions(ctx, child, ids)], "active-svo"
    head = verb.head
    if head == verb:
        return [], ""
    # "has been one of Maduro's backers ... and has provided loans": conjoined verbs share
    # the first verb's subject.
    if verb.dep_ == "conj":
        # "urging China to open its markets and calling on Russia": a participle conjoined
        # to the infinitive of an earlier participle is that participle's conjunct
        participle = participle_conjunct(verb)
        if participle is not None:
            return subjects(ctx, participle, depth + 1)
        if is_passive(head):
            # "NATO has not been involved in the crisis, but has called on North Korea to
            # ...": an active verb conjoined to a passive one shares its passive subject; a
            # bare participle shares its passive too ("was shot and killed by ...")
            if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
                return [], ""
            patients = [c for c in head.children if c.dep_ == "nsubjpass"]
            return [a for p in patients for a in resolve_all(ctx, p)], "conj-subject"
        args, _ = subjects(ctx, head, depth + 1)
        return args, "conj-subject"
    # "complained about Washington imposing sanctions", "warned against Israel attacking
    # Lebanon": a gerund right after the object of a preposition of concern has that object
    # for its subject (the parser hangs the gerund on the main verb); not an actor: no one
    named = gerund_subject(ctx, verb)
    if named is not None:
        return resolve_all(ctx, named), "gerund-subject"
    # "agreed to send troops": the controller's subject; "urged Russia to withdraw": its object.
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and is_infinitive(verb) or verb.dep_ == "xcomp":
        if is_passive(head):
            # "Obama is being pressured by Congress to help Iran": the passive subject acts;
            # "Obama is scheduled to attend": it is the subject of its own act
            rule = "control-subject" if head.lemma_.lower() in SCHEDULING else "control-object"
            for child in head.children:
                if child.dep_ == "nsubjpass":
                    return resolve_all(ctx, child), rule
        if head.lemma_.lower() in OBJECT_CONTROL:
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    # "advised its citizens not to visit": the object acts, actor or not
                    return resolve_all(ctx, child), "control-object"
        permitted = permitted_actors(ctx, head)
        if permitted is not None:
            return permitted, "control-object"
        args, _ = subjects(ctx, head, depth + 1)
        return args, "control-subject"
    # "Egypt's refusal to negotiate with Sudan": the owner of a decision, intent or refusal
    if verb.dep_ == "acl" and (owners := control_subjects(ctx, verb)):
        return owners, NOMINAL_CONTROL
    # "The UN gave Iraq permission to export oil": the one permitted acts
    if verb.dep_ == "acl" and head.lemma_.lower() in PERMISSION_NOUNS and head.dep_ == "dobj":
        permitted = permitted_actors(ctx, head.head)
        if permitted is not None:
            return permitted, "control-object"
    # "warning Putin against sending Maduro military assistance", "accused Iran of arming
    # Hamas": object control via a preposition; "by sending troops": the governing verb's
    # subject.
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        accusing = head.lower_ in ("of", "for") and governor.lemma_.lower() in ACCUSE_VERBS
        if accusing or (
            head.lower_ in ("against", "from") and governor.lemma_.lower() in OBJECT_CONTROL
        ):
            for child in governor.children:
                if child.dep_ in ("dobj", "dative"):
                    return resolve_all(ctx, child), "control-object"
        if head.lower_ == "for" and (blamed := _blamed_target(ctx, governor)):
            # "imposed sanctions on Turkey for shooting down a jet", "a revenge attack against
            # America for recognizing Jerusalem": a reason given for an act against someone is
            # what that one did
            return blamed, "control-object"
        if governor.pos_ in ("VERB", "AUX"):
            args, _ = subjects(ctx, governor, depth + 1)
            return args, "control-subject"
    # "Meeting Maduro in Moscow, Putin said ...": a participle clause takes the main subject.
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):
        if _finite_auxiliary(verb):
            # "While the leaders ... have stepped up pressure on Maduro, they ...": a tensed
            # auxiliary makes a finite clause whose own subject the parser lost, no
            # participle clause going on with the main subject
            return [], ""
        # "announced settlements with 17 tribes that had sued the government, accusing them
        # of ...": right after a restrictive relative clause, the participle goes on with
        # the relative clause's subject, not the main one
        relative = _relative_before(verb)
        if relative is not None:
            args, _ = subjects(ctx, relative, depth + 1)
            return args, "participle-subject"
        # "Trump said China can fix this, urging Beijing to ...": a speech-act participle
        # hung on the reported clause goes on with the speaker's words
        if speech_participle(verb):
            head = head.head
        elif _set_off(verb) and _object_controlled(head):
            # "Obama pushed Cuba to improve rights ..., publicly sparring with Castro": a
            # participle set off by a comma after an infinitive its object does goes on with
            # the main subject, not with the one urged
            head = head.head
        args, _ = subjects(ctx, head, depth + 1)
        return args, "participle-subject"
    # "Iran is ready to resume talks": an adjective's infinitive takes the copula's subject
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        args, _ = subjects(ctx, head, depth + 1)
        return args, "control-subject"
    # "Russia, sending troops to Syria, ...": an active participle on a noun.
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return resolve_all(ctx, head), "participle-subject"
    # "The U.N. chief called on Congolese authorities to ...": a past-tense verb (VBD, not a
    # participle) hung as a modifier on a root noun is the sentence's own verb, misparsed;
    # that noun is its subject
    misparsed_root = head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and misparsed_root:
        return resolve_all(ctx, head), "active-svo"
    return [], ""


def _described_subject(ctx: SentenceContext, pronoun: Token) -> list[Arg]:
    """The subject of the copula whose predicate noun a relative "who" hangs on: "Carson is a
    retired neurosurgeon who dropped out ... and threw his support to Trump" -> Carson."""
    antecedent = relative_antecedent(pronoun, ctx)
    if antecedent is None or antecedent.dep_ != "attr":
        return []
    copula = antecedent.head
    if copula.lemma_.lower() != "be":
        return []
    for child in copula.children:
        if child.dep_ == "nsubj":
            return resolve_all(ctx, child)
    return []


def _set_off(verb: Token) -> bool:
    """Whether a clause is set off by a comma before it ("..., publicly sparring with")."""
    start = verb.left_edge.i
    return start > verb.sent.start and verb.doc[start - 1].text == ","


def _object_controlled(clause: Token) -> bool:
    """An infinitive whose governor's object does it ("pushed Cuba to improve")."""
    governor = clause.head
    return (
        clause.dep_ in ("xcomp", "ccomp", "advcl")
        and is_infinitive(clause)
        and governor.lemma_.lower() in OBJECT_CONTROL
        and any(c.dep_ in ("dobj", "dative") for c in governor.children)
    )


def _blamed_target(ctx: SentenceContext, governor: Token) -> list[Arg]:
    """The actors of an against- or on-phrase on a verb or on its direct object ("carried out
    an attack against America", "imposed sanctions on Turkey"), else none."""
    holders = [governor, *(c for c in governor.children if c.dep_ == "dobj")]
    return [
        arg
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("against", "on")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for arg in resolve_all(ctx, pobj)
    ]


def _finite_auxiliary(verb: Token) -> bool:
    """ "have stepped up", "was sending", "will be holding": an auxiliary with tense (present,
    past or modal); "having met" and "being sent" have none."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _relative_before(verb: Token) -> Token | None:
    """The verb of a restrictive relative clause (no comma before it: "tribes that had sued
    the government") that ends right before the comma in front of the participle ``verb``,
    or None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for token in doc[verb.i - 2].ancestors:
        if token.i >= verb.i or token == verb.head:
            return None
        if token.dep_ == "relcl":
            start = token.left_edge.i
            if token.right_edge.i != verb.i - 2 or start == 0 or doc[start - 1].text == ",":
                return None
            return token
    return None


def gerund_subject(ctx: SentenceContext, verb: Token) -> Token | None:
    """The object of a preposition of the lexicon's ``<gerund_subject_preps>`` that ends
    right before the gerund ``verb`` (no comma between: "Turkey, arming fighters" is a
    participle clause of the main subject), or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
        return None
    preps = ctx.lexicon.classes.get("gerund_subject_preps", frozenset())
    for token in ctx.sent:
        if token.dep_ == "pobj" and token.right_edge.i == verb.i - 1:
            return token if token.head.lower_ in preps else None
    return None


def _dateline(token: Token) -> bool:
    """A news dateline taken for a subject: an upper-case place name, or a phrase ending in a
    dash, among the first words of the sentence ("WASHINGTON (Reuters) -")."""
    if token.i - token.sent.start > 8:
        return False
    if token.is_upper and len(token.text) > 2:
        return True
    return any(c.dep_ == "punct" and c.text in DASHES for c in token.children)


def _has_particle(verb: Token, particle: str | None) -> bool:
    if particle is None:
        return True
    return any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == particle and not prep_with_object(c)
        for c in verb.children
    )


def _objects(ctx: SentenceContext, verb: Token) -> list[Token]:
    """Direct objects of a verb (with conjuncts), or its passive subject."""
    out: list[Token] = []
    deps = ("nsubjpass",) if is_passive(verb) else ("dobj", "dative", "attr", "oprd")
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
    elif verb.dep_ in ("acl", "amod") and is_passive(verb):
        out.extend(conjuncts(verb.head))
    elif (modified := _modifier_conjunct(verb)) is not None:
        out.extend(conjuncts(modified))
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
    partitives = ctx.lexicon.classes.get("partitives")
    if partitives and any(o.lemma_.lower() in partitives for o in out):
        return [m for o in out for m in _through_partitive(o, partitives)]
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


def _through_partitive(noun: Token, partitives: frozenset[str]) -> list[Token]:
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


def _prep_targets(verb: Token, prep: str, objects: list[Token]) -> list[Token]:
    """Objects of ``prep`` attached to the verb or to its direct object; a with-phrase the
    parser hung on a named venue of theirs counts too ("held private meetings at the White
    House with Durbin")."""
    out: list[Token] = []
    holders = [verb, *objects]
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
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        out.append(pobj)
    return out


def verb_targets(
    ctx: SentenceContext, verb: Token, cue: Cue, exclude: set[str]
) -> tuple[list[Arg], str] | None:
    """The targets of a verb cue, and the shape that found them; None if the cue does not fit.

    An empty list means the cue fits (particle and object noun present) but names no target.
    """
    if not _has_particle(verb, cue.particle):
        return None
    objects = _objects(ctx, verb)
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
        if cue.objects:
            found = [topic_for(o.lemma_, o.text) for o in objects] if topics else []
            return [Arg(t, objects[0].i, "topic") for t in found if t], "active-svo"
        out: list[Arg] = []
        place = cue.relation in PLACE_RELATIONS
        gatherings = ctx.lexicon.classes.get("gatherings", frozenset())
        for obj in objects:
            authors = _authors(ctx, obj, exclude) if cue.relation in AUTHOR_RELATIONS else []
            for arg in authors or resolve_targets(
                ctx, obj, exclude, allow_place=place, topics=topics
            ):
                if (
                    cue.relation == "VISITS"
                    and arg.via == "owner"
                    and arg.entity.kind == "Person"
                    and in_class(obj, gatherings)
                ):
                    # "attended a Trump rally": the person holding a rally hosts no visit
                    continue
                if all(a.entity.id != arg.entity.id for a in out):
                    out.append(arg)
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
    ]
    for pobj in pobjs:
        if party_only:
            targets.extend(a for a in resolve_all(ctx, pobj, exclude) if a.via != "owner")
        else:
            targets.extend(resolve_targets(ctx, pobj, exclude, allow_place=allow_place))
    if targets:
        return targets, "prep-object"
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


def _unasked(ctx: SentenceContext, verb: Token) -> bool:
    """Whether ``verb`` is of the lexicon's <control_only> class ("want") and has no
    infinitive for its object to do: "wants China to do more" asks China; "wants an EU finance
    minister" asks no one. A wish (<wish_verbs>) about its object's state, an infinitive of
    <status_verbs>, asks no one either: "want East Jerusalem to be their capital", "wants
    Crimea to stay Russian". A question (<question_verbs> with an about-phrase and no
    infinitive) asks for an answer, not for an act: "asked Erdogan about the journalists"."""
    classes = ctx.lexicon.classes
    # ("pushed Cuba to improve human rights" is also parsed with the infinitive as an advcl)
    infinitives = [
        c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and is_infinitive(c)
    ]
    if (
        not infinitives
        and in_class(verb, classes.get("question_verbs", frozenset()))
        and any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)
    ):
        return True
    if not in_class(verb, classes.get("control_only", frozenset())):
        return False
    if infinitives and in_class(verb, classes.get("wish_verbs", frozenset())):
        status = classes.get("status_verbs", frozenset())
        return all(in_class(c, status) for c in infinitives)
    return not infinitives


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
    parser often hangs a by-phrase on the (active) verb instead of the noun."""
    lemma = obj.lemma_.lower()
    lexicon = ctx.lexicon
    if lemma not in lexicon.nouns and lemma not in lexicon.classes.get("statements", ()):
        return []
    holders: list[tuple[Token, tuple[str, ...]]] = [(obj, ("by", "from"))]
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


def verb_cues(ctx: SentenceContext, verb: Token) -> list[Cue]:
    """The hand-lexicon cues of a verb, then those of its CAMEO pattern (hand cues win)."""
    cached = ctx.cue_cache.get(verb.i)
    if cached is None:
        cached = ctx.cue_cache[verb.i] = _verb_cues(ctx, verb)
    return cached


def _verb_cues(ctx: SentenceContext, verb: Token) -> list[Cue]:
    cues = _hand_cues(ctx, verb)
    cameo = ctx.lexicon.cameo
    if cameo is not None and cameo.entries(verb):
        found = cameo.match(verb, _objects(ctx, verb))
        if found:
            return [*cues, *found]
    return cues


def _hand_cues(ctx: SentenceContext, verb: Token) -> list[Cue]:
    """The cues of a verb by lemma, or by its form when the lemmatiser slipped ("staged")."""
    verbs = ctx.lexicon.verbs
    cues = verbs.get(verb.lemma_.lower())
    if cues:
        return cues
    form = verb.lower_
    for suffix, repl in (("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if form.endswith(suffix) and (cues := verbs.get(form[: -len(suffix)] + repl)):
            return cues
    return []


def verbal_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every verbal relation of the sentence."""
    for verb in ctx.sent:
        if verb.pos_ not in ("VERB", "AUX") and not agentive_modifier(verb):
            continue
        cues = verb_cues(ctx, verb)
        if not cues or (modifier_participle(verb) and not misparsed_finite(verb)):
            continue
        stative = _stative_holders(ctx, verb)
        if stative is not None:
            subs, subject_rule = stative
        else:
            subs, subject_rule = subjects(ctx, verb)
        if not subs and any(c.relation == "ATTACKS" for c in cues):
            subs, subject_rule = _passive_origin(ctx, verb)
        if not subs:
            continue
        fitting: Cue | None = None
        joint: Cue | None = None  # the first mutual cue without a target
        for cue in cues:
            if joint is not None and cue.relation != joint.relation:
                # a later cue of another relation does not outrank it ("attended a meeting in
                # Moscow": "attend <meeting>" before "attend")
                yield from _joint_candidates(subs, joint, verb)
                break
            found = verb_targets(ctx, verb, cue, {s.entity.id for s in subs})
            if found is None:
                continue
            fitting = fitting or cue
            targets, target_rule = found
            if target_rule == BLOCKED:
                if joint is not None:  # a block after it ends the search, not the reading
                    yield from _joint_candidates(subs, joint, verb)
                break
            rule = subject_rule if subject_rule != "active-svo" else target_rule or subject_rule
            if not targets and cue.prep in LOCATIVE_PREPS:
                loc = locative_antecedent(ctx, verb)
                if loc is not None:
                    targets, rule = [loc], "locative-relative"
            mutual = _symmetric(cue) or cue.text in RECIPROCAL_CUES or _reciprocal(cue)
            if not targets and len(subs) > 1 and mutual and subject_rule not in PASSIVE:
                # joint subjects act on each other only if no later cue of the same relation
                # has a target: "Merkel and Macron met Putin" is no meeting of the two ("meet
                # with" comes before "meet" and finds no with-phrase)
                joint = joint or cue
                continue
            if not targets:
                continue
            for sub in subs:
                for target in targets:
                    if (
                        sub.entity.id != target.entity.id
                        and _armed_sense(cue, sub, target)
                        and armed_subject(ctx, cue, sub)
                        and not colleague(ctx, cue, sub, target)
                    ):
                        yield _oriented(sub, target, cue, rule, verb.i)
            break
        else:
            if joint is not None:
                yield from _joint_candidates(subs, joint, verb)
                continue
            # "Russia is conducting military exercises in Alaska", "rebels killed ten people in
            # Iraq": with no named target, the country where it happens is the target.
            if fitting is not None and fitting.relation in LOCATIVE_TARGET_RELATIONS:
                where = event_place(ctx, verb, {s.entity.id for s in subs})
                if where is not None:
                    # "US forces battled in Baghdad": a fight goes both ways
                    mutual = fitting.text in RECIPROCAL_CUES or _reciprocal(fitting)
                    for sub in subs:
                        if not armed_subject(ctx, fitting, sub):
                            continue  # "the Treasury targeted companies in China"
                        pairs = [(sub, where), (where, sub)] if mutual else [(sub, where)]
                        for x, y in pairs:
                            yield Candidate(
                                x, fitting.relation, y, fitting, "locative-target", verb.i
                            )


def _stative_holders(ctx: SentenceContext, verb: Token) -> tuple[list[Arg], str] | None:
    """The party a stative participle of the lexicon's <stative_participles> class describes:
    the noun it modifies ("the Houthis, allied with Saleh") or its passive subject ("Syria is
    allied to Iran", "the group, which is allied to al Qaeda"): the parser makes "allied" a
    passive with no agent, but the one allied is the subject. None for any other verb."""
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("stative_participles", frozenset()):
        return None
    first = verb  # "the Houthis, drawn from ... and allied with Saleh": the first participle's
    while first.dep_ == "conj" and first.head.tag_ == "VBN":
        first = first.head
    if first.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        return resolve_all(ctx, first.head), "reduced-relative"
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            antecedent = relative_antecedent(child, ctx) if child.tag_ in ("WDT", "WP") else None
            if antecedent is not None:
                return resolve_all(ctx, antecedent), "relative-clause"
            return resolve_all(ctx, child), "active-svo"
    return None


def _joint_candidates(subs: list[Arg], cue: Cue, verb: Token) -> Iterator[Candidate]:
    """ "The US, Russia and Switzerland met": each pair of joint subjects; "Syrian and Turkish
    troops clashed": each attacks the other."""
    for i, a in enumerate(subs):
        for b in subs[i + 1 :]:
            pairs = [(a, b)] if _symmetric(cue) else [(a, b), (b, a)]
            for x, y in pairs:
                if _armed_sense(cue, x, y):
                    yield Candidate(x, cue.relation, y, cue, "joint-subject", verb.i)


def _passive_origin(ctx: SentenceContext, verb: Token) -> tuple[list[Arg], str]:
    """ "A mortar bomb was fired at Israel from the Gaza Strip": an attack with no agent comes
    from the country of the place it was launched from."""
    if not is_passive(verb) or verb.dep_ == "acl" or by_agent(verb) is not None:
        return [], ""
    origin = country_of_place(ctx, [verb], frozenset({"from"}), set())
    return ([origin], "passive-origin") if origin is not None else ([], "")


def _armed_sense(cue: Cue, sub: Arg, target: Arg) -> bool:
    """Cues that are violent only between forces, not people ("Obama clashed with Netanyahu",
    "he engaged a lawyer"); CAMEO's violent verbs between two people are words ("Sanders
    assailed Clinton", "battled Trump for the nomination")."""
    if cue.source == "cameo" and cue.relation == "ATTACKS":
        return sub.entity.kind != "Person" or target.entity.kind != "Person"
    end = PERSONAL_SENSE.get(cue.text)
    if end is None:
        return True
    return (sub if end == "subject" else target).entity.kind != "Person"


def armed_subject(ctx: SentenceContext, cue: Cue, sub: Arg) -> bool:
    """Whether a subject may do the cue's act: a verb of the lexicon's <armed_only> class
    attacks only as an armed force's act ("the Saudi-led coalition has been targeting the
    Houthis"), never as a state body's, a person's or a court's ("the Treasury is targeting
    North Korean officials", "the Trump administration has targeted sanctuary cities")."""
    if cue.head not in ctx.lexicon.classes.get("armed_only", frozenset()):
        return True
    return sub.entity.kind == "Group" and sub.entity.id.rpartition(":")[2] in ARMED_SUBJECT_SECTORS


def colleague(ctx: SentenceContext, cue: Cue, sub: Arg, target: Arg) -> bool:
    """A verb of the lexicon's <job_verbs> class ("work with") between two people or with
    civilians: a job shared, no cooperation ("an adviser who worked with her in the State
    Department", "six people who worked with him at the hospital")."""
    if cue.head not in ctx.lexicon.classes.get("job_verbs", frozenset()):
        return False
    ends = (sub.entity, target.entity)
    if all(e.kind == "Person" for e in ends):
        return True
    return any(e.kind == "Group" and e.id.rpartition(":")[2] == "CVL" for e in ends)


def _symmetric(cue: Cue) -> bool:
    return RELATIONS[cue.relation].symmetric


def _reciprocal(cue: Cue) -> bool:
    if cue.prep is None and cue.objects and cue.head in EXCHANGE_HEADS:
        return True  # "the US and North Korea traded threats": each threatens the other
    return cue.relation == "ATTACKS" and cue.head in RECIPROCAL_HEADS and cue.prep is None


def _oriented(sub: Arg, target: Arg, cue: Cue, rule: str, anchor: int) -> Candidate:
    if cue.inverse:
        return Candidate(target, cue.relation, sub, cue, rule, anchor)
    return Candidate(sub, cue.relation, target, cue, rule, anchor)
