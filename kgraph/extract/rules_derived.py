"""Statements derived from a relation mention: stated intents and reported accusations.

CAMEO codes some statements about an act as events of their own: an actor announcing its own
act offers (03), threatens (13) or rejects (12) it ("Russia pledged to send troops" -> RUS
OFFERS SYR); an actor reporting another's attack accuses it (112: "Iran claimed that Israel
attacked Syria" -> IRN CRITICIZES ISR). :mod:`kgraph.extract.relations` calls these on each
triple; both need the speaker's or subject's own words, not a mere mention of the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.lexicon import words
from kgraph.extract.modality import clause_modality, polite_wish
from kgraph.extract.modality_clauses import (
    commitment,
    going_future,
    is_infinitive,
    readiness_copula,
    scheduled_copula,
    scheduled_passive,
    travel_purpose,
)
from kgraph.extract.modality_time import date_phrase, future_time, present_schedule
from kgraph.extract.modality_words import (
    CONDITIONAL_MARKS,
    HOPE_VERBS,
    INTENT_AUX,
    INTENT_NOUNS,
    PERFORMED_WISHES,
    REFUSAL_NOUNS,
    REPORTING_VERBS,
    SCHEDULE_AUX,
    SCHEDULED_RELATIONS,
)
from kgraph.extract.rules_verbal_subjects import (
    subjects,
)
from kgraph.ontology import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import Entity, Triple

INTENT_PENALTY = 0.10
# The CAMEO code of a statement about an announced act, where the codebook has one finer than
# the statement's root: "will visit Beijing", "plans to meet Putin" express intent to meet
# (036, as the dev sets code scheduled visits); "refused to meet" rejects a meeting (125);
# "would not give in to" refuses to yield (124);
# "will strike" threatens military force (138).
INTENT_CODES = {
    ("OFFERS", "MEETS"): "036",
    ("OFFERS", "VISITS"): "036",
    ("OFFERS", "HOSTS"): "036",
    ("OFFERS", "NEGOTIATES_WITH"): "036",
    ("OFFERS", "MEDIATES"): "039",
    ("OFFERS", "SUPPLIES"): "033",
    ("OFFERS", "CONCEDES_TO"): "035",
    ("REJECTS", "MEETS"): "125",
    ("REJECTS", "NEGOTIATES_WITH"): "125",
    ("REJECTS", "CONCEDES_TO"): "124",
    ("WARNS", "ATTACKS"): "138",
}
ACCUSATION_PENALTY = 0.20
# Acts whose announcement CAMEO codes as an offer (03), a rejection (12) or a threat (13).
INTENT_ACTS = frozenset(
    {
        "MEETS",
        "VISITS",
        "HOSTS",
        "MEDIATES",
        "NEGOTIATES_WITH",
        "BACKS",
        "RECOGNIZES",
        "AGREES_WITH",
        "COOPERATES_WITH",
        "INVESTS_IN",
        "SUPPLIES",
        "DEPLOYS_TO",
        "CONCEDES_TO",
        "SANCTIONS",
        "COERCES",
        "ATTACKS",
        "MOBILIZES_AGAINST",
    }
)
# appeal26: statements an announcement of one's own makes ("said she will ask Congress to").
ANNOUNCED_APPEALS = frozenset({"APPEALS_TO"})
# Rules whose subject is the subject of the clause that states an intent ("Russia will send").
INTENT_RULES = frozenset(
    {
        "active-svo",
        "prep-object",
        "dative-object",
        "conj-subject",
        "control-subject",
        "joint-subject",
        "relative-clause",
        "participle-subject",
        "nominal-light-verb",
        "nominal-control",
    }
)
# Verbs whose subject states its own intent with a to-infinitive ("pledged to send"); plans
# set by others ("scheduled to", "expected to") and attempts ("tried to") are no statements.
INTENT_STATEMENT_VERBS = words(
    "pledge promise vow offer threaten agree intend plan aim seek want decide propose "
    "refuse decline reject"
)
# Light verbs that state their subject's own intent for the event noun they take ("Japan
# pledged support for Pakistan", "promised aid to Haiti", "vowed retaliation against Israel");
# a threat only of a conflictual act ("threatened new sanctions on Iran": no "threatened aid").
PLEDGE_VERBS = words("pledge promise vow offer threaten propose seek")
THREAT_VERBS = words("threaten")
# Proposing one's own cooperation offers it ("Britain proposed a security treaty with the EU",
# "China proposed talks with India": CAMEO's "propose * NEGOTIATION" 036); a proposed conflictual
# act is no offer and no threat of the proposer's own ("proposed sanctions on Russia").
# appeal25: so does seeking it ("Seoul sought talks with Pyongyang", CAMEO's "seek * NEGOTIATION"
# 036; "sought closer ties with India"); "sought sanctions on Iran" is no threat.
PROPOSAL_VERBS = words("propose seek")
# Adjectives of the subject's own readiness ("Iran is ready to resume talks with France").
READY_ADJECTIVES = words("ready willing prepared eager keen determined")
# A meeting or visit on the subject's schedule ("is scheduled to meet", "is due to visit"): CAMEO
# codes it as an intent to meet (036) from the visitor; no other act is so announced.
SCHEDULE_WORDS = words("schedule slate set due")
# Verbs announcing the speaker's own future act ("Russia said it will supply").
ANNOUNCING_VERBS = words("say announce declare state pledge promise vow warn confirm tell")
# Report verbs that allege by themselves ("claimed that Iraq attacked").
ALLEGING_REPORTS = words("claim allege accuse charge insist")
# Group sectors that report events rather than accuse (media, police, medics, courts).
NEUTRAL_SECTORS = frozenset({"MED", "COP", "HLH", "JUD", "EDU", "BUS", "CVL"})


def explicit_intent(
    ctx: SentenceContext, verb: Token, subject: Arg, relation: str | None = None
) -> bool:
    """Whether the subject itself states the intent: "Russia pledged to send", "Israel
    announced it would free", "Iran refused to meet", "Iran is ready to resume talks".

    A bare future ("He will meet Li") or a guess by others ("Moscow expects Ankara to attend")
    is no statement of the subject, and CAMEO codes no offer for it; a meeting or visit on the
    subject's schedule ("is scheduled to meet", "is due to visit", "is to meet", "is expected
    to visit", "will meet Hariri on Friday": :func:`dated_future`) is, as NEWS-DEV codes it.
    """
    if relation in SCHEDULED_RELATIONS and dated_future(verb):
        return True
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ == "aux" for c in clause.children):
        clause = clause.head
    for _ in range(4):
        head = clause.head
        if head == clause:
            return False
        lemma = head.lemma_.lower()
        # "pledged to send troops", "refused to meet", "seeks to deepen a partnership"
        # "would like to meet Putin": a wish stated now, as "wants to meet" (not "would like
        # to thank India", which thanks it as it is said)
        if clause.dep_ in ("xcomp", "ccomp", "advcl") and any(
            c.dep_ == "aux" and polite_wish(head, c) for c in head.children
        ):
            if clause.lemma_.lower() in PERFORMED_WISHES:
                return False
            return clause.dep_ == "xcomp" or is_infinitive(clause)
        if clause.dep_ in ("xcomp", "ccomp", "advcl") and lemma in INTENT_STATEMENT_VERBS:
            return clause.dep_ == "xcomp" or is_infinitive(clause)
        # "Abe said Japan hoped to improve ties with China": a hope for its own cooperative
        # act (not "hopes to destroy Hamas", no threat stated)
        if clause.dep_ == "xcomp" and lemma in HOPE_VERBS:
            return relation is not None and (RELATIONS[relation].quad_class or 4) <= 2
        # "Russia's pledge to send troops", "Egypt's refusal to negotiate": the owner's own
        if clause.dep_ == "acl" and lemma in INTENT_NOUNS | REFUSAL_NOUNS:
            return is_infinitive(clause)
        if clause.dep_ == "xcomp" and head.pos_ == "ADJ" and lemma in READY_ADJECTIVES:
            return True
        # "Japan is committed to working with South Korea": its own commitment
        if commitment(clause) is not None:
            return True
        # "flew to New York to meet Trump": the traveller's own intended meeting
        if travel_purpose(clause):
            return relation in SCHEDULED_RELATIONS
        # "is scheduled to meet", "is due to visit", "is to meet Putin", "is expected to visit"
        if clause.dep_ == "xcomp" and (
            lemma in SCHEDULE_WORDS or scheduled_copula(clause) or scheduled_passive(clause)
        ):
            return relation in SCHEDULED_RELATIONS
        # "Russia said it will supply arms": the speaker announces its own future act
        if clause.dep_ == "ccomp" and lemma in ANNOUNCING_VERBS:
            if not going_future(clause) and not any(
                c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in clause.children
            ):
                return False
            speakers, _ = subjects(ctx, head)
            return any(s.entity.id == subject.entity.id for s in speakers)
        if clause.dep_ not in ("xcomp", "conj"):
            return False
        clause = head
    return False


def dated_future(verb: Token) -> bool:
    """A meeting or visit in the future tense with its own date: "will meet Hariri in Paris on
    Friday", "will travel to Russia next week", "will visit on Jan. 13", "'ll meet later this
    month", or in a dated simple present ("visits Cuba in March": :func:`present_schedule`).
    Not negated ("will not meet on Friday" is no refusal to meet), not a condition ("would
    meet"), and the date one the parser tags as a date and no past one."""
    if present_schedule(verb):
        return True
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in SCHEDULE_AUX for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return False
    return future_time(children) or any(date_phrase(c) for c in children)


def accusing_speaker(entity: Entity, report: Token) -> bool:
    """Whether a speaker's report of an attack accuses: "Iran claimed that Israel attacked"
    (an alleging verb), or "said" by a state, a state body, an IGO or a titled person of a
    country. The media, the police, organisations, places, unknown people (analysts,
    journalists) and the media's own sources report without accusing."""
    if report.lemma_.lower() in ALLEGING_REPORTS:
        return entity.kind not in ("Location", "Topic")
    if entity.kind in ("Organization", "Location", "Topic"):
        return False
    sector = entity.id.partition(":")[2] if entity.kind == "Group" else ""
    if sector in NEUTRAL_SECTORS:
        return False
    if entity.kind == "Person":
        return entity.country is not None and bool(entity.roles)
    return True


def accusations(ctx: SentenceContext, verb: Token, triple: Triple) -> list[Triple]:
    """ "The US said Iraq had attacked Kuwait": the speaker accuses the actor (CAMEO 112).

    Only for an asserted, non-negated, non-conditional attack that is the speaker's own
    complement, reported by an accusing speaker (:func:`accusing_speaker`), and never when
    the speaker reports its own or its own country's act. A victim reporting the attack on
    itself accuses too ("Israel said Hamas attacked it").
    """
    if triple.negated:
        return []  # "Peru has not objected to the sanctions": nobody is accused
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_.lower() not in REPORTING_VERBS:
        return []  # only what the speaker's own complement says ("said Iraq attacked")
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children):
        return []
    speakers, _ = subjects(ctx, report)
    out = []
    for speaker in speakers:
        entity = speaker.entity
        if not accusing_speaker(entity, report):
            continue
        if entity.id == triple.subject.id:
            continue  # its own act ("Israel said it struck Gaza"); a victim's report accuses
        if entity.country and entity.country == triple.subject.country:
            continue  # "the U.S. Central Command said the United States struck": its own side
        out.append(
            triple.with_(
                subject=entity,
                relation="CRITICIZES",
                object=triple.subject,
                plover="ACCUSE",
                cameo="112",
                quad_class=3,
                modality="asserted",
                confidence=round(max(0.1, triple.confidence - ACCUSATION_PENALTY), 3),
                rule="reported-accusation",
            )
        )
    return out


def venue_place(ctx: SentenceContext, verb: Token, target: Arg) -> bool:
    """ "left Istanbul to attend Thursday's gathering in New York": the country a gathering
    (the lexicon's <venues>) is held in, reached as the owner of its in- or at-phrase, as the
    target of a trip's purpose; travelling to attend it states no intent to meet that country
    (a visit on a schedule does: "is scheduled to attend a summit in Switzerland")."""
    if target.via != "owner" or not travel_purpose(verb):
        return False
    prep = ctx.doc[target.token].head
    while prep.dep_ in ("compound", "conj", "appos") and prep.head != prep:
        prep = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    return prep.head.lemma_.lower() in ctx.lexicon.classes.get("venues", frozenset())


def stated_intent(
    triple: Triple, quad: int, reported: bool, acceptance: bool = False
) -> Triple | None:
    """The statement an announced act makes: "will supply" offers, "refused to meet" rejects.

    CAMEO codes an announced cooperative act as an offer (03), an announced material conflict
    as a threat (13) and a refused or negated cooperative act as a rejection (12). An appeal
    the subject announces as its own is made by the announcement, as CAMEO codes it (02: "Araoz
    said she will ask Congress to grant her cabinet powers", "vowed to seek approval from
    Congress"); other announced statements (criticism) derive nothing. An acceptance of a
    party's offer (``acceptance``: "said it would not accept Russia's proposal") is itself an
    agreement; only its refusal states something more, a rejection of the party (12).
    """
    if triple.relation in ANNOUNCED_APPEALS and not triple.negated:
        return triple.with_(
            modality="reported" if reported else "asserted",
            confidence=round(max(0.1, triple.confidence - INTENT_PENALTY), 3),
            rule="stated-appeal",
        )
    if acceptance and triple.negated and triple.relation == "OFFERS":
        pass  # "would not accept the Russian offer": rejects Russia
    elif triple.relation not in INTENT_ACTS:
        return None  # "will criticise": announcing a statement is no offer
    if quad == 4:
        if triple.negated:
            return None  # "would not dare attack Iran": no threat, and nothing rejected
        relation = "WARNS"
    else:
        relation = "REJECTS" if triple.negated else "OFFERS"
    rel = RELATIONS[relation]
    return triple.with_(
        relation=relation,
        plover=rel.plover,
        cameo=INTENT_CODES.get((relation, triple.relation), rel.cameo),
        quad_class=rel.quad_class,
        negated=False,
        modality="reported" if reported else "asserted",
        confidence=round(max(0.1, triple.confidence - INTENT_PENALTY), 3),
        rule="stated-intent",
    )


def pledged_intent(triple: Triple, verb: Token, noun: Token, quad: int) -> Triple | None:
    """ "Japan pledged support for Pakistan", "Iran threatened retaliation against Israel": a
    light verb of intent (:data:`PLEDGE_VERBS`) whose direct object is the event noun states the
    subject's own intent, as :func:`stated_intent` reads "pledged to support" (an offer, 03;
    a threat of force, 138). Proposing one's own cooperative act offers it ("Britain proposed
    a security treaty with the EU"); an act "between" others is not the subject's own. The
    pledge itself must be told as made: not negated, not hypothetical ("would pledge aid",
    "did not promise support": no statement). So does a readiness for a cooperative act ("Russia
    was ready for talks with the United States", "remains open to dialogue with Kiev")."""
    copula = readiness_copula(noun)
    if copula is not None:
        # "Russia was ready for talks with the US": an offer (only of cooperation: "ready for
        # war" is no stated threat here), the readiness told as held, not denied
        ready = clause_modality(copula)
        if quad > 2 or ready.negated or ready.modality == "hypothetical":
            return None
        return stated_intent(triple.with_(negated=False), quad, ready.modality == "reported")
    lemma = verb.lemma_.lower()
    if lemma not in PLEDGE_VERBS or noun.dep_ != "dobj" or noun.head != verb:
        return None
    if lemma in THREAT_VERBS and quad < 3:
        return None
    if lemma in PROPOSAL_VERBS and quad > 2:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return None  # "proposed a ceasefire between Israel and Hamas": a third party's appeal
    pledge = clause_modality(verb)
    if pledge.negated or pledge.modality == "hypothetical":
        return None
    return stated_intent(triple.with_(negated=False), quad, reported=pledge.modality == "reported")
