"""Nominal relation rules: event nouns ("Russia's support for ...") and agent nouns ("backers").

An event noun takes its actor from a possessive, a modifier, a by/from-phrase, or the subject
of the light verb that governs it ("Russia has investments in ...", "left for a visit to ...");
its target from the cue's preposition. An agent noun's possessor is the target and the actor
is whoever the copula or apposition equates with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, in_class, words
from kgraph.extract.modality import INTENT_NOUNS
from kgraph.extract.rules_recipient import gaining
from kgraph.extract.rules_targets import event_place, resolve_targets
from kgraph.extract.rules_verbal import (
    PLACE_PREPS,
    Candidate,
    subjects,
)
from kgraph.ontology import RELATIONS

# Verbs that lend their subject to an event noun object without changing who acts (and the
# lexicon's <light_verbs> class: "expressed support for", "voiced criticism of").
LIGHT_VERBS = words(
    "have hold make conduct carry launch begin start continue resume give stage take undertake "
    "pay mount wage unleash impose announce step intensify expand deepen extend provide offer "
    "pledge promise order lead attend complete approve seek propose plan endorse finalize "
    "finalise "
    # verbs that raise what the subject already does: "Saudi Arabia ratcheted up pressure on
    # Iran", "Trump heaped pressure on Lockheed", "Ankara wants to boost cooperation with Baghdad"
    "ratchet ramp heap increase boost strengthen tighten bolster escalate pile "
    # and verbs of opening, pressing and closing one's own act: "China put pressure on Pyongyang",
    # "the EU opened talks with London", "Tokyo sealed a deal with Washington" (not "secure":
    # "Clinton secured the endorsement of Warren" is Warren's)
    "put open pursue exert apply seal clinch conclude restart"
)
# Phrasal verbs that do the same with their particle only ("Sanders turned up the pressure on
# Trump"; "turned down an offer" is no act of the subject's own).
LIGHT_PHRASALS = frozenset({("turn", "up"), ("crank", "up")})
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
# Relations of a cue whose to-phrase the parser may hang on the light verb rather than the
# noun ("made an offer to Ukraine", "extended an invitation to Putin", "paid a visit to
# Cuba"); not other phrases ("had 41 percent support to 35 percent for Cruz", "declared war
# on", "expand its assistance to" hang on the noun when they are its own).
LIGHT_VERB_TO_RELATIONS = frozenset({"OFFERS", "APPEALS_TO", "VISITS", "WARNS"})
# Verbs whose subject travels to or goes on the event ("left for a visit to Russia").
MOTION_VERBS = words("leave go arrive travel head be set embark fly return")
MOTION_PREPS = words("for on into to")
MAX_UP = 5
# Event nouns whose between-pair act on each other ("clashes between X and Y", "a truce
# between X and Y": each side stops fighting the other).
RECIPROCAL_NOUNS = frozenset(
    {"clash between", "fighting between", "war between", "truce between", "ceasefire between"}
    # quarrels: "a feud between Trump and McCain" (each criticizes the other)
    | {"feud between", "spat between", "quarrel between", "row between"}
)

# "Putin said during a visit to Beijing", "In a meeting with Poroshenko, Trump criticized ...":
# an ownerless meeting, visit or talks noun in a circumstance phrase of a clause is the clause
# subject's own (nominal-adjunct). Only these relations: a subject is no party to an attack
# it dies in ("soldiers died in an attack on the base").
ADJUNCT_PREPS = words("during after on in at following amid")
# And "the U.S. military struck militants in coordination with the Somali government",
# "trafficking routes run in partnership with Mexican cartels": done together (COOPERATES_WITH).
ADJUNCT_RELATIONS = frozenset({"MEETS", "VISITS", "NEGOTIATES_WITH", "COOPERATES_WITH"})
# "Turkish troops crossed the border during an offensive against Kurdish militants": an ownerless
# attack noun in a during/in-phrase is an armed subject's own attack (armed-adjunct), unless the
# verb says the subject suffered it ("soldiers died in an attack on the base": the lexicon's
# <suffered_verbs>).
ATTACK_ADJUNCT_PREPS = words("during in")
ARMED_SECTORS = (":MIL", ":COP", ":REB")


def governor(noun: Token) -> Token | None:
    """The verb whose clause an event noun belongs to (for modality)."""
    token = noun
    for _ in range(MAX_UP):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _light_subjects(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "Russia has major investments in ...": the light verb's subject acts in the noun."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and _light(ctx, head):
        verb_cues = ctx.lexicon.verbs.get(head.lemma_.lower(), [])
        lemma = noun.lemma_.lower()
        if any(lemma in c.objects and _phrase_present(c, head, noun) for c in verb_cues):
            return []  # the verbal rule reads "hold talks with" itself
        # ("extended sanctions against Russia": the verb's cue is "extend <sanctions> on")
        return subjects(ctx, head)[0]
    # ("left for a visit to Russia", "went into a meeting with Moon", "heads to talks with")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in MOTION_PREPS:
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in MOTION_VERBS:
            return subjects(ctx, verb)[0]
    # "Colombia is in peace talks with the ELN", "has been in contact with": the copula's
    # subject takes part
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        verb = head.head
        if verb.lemma_.lower() == "be":
            return subjects(ctx, verb)[0]
    return []


def _light(ctx: SentenceContext, verb: Token) -> bool:
    """A light verb: of ``LIGHT_VERBS``, of the lexicon's ``<light_verbs>`` class, or a
    phrasal verb of ``LIGHT_PHRASALS`` with its particle."""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in ctx.lexicon.classes.get("light_verbs", ()):
        return True
    return any((lemma, c.lower_) in LIGHT_PHRASALS for c in verb.children if c.dep_ == "prt")


def _phrase_present(cue: Cue, verb: Token, noun: Token) -> bool:
    """A verb cue's target phrase is in the clause (on the verb or its object noun)."""
    if cue.prep is None:
        return True
    return any(
        c.dep_ in ("prep", "dative", "agent") and c.lower_ == cue.prep
        for holder in (verb, noun)
        for c in holder.children
    )


def _light_participles(ctx: SentenceContext, noun: Token) -> list[Token]:
    """ "U.S. sanctions imposed on Russia", "aid provided to Syria": a light verb's participle
    on an event noun carries the noun's target phrase."""
    return [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and _light(ctx, c)
        # "sanctions imposed by the U.S. on Russia": the verbal rule reads a by-agent itself
        and not any(g.dep_ == "agent" or g.lower_ == "by" for g in c.children)
    ]


def noun_subjects(ctx: SentenceContext, noun: Token, exclude: set[str]) -> tuple[list[Arg], str]:
    """The actor of an event noun and the shape that found it."""
    # "Russia's support for Syria": the possessor acts
    for child in noun.children:
        if child.dep_ == "poss":
            args = resolve_all(ctx, child, exclude)
            if args:
                return args, "nominal-poss"
    # "U.S. sanctions on Iran", "Russian attacks on Ukraine": a name or demonym modifier acts
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            span = ctx.actor(child)
            if span is not None and span.entity.id not in exclude:
                return [Arg(span.entity, span.head)], "nominal-modifier"
    # "a state visit to Athens by Erdogan", "support from Moscow": the by/from-phrase acts
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    args = resolve_all(ctx, pobj, exclude)
                    if args:
                        return args, "nominal-by"
    # "Russia has major investments in ...", "Maduro left for a state visit to Russia"
    args = [a for a in _light_subjects(ctx, noun) if a.entity.id not in exclude]
    if args:
        return args, "nominal-light-verb"
    # "Taiwan's position in talks with Washington", "Iran's role in the attacks on Israel"
    args = [a for a in _participants(ctx, noun) if a.entity.id not in exclude]
    if args:
        return args, "nominal-participation"
    # "The Assembly's vote was a rejection of ...": the copula's subject, or its owner, acts
    args = [a for a in _copula_subjects(ctx, noun) if a.entity.id not in exclude]
    return (args, "nominal-copula") if args else ([], "")


def adjunct_subjects(ctx: SentenceContext, noun: Token, targets: list[Arg]) -> list[Arg]:
    """The nominal-adjunct shape (see ``ADJUNCT_PREPS``): the subject of the clause whose
    circumstance phrase holds the noun; nobody visits their own country ("Xi welcomed Trump
    during a visit to China" is Trump's visit, which this shape cannot tell)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ADJUNCT_PREPS:
        return []
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    places = {t.entity.id for t in targets} | {t.entity.country for t in targets}
    return [
        a
        for a in subjects(ctx, verb)[0]
        if a.entity.kind != "Place"
        and a.via != "pronoun"  # a pronoun far from its noun is too weak a party here
        and a.entity.id not in places
        and a.entity.country not in places
    ]


def _attack_adjunct(ctx: SentenceContext, noun: Token) -> bool:
    """An attack noun in a during/in-phrase of a verb that is no suffering of it."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ATTACK_ADJUNCT_PREPS:
        return False
    return not in_class(head.head, ctx.lexicon.classes.get("suffered_verbs", frozenset()))


def _armed(arg: Arg) -> bool:
    """An army, police force or armed group of a country (``ISR:MIL``, ``AFG:REB``)."""
    return arg.entity.id.endswith(ARMED_SECTORS)


def _copula_subjects(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "The General Assembly's vote was a rejection of X", "Russia's move is a challenge to
    X": an event noun said of the copula's subject is done by that subject's actor (the
    subject itself, or its possessor)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return []
    for subject in noun.head.children:
        if subject.dep_ != "nsubj":
            continue
        span = ctx.actor(subject)
        if span is not None:
            return [Arg(span.entity, span.head)]
        owners = [c for c in subject.children if c.dep_ == "poss"]
        return resolve_all(ctx, owners[0]) if owners else []
    return []


def _participants(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """The owner of a part taken in an event (the lexicon's ``<participation>`` nouns: role,
    part, position, involvement ...) takes part in it: "Taiwan's position in talks with ..."."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ != "in":
        return []
    holder = head.head
    if holder.lemma_.lower() not in ctx.lexicon.classes.get("participation", frozenset()):
        return []
    for child in holder.children:
        if child.dep_ == "poss":
            return resolve_all(ctx, child)
    return []


def _misparsed_infinitive(noun: Token, prep: Token) -> bool:
    """ "Trump's pledge to jail Clinton", parsed as "to" + the noun phrase "jail Clinton": after
    an intent noun ("pledge", "promise", "threat"), a "to" followed by a lower-case common word
    that only modifies the phrase's head is an infinitive, not a recipient ("a pledge to
    Ukraine", "a promise to the Kurds")."""
    if prep.lower_ != "to" or noun.lemma_.lower() not in INTENT_NOUNS:
        return False
    after = prep.nbor() if prep.i + 1 < len(prep.doc) else None
    return (
        after is not None
        and after.dep_ == "compound"
        and after.pos_ in ("NOUN", "VERB")
        and after.text.islower()
    )


def _noun_targets(ctx: SentenceContext, noun: Token, cue: Cue) -> list[Arg]:
    out: list[Arg] = []
    holders = [noun, *_light_participles(ctx, noun)]
    if (
        noun.dep_ == "dobj"
        and cue.prep == "to"
        and cue.relation in LIGHT_VERB_TO_RELATIONS
        and noun.head.pos_ in ("VERB", "AUX")
        and _light(ctx, noun.head)
    ):
        # "Russia made an offer to Ukraine", "extended an invitation to Trump": the parser
        # hangs the cue's to-phrase on the light verb
        holders.append(noun.head)
    if cue.prep == "between":
        # "a deal struck between Turnbull and Obama", "the accord reached between X and Y",
        # "the agreement that was signed between X and Y": a participle's (or a passive
        # relative's) between-phrase names the noun's parties whatever the verb
        holders.extend(
            c
            for c in noun.children
            if c not in holders
            and (
                (c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
                or (c.dep_ == "relcl" and any(g.dep_ == "nsubjpass" for g in c.children))
            )
        )
    for child in (c for holder in holders for c in holder.children):
        if child.dep_ == "prep" and child.lower_ == cue.prep:
            if _misparsed_infinitive(noun, child):
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = resolve_targets(ctx, pobj, set(), allow_place=cue.prep in PLACE_PREPS)
                    out.extend(found or _pronoun_owned(ctx, pobj))
                    if cue.prep == "between":
                        out.extend(_coordinated_modifiers(ctx, pobj, out))
    return out


def _pronoun_owned(ctx: SentenceContext, pobj: Token) -> list[Arg]:
    """ "expressed dismay at his remarks", "anger over their decision": a statement or a deed
    (the lexicon's <statements> and <deeds> classes) owned by a possessive pronoun is aimed at
    the pronoun's actor, as "Erdogan's remarks" is at Erdogan's."""
    lemma = pobj.lemma_.lower()
    classes = ctx.lexicon.classes
    if lemma not in classes.get("statements", frozenset()) | classes.get("deeds", frozenset()):
        return []
    for child in pobj.children:
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            return [
                Arg(a.entity, a.token, "pronoun", a.hops + 1)
                for a in resolve_all(ctx, child)
                if a.entity.kind != "Topic"
            ]
    return []


def _coordinated_modifiers(ctx: SentenceContext, pobj: Token, found: list[Arg]) -> list[Arg]:
    """ "talks between U.S. and Chinese officials", "a meeting between Russian and Turkish
    diplomats": two modifiers coordinated over one head noun name two parties; the head's
    actor takes the last one ("Chinese officials"), the first modifier is an actor of its own
    (nominal-between needs both)."""
    seen = {a.entity.id for a in found}
    out: list[Arg] = []
    for child in pobj.children:
        if child.dep_ not in ("compound", "nmod", "amod") or child.i > pobj.i:
            continue
        if not any(c.dep_ == "conj" for c in child.children):
            continue
        span = ctx.actor(child)
        if span is None or span.head != child.i or span.entity.id in seen:
            continue
        if span.is_place or span.entity.kind == "Location":
            continue
        out.append(Arg(span.entity, span.head))
        seen.add(span.entity.id)
    return out


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


def _foreign_actors(subs: list[Arg], targets: list[Arg]) -> list[Arg]:
    """ "its annexation of Crimea", "the occupation of Gaza": the actor of an act no country
    does to its own land is never the land's country nor one of that country's groups."""
    homes = {t.entity.country or t.entity.id for t in targets}
    return [s for s in subs if (s.entity.country or s.entity.id) not in homes]


def _joint_owner_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue], anchor: int
) -> Iterator[Candidate]:
    """ "Trump and Xi hit it off at their first meeting": a noun of a symmetric relation with
    no partner phrase of its own whose possessive stands for two or more parties (a pronoun
    for a pair, or conjoined owners) names an event between each pair of them."""
    cue = next(
        (c for c in cues if c.prep in ("with", "between") and RELATIONS[c.relation].symmetric),
        None,
    )
    if cue is None or any(c.dep_ == "prep" and c.lower_ == cue.prep for c in noun.children):
        return
    owners: list[Arg] = []
    for child in noun.children:
        if child.dep_ == "poss":
            for arg in resolve_all(ctx, child):
                if arg.entity.kind not in ("Place", "Location", "Topic") and all(
                    arg.entity.id != o.entity.id for o in owners
                ):
                    owners.append(arg)
    for i, first in enumerate(owners):
        for second in owners[i + 1 :]:
            yield Candidate(
                first, cue.relation, second, cue, "nominal-between", anchor, noun=noun.i
            )


def _of_visitors(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """ "the visit of Justin Trudeau to Washington": the of-phrase of a visit or a trip that
    names its destination with another preposition is the visitor (not a place: "the visit
    of Paris" is none)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return [
                        a
                        for a in resolve_all(ctx, pobj, exclude)
                        if a.entity.kind not in ("Location", "Topic")
                    ]
    return []


def _undone(ctx: SentenceContext, noun: Token, cue: Cue) -> bool:
    """An event noun its verb undoes or puts off: a backing, aid or cooperation withdrawn or
    ended ("withdrew his endorsement of Trump", "will end its support for the committee": the
    lexicon's <withdrawal_verbs>), or a meeting, visit or talks called off or put back
    ("Trump's meeting with Merkel has been pushed back", "cancelled his trip to Israel":
    <called_off_verbs>, and "call off", "put off", "push back"). Its object or passive subject
    only; the verbal rules read the verb's own cue ("suspended aid to Egypt")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
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
        if not subs and cue.relation == "VISITS" and cue.prep != "of":
            # "the visit of Canadian Prime Minister Justin Trudeau to Washington"
            subs, rule = _of_visitors(ctx, noun, target_ids), "nominal-by"
        if not subs and cue.relation in ADJUNCT_RELATIONS:
            subs, rule = adjunct_subjects(ctx, noun, targets), "nominal-adjunct"
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


def _agent_subjects(
    ctx: SentenceContext, noun: Token, exclude: set[str]
) -> tuple[list[Arg], Token | None]:
    """Who is the backer, and the copula that says so (None for an apposition).

    "Moscow has been one of Maduro's biggest backers" (copula), "Russia, an ally of Syria"
    (apposition: taken as given, whatever the verb around it does), "Russia's ally Syria" (a
    name right after the noun).
    """
    token = noun
    # "one of Maduro's biggest backers", "among his allies": climb to the quantity noun
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_ in ("one", "some", "among")
    ):
        token = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "among":
        token = token.head
    # "Moscow has been one of Maduro's backers": the copula's subject is the backer
    if token.dep_ in ("attr", "prep") and token.head.lemma_ == "be":
        for child in token.head.children:
            if child.dep_ == "nsubj":
                return resolve_all(ctx, child, exclude), token.head
    # "Russia, Syria's main ally, ...": the noun in apposition; not an item of a list of
    # actors ("Iran, U.S. allies in Europe and Russia defended the deal": a plural beside
    # one name, or a noun with an actor conjoined)
    if token.dep_ == "appos":
        if any(c.dep_ == "conj" and ctx.actor(c) is not None for c in token.children):
            return [], None
        if token.tag_ == "NNS" and not any(c.dep_ == "conj" for c in token.head.children):
            return [], None
        return resolve_all(ctx, token.head, exclude), None
    for child in noun.children:
        if child.dep_ == "appos":
            return resolve_all(ctx, child, exclude), None
    # "Russia's ally Syria", "U.S. ally Japan": a name right after the noun, used as a title
    span = ctx.actor(ctx.doc[noun.i + 1]) if noun.i + 1 < len(ctx.doc) else None
    if (
        span is not None
        and span.start == noun.i + 1
        and ctx.doc[span.head].pos_ == "PROPN"
        and span.entity.id not in exclude
    ):
        return [Arg(span.entity, span.head)], None
    return [], None


def _modifier_targets(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "a U.S. ally", "a Trump backer": the actor named before an agent noun is whose ally,
    backer or critic it is (a place or a region names no one). An international organisation
    there names the alliance the noun's actor belongs to ("Turkey, a NATO ally", "NATO ally
    Germany": a member, not one that backs NATO)."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod"):
            span = ctx.actor(child)
            if span is not None and span.head == child.i and span.entity.kind != "IGO":
                return [Arg(span.entity, span.head)]
    return []


def _owned_cause(ctx: SentenceContext, pobj: Token) -> list[Arg]:
    """ "a critic of China's trade practices", "a backer of Trump's candidacy": a cause, policy
    or statement (the lexicon's <statements>, <deeds> and <owned_causes> classes) owned by an
    actor stands for it; a person is not (a supporter of "Trump's rival" backs the rival)."""
    classes = ctx.lexicon.classes
    causes = (
        classes.get("statements", frozenset())
        | classes.get("deeds", frozenset())
        | classes.get("owned_causes", frozenset())
    )
    if pobj.lemma_.lower() not in causes:
        return []
    return resolve_targets(ctx, pobj, set())


# Words before an agent noun that put the stance in the past ("a former ally of Najib").
PAST_AGENT_WORDS = words("former erstwhile onetime one-time ex")


def agent_noun_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue]
) -> Iterator[Candidate]:
    """Relations read from one agent noun ("Maduro's backers", "a critic of the Kremlin")."""
    cue = cues[0]
    if any(c.dep_ == "amod" and c.lower_ in PAST_AGENT_WORDS for c in noun.children):
        return  # "a former ally of Najib": a stance given up, not held
    targets: list[Arg] = []
    # "Maduro's backers", "a critic of the Kremlin": the possessor or of-phrase is the target;
    # an of-phrase may name a thing its owner stands for ("a critic of China's trade
    # practices", "a backer of Trump's candidacy")
    for child in noun.children:
        if child.dep_ == "poss":
            targets = resolve_all(ctx, child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    targets = resolve_all(ctx, pobj) or _owned_cause(ctx, pobj)
    if not targets:
        targets = _modifier_targets(ctx, noun)
    if not targets:
        return
    subs, copula = _agent_subjects(ctx, noun, {t.entity.id for t in targets})
    anchor = copula.i if copula is not None else noun.i
    for sub in subs:
        for target in targets:
            if sub.entity.id != target.entity.id:
                yield Candidate(
                    sub, cue.relation, target, cue, "nominal-agentive", anchor, noun=noun.i
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
