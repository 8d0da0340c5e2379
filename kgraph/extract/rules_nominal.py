"""Nominal relation rules: event nouns ("Russia's support for ...") and agent nouns ("backers").

An event noun takes its actor from a possessive, a modifier, a by/from-phrase, or the subject
of the light verb that governs it ("Russia has investments in ...", "left for a visit to ...");
its target from the cue's preposition. An agent noun's possessor is the target and the actor
is whoever the copula or apposition equates with it.

The actor shapes live in :mod:`kgraph.extract.rules_nominal_actors`, the target shapes in
:mod:`kgraph.extract.rules_nominal_targets`, agent nouns in
:mod:`kgraph.extract.rules_agent_nouns`; this module reads each event noun's cues with them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_acts import led_owner
from kgraph.extract.args_context import (
    QUANTITY_NOUNS,
    Arg,
    SentenceContext,
)
from kgraph.extract.args_plural import (
    resolve_all,
)
from kgraph.extract.lexicon import (
    Cue,
    words,
)
from kgraph.extract.rules_agent_nouns import (
    agent_noun_candidates,
)
from kgraph.extract.rules_nominal_actors import (
    ADJUNCT_RELATIONS,
    STATEMENT_ADJUNCT_RELATIONS,
    _armed,
    _attack_adjunct,
    _light_subjects,
    _of_visitors,
    adjunct_subjects,
    governor,
    noun_subjects,
    relative_light_verb,
    statement_adjunct_subjects,
)
from kgraph.extract.rules_nominal_actors import LIGHT_PHRASALS as LIGHT_PHRASALS
from kgraph.extract.rules_nominal_actors import LIGHT_VERBS as LIGHT_VERBS
from kgraph.extract.rules_nominal_targets import _noun_targets
from kgraph.extract.rules_recipient import (
    gaining,
)
from kgraph.extract.rules_targets import (
    event_place,
)
from kgraph.extract.rules_verbal import (
    Candidate,
)
from kgraph.ontology import RELATIONS

# Verbs whose subject seeks, needs or loses a backing it would receive ("sought the
# endorsement of Warren", "lost the backing of the army"): the of-phrase is the backer.
BACKING_SOUGHT = words("seek want need lose court woo")
# Relations of a stance or a standing policy, which a withdrawal verb undoes ("withdrew its
# support for", "ended its aid to", "dropped its opposition to", "ended sanctions on"); not
# events that took place before they ended ("ended his visit to China", "halted its offensive").
WITHDRAWN_RELATIONS = frozenset(
    {
        "BACKS",
        "SUPPLIES",
        "COOPERATES_WITH",
        "OFFERS",
        "INVESTS_IN",
        "REJECTS",
        "CRITICIZES",
        "PROTESTS",
        "SANCTIONS",
        "DEMANDS",
        "APPEALS_TO",
        "WARNS",
        "RECOGNIZES",
    }
)
# Phrasal verbs that put an event off ("the meeting was pushed back", "called off talks").
CALLED_OFF_PHRASALS = frozenset({("call", "off"), ("put", "off"), ("push", "back")})
# Light verbs (of the lexicon's <light_verbs>) whose object is an audience, not an event the
# subject holds together ("Paul and Murphy told a meeting that ...").
ADDRESSED_VERBS = words("tell address")
MAX_JOINT_PARTIES = 4
# The QuadClass of material conflict (CAMEO 14-20), whose acts an "X-led" modifier leads.
MATERIAL_CONFLICT = 4
# Units of a poll's share ("41 percent support for Cruz").
POLL_UNITS = words("percent %")
# Gatherings of many, where two subjects who speak at one need not have met each other ("Merkel
# and May spoke at the summit", "at a news conference").
GATHERINGS = words("summit conference appearance")
# Event nouns whose between-pair act on each other ("clashes between X and Y", "a truce
# between X and Y": each side stops fighting the other).
RECIPROCAL_NOUNS = frozenset(
    {"clash between", "fighting between", "war between", "truce between", "ceasefire between"}
    # quarrels: "a feud between Trump and McCain" (each criticizes the other)
    | {"feud between", "spat between", "quarrel between", "row between"}
)


def _bloodless(ctx: SentenceContext, noun: Token) -> bool:
    """An attack noun fought with no arms: a modifier or an of-phrase of the lexicon's
    ``<bloodless_wars>`` class ("trade war", "price war", "war of words")."""
    bloodless = ctx.lexicon.classes.get("bloodless_wars", frozenset())
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.lemma_.lower() in bloodless:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(p.dep_ == "pobj" and p.lemma_.lower() in bloodless for p in child.children)
        ):
            return True
    return False


def _poll_share(noun: Token) -> bool:
    """ "Trump had 41 percent support to 35 percent for Cruz": a noun counted
    in percent is a poll's share of voters, no one's act."""
    return any(
        c.dep_ in ("compound", "nmod", "nummod", "amod") and c.lemma_.lower() in POLL_UNITS
        for c in noun.children
    )


def _foreign_actors(subs: list[Arg], targets: list[Arg]) -> list[Arg]:
    """ "its annexation of Crimea", "the occupation of Gaza": the actor of an act no country
    does to its own land is never the land's country nor one of that country's groups."""
    homes = {t.entity.country or t.entity.id for t in targets}
    return [s for s in subs if (s.entity.country or s.entity.id) not in homes]


def _appeal_call(ctx: SentenceContext, noun: Token) -> bool:
    """ "joined in a call for restraint", "a call to end the fighting": an appeal noun (the
    lexicon's <appeal_nouns>) with a for-phrase or a to-infinitive asks for something (CAMEO
    02, read by the appeal rules); it is no telephone call between its makers."""
    if noun.lemma_.lower() not in ctx.lexicon.classes.get("appeal_nouns", ()):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return True
    # "a call to end the fighting" (the parser may hang the infinitive on the clause's verb)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.lower_ == "to" and after.dep_ == "aux"


def _joint_owner_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue], anchor: int
) -> Iterator[Candidate]:
    """ "Trump and Xi hit it off at their first meeting": a noun of a symmetric relation with
    no partner phrase of its own whose possessive stands for two or more parties (a pronoun
    for a pair, or conjoined owners), or with no possessive and two to four conjoined named
    subjects of its light verb ("China and the U.S. strengthened dialogue", "the accord was
    signed by Iran and Iraq") or of the clause whose circumstance phrase holds it ("Obama and
    Yellen talked during a meeting"; not a gathering, ``GATHERINGS``), names an event between
    each pair of them."""
    cue = next(
        (c for c in cues if c.prep in ("with", "between") and RELATIONS[c.relation].symmetric),
        None,
    )
    if cue is None or any(c.dep_ == "prep" and c.lower_ == cue.prep for c in noun.children):
        return
    if _appeal_call(ctx, noun):
        return  # "France and Britain joined in a call for restraint": an appeal, no phone call
    owners: list[Arg] = []
    for child in noun.children:
        if child.dep_ == "poss":
            for arg in resolve_all(ctx, child):
                if arg.entity.kind not in ("Place", "Location", "Topic") and all(
                    arg.entity.id != o.entity.id for o in owners
                ):
                    owners.append(arg)
    if not owners and noun.head.lemma_.lower() not in ADDRESSED_VERBS:
        # "Moscow and Washington are continuing a dialogue", "the accord was signed by the
        # United States and Iran": conjoined named subjects of the light verb (not a pronoun:
        # "they were all in agreement that ..." is a shared opinion), two to four of them (a
        # longer list is a multilateral accord, not so many pairwise events)
        subs, rule = noun_subjects(ctx, noun, set())
        if rule == "nominal-light-verb":
            for arg in subs:
                if (
                    arg.entity.kind not in ("Place", "Location", "Topic")
                    and arg.via != "pronoun"
                    and all(arg.entity.id != o.entity.id for o in owners)
                ):
                    owners.append(arg)
            if len(owners) > MAX_JOINT_PARTIES:
                owners = []
    if not owners and cue.relation in ADJUNCT_RELATIONS and noun.lemma_.lower() not in GATHERINGS:
        # "Obama and Yellen discussed the economy during a rare meeting": conjoined named
        # subjects of the clause whose circumstance phrase holds the noun (nominal-adjunct)
        owners = [
            a for a in adjunct_subjects(ctx, noun, []) if a.entity.kind not in ("Location", "Topic")
        ]
        if len(owners) < 2 or len(owners) > MAX_JOINT_PARTIES:
            owners = []
    for i, first in enumerate(owners):
        for second in owners[i + 1 :]:
            yield Candidate(
                first, cue.relation, second, cue, "nominal-between", anchor, noun=noun.i
            )


def _undone(ctx: SentenceContext, noun: Token, cue: Cue) -> bool:
    """An event noun its verb undoes or puts off: a backing, aid or cooperation withdrawn or
    ended ("withdrew his endorsement of Trump", "will end its support for the committee": the
    lexicon's <withdrawal_verbs>), or a meeting, visit or talks called off or put back
    ("Trump's meeting with Merkel has been pushed back", "cancelled his trip to Israel":
    <called_off_verbs>, and "call off", "put off", "push back"). Its object or passive subject
    only, or that of a quantity whose of-phrase holds it ("dropped some of their demands"); the
    verbal rules read the verb's own cue ("suspended aid to Egypt")."""
    slot = _quantity_slot(noun)
    verb = slot.head
    if slot.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    classes = ctx.lexicon.classes
    if cue.relation in WITHDRAWN_RELATIONS and lemma in classes.get("withdrawal_verbs", ()):
        return True
    # (the parser makes "back" of "pushed back" an adverb as often as a particle)
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return lemma in classes.get("called_off_verbs", ()) or any(
        (lemma, p) in CALLED_OFF_PHRASALS for p in particles
    )


def _quantity_slot(noun: Token) -> Token:
    """ "some of their demands", "part of its aid": the quantity word (``QUANTITY_NOUNS``)
    whose of-phrase holds the noun stands in the noun's place in its clause; else the noun."""
    of = noun.head
    partitive = noun.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep"
    return of.head if partitive and of.head.lemma_.lower() in QUANTITY_NOUNS else noun


def _gained_backing(noun: Token, cue: Cue) -> bool:
    """ "has the backing of Cruz", "won the backing of the army", "sought the endorsement of
    Warren": a backing noun whose cue reads its of-phrase as the one backed, as the object of
    a verb of gaining (read by ``nominal-recipient``) or of seeking (``BACKING_SOUGHT``),
    where the of-phrase is the backer, not the one backed."""
    return (
        cue.relation == "BACKS"
        and cue.prep == "of"
        and noun.dep_ == "dobj"
        and noun.head.pos_ in ("VERB", "AUX")
        and (gaining(noun.head) or noun.head.lemma_.lower() in BACKING_SOUGHT)
    )


def event_noun_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue]
) -> Iterator[Candidate]:
    """Relations read from one event noun."""
    gov = governor(noun)
    anchor = gov.i if gov is not None else noun.i
    if _poll_share(noun):
        return  # "had 41 percent support to 35 percent for Cruz"
    if _bloodless(ctx, noun):
        # "Trump's trade war with China", "a war of words with Pyongyang": no armed attack
        cues = [c for c in cues if c.relation != "ATTACKS"]
    for cue in cues:
        if _gained_backing(noun, cue):
            continue  # "Trump has the backing of Cruz": Cruz's (rules_recipient)
        if _undone(ctx, noun, cue):
            continue  # "withdrew his endorsement of Trump", "postponed talks with Seoul"
        # "support for Syria", "sanctions on Iran", "a visit to Russia": the cue's preposition
        targets = _noun_targets(ctx, noun, cue)
        if not targets:
            continue
        target_ids = {t.entity.id for t in targets}
        subs, rule = noun_subjects(ctx, noun, target_ids)
        relative = relative_light_verb(ctx, noun) if rule == "nominal-light-verb" else None
        if relative is not None and not _light_subjects(ctx, noun):
            # "the meeting he will hold with Xi": the relative clause's verb says when
            anchor = relative.i
        if not subs and cue.relation == "VISITS" and cue.prep != "of":
            # "the visit of Canadian Prime Minister Justin Trudeau to Washington"
            subs, rule = _of_visitors(ctx, noun, target_ids), "nominal-by"
        if not subs and cue.relation in ADJUNCT_RELATIONS:
            subs, rule = adjunct_subjects(ctx, noun, targets), "nominal-adjunct"
        if not subs and cue.relation in STATEMENT_ADJUNCT_RELATIONS:
            # "In a clear dig at Trump, Obama said ...": the speaking subject's own words
            subs, rule = statement_adjunct_subjects(ctx, noun, targets), "nominal-adjunct"
        if not subs and RELATIONS[cue.relation].quad_class == MATERIAL_CONFLICT:
            # "the U.S.-led invasion of Iraq": the leader of a hostile act (not "U.N.-led
            # talks between ...": a mediator takes no part in talks)
            led = led_owner(ctx, noun)
            subs, rule = ([led], "nominal-modifier") if led is not None else (subs, rule)
        if not subs and cue.relation == "ATTACKS" and _attack_adjunct(ctx, noun):
            subs = [a for a in adjunct_subjects(ctx, noun, targets) if _armed(a)]
            rule = "armed-adjunct"
        if subs and noun.lemma_.lower() in ctx.lexicon.classes.get("foreign_acts", ()):
            subs = _foreign_actors(subs, targets)
        if not subs and cue.prep == "between" and len(targets) > 1:
            # "talks between Venezuela's government and the opposition": the pair itself.
            subs, targets, rule = targets[:1], targets[1:2], "nominal-between"
            if not RELATIONS[cue.relation].symmetric and cue.text in RECIPROCAL_NOUNS:
                # "clashes between Syrian and Turkish troops": each attacks the other
                yield Candidate(targets[0], cue.relation, subs[0], cue, rule, anchor, noun=noun.i)
        for sub in subs:
            for target in targets:
                if sub.entity.id != target.entity.id:
                    yield Candidate(sub, cue.relation, target, cue, rule, anchor, noun=noun.i)
        return
    # "Trump and Xi hit it off at their first meeting", "the two leaders' talks": a symmetric
    # noun owned by two parties is between them (nominal-between)
    yield from _joint_owner_candidates(ctx, noun, cues, anchor)
    # "Russian air strikes in Aleppo", "Israeli shelling in the Gaza Strip": an attack noun
    # with an actor modifier and no named target hits the country where it happens (not a
    # possessor: "his arrest in Zambia" names the one arrested)
    attack = next((c for c in cues if c.relation == "ATTACKS"), None)
    if attack is None:
        return
    subs, rule = noun_subjects(ctx, noun, set())
    if rule != "nominal-modifier":
        return
    where = event_place(ctx, noun, {s.entity.id for s in subs})
    if where is not None:
        for sub in subs:
            yield Candidate(
                sub, attack.relation, where, attack, "locative-target", anchor, noun=noun.i
            )


def nominal_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every nominal relation of the sentence."""
    nouns, agents = ctx.lexicon.nouns, ctx.lexicon.agents
    for token in ctx.of_pos("NOUN", "PROPN"):
        lemma = token.lemma_.lower()
        span = ctx.actor(token)
        if span is not None and span.head == token.i:
            continue  # "the Syrian opposition": a named group, not an event
        if lemma in nouns:
            yield from event_noun_candidates(ctx, token, nouns[lemma])
        if lemma in agents:
            yield from agent_noun_candidates(ctx, token, agents[lemma])
