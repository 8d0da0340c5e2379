"""Event nouns aimed at the subject of the verb that receives or answers them.

``nominal-recipient``: "Iran faced criticism from France", "Israel rejected an offer by Syria",
"the ministry came under attack from rebels", "McConnell is under fire from Trump" (fire is
criticism, or an attack when either side is armed). A statement or attack noun of the lexicon whose
actor is on the noun (a by/from-phrase, a possessive, a name or demonym modifier) and which is
the object of a verb of receiving (face, draw, receive ...) or of answering (reject, accept,
heed ...) is aimed at that verb's subject. A deed as the subject of a verb that receives or
causes it ("Trump's decision drew criticism from China", "Pyongyang's test sparked condemnation from
Tokyo") is aimed at the deed's owner. The noun may also be the object of a to-phrase of a
verb of answering ("Britain bowed to pressure from Washington", "was responding to criticism
from Clinton", "gave in to demands from") or of "lead to" ("Trump's move led to criticism from
China"), not for attacks, threats or inquiries (one responds to those made on others); and a
quantity word may stand for it ("faced a barrage / a storm of criticism from": the lexicon's
<partitives> and <received_quantities> classes). A criticism caused or drawn with no actor on
it is voiced by the actors of an among-phrase or an in-phrase, or by the country or capital an
in-phrase names ("Clinton provoked outrage in Beijing", "stirred outrage among Palestinians";
not a city: "criticism in Lagos" is no one's). Retaliation against such a noun answers it
too: "Russia retaliated against new U.S. sanctions" (the lexicon's <answering_against_verbs>),
"Moscow's retaliation against U.S. sanctions" (an <answering_nouns> noun, whose owner is the
target). Only relations aimed at a party qualify (criticism,
warnings, demands, appeals, offers, sanctions, attacks, protests); a noun that already names
its target with its own preposition ("criticism of Iran") is left to the nominal rules.

``nominal-concessive``: "Rudd said the visit would go ahead despite calls from opposition
lawmakers to cancel it", "Boehner resigned amid opposition from fellow Republicans", "North
Korea fired missiles in defiance of U.N. sanctions". A statement noun of the lexicon with its
actor on the noun, in a despite/amid-phrase (or "in the face of", "in defiance of") of a verb,
is aimed at that verb's subject, who acts in spite of it. The same relations as above, less
attacks (an attack around a clause is no attack on its subject: "amid attacks by rebels, the
minister said"), plus opposition and objections (REJECTS). What the phrase names is given,
whatever the verb's own modality ("will not seek the returns despite calls from Democrats").

``nominal-recipient`` also reads a call received: "Trump took a phone call from Tsai",
"Merkel received a call from Putin" (a MEETS noun of the lexicon, its from-phrase the caller,
the object of a verb of receiving, taking or returning) -> the caller MEETS the subject; and a
backing gained: "Clinton secured the endorsement of Warren", "Venezuela enjoys strong support
from Cuba", "the plan won praise from Germany" (a BACKS noun of the lexicon, the object of a
verb of gaining, its possessive, by/from-phrase or of-phrase the backer) -> the backer BACKS
the subject (or a deed's owner). Not a backing sought or lost ("sought the support of",
"lost the backing of"): those verbs are no gaining.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_acts import summary_owner
from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, in_class, words
from kgraph.extract.modality import answered_request
from kgraph.extract.modality_clauses import (
    is_infinitive,
)
from kgraph.extract.rules_conflict import armed_party
from kgraph.extract.rules_control import noun_owners
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import is_passive, subjects
from kgraph.resolve.gazetteer import country, entry

NOMINAL_RECIPIENT = "nominal-recipient"
# Verbs whose subject is what a criticism, a warning or an attack is aimed at.
RECEIVING_VERBS = words("face draw attract receive get earn incur suffer endure")
# Verbs whose subject causes a criticism, a warning or sanctions: "Trump's decision sparked
# condemnation from the EU" (the subject's owner is their target, as a receiving verb's).
CAUSING_VERBS = words("spark prompt trigger provoke elicit cause stir spur fuel generate unleash")
# Verbs answering or causing through a to-phrase: "bowed to pressure from Washington",
# "was responding to criticism from Clinton" (answering: the subject is the target);
# "Trump's move led to criticism from China" (causing: a deed's owner is the target).
ANSWERING_TO_VERBS = words("respond react bow yield cave succumb reply submit")
CAUSING_TO_VERBS = words("lead")
# Not read through a to-phrase: one responds to an attack, a threat or an inquiry aimed at
# someone else ("the U.S. responded to the attack by Hamas", "responding to the threat from
# militants"), and what a deed leads to need not be aimed at it.
TO_PHRASE_EXCLUDED = frozenset({"ATTACKS", "INVESTIGATES", "WARNS"})
# Verbs whose subject answers an appeal, a demand or an offer made to it (or a criticism).
ANSWERING_VERBS = words(
    "reject accept heed ignore welcome defy dismiss rebuff refuse resist consider weigh "
    "overcome override overrule brush shrug"  # "overcame X's objections", "shrugged off"
)
# Phrasal verbs of answering: "turned down an Indian offer", "brushed aside warnings from".
ANSWERING_PHRASALS = frozenset({("turn", "down"), ("brush", "aside"), ("wave", "off")})
# "came under attack from rebels", "came under pressure from Washington", "the army was
# under attack by Islamic State"
UNDER_VERBS = words("come be remain")
# Prepositions of those a criticism caused or drawn is voiced by when it has no from-phrase
# ("provoked outrage in Beijing", "sparked anger among Republicans"), and kinds that do not
# voice one.
REACTING_PREPS = words("in among")
PLACE_KINDS = frozenset({"Location", "Topic"})
# Relations of a noun aimed at a party (not meetings, agreements or aid, which have their own
# prepositions for a partner or a recipient).
AIMED_RELATIONS = frozenset(
    {
        "CRITICIZES",
        "WARNS",
        "DEMANDS",
        "APPEALS_TO",
        "OFFERS",
        "SANCTIONS",
        "ATTACKS",
        "PROTESTS",
        # "came under scrutiny from Congress", "faces an investigation by the FBI"
        "INVESTIGATES",
    }
)
NOMINAL_CONCESSIVE = "nominal-concessive"
# "despite calls from X", "amid criticism from X"; "in the face of" and "in defiance of" are
# the of-phrase of "face" or "defiance" under "in".
CONCESSIVE_PREPS = words("despite amid notwithstanding")
CONCESSIVE_NOUNS = words("face defiance")
CONCESSIVE_RELATIONS = (AIMED_RELATIONS - {"ATTACKS"}) | {"REJECTS"}
# Nouns that, in a despite/amid-phrase, are appeals: "despite calls from lawmakers to cancel
# the visit", "amid pleas from Seoul" (read with the cue of "appeal").
CONCESSIVE_APPEALS = words("call plea")
PHONE_WORDS = words("phone telephone conference congratulatory")
# Verbs whose object is a call received from its caller ("took a phone call from Tsai").
CALL_TAKING_VERBS = words("receive get take accept return answer")
# Verbs whose subject gains the backing named by their object: "won the endorsement of Warren",
# "enjoys strong support from Cuba", "has the backing of the army", "picked up the endorsement
# of the caucus" (a backing sought, lost or needed is none of these).
GAINING_VERBS = words("win gain secure garner earn enjoy receive get attract draw have snare")
GAINING_PHRASALS = frozenset({("pick", "up"), ("rack", "up")})
# "came under fire from Trump", "the patrol came under fire from militants": fire taken from an
# actor is criticism of the one under it, or an attack when either side is armed (read with
# the cues of "criticism" and "attack").
FIRE_NOUNS = words("fire")
# "acted at the request of Baghdad", "went at the invitation of Dunford", "at Italy's behest":
# the owner of the request appealed to the one who acts on it (read with the cue of "request").
REQUEST_NOUNS = words("request invitation behest urging")


def _answering_noun(ctx: SentenceContext, noun: Token) -> Token | None:
    """ "Moscow's retaliation against new U.S. sanctions": the answer (a noun of the lexicon's
    <answering_nouns>) whose against-phrase holds the event noun; its owner is what the event
    was aimed at. (A to-phrase, "in response to U.S. sanctions", is a background reason:
    :func:`kgraph.extract.rules_senses.background_reason`.)"""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ != "against":
        return None
    answer = head.head
    if answer.pos_ == "NOUN" and in_class(
        answer, ctx.lexicon.classes.get("answering_nouns", frozenset())
    ):
        return answer
    return None


def _receiver(noun: Token, against: frozenset[str] = frozenset()) -> Token | None:
    """The verb receiving or answering an event noun: its direct object, or "came under"; the
    object of a to-phrase of an answering or causing verb ("bowed to pressure from", "led to
    criticism from", "gave in to demands from"), or of an against-phrase of a verb of
    ``against`` ("Russia retaliated against U.S. sanctions")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "against" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and in_class(verb, against) and not is_passive(verb):
            return verb
        return None
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.dep_ in ("prep", "dative"):
        verb = head.head
        if verb.dep_ == "prt" and verb.lower_ == "in":
            verb = verb.head  # "gave in to demands from", parsed onto the particle
        lemma = verb.lemma_.lower()
        to_verb = lemma in ANSWERING_TO_VERBS | CAUSING_TO_VERBS or (
            lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
        )
        if to_verb and verb.pos_ in ("VERB", "AUX") and not is_passive(verb):
            return verb
        return None
    receiving = head.lemma_.lower() in RECEIVING_VERBS | ANSWERING_VERBS | CAUSING_VERBS or (
        _answering_phrasal(head)
    )
    if noun.dep_ == "dobj" and receiving and head.pos_ in ("VERB", "AUX") and not is_passive(head):
        return head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.dep_ == "prep":
        verb = head.head
        # "China, under U.S. pressure to do more, stressed ...": an under-phrase set on an
        # active verb of the subject's own is that subject's state, as "is under pressure"
        if verb.pos_ in ("VERB", "AUX") and (
            verb.lemma_.lower() in UNDER_VERBS or not is_passive(verb)
        ):
            return verb
    return None


def _partitive_slot(ctx: SentenceContext, noun: Token) -> Token:
    """ "faced a barrage of criticism from Congress", "drew a storm of protest": the quantity
    word (the lexicon's <partitives> and <received_quantities> classes) whose of-phrase holds
    the event noun stands in its place as the verb's object; else the noun itself."""
    quantities = ctx.lexicon.classes.get("partitives", frozenset()) | ctx.lexicon.classes.get(
        "received_quantities", frozenset()
    )
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        quantity = head.head
        if quantity.pos_ == "NOUN" and quantity.lemma_.lower() in quantities:
            return quantity
    return noun


def _answering_phrasal(verb: Token) -> bool:
    """ "turned down an Indian offer", "brushed aside U.S. warnings": a phrasal verb of
    answering (verb and particle in ANSWERING_PHRASALS)."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any(
        verb.lemma_.lower() == lemma and particle in particles
        for lemma, particle in ANSWERING_PHRASALS
    )


def _verb_source(ctx: SentenceContext, verb: Token) -> list[Arg]:
    """ "ignored warnings from Washington": the from-phrase parsed onto the verb."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (args := resolve_all(ctx, pobj)):
                    return args
    return []


def _reacting(ctx: SentenceContext, noun: Token, verb: Token, cue: Cue) -> list[Arg]:
    """ "Clinton provoked outrage in Beijing", "the ruling sparked anger in Turkey", "drew
    criticism among Republicans": a criticism caused or drawn with no from-phrase is voiced by
    the actors of an among-phrase, or of an in-phrase (an actor, a country, a capital standing
    for its state; no other place) on the noun or the verb."""
    if cue.relation != "CRITICIZES" or verb.lemma_.lower() not in RECEIVING_VERBS | CAUSING_VERBS:
        return []
    for holder in (noun, verb):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in REACTING_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                args = [a for a in resolve_all(ctx, pobj) if a.entity.kind not in PLACE_KINDS]
                if args:
                    return args
                span = ctx.actor(pobj, allow_place=True)
                if prep.lower_ != "in" or span is None or span.head != pobj.i:
                    continue
                found = entry(ctx.doc[span.start : span.end].text)
                if found is not None and found.get("type") == "capital":
                    return [Arg(country(found["id"]), pobj.i, "owner", 1)]
    return []


def _deed_owners(ctx: SentenceContext, verb: Token) -> list[Arg]:
    """ "Trump's decision drew criticism from China", "the Israeli move sparked condemnation
    from Turkey": a subject that is a deed (a decision, a policy, a test: the lexicon's
    <statements> and <deeds> classes, or an event noun of the lexicon) received or caused
    it for its owner (its possessive, by-phrase or actor modifier). Not a person noun ("Trump's
    supporters drew criticism": the supporters are criticized, not Trump)."""
    deeds = ctx.lexicon.classes.get("statements", frozenset()) | ctx.lexicon.classes.get(
        "deeds", frozenset()
    )
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head  # "The order by Putin will enable ... and drew criticism from"
    for child in clause.children:
        if child.dep_ != "nsubj" or ctx.actor(child) is not None:
            continue
        if child.lower_ in ("which", "that") and clause.dep_ == "relcl":
            child = clause.head  # "Trump's call with Tsai, which prompted a protest from"
        lemma = child.lemma_.lower()
        if child.pos_ == "NOUN" and (lemma in deeds or lemma in ctx.lexicon.nouns):
            # "cut its tariffs, a move that drew praise from India": the clause's subject's
            return [
                Arg(a.entity, a.token, "owner", a.hops + 1)
                for a in noun_owners(ctx, child)
                if a.entity.kind != "Topic"
            ] or summary_owner(ctx, child)
    return []


def _aimed_cue(cues: list[Cue], noun: Token) -> Cue | None:
    """The noun's cue aimed at a party, unless the noun names its own target ("of Iran")."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    if any(c.prep in preps for c in cues):
        return None
    return next((c for c in cues if c.relation in AIMED_RELATIONS and not c.inverse), None)


def _concessive_verb(noun: Token) -> Token | None:
    """The verb a despite/amid-phrase holding ``noun`` belongs to ("resigned amid opposition
    from ..."), or None."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in CONCESSIVE_NOUNS:
        inner = prep.head  # "in the face of", "in defiance of"
        if inner.dep_ != "pobj" or inner.head.lower_ != "in":
            return None
        prep = inner.head
    elif prep.lower_ not in CONCESSIVE_PREPS:
        return None
    verb = prep.head
    return verb if prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") else None


def _phone_call(noun: Token) -> bool:
    """ "his call with Tsai", "a phone call": a call that is a conversation, not an appeal."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "with")
        or (c.dep_ in ("compound", "amod") and c.lemma_.lower() in PHONE_WORDS)
        for c in noun.children
    )


def concessive_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue]
) -> Iterator[Candidate]:
    """The nominal-concessive shape (module docstring): "X resigned amid opposition from Y"
    -> Y REJECTS X."""
    verb = _concessive_verb(noun)
    if verb is None:
        return
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"} - {"from", "by"}
    if any(c.prep in preps for c in cues):
        return  # "despite criticism of Iran": the nominal rules read the noun's own target
    cue = next((c for c in cues if c.relation in CONCESSIVE_RELATIONS and not c.inverse), None)
    actors = noun_owners(ctx, noun) if cue is not None else []
    if cue is None or not actors:
        return
    if is_passive(verb):
        # "Gorsuch was confirmed by the Senate despite opposition from Democrats": the one the
        # passive is done to acts in spite of it, not its agent
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        targets = [a for p in patients for a in resolve_all(ctx, p)]
    else:
        targets = subjects(ctx, verb)[0]
    for actor in actors:
        for target in (t for t in targets if t.entity.kind != "Topic"):
            if actor.entity.id != target.entity.id:
                # the phrase's event is given: the noun's own modality, not the verb's
                yield Candidate(
                    actor, cue.relation, target, cue, NOMINAL_CONCESSIVE, noun.i, noun=noun.i
                )


def received_call_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue]
) -> Iterator[Candidate]:
    """ "Trump took a phone call from Tsai" -> Tsai MEETS Trump (a call noun received)."""
    cue = next((c for c in cues if c.relation == "MEETS"), None)
    head = noun.head
    if (
        cue is None
        or noun.dep_ != "dobj"
        or head.pos_ not in ("VERB", "AUX")
        or head.lemma_.lower() not in CALL_TAKING_VERBS
        or is_passive(head)
    ):
        return
    callers = _verb_source(ctx, noun) or _verb_source(ctx, head)
    for caller in callers:
        for target in subjects(ctx, head)[0]:
            if target.entity.kind != "Topic" and caller.entity.id != target.entity.id:
                yield Candidate(caller, cue.relation, target, cue, NOMINAL_RECIPIENT, head.i)


def _answered_appeal(noun: Token, verb: Token) -> bool:
    """A call or plea answered as an appeal: the object of a verb of answering that is no
    phone call's ("returned his call", "accepted a call from Putin"), asking for something (a
    for-phrase or an infinitive: "rejected France's call for talks", "resisted calls to
    resign") or plural ("ignored pleas from the UN")."""
    lemma = verb.lemma_.lower()
    if lemma not in ANSWERING_VERBS and not _answering_phrasal(verb):
        return False
    if lemma in CALL_TAKING_VERBS:
        return False
    return (
        noun.tag_ == "NNS"
        or any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
        or any(c.dep_ in ("acl", "relcl") and is_infinitive(c) for c in noun.children)
    )


def gaining(verb: Token) -> bool:
    """A verb of gaining (``GAINING_VERBS``) or a phrasal one with its particle."""
    lemma = verb.lemma_.lower()
    if lemma in GAINING_VERBS:
        return True
    return any((lemma, c.lower_) in GAINING_PHRASALS for c in verb.children if c.dep_ == "prt")


def _backers(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """Who gives a backing noun: its owner (possessive, by/from-phrase, actor modifier) or, as
    "the support of the army" says it, its of-phrase."""
    owners = noun_owners(ctx, noun)
    if owners:
        return owners
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (args := resolve_all(ctx, pobj)):
                    return args
    return []


def gained_backing_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue]
) -> Iterator[Candidate]:
    """ "Clinton secured the endorsement of Warren" -> Warren BACKS Clinton (module docstring)."""
    cue = next((c for c in cues if c.relation == "BACKS" and not c.inverse), None)
    verb = noun.head
    if (
        cue is None
        or noun.dep_ != "dobj"
        or verb.pos_ not in ("VERB", "AUX")
        or is_passive(verb)
        or not gaining(verb)
    ):
        return
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return  # "won support for the plan from Germany": the nominal rules read its target
    backers = _backers(ctx, noun) or _verb_source(ctx, verb)
    if not backers:
        return
    targets: list[Arg] = [a for a in subjects(ctx, verb)[0] if a.entity.kind != "Topic"]
    if not targets:
        # "the plan won praise from Germany": a deed's backing is its owner's
        targets = _deed_owners(ctx, verb)
    for backer in backers:
        for target in targets:
            if backer.entity.id != target.entity.id:
                yield Candidate(backer, cue.relation, target, cue, NOMINAL_RECIPIENT, verb.i)


def requested_candidates(ctx: SentenceContext, noun: Token) -> Iterator[Candidate]:
    """ "Tehran banned flights at the request of Baghdad" -> IRQ APPEALS_TO IRN: a request or
    an invitation in an at-phrase of a verb, owned by an actor (possessive, by/from-phrase,
    modifier or of-phrase), was made to the verb's subject, who acts on it; a passive verb's
    agent ("was dissolved by the court at the government's request"), never its patient."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "at" or head.dep_ != "prep":
        return
    verb = head.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "banned flights at the request of Baghdad", parsed onto "flights"
    cue = next(
        (c for c in ctx.lexicon.nouns.get("request", []) if c.relation == "APPEALS_TO"), None
    )
    if cue is None or verb.pos_ not in ("VERB", "AUX"):
        return
    requesters = noun_owners(ctx, noun)
    for child in noun.children if not requesters else ():
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    requesters = resolve_all(ctx, pobj)
    if is_passive(verb):
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        targets = [a for p in agents if p.dep_ == "pobj" for a in resolve_all(ctx, p)]
    else:
        targets = subjects(ctx, verb)[0]
    for requester in (r for r in requesters if r.entity.kind not in ("Topic", "Location")):
        for target in (t for t in targets if t.entity.kind not in ("Topic", "Location")):
            if requester.entity.id != target.entity.id:
                # the request is given, whatever the verb's modality ("was about to revoke
                # his asylum at Italy's request")
                yield Candidate(
                    requester, cue.relation, target, cue, NOMINAL_RECIPIENT, noun.i, noun=noun.i
                )


def under_fire_candidates(ctx: SentenceContext, noun: Token) -> Iterator[Candidate]:
    """ "McConnell is under fire from Trump" -> Trump CRITICIZES McConnell; "Israeli troops
    came under fire from Hamas" -> Hamas ATTACKS ISR:MIL (module docstring): the from-phrase
    fires, the subject of come/be/remain under is fired on."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.tag_ != "NN":
        return
    verb = _receiver(noun)
    if verb is None:
        return
    actors = _verb_source(ctx, noun) or _verb_source(ctx, verb)
    if not actors:
        return
    targets = [a for a in subjects(ctx, verb)[0] if a.entity.kind not in ("Topic", "Location")]
    for actor in actors:
        for target in targets:
            if actor.entity.id == target.entity.id:
                continue
            armed = armed_party(actor.entity) or armed_party(target.entity)
            relation, lemma = ("ATTACKS", "attack") if armed else ("CRITICIZES", "criticism")
            cues = ctx.lexicon.nouns.get(lemma, [])
            cue = next((c for c in cues if c.relation == relation), None)
            if cue is not None:
                yield Candidate(actor, relation, target, cue, NOMINAL_RECIPIENT, verb.i)


def recipient_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Iran faced criticism from France" -> FRA CRITICIZES IRN."""
    for noun in ctx.of_pos("NOUN"):
        if ctx.actor(noun) is not None:
            continue
        lemma = noun.lemma_.lower()
        if lemma in REQUEST_NOUNS:
            yield from requested_candidates(ctx, noun)
        if lemma in FIRE_NOUNS:
            yield from under_fire_candidates(ctx, noun)
        cues = ctx.lexicon.nouns.get(lemma)
        appeals = (
            ctx.lexicon.nouns.get("appeal")
            if lemma in CONCESSIVE_APPEALS and not _phone_call(noun)
            else None
        )
        if appeals or cues:
            yield from concessive_candidates(ctx, noun, appeals or cues or [])
        if cues:
            yield from received_call_candidates(ctx, noun, cues)
            yield from gained_backing_candidates(ctx, noun, cues)
        slot = _partitive_slot(ctx, noun)
        against = ctx.lexicon.classes.get("answering_against_verbs", frozenset())
        verb = _receiver(slot, against) if cues else None
        answer = _answering_noun(ctx, slot) if cues and verb is None else None
        if appeals and verb is not None and _answered_appeal(noun, verb):
            # "rejected France's call for talks", "resisted calls from Washington to ..."
            cues = appeals
        cue = _aimed_cue(cues, noun) if cues and (verb or answer) is not None else None
        if cue is not None and answer is not None and cue.relation not in TO_PHRASE_EXCLUDED:
            # "Moscow's retaliation against U.S. sanctions" -> USA SANCTIONS RUS
            for actor in noun_owners(ctx, noun):
                for target in noun_owners(ctx, answer):
                    if actor.entity.id != target.entity.id and target.entity.kind != "Topic":
                        yield Candidate(
                            actor, cue.relation, target, cue, NOMINAL_RECIPIENT, answer.i, noun.i
                        )
            continue
        if cue is None or verb is None:
            continue
        if slot.head.lower_ == "to" and cue.relation in TO_PHRASE_EXCLUDED:
            continue
        actors = (
            noun_owners(ctx, noun)
            or (slot is not noun and noun_owners(ctx, slot))
            or _verb_source(ctx, verb)
            or _reacting(ctx, noun, verb, cue)
        )
        if not actors:
            continue
        targets: list[Arg] = [a for a in subjects(ctx, verb)[0] if a.entity.kind != "Topic"]
        causing = RECEIVING_VERBS | CAUSING_VERBS | CAUSING_TO_VERBS | UNDER_VERBS
        if not targets and verb.lemma_.lower() in causing:
            targets = _deed_owners(ctx, verb)
        # "Iran will not accept U.S. demands": an owned request answered was made, whatever
        # the answer's modality (the noun's own, under its answering verb)
        given = noun.i if answered_request(noun, verb) else None
        for actor in actors:
            for target in targets:
                if actor.entity.id != target.entity.id:
                    # modality is the receiving verb's own ("has not received any requests
                    # from"), not the noun's under its governor ("is considering a request")
                    yield Candidate(
                        actor, cue.relation, target, cue, NOMINAL_RECIPIENT, verb.i, given
                    )
