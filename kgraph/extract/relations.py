"""Relation extraction: who does what to whom, read from the dependency parse with a lexicon.

:func:`extract_relations` runs the verbal rules (:mod:`kgraph.extract.rules_verbal`) and the
nominal rules (:mod:`kgraph.extract.rules_nominal`) over each sentence, with cues from the
packaged lexicon (:mod:`kgraph.extract.lexicon`), adds modality and negation
(:mod:`kgraph.extract.modality`), and emits ``LEADER_OF`` triples from the titles actor
resolution read ("Venezuelan President Nicolas Maduro").

Rules (the ``rule`` field of a triple) and their base confidence:

====================  =====  =============================================================
rule                  base   shape
====================  =====  =============================================================
appositive-title      0.90   "Venezuelan President Nicolas Maduro" (LEADER_OF)
active-svo            0.85   "Russia supplied Venezuela"
prep-object           0.80   "Maduro met with Putin", "sanctions on Iran"
passive-agent         0.80   "talks were mediated by Norway"
reduced-relative      0.75   "negotiations ..., mediated by Norway"
relative-clause       0.75   "Putin, who said he backed negotiations"
nominal-agentive      0.75   "Moscow has been one of Maduro's biggest backers"
conj-subject          0.75   "Moscow has been ... and has provided loans"
control-subject       0.70   "Russia agreed to send troops"
control-object        0.70   "warning Putin against sending Maduro assistance"
dative-object         0.70   "sending Maduro military assistance"
locative-relative     0.70   "Venezuela, where Russia has major energy investments"
joint-subject         0.70   "Putin and Maduro attend a meeting"
nominal-poss          0.70   "Russia's support for Maduro"
nominal-by            0.70   "an attack on Kiev by Russian forces"
nominal-light-verb    0.70   "Maduro left for a state visit to Russia"
nominal-modifier      0.65   "U.S. sanctions on Iran"
participle-subject    0.65   "Meeting Maduro in Moscow, Putin said ..."
nominal-between       0.60   "talks between the government and the opposition"
locative-target       0.55   "rebels killed ten people in Iraq" (no named target: the country
                             where it happens)
stated-intent         -0.10  "Russia will supply arms to Syria" -> RUS OFFERS SYR (from the
                             hypothetical SUPPLIES; a refused or "would not" cooperative act
                             -> REJECTS; an announced attack or sanction -> WARNS; announced
                             statements derive nothing), 0.10 below the act's confidence
reported-accusation   -0.20  "The US said Iraq attacked Kuwait" -> USA CRITICIZES IRQ (the
                             speaker accuses), 0.20 below the reported act's confidence
====================  =====  =============================================================

Deductions: 0.10 for an argument reached through a pronoun ("he" -> Putin); 0.05 for one
reached through an owner ("the military in Venezuela" -> VEN) or a group ("a group of
lawmakers"); 0.05 for a topic object; 0.03 for every dependency edge beyond four between an
argument and the cue; 0.05 for a reported mention. Confidence never drops below 0.10.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon import load_lexicon
from kgraph.extract.modality import REPORTING_VERBS, clause_modality, noun_modality, under_report
from kgraph.extract.rules_args import Arg, SentenceContext, index_actors, sector_entity
from kgraph.extract.rules_nominal import nominal_candidates
from kgraph.extract.rules_verbal import Candidate, subjects, verbal_candidates
from kgraph.model import Document, Evidence, Triple
from kgraph.ontology import RELATIONS, canonical

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kgraph.extract.spans import ActorSpan

RULE_CONFIDENCE: dict[str, float] = {
    "appositive-title": 0.90,
    "active-svo": 0.85,
    "prep-object": 0.80,
    "passive-agent": 0.80,
    "reduced-relative": 0.75,
    "relative-clause": 0.75,
    "nominal-agentive": 0.75,
    "conj-subject": 0.75,
    "control-subject": 0.70,
    "control-object": 0.70,
    "dative-object": 0.70,
    "locative-relative": 0.70,
    "joint-subject": 0.70,
    "nominal-poss": 0.70,
    "nominal-by": 0.70,
    "nominal-light-verb": 0.70,
    "nominal-modifier": 0.65,
    "participle-subject": 0.65,
    "nominal-between": 0.60,
    "locative-target": 0.55,
}
VIA_PENALTY = {"pronoun": 0.10, "owner": 0.05, "member": 0.05, "topic": 0.05}
EDGE_PENALTY = 0.03
FREE_EDGES = 4
REPORTED_PENALTY = 0.05
INTENT_PENALTY = 0.10
ACCUSATION_PENALTY = 0.20
# Acts whose announcement CAMEO codes as an offer (03), a rejection (12) or a threat (13).
INTENT_ACTS = frozenset(
    {"MEETS", "VISITS", "HOSTS", "MEDIATES", "NEGOTIATES_WITH", "BACKS", "RECOGNIZES",
     "AGREES_WITH", "COOPERATES_WITH", "INVESTS_IN", "SUPPLIES", "DEPLOYS_TO", "CONCEDES_TO",
     "SANCTIONS", "COERCES", "ATTACKS", "MOBILIZES_AGAINST"}
)
# Rules whose subject is the subject of the clause that states an intent ("Russia will send").
INTENT_RULES = frozenset(
    {"active-svo", "prep-object", "dative-object", "conj-subject", "control-subject",
     "joint-subject", "relative-clause", "participle-subject", "nominal-light-verb"}
)
# Title words naming the group a leader leads rather than the country.
TITLE_SECTORS = {"opposition": "OPP", "rebel": "REB", "insurgent": "REB", "party": "PTY"}


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth_a:
            return n + depth_a[t.i]
    return len(up_a) + n


def confidence(rule: str, args: list[Arg], distances: list[int], modality: str) -> float:
    """The confidence of a mention, from the table in this module's docstring."""
    score = RULE_CONFIDENCE.get(rule, 0.6)
    for arg in args:
        score -= VIA_PENALTY.get(arg.via, 0.0)
    for dist in distances:
        score -= EDGE_PENALTY * max(0, dist - FREE_EDGES)
    if modality == "reported":
        score -= REPORTED_PENALTY
    return round(max(0.10, score), 3)


def _evidence(sent: Span, text: str, doc_id: str) -> Evidence:
    """The sentence without its surrounding whitespace, with offsets into ``text``."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return Evidence(doc_id, sent.text, sent.start_char, sent.end_char)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Evidence(doc_id, text[start:end], start, end)


def _triple(
    cand: Candidate, ctx: SentenceContext, evidence: Evidence, date: str | None
) -> list[Triple]:
    doc = ctx.doc
    anchor = doc[cand.anchor]
    if cand.noun is not None:
        noun = doc[cand.noun]
        clause = noun_modality(noun, anchor if anchor.i != noun.i else None)
        cue_token = noun
    else:
        clause = clause_modality(anchor)
        cue_token = anchor
    distances = [tree_distance(doc[a.token], cue_token) for a in (cand.subject, cand.object)]
    score = confidence(cand.rule, [cand.subject, cand.object], distances, clause.modality)
    triple = Triple(
        subject=cand.subject.entity,
        relation=cand.relation,
        object=cand.object.entity,
        evidence=evidence,
        plover=cand.cue.plover,
        cameo=cand.cue.cameo,
        quad_class=cand.cue.quad_class,
        negated=clause.negated,
        modality=clause.modality,
        confidence=score,
        date=date,
        rule=cand.rule,
    )
    out = [triple]
    if clause.modality == "reported" and cand.relation == "ATTACKS" and cand.noun is None:
        out.extend(_accusations(ctx, anchor, triple))
    if clause.intent and cand.rule in INTENT_RULES and cand.object.entity.kind != "Topic":
        stated = _stated_intent(triple, cand.cue.quad_class, under_report(anchor))
        if stated is not None:
            out.append(stated)
            if stated.relation == "OFFERS" and cand.rule == "joint-subject":
                # "Brazil and the US seek to deepen a partnership": each offers the other
                out.append(stated.with_(subject=stated.object, object=stated.subject))
    return out


def _accusations(ctx: SentenceContext, verb: Token, triple: Triple) -> list[Triple]:
    """"The US said Iraq had attacked Kuwait": the speaker accuses the actor (CAMEO 112).

    Only for attacks reported by a state, group, person or IGO (not the media), and never
    when the speaker reports its own or its own country's act.
    """
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_.lower() not in REPORTING_VERBS:
        return []  # only what the speaker's own complement says ("said Iraq attacked")
    speakers, _ = subjects(ctx, report)
    out = []
    for speaker in speakers:
        entity = speaker.entity
        if entity.kind in ("Organization", "Location", "Topic") or entity.id.endswith(":MED"):
            continue  # the media report, they do not accuse
        if entity.id in (triple.subject.id, triple.object.id):
            continue
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


def _stated_intent(triple: Triple, quad: int, reported: bool) -> Triple | None:
    """The statement an announced act makes: "will supply" offers, "refused to meet" rejects.

    CAMEO codes an announced cooperative act as an offer (03), an announced material conflict
    as a threat (13) and a refused or negated cooperative act as a rejection (12). Announced
    statements (appeals, criticism) derive nothing.
    """
    if triple.relation not in INTENT_ACTS:
        return None  # "will ask NATO", "will criticise": announcing a statement is no offer
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
        cameo=rel.cameo,
        quad_class=rel.quad_class,
        negated=False,
        modality="reported" if reported else "asserted",
        confidence=round(max(0.1, triple.confidence - INTENT_PENALTY), 3),
        rule="stated-intent",
    )


def _leader_triples(
    actors: list[ActorSpan], sent: Span, evidence: Evidence, date: str | None
) -> list[Triple]:
    out = []
    for actor in actors:
        if actor.leader_of is None or not (sent.start <= actor.head < sent.end):
            continue
        if actor.leader_of.id == actor.entity.id:
            continue
        leads = actor.leader_of
        role = (actor.role or "").lower()
        if leads.kind == "Country":
            # "opposition leader Juan Guaido" leads the opposition, not the country
            sector = next((s for word, s in TITLE_SECTORS.items() if word in role), None)
            if sector:
                leads = sector_entity(leads, sector)
        out.append(
            Triple(
                subject=actor.entity,
                relation="LEADER_OF",
                object=leads,
                evidence=evidence,
                confidence=RULE_CONFIDENCE["appositive-title"],
                date=date,
                rule="appositive-title",
                role=actor.role,
            )
        )
    return out


def extract_relations(doc: Doc, actors: list[ActorSpan], document: Document) -> list[Triple]:
    """Read the relation mentions of a parsed document.

    Args:
        doc: the parsed document (dependency parse and lemmas needed).
        actors: its resolved actor mentions (from ``find_actors``); ``is_place`` spans are only
            used as targets ("visit to Russia"), never as actors.
        document: the article, for its id and date.

    Returns:
        One triple per relation mention and sentence; symmetric relations once per pair, in
        canonical order.
    """
    lexicon = load_lexicon()
    ordered = sorted(actors, key=lambda a: (a.start, a.end))
    actor_at = index_actors(ordered)
    triples: dict[tuple[object, ...], Triple] = {}
    leaders = [a for a in ordered if a.leader_of is not None]
    prev_start = 0
    text = doc.text  # built once: Doc.text joins every token
    for sent in doc.sents:
        ctx = SentenceContext(doc, sent, lexicon, actor_at, ordered, prev_start)
        prev_start = sent.start
        if not any(i in actor_at for i in range(sent.start, sent.end)):
            continue  # every rule needs an actor in the sentence
        candidates = [
            c for c in (*verbal_candidates(ctx), *nominal_candidates(ctx))
            if c.subject.entity.kind != "Topic" and c.subject.entity.id != c.object.entity.id
        ]
        sent_leaders = [a for a in leaders if sent.start <= a.head < sent.end]
        if not candidates and not sent_leaders:
            continue
        evidence = _evidence(sent, text, document.id)
        found = _leader_triples(sent_leaders, sent, evidence, document.date)
        for cand in candidates:
            found.extend(_triple(cand, ctx, evidence, document.date))
        for triple in found:
            triple = canonical(triple)
            key = (triple.subject.id, triple.relation, triple.object.id, triple.negated,
                   triple.modality, evidence.start)
            kept = triples.get(key)
            if kept is None or kept.confidence < triple.confidence:
                triples[key] = triple
    return list(triples.values())
