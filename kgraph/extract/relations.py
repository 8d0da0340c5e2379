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
opening-participle    0.75   "Backed by Ankara and Tehran, the Iraqi government demanded ..." (a
                             passive participle with a by-agent opening the sentence is done to
                             its clause's subject)
relative-clause       0.75   "Putin, who said he backed negotiations"
nominal-agentive      0.75   "Moscow has been one of Maduro's biggest backers"
conj-subject          0.75   "Moscow has been ... and has provided loans"
control-subject       0.70   "Russia agreed to send troops"
control-object        0.70   "warning Putin against sending Maduro assistance"
dative-object         0.70   "sending Maduro military assistance"
locative-relative     0.70   "Venezuela, where Russia has major energy investments"
joint-subject         0.70   "Putin and Maduro attend a meeting"; "X and Y clashed" (each
                             attacks the other)
joint-agentive        0.65   "China and Saudi Arabia are strategic partners" (a plural agent noun
                             of the lexicon's <mutual_agents> said of joint subjects: each pair,
                             both ways; :mod:`kgraph.extract.rules_agent_nouns`)
nominal-poss          0.70   "Russia's support for Maduro"
nominal-by            0.70   "an attack on Kiev by Russian forces"
nominal-light-verb    0.70   "Maduro left for a state visit to Russia"
owned-subject         0.65   "Trump's decision angered China" (the owner of an act that is the
                             subject of a verb of displeasing; :mod:`rules_verbal_subjects`)
nominal-modifier      0.65   "U.S. sanctions on Iran"
participle-subject    0.65   "Meeting Maduro in Moscow, Putin said ..."
gerund-subject        0.65   "Moscow complained about Washington imposing sanctions" (the
                             object of a preposition of concern right before a gerund)
nominal-between       0.60   "talks between the government and the opposition"
locative-target       0.55   "rebels killed ten people in Iraq" (no named target: the country
                             where it happens)
passive-origin        0.55   "a rocket was fired at Israel from Gaza" (no agent: the country
                             of the place an attack came from)
complement-subject    0.70   "Germany demanded that the US withdraw" (a demand's or appeal's
                             target is its that-clause's subject)
for-complement        0.65   "Germany called for Russia to withdraw" (an appeal verb's for-to
                             clause subject is the one asked; :mod:`kgraph.extract.rules_implicit`)
instrument-subject    0.65   "US drone strikes killed six militants" (the owner of an attack
                             or a weapon that kills, hits ... is the attacker)
casualty-instrument   0.65   "ten Syrian soldiers died in Israeli air strikes" (the owner of
                             the attack a verb of dying names; :mod:`rules_casualties`)
casualty-clause       0.60   "52 policemen were killed when militants attacked a patrol" (the
                             attacker of a when- or after-clause; :mod:`rules_casualties`)
passive-state         0.55   "a journalist was arrested in Egypt" (an act of state in the
                             passive with no agent: the country where it happens)
passive-home-state    0.50   "Indonesia's parliament speaker is being investigated" (no place)
passive-entry         0.55   "Maduro's minister was denied entry to the United States" (no
                             agent: the country to be entered; :mod:`kgraph.extract.rules_entry`)
passive-summons       0.55   "Qatar's envoy was summoned to the Egyptian foreign ministry" (no
                             agent: the ministry's state, a place's, the reporting state body's
                             or the dateline's; :mod:`kgraph.extract.rules_summoned`)
nominal-participation 0.60   "Taiwan's position in talks with Washington" (its owner takes part)
nominal-copula        0.60   "the Assembly's vote was a rejection of X" (the copula's subject)
copula-adjective      0.65   "Sanders was critical of Clinton" (an adjective cue after a copula;
                             :mod:`kgraph.extract.rules_adjective`)
label-object          0.65   "Warren called Trump a liar", "Russia called the U.S. decision
                             illegal" (a labelling verb, a label of the lexicon's <insults> or
                             <praise_labels> class; :mod:`kgraph.extract.rules_label`)
denied-charge         0.65   "Saudi Arabia says Qatar funds militants, a charge Doha denies" ->
                             SAU CRITICIZES (112) QAT (:mod:`kgraph.extract.rules_denied`)
phone-call            0.65   "Lavrov told Tillerson in a phone call", "Merkel and Putin spoke by
                             phone" -> MEETS 041 (:mod:`kgraph.extract.rules_call`)
meeting-addressee     0.60   "Putin told Erdogan at a meeting in Sochi that ..." -> MEETS 040 (a
                             verb of telling done at a meeting that names no partner of its
                             own; :mod:`kgraph.extract.rules_call`)
captive-object        0.70   "Gunmen took two Turkish engineers hostage", "hostages held by the
                             group" -> ATTACKS 181 (:mod:`kgraph.extract.rules_hostage`)
held-by-armed         0.60   "Coleman and Boyle were held by the Haqqani network": a person held
                             by an armed group is its captive -> ATTACKS 181
                             (:mod:`kgraph.extract.rules_hostage`)
stationed-troops      0.65   "the United States, which has 28,500 troops stationed in South
                             Korea", "U.S. troops deployed in Japan" -> DEPLOYS_TO 074
                             (:mod:`kgraph.extract.rules_garrison`)
hyphen-agent          0.65   "U.S.-backed Syrian rebels", "Iran-backed Hezbollah fighters" -> the
                             name before the participle BACKS (051) the noun's actor
                             (:mod:`kgraph.extract.rules_hyphen`)
hyphen-dyad           0.60   "the U.S.-China talks", "a Putin-Trump meeting" -> the two actors
                             joined by the dash MEETS/NEGOTIATES_WITH/... each other
                             (a symmetric between-cue only; :mod:`kgraph.extract.rules_hyphen`)
seized-power          0.60   "the army seized power", "the military took power in a coup" -> the
                             armed group COERCES (170) its country's government
                             (:mod:`kgraph.extract.rules_coup`)
nominal-adjunct       0.60   "Putin said during a visit to Beijing", "In a meeting with Kerry,
                             Lavrov said" (an ownerless meeting, visit or talks noun in a
                             circumstance phrase is the clause subject's; not a pronoun's)
armed-adjunct         0.55   "Turkish troops crossed the border during an offensive against the
                             YPG" (an ownerless attack noun in a during/in-phrase is an armed
                             subject's; not when the verb is suffered: "died in an attack on")
nominal-control       0.65   "Egypt's refusal to negotiate with Sudan", "a decision by Congress
                             to sanction Iran" (the owner of a decision, intent or refusal noun
                             does its infinitive; :mod:`kgraph.extract.rules_control`)
nominal-recipient     0.65   "Iran faced criticism from France", "Israel rejected an offer by
                             Syria" (a statement or attack noun received or answered by the
                             verb's subject; :mod:`kgraph.extract.rules_recipient`)
nominal-concessive    0.60   "Boehner resigned amid opposition from fellow Republicans",
                             "fired missiles in defiance of U.N. sanctions" (a statement noun
                             with its actor in a despite/amid-phrase is aimed at the verb's
                             subject, or a passive's patient; not attacks; run with the
                             recipient rules)
refusal-object        0.60   "Russia refused to engage on our draft resolution, a U.S. spokesman
                             said" (the party named by, or owning, the object of a refused act;
                             "we/our" in reported speech is the speaker;
                             :mod:`kgraph.extract.rules_refusal`)
state-patient         0.55   "Turkish police arrested four people" -> TUR:COP COERCES TUR:CVL;
                             "four people were arrested in Turkey" -> TUR COERCES TUR:CVL (the
                             people of the place, or of the state's own country;
                             :mod:`kgraph.extract.rules_patient`)
nominal-finding       0.60   "a UN inquiry found that Syria used sarin" -> UN INVESTIGATES and
                             CRITICIZES (112) SYR (:mod:`kgraph.extract.rules_finding`)
nominal-allegation    0.60   "Riyadh's accusation that Iran armed the Houthis", "Pentagon
                             allegations that Moscow bombed ..." -> the owner CRITICIZES (112)
                             the that-clause's subject (:mod:`kgraph.extract.rules_allegation`)
nominal-demand        0.60   "Trump's demand that Mexico pay for the wall" -> DEMANDS (10);
                             "calls from X that he quit" -> APPEALS_TO (a demand or appeal
                             noun's owner asks its that-clause's subject; run with the
                             allegation rules)
stated-intent         -0.10  "Russia pledged to send troops to Syria", "Israel announced it
                             would free prisoners" -> OFFERS (the subject's own intent verb,
                             or its own announcement of a future act; a bare "will meet" or a
                             plan set by others derives nothing); a refused or "would not"
                             cooperative act -> REJECTS; an announced attack or sanction ->
                             WARNS (:mod:`kgraph.extract.rules_derived`)
stated-appeal         -0.10  "Araoz said she will ask Congress to grant her cabinet powers",
                             "Trump vowed to seek approval from Congress" -> APPEALS_TO (an
                             appeal the subject announces as its own is made by it, CAMEO 02)
blame-complement      0.60   "Iran said Israel was behind the attack", "officials are confident
                             Russia was behind the hacks", "Democrats were to blame" -> the
                             speaker CRITICIZES (112) the one blamed
                             (:mod:`kgraph.extract.rules_complement`)
alleged-complement    0.60   "Jealous charged that Hogan lacked the courage", "Trump complained
                             that the Russian deployment violates the treaty" -> the speaker
                             CRITICIZES (112) the clause's subject (alleging verbs only)
accused-deed          0.55   "'Cassidy lied to my face,' Kimmel said", "Iran said Israel violated
                             the ceasefire" -> the speaker CRITICIZES (112) the wrongdoer
                             (:mod:`kgraph.extract.rules_complement`)
displeased-that       0.55   "I am disappointed that President Trump has chosen to ..." -> the
                             speaker CRITICIZES (111) the clause's subject
reported-accusation   -0.20  "Iran claimed that Israel attacked Syria", "The US said Iraq
                             attacked Kuwait" -> the speaker CRITICIZES the attacker: only an
                             alleging verb, or "said" by a state, IGO or titled person (not
                             the media, police, analysts); never over a negated attack
====================  =====  =============================================================

Candidates whose event is background ("sanctions on Russia for its annexation of Crimea"),
an event noun dated by a year long past ("the siege of Malta ... in 1565") or a
verb put decades back ("invaded Kuwait 27 years ago"), a state's
warning to its own civilians (travel advice), a politician's rally read as a protest, an
attack verb whose in-phrase names talks ("engaged North Korea in talks"), a state force
freeing captives (a rescue, no concession) or a warning whose that-clause names neither side
(a caution, no threat) are dropped (:mod:`kgraph.extract.rules_senses`).
A fight named by a noun with no armed party at either end ("the battle between Congress
and the NIH") is a quarrel, not an attack, and an event noun dated long ago by a year however
deep in its own phrase ("after the Sept. 11, 2001, attacks") or commemorated ("the anniversary
of Japan's attack on Pearl Harbor") is history: both are dropped too; a person's attack on a
civilian body ("Trump assailed the Justice Department") is CRITICIZES (111); an attack no
reading supports (a country attacking its own government, an instrument that is a named war,
a relative clause stranding its preposition) is dropped, as are troops sent to a place of the
sender's own country (no deployment to another party) and an exercise held in a country named
as such or at home (hosted, no show of force); an attack verb dated long ago by its in-phrase
is history; a person or unarmed body shooting back ("Rubio shot back at Trump") retorts,
CRITICIZES 111 (:mod:`kgraph.extract.rules_conflict`).

The rules reaching a party through a message, a travel noun, a decree, an actorless act of
state, a claim, a with-phrase of help or an in-protest phrase (``message-addressee``,
``message-sender``, ``travel-ban``, ``decree-subject``, ``nominal-state``,
``claimed-responsibility``, ``with-help``, ``in-protest``) have their table in
:mod:`kgraph.extract.rules_indirect`; the custody phrases
and the passive acts of state whose state is named by no actor (``custody-phrase``,
``custody-state``, ``person-home-state``, ``agent-home-state``, ``participle-state``,
``ordered-participle``, ``facing-charges``) in :mod:`kgraph.extract.rules_coerce`.

Deductions: 0.10 for an argument reached through a pronoun ("he" -> Putin); 0.05 for one
reached through an owner ("the military in Venezuela" -> VEN) or a group ("a group of
lawmakers"); 0.05 for a topic object; 0.03 for every dependency edge beyond four between an
argument and the cue; 0.05 for a reported mention. Confidence never drops below 0.10.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from kgraph.extract.args_context import Arg, SentenceContext, index_actors, sector_entity
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Lexicon, in_class, load_lexicon, words
from kgraph.extract.modality import cue_modality, noun_modality, under_report
from kgraph.extract.modality_history import dated_history
from kgraph.extract.modality_words import CONDITIONAL_MARKS
from kgraph.extract.paragraphs import heading
from kgraph.extract.rules_adjective import adjective_candidates
from kgraph.extract.rules_allegation import allegation_candidates
from kgraph.extract.rules_call import call_candidates, meeting_candidates
from kgraph.extract.rules_casualties import CONFIDENCE as CASUALTY_CONFIDENCE
from kgraph.extract.rules_casualties import casualty_candidates
from kgraph.extract.rules_coerce import CONFIDENCE as COERCE_CONFIDENCE
from kgraph.extract.rules_coerce import (
    coerce_candidates,
    diplomats_expelled,
    state_obstruction,
)
from kgraph.extract.rules_complement import CONFIDENCE as COMPLEMENT_CONFIDENCE
from kgraph.extract.rules_complement import complement_candidates
from kgraph.extract.rules_conflict import (
    dated_attack,
    home_deployment,
    hosted_exercise,
    implausible_attack,
    measure_answered,
    retort,
    struck_down,
    unarmed_fight,
    words_against_body,
)
from kgraph.extract.rules_coup import CONFIDENCE as COUP_CONFIDENCE
from kgraph.extract.rules_coup import RULE as COUP_RULE
from kgraph.extract.rules_coup import coup_candidates
from kgraph.extract.rules_denied import denied_candidates
from kgraph.extract.rules_derived import (
    INTENT_RULES,
    accusations,
    explicit_intent,
    pledged_intent,
    stated_intent,
    venue_place,
)
from kgraph.extract.rules_entry import entry_candidates
from kgraph.extract.rules_finding import finding_candidates
from kgraph.extract.rules_garrison import garrison_candidates
from kgraph.extract.rules_hostage import hostage_candidates
from kgraph.extract.rules_hyphen import dyad_candidates, has_dash_pair, hyphen_candidates
from kgraph.extract.rules_implicit import implicit_candidates
from kgraph.extract.rules_indirect import INDIRECT_CONFIDENCE, indirect_candidates
from kgraph.extract.rules_label import label_candidates
from kgraph.extract.rules_misread import (
    advance_notice,
    hosted_event,
    left_body,
    owning_noun,
    requester_target,
    talked_about_act,
    unsupplied_thing,
    view_topic,
)
from kgraph.extract.rules_movement import movement_bar
from kgraph.extract.rules_nominal import nominal_candidates
from kgraph.extract.rules_patient import patient_candidates
from kgraph.extract.rules_recipient import recipient_candidates
from kgraph.extract.rules_refusal import refusal_candidates
from kgraph.extract.rules_senses import (
    addressed_audience,
    background_reason,
    campaign_rally,
    cautionary_warning,
    confined_return,
    dated_past,
    home_funding,
    home_state,
    home_visit,
    labelled_doer,
    long_ago,
    media_interview,
    own_people_advice,
    peaceful_engagement,
    received_thing,
    rescue,
    unplaced_visit,
    unscheduled_motion,
    warning_as_criticism,
)
from kgraph.extract.rules_summoned import summons_candidates
from kgraph.extract.rules_threat import threat_candidates
from kgraph.extract.rules_verbal import Candidate, verbal_candidates
from kgraph.model import Document, Evidence, Triple
from kgraph.ontology import ARMED_SECTORS, RELATIONS, STATE_SECTORS, canonical

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kgraph.extract.spans import ActorSpan

RULE_CONFIDENCE: dict[str, float] = {
    "appositive-title": 0.90,
    "active-svo": 0.85,
    "prep-object": 0.80,
    "passive-agent": 0.80,
    "reduced-relative": 0.75,
    "opening-participle": 0.75,
    "relative-clause": 0.75,
    "message-relative": 0.65,
    "nominal-agentive": 0.75,
    "conj-subject": 0.75,
    "control-subject": 0.70,
    "control-object": 0.70,
    "dative-object": 0.70,
    "locative-relative": 0.70,
    "joint-subject": 0.70,
    "joint-agentive": 0.65,
    "nominal-poss": 0.70,
    "nominal-by": 0.70,
    "nominal-light-verb": 0.70,
    "owned-subject": 0.65,
    "nominal-modifier": 0.65,
    "participle-subject": 0.65,
    "gerund-subject": 0.65,
    "nominal-between": 0.60,
    "locative-target": 0.55,
    "passive-origin": 0.55,
    "complement-subject": 0.70,
    "for-complement": 0.65,
    "instrument-subject": 0.65,
    "passive-state": 0.55,
    "nominal-control": 0.65,
    "nominal-recipient": 0.65,
    "refusal-object": 0.60,
    "state-patient": 0.55,
    "nominal-finding": 0.60,
    "nominal-allegation": 0.60,
    "nominal-demand": 0.60,
    "nominal-concessive": 0.60,
    "passive-home-state": 0.50,
    "passive-summons": 0.55,
    "passive-entry": 0.55,
    "nominal-participation": 0.60,
    "nominal-copula": 0.60,
    "copula-adjective": 0.65,
    "nominal-adjunct": 0.60,
    "armed-adjunct": 0.55,
    "label-object": 0.65,
    "denied-charge": 0.65,
    "phone-call": 0.65,
    "meeting-addressee": 0.60,
    "captive-object": 0.70,
    "held-by-armed": 0.60,
    "stationed-troops": 0.65,
    "hyphen-agent": 0.65,
    "hyphen-dyad": 0.60,
    COUP_RULE: COUP_CONFIDENCE,
    **INDIRECT_CONFIDENCE,
    **COERCE_CONFIDENCE,
    **CASUALTY_CONFIDENCE,
    **COMPLEMENT_CONFIDENCE,
}
VIA_PENALTY = {"pronoun": 0.10, "owner": 0.05, "member": 0.05, "topic": 0.05}
EDGE_PENALTY = 0.03
FREE_EDGES = 4
REPORTED_PENALTY = 0.05
# Words before a title that make it a past or dead holder's ("former Yemeni president").
PAST_TITLE_WORDS = words("former late erstwhile onetime one-time deposed ousted")
# Attack cues that, between two named people, are words ("Sanders attacked Clinton").
VERBAL_ATTACK_HEADS = words("attack assault blast broadside salvo offensive")
# Clash cues that, with a person at either end, are a quarrel ("Obama clashed with Netanyahu").
VERBAL_CLASH_CUES = frozenset({"clash with"})
# Property-damage cues (CAMEO 171) that, aimed at an armed force, are military action (190):
# "France destroyed the Ivorian air force".
DESTRUCTION_HEADS = words("destroy demolish damage seize")
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
        clause = cue_modality(anchor, cand.relation, cand.cue.objects)
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
        out.extend(accusations(ctx, anchor, triple))
    if (
        clause.intent
        and cand.rule in INTENT_RULES
        and cand.object.entity.kind != "Topic"
        and explicit_intent(ctx, anchor, cand.subject, cand.relation)
        and not venue_place(ctx, anchor, cand.object)
    ):
        acceptance = cand.cue.head in ctx.lexicon.classes.get("owned_acceptances", frozenset())
        stated = stated_intent(triple, cand.cue.quad_class, under_report(anchor), acceptance)
        if stated is not None and stated.rule == "stated-appeal" and _conditional(anchor):
            stated = None  # "would ask Putin to withdraw if the fighting went on": no appeal yet
        if stated is not None:
            out.append(stated)
            if stated.relation == "OFFERS" and cand.rule == "joint-subject":
                # "Brazil and the US seek to deepen a partnership": each offers the other
                out.append(stated.with_(subject=stated.object, object=stated.subject))
    elif (
        cand.noun is not None
        and cand.rule == "nominal-light-verb"
        and cand.object.entity.kind != "Topic"
        and (pledged := pledged_intent(triple, anchor, doc[cand.noun], cand.cue.quad_class))
    ):
        out.append(pledged)  # "Japan pledged support for Pakistan": an offer of support
    return out


def _conditional(verb: Token) -> bool:
    """Whether a condition hangs on the verb or on a clause under it ("would ask Putin to
    withdraw if the fighting went on": the parser may hang the if-clause on either verb)."""
    return any(
        t.dep_ == "mark" and t.lower_ in CONDITIONAL_MARKS and t.head.dep_ == "advcl"
        for t in verb.subtree
    )


def _recoded(cand: Candidate, relation: str, cameo: str) -> Candidate:
    """The candidate read as another relation: its cue takes that relation's PLOVER type and
    QuadClass from the ontology, and the given CAMEO code."""
    rel = RELATIONS[relation]
    assert rel.plover is not None and rel.quad_class is not None  # an event relation
    cue = dataclasses.replace(
        cand.cue, relation=relation, plover=rel.plover, cameo=cameo, quad_class=rel.quad_class
    )
    return dataclasses.replace(cand, relation=relation, cue=cue)


def verbal_sense(cand: Candidate, doc: Doc, armed_men: frozenset[str]) -> Candidate:
    """ "Sanders attacked Clinton", "Trump's attacks against Bush": one named person attacking
    another does it in words (CRITICIZES), unless the cue can only be physical ("shot"). A
    leader attacking a country ("Putin said they will attack Iraq") keeps its sense. A person
    clashing with anyone ("Obama clashed with the Israeli leader") disapproves (CAMEO 110),
    unless that person stands for the armed men they own ("Saleh's forces clashed with Houthi
    fighters": ``armed_men``, the lexicon's <troops> and <armed_men> words)."""
    if cand.relation != "ATTACKS":
        return cand
    people = tuple(
        arg.entity.kind == "Person"
        and not (arg.via == "owner" and doc[arg.token].head.lemma_.lower() in armed_men)
        for arg in (cand.subject, cand.object)
    )
    if cand.cue.text in VERBAL_CLASH_CUES and any(people):
        code = "110"
    elif all(people) and ({cand.cue.head} | cand.cue.objects) & VERBAL_ATTACK_HEADS:
        code = "111"
    else:
        return cand
    return _recoded(cand, "CRITICIZES", code)


def statement_sense(
    cand: Candidate, doc: Doc, statements: frozenset[str], purposes: frozenset[str] = frozenset()
) -> Candidate:
    """ "Russia attacked the U.S. decision to expel its diplomats", "Trump attacked a judge's
    ruling": an attack on a decision, policy, ruling or remark (the lexicon's <statements>
    class), or one that labels its target ("attacked him as an attention-seeker"), is
    criticism (CRITICIZES, CAMEO 111), not an armed attack."""
    if cand.relation != "ATTACKS" or cand.noun is not None:
        return cand
    verb = doc[cand.anchor]
    if struck_down(verb):
        return cand  # "struck down a law": undone, no criticism (rules_conflict.measure_answered)
    attacked = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    attacked += [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if not any(t.lemma_.lower() in statements for t in attacked) and not _labelled(verb, purposes):
        return cand
    return _recoded(cand, "CRITICIZES", "111")


def _labelled(verb: Token, purposes: frozenset[str]) -> bool:
    """ "attacked Japan as a militarist power", "attacked NATO as reckless": an as-phrase
    naming what the target is (an adjective, or a noun with "a/an") makes the attack a
    label, said, not fought; a purpose ("as a warning", "as part of an offensive", the
    lexicon's <attack_purposes>) does not."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for word in prep.children:
            if word.pos_ == "ADJ":
                return True
            if (
                word.dep_ == "pobj"
                and word.pos_ == "NOUN"
                and word.lemma_.lower() not in purposes
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children)
            ):
                return True
    return False


def military_sense(cand: Candidate) -> Candidate:
    """ "France destroyed the Ivorian air force", "seized the town from government forces":
    destroying, damaging or seizing from an armed force (a MIL or REB group) is fighting it
    (ATTACKS, CAMEO 190), not seizing property (171)."""
    if cand.relation != "COERCES" or cand.cue.head not in DESTRUCTION_HEADS:
        return cand
    target = cand.object.entity
    if target.kind == "Person" or target.id.rpartition(":")[2] not in ARMED_SECTORS:
        return cand
    return _recoded(cand, "ATTACKS", "190")


def territory_sense(cand: Candidate, doc: Doc, territory: frozenset[str]) -> Candidate:
    """ "IS militants seized the Syrian town of al-Qaryatayn", "rebels seized Kidal": seizing
    a place, a country, or a noun of ground (the lexicon's <territory_nouns>) a country owns
    is occupying territory (CAMEO 192, PLOVER COERCE, as "occupy"), not seizing property
    (171: "seized two Russian compounds", "seized his assets")."""
    if cand.relation != "COERCES" or cand.cue.head != "seize" or cand.cue.cameo != "171":
        return cand
    target = cand.object.entity
    if target.kind == "Location" or (target.kind == "Country" and cand.object.via == "direct"):
        return _recoded(cand, "COERCES", "192")
    token = doc[cand.object.token]
    owned = token.head if token.dep_ in ("amod", "compound", "poss") else None
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        owned = token.head.head
    if target.kind == "Country" and owned is not None and owned.lemma_.lower() in territory:
        return _recoded(cand, "COERCES", "192")
    return cand


def official_protest(cand: Candidate) -> Candidate:
    """ "The Trump administration expelled 15 Cuban diplomats to protest Cuba's failure to
    protect staff": a state body (a group of ``STATE_SECTORS``), an IGO or a person holding a
    post who protests complains officially (CRITICIZES, CAMEO 114); PROTESTS (14) is a
    demonstration by people ("Thousands of Indonesians rallied to protest ...")."""
    if cand.relation != "PROTESTS" or cand.cue.head != "protest":
        return cand
    subject = cand.subject.entity
    sector = subject.id.rpartition(":")[2] if subject.kind == "Group" else ""
    if (
        sector in STATE_SECTORS
        or subject.kind == "IGO"
        or (subject.kind == "Person" and subject.roles)
    ):
        return _recoded(cand, "CRITICIZES", "114")
    return cand


def ground_taken(cand: Candidate, ctx: SentenceContext, taking: frozenset[str]) -> Candidate:
    """ "Iraqi forces captured Mosul from Islamic State": a verb of taking (the lexicon's
    <taking> class) whose from-phrase names a party (an actor itself, not a place or a place's
    owner: "Salem, from the town of Sirte, was captured") takes ground from that party by
    force: it ATTACKS the party (CAMEO 190), whatever the ground taken."""
    if cand.noun is not None or cand.relation not in ("COERCES", "ATTACKS"):
        return cand
    if cand.cue.head not in taking or cand.object.entity.kind == "Person":
        return cand
    verb = ctx.doc[cand.anchor]
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for arg in resolve_all(ctx, pobj, {cand.subject.entity.id}):
                    if arg.via != "owner" and arg.entity.kind not in ("Location", "Topic"):
                        party = dataclasses.replace(cand, object=arg, rule="prep-object")
                        return _recoded(party, "ATTACKS", "190")
    return cand


def _owned_noun(cand: Candidate, doc: Doc) -> Token | None:
    """The noun whose owner the candidate's object was read from ("Mnangagwa's removal",
    "the removal of Mnangagwa"), or None when the object is no such owner."""
    if cand.object.via != "owner":
        return None
    owner = doc[cand.object.token]
    noun = owner.head
    if owner.dep_ == "pobj" and noun.lower_ == "of":
        return noun.head
    return noun if owner.dep_ in ("poss", "compound") else None


def leadership_sense(cand: Candidate, doc: Doc, removals: frozenset[str]) -> Candidate:
    """ "Grace had been calling for Mnangagwa's removal", "demanded the resignation of the
    prime minister": an appeal or demand whose target is the owner of a removal noun (the
    lexicon's <removals> class) demands a change of that leader (DEMANDS, CAMEO 1041); the
    leader is not the one appealed to."""
    if cand.relation not in ("APPEALS_TO", "DEMANDS"):
        return cand
    if not in_class(_owned_noun(cand, doc), removals):
        return cand
    return _recoded(cand, "DEMANDS", "1041")


def undergone_owner(cand: Candidate, doc: Doc, undergone: frozenset[str]) -> bool:
    """Whether an appeal or demand reached its target as the owner of a noun the owner
    undergoes (the lexicon's <undergone> class): "called for Gorsuch's confirmation", "demanded
    the release of the journalists" ask someone else for it; or as the owner of a person it put
    forward (<asked_persons>): "asked Trump's nominee to recuse himself" asks the nominee."""
    if cand.relation not in ("APPEALS_TO", "DEMANDS"):
        return False
    return in_class(_owned_noun(cand, doc), undergone)


def troop_sense(cand: Candidate, doc: Doc, troops: frozenset[str]) -> Candidate:
    """ "Nigerian troops flew to Sudan": troops (a MIL actor named by a word of the lexicon's
    <troops> class) travelling to a place are deployed there (DEPLOYS_TO, CAMEO 074), not on a
    visit (042). "The Nigerian army chief flew to Sudan" stays a visit."""
    if cand.relation != "VISITS" or cand.subject.entity.id.rpartition(":")[2] != "MIL":
        return cand
    if doc[cand.subject.token].lemma_.lower() not in troops:
        return cand
    return _recoded(cand, "DEPLOYS_TO", "074")


def visit_host(cand: Candidate) -> Candidate:
    """ "Trump flew to Tokyo", "a trip to Beijing": a visit to a city, a province or a site is
    a visit to the country it lies in, as "visited Moscow" already reads (CAMEO 042 has a
    host, not an address), so a trip abroad joins the visitor's other edges with that country
    and a trip at home ("Obama flew to Chicago") meets the home-visit check. A region with no
    country ("Asia", "the Middle East") stays the place."""
    target = cand.object.entity
    if cand.relation != "VISITS" or target.kind != "Location" or not target.country:
        return cand
    from kgraph.resolve.gazetteer import country

    host = dataclasses.replace(cand.object, entity=country(target.country))
    return dataclasses.replace(cand, object=host)


def _past_or_no_name(doc: Doc, actor: ActorSpan) -> bool:
    """A title of the past ("Roberto Romulo, a former Philippine foreign minister", "the late
    President X") or a name starting lower case ("the president s foolish remarks")."""
    if doc[actor.start].text[:1].islower():
        return True
    title = (actor.role or "").lower().replace("-", " ").split()
    if not title:
        return False
    lo, hi = max(0, actor.start - 10), min(len(doc), actor.end + 10)
    # the title's first word nearest to the name ("former Yemeni president Ali Saleh")
    spots = [t.i for t in doc[lo:hi] if t.lower_ == title[0] and not actor.start <= t.i < actor.end]
    starts = [min(spots, key=lambda i: abs(i - actor.start))] if spots else []
    starts.append(actor.start)
    for start in starts:
        # back through the title's own noun phrase: names, adjectives, nouns, hyphens
        for token in reversed(doc[max(0, start - 7) : start]):
            word = token.lower_
            hyphened = token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
            if (
                word in PAST_TITLE_WORDS
                or word.startswith("ex-")
                or (word in ("then", "ex") and hyphened)
            ):
                return True
            # "two-time foreign minister", "a three-time president": a count of past terms
            if word.endswith("-time") or (
                word == "time" and token.i >= 1 and doc[token.i - 1].text == "-"
            ):
                return True
            if token.pos_ not in ("ADJ", "PROPN", "NOUN") and token.text not in ("-", "."):
                break
    return False


def _leader_triples(
    actors: list[ActorSpan], sent: Span, evidence: Evidence, date: str | None
) -> list[Triple]:
    out = []
    for actor in actors:
        if actor.leader_of is None or not (sent.start <= actor.head < sent.end):
            continue
        if actor.leader_of.id == actor.entity.id or _past_or_no_name(sent.doc, actor):
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


def own_leader(cand: Candidate) -> bool:
    """Whether a cooperative candidate (quad class 1 or 2) joins a country and a person who led
    that very country (the leaders table): "Syria's alliance with Assad", from an "its" bound to
    the wrong country, is no event between two parties."""
    from kgraph.resolve.gazetteer import load

    rel = RELATIONS.get(cand.relation)
    if rel is None or rel.quad_class not in (1, 2):
        return False
    ends = (cand.subject.entity, cand.object.entity)
    kinds = {e.kind for e in ends}
    if kinds != {"Country", "Person"}:
        return False
    country = next(e for e in ends if e.kind == "Country")
    person = next(e for e in ends if e.kind == "Person")
    return any(row.id == person.id and row.leader_of == country.id for row in load().leaders)


def placed_meeting(cand: Candidate) -> bool:
    """ "Obama met the Dalai Lama at the White House", "the leaders will meet at the summit in
    Manila": the at-phrase of a cooperative cue (CAMEO's "meet at") names where it happens; a
    place named there is no party to a meeting or an offer (only a blow or words are aimed
    "at" a place: "fired rockets at Sderot")."""
    rel = RELATIONS.get(cand.relation)
    return (
        cand.cue.prep == "at"
        and cand.object.entity.kind == "Location"
        and rel is not None
        and rel.quad_class in (1, 2)
    )


def called_for_thing(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """ "Schulz called for closer EU integration", "the party called for a streamlined EU":
    what a "call for" phrase names is what is asked for, not whom (the one asked is the
    subject of an infinitive: "called for Iran to withdraw", rule ``for-complement``). An
    actor read in the phrase is kept only as the owner of an act of the lexicon's event nouns,
    asked of that actor ("called for Russian help", "called for a U.S. investigation"); an
    actor named alone or owning a thing ("integration", "a streamlined EU") is no addressee;
    the owner of a removal ("called for Mnangagwa's removal") is the leader to be removed."""
    if cand.relation != "APPEALS_TO" or cand.cue.prep != "for" or cand.rule != "prep-object":
        return False
    if cand.object.via != "owner":
        return True
    owner = doc[cand.object.token]
    noun = owner.head
    if owner.dep_ == "pobj" and noun.lower_ in ("of", "by", "from"):
        noun = noun.head
    elif owner.dep_ not in ("poss", "compound", "amod", "nmod"):
        return True
    # "calling for Mnangagwa's removal": a demand for a change of leader (leadership_sense)
    removals = lexicon.classes.get("removals", frozenset())
    return noun.lemma_.lower() not in lexicon.nouns and not in_class(noun, removals)


def released_party(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """ "Washington demanded the release of Otto Warmbier", "protesters called for Suu Kyi's
    freedom": the one whose release (a noun of the lexicon's <releases>) is asked for is held
    by whoever is asked; the appeal or demand is not made of him."""
    if cand.relation not in ("APPEALS_TO", "DEMANDS"):
        return False
    releases = lexicon.classes.get("releases", frozenset())
    # "the release of Wa Lone and Kyaw Soe Oo"
    noun = owning_noun(doc[cand.object.token], ("poss", "compound"))
    return noun is not None and in_class(noun, releases)


def extract_relations(
    doc: Doc, actors: list[ActorSpan], document: Document, lexicon: Lexicon | None = None
) -> list[Triple]:
    """Read the relation mentions of a parsed document.

    Args:
        doc: the parsed document (dependency parse and lemmas needed).
        actors: its resolved actor mentions (from ``find_actors``); ``is_place`` spans are only
            used as targets ("visit to Russia"), never as actors.
        document: the article, for its id and date.
        lexicon: the cues to read (default: the packaged lexicon).

    Returns:
        One triple per relation mention and sentence; symmetric relations once per pair, in
        canonical order.
    """
    lexicon = lexicon or load_lexicon()
    troops = lexicon.classes.get("troops", frozenset())
    armed_men = troops | lexicon.classes.get("armed_men", frozenset())
    said = lexicon.classes.get("statements", frozenset())
    purposes = lexicon.classes.get("attack_purposes", frozenset())
    taking = lexicon.classes.get("taking", frozenset())
    territory = lexicon.classes.get("territory_nouns", frozenset())
    removals = lexicon.classes.get("removals", frozenset())
    undergone = lexicon.classes.get("undergone", frozenset()) | lexicon.classes.get(
        "asked_persons", frozenset()
    )
    ordered = sorted(actors, key=lambda a: (a.start, a.end))
    actor_at = index_actors(ordered)
    triples: dict[tuple[object, ...], Triple] = {}
    leaders = [a for a in ordered if a.leader_of is not None]
    prev_start = 0
    year = int(document.date[:4]) if document.date and document.date[:4].isdigit() else None
    text = doc.text  # built once: Doc.text joins every token
    for sent in doc.sents:
        ctx = SentenceContext(doc, sent, lexicon, actor_at, ordered, prev_start)
        prev_start = sent.start
        if not any(i in actor_at for i in range(sent.start, sent.end)) and not has_dash_pair(sent):
            continue  # every rule needs an actor in the sentence (hyphen-dyad its dash pair)
        if heading(sent):
            continue
        candidates = [
            leadership_sense(
                visit_host(
                    troop_sense(
                        territory_sense(
                            military_sense(
                                official_protest(
                                    ground_taken(
                                        statement_sense(
                                            verbal_sense(
                                                movement_bar(c, doc, lexicon), doc, armed_men
                                            ),
                                            doc,
                                            said,
                                            purposes,
                                        ),
                                        ctx,
                                        taking,
                                    )
                                )
                            ),
                            doc,
                            territory,
                        ),
                        doc,
                        troops,
                    )
                ),
                doc,
                removals,
            )
            for c in (
                *verbal_candidates(ctx),
                *nominal_candidates(ctx),
                *implicit_candidates(ctx),
                *casualty_candidates(ctx),
                *recipient_candidates(ctx),
                *refusal_candidates(ctx),
                *patient_candidates(ctx),
                *coerce_candidates(ctx),
                *finding_candidates(ctx),
                *allegation_candidates(ctx),
                *complement_candidates(ctx),
                *indirect_candidates(ctx),
                *adjective_candidates(ctx),
                *label_candidates(ctx),
                *denied_candidates(ctx),
                *call_candidates(ctx),
                *summons_candidates(ctx),
                *entry_candidates(ctx),
                *meeting_candidates(ctx),
                *hostage_candidates(ctx),
                *garrison_candidates(ctx),
                *coup_candidates(ctx),
                *hyphen_candidates(ctx),
                *dyad_candidates(ctx),
                *threat_candidates(ctx),
            )
            if c.subject.entity.kind != "Topic"
            and c.subject.entity.id != c.object.entity.id
            and not background_reason(c, doc, lexicon)
            and not campaign_rally(c, doc)
            and not dated_past(c, doc, year)
            and not long_ago(c, doc)
            and not dated_history(c, doc, year)
            and not own_people_advice(c)
            and not home_visit(c)
            and not unplaced_visit(c)
            and not home_state(c)
            and not home_funding(c, doc, lexicon)
            and not own_leader(c)
            and not labelled_doer(c, doc)
            and not confined_return(c, doc, lexicon)
            and not unscheduled_motion(c, ctx)
            and not received_thing(c, doc, lexicon)
            and not undergone_owner(c, doc, undergone)
            and not media_interview(c)
            and not addressed_audience(c, lexicon)
            and not peaceful_engagement(c, doc, lexicon)
            and not rescue(c, doc, lexicon)
            and not cautionary_warning(c, ctx)
            and not unarmed_fight(c, doc, lexicon)
            and not dated_attack(c, doc, year, lexicon)
            and not implausible_attack(c, doc, lexicon)
            and not measure_answered(c, doc, lexicon)
            and not home_deployment(c)
            and not hosted_exercise(c)
            and not placed_meeting(c)
            and not called_for_thing(c, doc, lexicon)
            and not released_party(c, doc, lexicon)
            and not left_body(c)
            and not unsupplied_thing(c, doc, lexicon)
            and not talked_about_act(c, doc)
            and not advance_notice(c, doc)
            and not requester_target(c, doc, lexicon)
            and not view_topic(c, doc, lexicon)
            and not hosted_event(c, doc, lexicon)
        ]
        candidates = [
            _recoded(c, "CRITICIZES", "111")
            if warning_as_criticism(c, ctx) or words_against_body(c, lexicon) or retort(c, doc)
            else _recoded(c, "SANCTIONS", "161")
            if diplomats_expelled(c, ctx)
            else _recoded(c, "COERCES", "191")
            if state_obstruction(c)
            else c
            for c in candidates
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
            key = (
                triple.subject.id,
                triple.relation,
                triple.object.id,
                triple.negated,
                triple.modality,
                evidence.start,
            )
            kept = triples.get(key)
            if kept is None or kept.confidence < triple.confidence:
                triples[key] = triple
    return list(triples.values())
