"""Modality and negation of a relation cue: asserted, reported, hypothetical; negated or not.

Walking up from the cue's verb (or the verb governing a cue noun) through the clauses that
embed it:

* ``not``/``never`` on the verb, a ``no`` determiner on an event noun or on the verb's subject
  or object ("sent no troops"), a negative control verb ("refused to meet", "denied
  attacking", "failed to") or a refusal noun ("Egypt's refusal to negotiate") -> negated;
* a future or modal auxiliary ("will", "would", "may"), a future/intent control verb ("plans
  to", "agreed to send", "wants to") or adjective ("is ready to", "is due to"), an intent noun
  ("Russia's pledge to send"), an infinitive of purpose or of an effort noun ("efforts to
  undermine"), a conditional ("if", "unless"), an appeal ("urged X to"), or a warned-against act
  ("warning Putin against sending"), or an alleged act ("allegedly killed", "accused Iran of
  arming Hamas": the content of an accusation is no event asserted), or a meeting or visit
  in a dated simple present ("Obama visits Cuba in March": a schedule, an intent), or a
  present-tense when-clause under a present main clause ("when we export to the United
  States, they're exporting too": what happens as a rule) -> hypothetical;
* a decision noun's infinitive ("the decision by Congress to sanction Iran") holds as the
  clause of the noun does;
* the complement of a reporting verb ("X said Y attacked Z") or of a report noun ("a report
  that ...") -> reported; of an allegation noun ("Riyadh's accusation that Iran armed the
  Houthis", "allegations that Moscow bombed ...") -> hypothetical, as "accused Iran of arming".

Hypothetical wins over reported; negation is independent of both. A clause's negation does
not reach an event noun it takes as given ("did not raise it during her talks with Putin"),
and neither its negation nor its mood reaches the object of a verb that takes its object as
existing ("trying to counter Iran's support for Assad", "would not lift the embargo on Cuba").
A past-tense conjunct of a modal verb has its own tense ("will enable ... and drew criticism").

The word classes these rules read are data, in ``kgraph/data/modality.tsv`` (named in
:mod:`kgraph.extract.modality_words`); the shapes the walk steps through are in
:mod:`kgraph.extract.modality_clauses` (conjuncts, participles, infinitives, tense),
:mod:`kgraph.extract.modality_negation` (negation and denial) and
:mod:`kgraph.extract.modality_time` (schedules, times ahead, events taken as given). A verb's
act dated long ago is history, left out (:mod:`kgraph.extract.modality_history`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kgraph.extract.modality_clauses import (
    commitment,
    finite_conjunct,
    going_future,
    is_infinitive,
    own_aux,
    participle_conjunct,
    past_indicative,
    past_or_perfect,
    performed_purpose,
    ranked_apposition,
    ranked_copula,
    readiness_copula,
    scheduled_copula,
    speech_participle,
    travel_purpose,
)
from kgraph.extract.modality_negation import (
    charge_denied_after,
    contrasted,
    denied_allegation,
    denied_stance,
    judged_false,
    neither,
    no_argument,
)
from kgraph.extract.modality_time import (
    future_time,
    future_time_clause,
    given_in_time,
    habitual_clause,
    happened_event,
    present_schedule,
    time_prep,
    told_clause,
)
from kgraph.extract.modality_words import (
    ABILITY_ADJECTIVES,
    AIMING_PREPS,
    AIMING_VERBS,
    ALLEGATION_NOUNS,
    ALLEGED_ADVERBS,
    ALLEGING_VERBS,
    ANSWERED_REQUESTS,
    ANSWERING_VERBS,
    BELIEF_VERBS,
    CESSATION_VERBS,
    CIRCUMSTANCE_PREPS,
    CONDITIONAL_MARKS,
    CONTENDING_VERBS,
    CONTINUING_VERBS,
    CONTROL_NOUNS,
    DECISION_VERBS,
    DENIAL_VERBS,
    DISTANCE_PREPS,
    DISTANCE_WORDS,
    FUTURE_AUX,
    FUTURE_MODIFIERS,
    IMPLICATIVE_VERBS,
    INABILITY_ADJECTIVES,
    INTENT_ADJECTIVES,
    INTENT_AUX,
    INTENT_NOUNS,
    INTENT_VERBS,
    LEAD_UP_FRAMES,
    MANDATIVE_VERBS,
    MEETING_PURPOSES,
    NEGATIVE_CONTROL,
    NOUN_INTENT_GOVERNORS,
    OPPOSING_VERBS,
    ORDERING_VERBS,
    PAST_TIME_PREPS,
    POLITE_WISH_VERBS,
    POSSIBILITY_ADVERBS,
    PREPARED_RELATIONS,
    PREPARING_VERBS,
    PRESUPPOSING_VERBS,
    PROSPECT_NOUNS,
    REFUSAL_NOUNS,
    REFUSAL_VERBS,
    REPORT_NOUNS,
    REPORTING_VERBS,
    SCHEDULE_PASSIVES,
    SCHEDULED_RELATIONS,
    SUBJECT_INTENT_VERBS,
    SUBJECTS,
    TOPIC_PREPS,
    WARN_VERBS,
)


@dataclass(frozen=True)
class Modality:
    """How a clause holds: ``asserted``/``reported``/``hypothetical``, negated, stated intent.

    ``intent`` marks a hypothetical (or refused) act its own subject announced: a future
    ("Russia will send"), an intent verb ("plans to", "agreed to", "wants to") or a refusal
    ("refused to meet"); CAMEO codes such statements as events of their own (offers, threats,
    rejections), which :mod:`kgraph.extract.relations` derives from them.
    """

    modality: str = "asserted"
    negated: bool = False
    intent: bool = False


def polite_wish(verb: Token, aux: Token) -> bool:
    """ "Germany would like Russia to withdraw": "would" with a verb of <polite_wish_verbs> is a
    wish stated now, as "wants" (not "could like", "will love")."""
    return aux.lower_ == "would" and verb.lemma_.lower() in POLITE_WISH_VERBS


def clause_modality(verb: Token, own_time: bool = True) -> Modality:
    """The modality of a verb, from its own markers and the clauses above it; with
    ``own_time`` false, a time ahead on the verb itself is not its act's ("is expected in
    Kampala next week": the expectation is stated now, of a visit ahead)."""
    hypothetical = reported = negated = False
    intent = blocked = False  # blocked: hypothetical for a reason that is no stated intent
    token = verb
    unnegated = -1  # a denied first conjunct whose negation its "but" conjunct does not share
    ongoing = -1  # a continuing verb whose future does not put its going complement ahead
    travelled = False  # a meeting a past travel was for: done, and the traveller's intent
    ceased = False  # negated by a verb of ending it ("stop investigating")
    # past an appeal's object control ("(never) asked Comey to investigate"): the appeal's own
    # negation is not its content's, which stays hypothetical
    appealed = False
    for _ in range(8):  # clause chains are short; bound the walk
        children = list(token.children)
        if (
            token.i != unnegated
            and not appealed
            and any(
                c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children
            )
        ):
            negated = True
        if not appealed and any(c.dep_ in ("nsubj", "nsubjpass") and neither(c) for c in children):
            negated = True  # "neither Moscow nor Beijing supported it"
        if not appealed and no_argument(children):
            negated = True  # "exported no oil to North Korea"
        for c in children:
            if c.dep_ == "aux" and c.lower_ in FUTURE_AUX and not polite_wish(token, c):
                # "would continue to press Ankara": pressing now, and said to go on
                hypothetical = hypothetical or token.i != ongoing
                intent = intent or c.lower_ in INTENT_AUX
                blocked = blocked or c.lower_ not in INTENT_AUX
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
            hypothetical = blocked = True
        if any(c.dep_ == "advmod" and c.lower_ in ALLEGED_ADVERBS for c in children):
            hypothetical = blocked = True
        if any(c.dep_ == "advmod" and c.lower_ in POSSIBILITY_ADVERBS for c in children):
            hypothetical = blocked = True  # "did not rule out possibly meeting Kim"
        if token is verb and own_time and future_time(children):
            hypothetical = True  # "Obama visits Britain next week" ("is due to meet ... next
            # Wednesday" still states an intent)
        dep, head = token.dep_, token.head
        if head == token:
            break
        if participle_conjunct(token) is not None:
            token = head.head  # the conjunct shares the first participle's clause
            continue
        governing = finite_conjunct(token)
        if governing is not None:
            token = governing  # the conjunct shares the governing verb's clause
            continue
        if speech_participle(token):
            token = head.head  # the speaker's own act: the reporting verb's modality
            continue
        head_lemma = head.lemma_.lower()
        if performed_purpose(token):
            token = head  # "expelled diplomats to protest": the protest is done as the expulsion
            continue
        copula = ranked_copula(token)
        if copula is not None:
            token = copula  # "became the first country to sanction": the copula's act and tense
            continue
        if ranked_apposition(token) is not None:
            break  # "Obama, the first U.S. president to visit Cuba, ...": told as done
        if dep == "xcomp" or (dep in ("ccomp", "advcl") and is_infinitive(token)):
            object_control = any(c.dep_ in ("dobj", "dative") for c in head.children)
            if dep == "xcomp" and going_future(head):
                # "is going to ask Congress": a future, an intent as "will ask" states
                hypothetical = intent = True
            elif head_lemma in NEGATIVE_CONTROL:
                negated = True
                ceased = ceased or head_lemma in CESSATION_VERBS
                intent = intent or head_lemma in REFUSAL_VERBS
            elif past_ability(head):
                # "Trump was able to seize on them", "was unable to meet him": done, or not
                negated = negated or head_lemma in INABILITY_ADJECTIVES
            elif head_lemma in OPPOSING_VERBS:
                hypothetical = blocked = True  # "China opposes sending troops to Syria"
            elif head_lemma in IMPLICATIVE_VERBS:
                if (
                    head_lemma in CONTINUING_VERBS
                    and dep == "xcomp"
                    and not conditioned(head)
                    and not conditioned(token)
                ):
                    ongoing = head.i  # "will continue to work with Rubio" (not "... if elected")
            elif (
                head_lemma in DECISION_VERBS
                and dep == "xcomp"
                and past_or_perfect(head)
                and not any(c.dep_ == "neg" for c in children)
            ):
                pass  # "Trump decided to recognize Jerusalem": as "Trump's decision to" ("decided
                # not to host" keeps its stated refusal)
            elif travel_purpose(token):
                # "flew to New York to meet Trump": an intended act, the traveller's own; a
                # meeting it was for is told as done with the travel ("visited Washington this
                # week to meet their U.S. counterparts"), not a meeting a trip ahead is for
                intent = True
                if token.lemma_.lower() in MEETING_PURPOSES and past_or_perfect(head):
                    travelled = True
                else:
                    hypothetical = True
            elif head_lemma in INTENT_VERBS or is_infinitive(token):
                hypothetical = True
                # "is ready to", and "is set to travel", "is prepared to": a participle with
                # its passive auxiliary is the adjective too
                own = (
                    head_lemma in SUBJECT_INTENT_VERBS
                    or (
                        head_lemma in INTENT_ADJECTIVES
                        and (
                            head.pos_ == "ADJ"
                            # "with Abe set to meet Trump": the absolute construction's participle
                            or any(
                                c.dep_ == "auxpass" or (c.dep_ == "mark" and c.lower_ == "with")
                                for c in head.children
                            )
                        )
                    )
                    or scheduled_copula(token)  # "Tillerson is to meet Putin"
                )
                if own and dep == "xcomp" and not object_control:
                    intent = True
                else:
                    blocked = True  # a purpose clause, or an appeal ("urged Russia to")
                if object_control and head.pos_ == "VERB":
                    # "asked Comey to stop investigating Flynn": the act asked to end goes on
                    appealed = True
                    negated = negated and not ceased
        elif (committed := commitment(token)) is not None:
            # "is committed to working with Seoul": the commitment's act is still to come
            hypothetical = intent = True
            token = committed
            continue
        elif dep == "ccomp" and charge_denied_after(token, head):
            break  # "India accused Pakistan of ..., a charge Islamabad denies": not denied here
        elif dep == "ccomp":
            if head_lemma in NEGATIVE_CONTROL:
                negated = True
            elif (
                head_lemma in BELIEF_VERBS
                or (head_lemma in MANDATIVE_VERBS and not past_indicative(token))
                or (head_lemma in OPPOSING_VERBS and token.tag_ == "VBG")
            ):
                hypothetical = blocked = True
            elif head_lemma in MANDATIVE_VERBS:
                # "asked about revelations that he met with Russia's ambassador": a past
                # tense is no mandate's subjunctive ("demanded that the US match ..."); the
                # complement is something that happened, with its own status
                break
            elif head_lemma in REPORTING_VERBS:
                if head_lemma in CONTENDING_VERBS:
                    hypothetical = blocked = True
                if denied_allegation(token, head):
                    # "Kenya said Somalia armed the rebels, a charge Mogadishu denies": the
                    # content of a disputed accusation, not a reported fact
                    hypothetical = blocked = True
                reported = True
                break  # what the speaker's clause does is not this clause's modality
            else:
                break  # "would not certify that Iran is complying": the complement's own status
        elif dep == "acl" and is_infinitive(token) and head_lemma in CONTROL_NOUNS:
            # "Egypt's refusal to negotiate", "Russia's pledge to send troops", "the decision by
            # Congress to sanction Iran": the noun's owner refuses, announces or does the act
            if head_lemma in REFUSAL_NOUNS:
                negated = intent = True
            elif head_lemma in INTENT_NOUNS:
                hypothetical = intent = True
            break
        elif dep in ("acl", "relcl") and is_infinitive(token):
            hypothetical = blocked = True  # "efforts to undermine him", "a bid to invade"
            break
        elif dep in ("acl", "relcl") and head_lemma in REPORT_NOUNS and judged_false(head):
            # "reports that Russia had attacked Georgia were incorrect", "the story 'Kushner
            # visits Iraq' ... was wrong and was withdrawn": what the report says did not happen
            reported = negated = True
            break
        elif (
            dep in ("acl", "relcl")
            and head_lemma in REPORT_NOUNS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        ):
            # "refuted a report that ElBaradei had collaborated with Iran"
            reported = True
            if head_lemma in ALLEGATION_NOUNS:
                # "Riyadh's accusation that Iran armed the Houthis": the content of an
                # allegation is no event asserted (as "accused Iran of arming")
                hypothetical = blocked = True
            if head.head.lemma_.lower() in DENIAL_VERBS:
                negated = True
            break
        elif dep == "pcomp":
            prep = head
            if prep.lower_ in ("against", "from") and prep.head.lemma_.lower() in WARN_VERBS:
                return Modality("hypothetical", negated)  # "warning Putin against sending"
            if prep.lower_ in ("without", "instead"):
                negated = True
            if prep.lower_ in AIMING_PREPS and prep.head.lemma_.lower() in AIMING_VERBS:
                # "a visit aimed at pushing back against Chinese influence": a purpose
                hypothetical = blocked = True
            if prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in ALLEGING_VERBS:
                return Modality("hypothetical", negated)  # "accused Iran of arming Hamas"
            if prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in PROSPECT_NOUNS:
                # "his hopes of brokering a peace deal", "the risk of Russia attacking"
                return Modality("hypothetical", negated)
            token = prep.head
            continue
        elif dep == "advcl" and (
            future_time_clause(token, children) or habitual_clause(token, children)
        ):
            hypothetical = blocked = True
            break
        elif dep == "acomp" and token.pos_ == "ADJ":
            # "Iran is (not) ready to resume talks": the copula's tense and negation; a
            # readiness denied ("is not ready to") states no refusal
            if any(c.dep_ == "neg" for c in head.children):
                negated = blocked = True
        elif dep == "conj":
            if own_aux(token):
                # "has been ... and has provided": the conjunct carries its own tense
                break
            if token.tag_ == "VBD" and any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children
            ):
                # "will enable people to travel and drew strong criticism": a past tense is
                # no conjunct of a modal (which takes a bare verb); it has its own tense
                break
            if contrasted(token):
                unnegated = head.i  # "is not attacking X but (instead) helping Y"
        else:
            break
        token = head
    intent = intent and not blocked
    if hypothetical:
        return Modality("hypothetical", negated, intent)
    if not reported:
        reported = under_report(token)
    # a going act said to go on ("will continue to work with Rubio") keeps the statement's intent
    stated = intent and (negated or ongoing >= 0 or travelled)
    return Modality("reported" if reported else "asserted", negated, stated)


def past_ability(adjective: Token) -> bool:
    """ "was able to", "had been unable to": an adjective of ability whose copula is in the past
    or perfect tense (``ability_adjectives``, ``inability_adjectives``); "is able to", "will be
    able to" tell a capacity."""
    return (
        adjective.lemma_.lower() in ABILITY_ADJECTIVES | INABILITY_ADJECTIVES
        and adjective.dep_ == "acomp"
        and past_or_perfect(adjective.head)
    )


def conditioned(verb: Token) -> bool:
    """Whether a verb has a conditional clause of its own: "will continue to supply arms if
    Assad pays", "would continue to normalize ties if elected"."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children
    )


def cue_modality(verb: Token, relation: str, objects: frozenset[str]) -> Modality:
    """The modality of a verb cue's act: its clause's (:func:`clause_modality`), but
    hypothetical (an intent) for a meeting or visit on a schedule (:func:`present_schedule`),
    and hypothetical when the cue is a verb of preparation whose object names the act ("Rebels
    prepared an attack in Mali": CAMEO's "prepare attack" pattern is no attack yet)."""
    # "is expected in Kampala next week" (OFFERS 036, rules_travel.expected_visit_candidates)
    expectation = relation == "OFFERS" and verb.lemma_.lower() in SCHEDULE_PASSIVES
    clause = clause_modality(verb, own_time=not expectation)
    if relation == "REJECTS" and denied_stance(verb):
        # "Germany does not support the decision": the denial is the rejection's own act
        return Modality(clause.modality, False, clause.intent)
    if relation in SCHEDULED_RELATIONS and present_schedule(verb):
        # "Obama visits Cuba in March", "meets Putin on Monday": on the subject's schedule
        # (CAMEO's 036, :func:`kgraph.extract.rules_derived.dated_future`)
        return Modality("hypothetical", clause.negated, intent=not clause.negated)
    if objects and relation in PREPARED_RELATIONS and verb.lemma_.lower() in PREPARING_VERBS:
        return Modality("hypothetical", clause.negated)
    return clause


def under_report(token: Token) -> bool:
    """Whether a clause sits (through noun phrases) inside what a reporting verb says."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in REPORTING_VERBS:
            return True
    return False


def presupposed(noun: Token, governor: Token) -> bool:
    """Whether an event noun (or a conjunct of it) is the direct object of a verb that takes
    its object as existing: "counter Iran's support", "lift sanctions", "discredit him and his
    probe" (``presupposing_verbs``)."""
    top = noun
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    return (
        top.dep_ == "dobj"
        and top.head == governor
        and governor.lemma_.lower() in PRESUPPOSING_VERBS
    )


def answered_request(noun: Token, governor: Token) -> bool:
    """Whether an owned request noun (``answered_requests``) is what a verb of answering
    (``answering_verbs``) answers: its direct object, or the object of its with-, to- or
    in-phrase ("will not accept U.S. demands", "refused to comply with Washington's request",
    "would not bow to Chinese pressure"). The request was made; only the answer is denied or
    ahead."""
    if (
        noun.lemma_.lower() not in ANSWERED_REQUESTS
        or governor.lemma_.lower() not in ANSWERING_VERBS
    ):
        return False
    if not any(c.dep_ in ("poss", "compound") for c in noun.children):
        return False  # "will not accept demands for talks": no one said to make them
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in noun.children):
        return False  # "will not accept any U.S. demands": none said to be made
    top = noun
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    if top.dep_ == "dobj":
        return top.head == governor
    prep = top.head
    return (
        top.dep_ == "pobj"
        and prep.lower_ in ("with", "to", "in")
        and prep.dep_ in ("prep", "prt")
        and prep.head == governor
    )


def _lead_up(noun: Token) -> bool:
    """Whether an event noun is the of/to/for-object of a word of the time before it
    (``lead_up_frames``): "ahead of his visit", "on the eve of the summit", "in the run-up to
    the talks" (the parser splits "run-up": "run" a compound of "up")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "to", "for"):
        return False
    frame = prep.head
    if frame.lower_ in LEAD_UP_FRAMES:
        return True
    before = [c.lower_ for c in frame.lefts if c.dep_ == "compound"]
    return bool(before) and f"{before[-1]}-{frame.lower_}" in LEAD_UP_FRAMES


def noun_modality(noun: Token, governor: Token | None) -> Modality:
    """Modality of an event noun: its governing verb's, plus a ``no`` determiner and
    modifiers of events yet to come ("a planned meeting", "a possible deal")."""
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in FUTURE_MODIFIERS for c in noun.children):
        return Modality("hypothetical", negated)
    if future_time(list(noun.children)):
        return Modality("hypothetical", negated)  # "his trip to Britain later this week"
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "for")
        and prep.head.lemma_.lower() in PROSPECT_NOUNS
    ):
        return Modality("hypothetical", negated)  # "the prospects of a deal with the US"
    if _lead_up(noun) and not happened_event(noun):
        return Modality("hypothetical", negated)  # "ahead of Trump's visit to Asia"
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in DISTANCE_PREPS
        and (prep.head.lower_ in DISTANCE_WORDS or prep.head.lemma_.lower() in DISTANCE_WORDS)
    ):
        return Modality("hypothetical", negated)  # "no closer to a peace agreement"
    if readiness_copula(noun) is not None:
        return Modality("hypothetical", negated)  # "was ready for talks with the US"
    if governor is None:
        return Modality("asserted", negated)
    if presupposed(noun, governor) or answered_request(noun, governor):
        # "trying to counter Iranian support for Assad", "did not lift sanctions on Russia":
        # the object of the plan or denial is there; only the report reaches it
        return Modality("reported" if under_report(governor) else "asserted", negated)
    clause = clause_modality(governor)
    if clause.modality == "hypothetical" and happened_event(noun):
        # "could seriously harm the existing cooperation between Iran and Iraq", "briefed
        # peers on her visit to Washington last week", "punish Russia for its annexation"
        return Modality("reported" if under_report(governor) else "asserted", negated)
    if clause.modality == "hypothetical" and time_prep(noun, governor) in PAST_TIME_PREPS:
        told = told_clause(governor)
        if told is not None:
            clause = clause_modality(told)  # "sought to reassure China after the call with"
    modality, intent = clause.modality, clause.intent
    # "urged restraint in a phone call with Merkel", "As a result of negotiations with Iraq,
    # Iraq agreed to ...": a circumstance of the act, not its object
    top = noun
    while top.head != governor and top.head != top:
        top = top.head
    circumstance = top.dep_ == "prep" and top.lower_ in CIRCUMSTANCE_PREPS
    # "asked about Moscow's retaliation", "asked Putin about Russia's attacks": what a question
    # is about is no thing asked for
    topic = top.dep_ == "prep" and top.lower_ in TOPIC_PREPS
    # "Obama ordered the expulsion of 35 Russians": an order told as given does the act
    ordered = (
        governor.lemma_.lower() in ORDERING_VERBS
        and top.dep_ == "dobj"
        and top.head == governor
        and past_or_perfect(governor)
    )
    if (
        governor.lemma_.lower() in NOUN_INTENT_GOVERNORS
        and noun.dep_ not in SUBJECTS
        and not circumstance
        and not topic
        and not ordered
    ):
        modality, intent = "hypothetical", False  # "called for talks with", "proposed a visit"
    # "failing to disclose the content of his talks with Kislyak", "did not condemn Israel's
    # raid": the clause's negation denies the governing act, not an event the noun says happened
    kept = given_in_time(noun, governor) or happened_event(noun)
    return Modality(modality, negated or (clause.negated and not kept), intent)
