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
  in a dated simple present ("Obama visits Cuba in March": a schedule, an intent) ->
  hypothetical;
* a decision noun's infinitive ("the decision by Congress to sanction Iran") holds as the
  clause of the noun does;
* the complement of a reporting verb ("X said Y attacked Z") or of a report noun ("a report
  that ...") -> reported; of an allegation noun ("Riyadh's accusation that Iran armed the
  Houthis", "allegations that Moscow bombed ...") -> hypothetical, as "accused Iran of arming".

Hypothetical wins over reported; negation is independent of both. A clause's negation does
not reach an event noun it takes as given ("did not raise it during her talks with Putin").

The word classes these rules read are data, in ``kgraph/data/modality.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kgraph.extract.wordclasses import WordClasses

# The words of each class, with what the class is for, are in kgraph/data/modality.tsv.
CLASSES = WordClasses("modality.tsv")
FUTURE_AUX = CLASSES["future_aux"]
INTENT_AUX = CLASSES["intent_aux"]
INTENT_VERBS = CLASSES["intent_verbs"]
SUBJECT_INTENT_VERBS = CLASSES["subject_intent_verbs"]
INTENT_ADJECTIVES = CLASSES["intent_adjectives"]
REFUSAL_VERBS = CLASSES["refusal_verbs"]
NEGATIVE_CONTROL = CLASSES["negative_control"]
STANCE_VERBS = CLASSES["stance_verbs"]
IMPLICATIVE_VERBS = CLASSES["implicative_verbs"]
DECISION_VERBS = CLASSES["decision_verbs"]
PERFORMED_PURPOSES = CLASSES["performed_purposes"]
NOUN_INTENT_GOVERNORS = (INTENT_VERBS - CLASSES["audience_verbs"]) | CLASSES[
    "noun_intent_governors"
]
REPORTING_VERBS = CLASSES["reporting_verbs"]
ALLEGING_VERBS = CLASSES["alleging_verbs"]
CONTENDING_VERBS = CLASSES["contending_verbs"]
ALLEGED_ADVERBS = CLASSES["alleged_adverbs"]
POSSIBILITY_ADVERBS = CLASSES["possibility_adverbs"]
REPORT_NOUNS = CLASSES["report_nouns"]
FALSITY_ADJECTIVES = CLASSES["falsity_adjectives"]
RETRACTION_VERBS = CLASSES["retraction_verbs"]
DENIAL_VERBS = CLASSES["denial_verbs"]
ALLEGATION_NOUNS = CLASSES["allegation_nouns"]
BELIEF_VERBS = CLASSES["belief_verbs"]
MANDATIVE_VERBS = CLASSES["mandative_verbs"]
WARN_VERBS = CLASSES["warn_verbs"]
AIMING_VERBS = CLASSES["aiming_verbs"]
AIMING_PREPS = CLASSES["aiming_preps"]
SPEECH_PARTICIPLES = CLASSES["speech_participles"]
DECISION_NOUNS = CLASSES["decision_nouns"]
INTENT_NOUNS = CLASSES["intent_nouns"]
REFUSAL_NOUNS = CLASSES["refusal_nouns"]
CONTROL_NOUNS = DECISION_NOUNS | INTENT_NOUNS | REFUSAL_NOUNS
FUTURE_MODIFIERS = CLASSES["future_modifiers"]
PROSPECT_NOUNS = CLASSES["prospect_nouns"]
DISTANCE_WORDS = CLASSES["distance_words"]
DISTANCE_PREPS = CLASSES["distance_preps"]
CIRCUMSTANCE_PREPS = CLASSES["circumstance_preps"]
GIVEN_TIME_PREPS = CLASSES["given_time_preps"]
PAST_TIME_PREPS = CLASSES["past_time_preps"]
TOPIC_PREPS = CLASSES["topic_preps"]
CONDITIONAL_MARKS = CLASSES["conditional_marks"]
TIME_MARKS = CLASSES["time_marks"]
SCHEDULE_AUX = CLASSES["schedule_aux"]
PAST_DATE_WORDS = CLASSES["past_date_words"]
TIME_UNITS = CLASSES["time_units"]
NEXT_WORDS = CLASSES["next_words"]
PREPARING_VERBS = CLASSES["preparing_verbs"]
DATE_PREPS = CLASSES["date_preps"]

# Grammar, not words: dependency labels and relations.
SUBJECTS = ("nsubj", "nsubjpass")
# Arguments whose "no" determiner denies their verb's act.
NO_DET_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
TIME_ADVERBIALS = frozenset({"npadvmod", "tmod", "advmod", "pobj", "prep"})
# Relations a preparation does not yet do: material conflict. (Preparing an invasion is itself
# a mobilization, CAMEO 154; preparing talks is an intent, CAMEO 036.)
PREPARED_RELATIONS = frozenset({"ATTACKS", "COERCES", "SANCTIONS", "PROTESTS"})
# Relations a dated simple present puts on a schedule ("visits Cuba in March"); in others the
# present is a stance ("who Ankara blames for a coup in July": the date is the coup's).
SCHEDULED_RELATIONS = frozenset({"MEETS", "VISITS", "NEGOTIATES_WITH"})


def speech_participle(verb: Token) -> bool:
    """ "Trump said China can fix this, urging Beijing to act": a speech-act participle hung
    on the reported clause, which goes on with the speaker's own words."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_PARTICIPLES
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in REPORTING_VERBS
    )


def participle_conjunct(verb: Token) -> Token | None:
    """ "urging China to open its markets and calling on Russia": the participle a misparsed
    conjunct (hung on the first participle's infinitive) really belongs with."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and head.tag_ == "VB"
        and (head.dep_ == "xcomp" and head.head.tag_ == "VBG")
    ):
        return head.head
    return None


def finite_conjunct(verb: Token) -> Token | None:
    """ "Iran denies arming the Houthis and blames the war on Riyadh": a finite verb the parser
    conjoined to a gerund or infinitive complement belongs with that complement's governing
    verb (a tensed verb cannot continue a gerund); the governor, or None."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBZ", "VBD", "VBP")
        and head.tag_ in ("VBG", "VB")
        and head.dep_ in ("xcomp", "pcomp", "ccomp")
        and head.head.pos_ in ("VERB", "AUX")
    ):
        return head.head
    return None


def performed_purpose(verb: Token) -> bool:
    """ "expelled 15 diplomats to protest Cuba's failure", "took to Twitter to offer Strange his
    endorsement": a speech or stance act that is the purpose of an act told as done is done by
    that act."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and is_infinitive(verb)
        and verb.lemma_.lower() in PERFORMED_PURPOSES
        and verb.head.pos_ == "VERB"
        and verb.head.lemma_.lower() not in INTENT_VERBS | NEGATIVE_CONTROL
        and _done(verb.head)
    )


def _own_aux(token: Token) -> list[Token]:
    """A conjunct's own tense, mood or negation; an infinitive's "to" is none ("refusing to
    move the embassy or to recognize Jerusalem": the second act is refused too)."""
    return [
        c
        for c in token.children
        if c.dep_ in ("aux", "auxpass", "neg") and not (c.dep_ == "aux" and c.lower_ == "to")
    ]


def _contrasted(conjunct: Token) -> bool:
    """ "Russia is not attacking the rebels but instead helping Assad", "did not fight them but
    helped Assad": a conjunct joined by "but" to a denied verb is the act done instead, not
    denied with it (the first verb's tense, mood and report still hold)."""
    head = conjunct.head
    return any(
        c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < conjunct.i for c in head.children
    ) and any(c.dep_ == "neg" for c in head.children)


def _neither(subject: Token) -> bool:
    return any(c.lower_ == "neither" for c in subject.children)


def _no_argument(children: list[Token]) -> bool:
    """ "exported no oil to North Korea", "no country backed the plan": a ``no`` determiner on
    the verb's subject or object denies the act."""
    return any(
        c.dep_ in NO_DET_ARGUMENTS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in children
    )


def is_infinitive(token: Token) -> bool:
    """A to-infinitive: "to send" in "agreed to send"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


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


def _charge_denied_after(clause: Token, head: Token) -> bool:
    """ "India accused Pakistan of sheltering militants, a charge Islamabad denies", parsed
    with the accusation as the complement of "denies": the denial's object is an allegation
    noun after the clause, so the clause is said by its own subject, not denied."""
    if head.lemma_.lower() not in DENIAL_VERBS or clause.i > head.i:
        return False
    return any(
        c.dep_ == "dobj" and c.i > clause.i and c.lemma_.lower() in ALLEGATION_NOUNS
        for c in head.children
    )


def _denied_allegation(clause: Token, report: Token) -> bool:
    """Whether a reported clause is called an allegation that someone denies: ", a charge
    Doha denies" on the clause, or (as the parser also reads it) a denial beside it whose
    subject is the allegation noun."""
    for child in clause.children:
        if child.lemma_.lower() in ALLEGATION_NOUNS and any(
            c.dep_ == "relcl" and c.lemma_.lower() in DENIAL_VERBS for c in child.children
        ):
            return True
    return any(
        sibling.dep_ == "ccomp"
        and sibling.i > clause.i
        and sibling.lemma_.lower() in DENIAL_VERBS
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ALLEGATION_NOUNS for c in sibling.children
        )
        for sibling in report.children
    )


def _past_indicative(verb: Token) -> bool:
    """ "that he met", "that Iran had attacked": a past tense, which a mandate's subjunctive
    ("demanded that the US match", "urged that talks resume") never has."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def clause_modality(verb: Token) -> Modality:
    """The modality of a verb, from its own markers and the clauses above it."""
    hypothetical = reported = negated = False
    intent = blocked = False  # blocked: hypothetical for a reason that is no stated intent
    token = verb
    unnegated = -1  # a denied first conjunct whose negation its "but" conjunct does not share
    for _ in range(8):  # clause chains are short; bound the walk
        children = list(token.children)
        if token.i != unnegated and any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children
        ):
            negated = True
        if any(c.dep_ in ("nsubj", "nsubjpass") and _neither(c) for c in children):
            negated = True  # "neither Moscow nor Beijing supported it"
        if _no_argument(children):
            negated = True  # "exported no oil to North Korea"
        for c in children:
            if c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
                hypothetical = True
                intent = intent or c.lower_ in INTENT_AUX
                blocked = blocked or c.lower_ not in INTENT_AUX
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
            hypothetical = blocked = True
        if any(c.dep_ == "advmod" and c.lower_ in ALLEGED_ADVERBS for c in children):
            hypothetical = blocked = True
        if any(c.dep_ == "advmod" and c.lower_ in POSSIBILITY_ADVERBS for c in children):
            hypothetical = blocked = True  # "did not rule out possibly meeting Kim"
        if token is verb and future_time(children):
            hypothetical = True  # "Obama visits Britain next week" ("is due to meet ... next
            # Wednesday" still states an intent)
        dep, head = token.dep_, token.head
        if head == token:
            break
        if participle_conjunct(token) is not None:
            token = head.head  # the conjunct shares the first participle's clause
            continue
        if finite_conjunct(token) is not None:
            token = head.head  # the conjunct shares the governing verb's clause
            continue
        if speech_participle(token):
            token = head.head  # the speaker's own act: the reporting verb's modality
            continue
        head_lemma = head.lemma_.lower()
        if performed_purpose(token):
            token = head  # "expelled diplomats to protest": the protest is done as the expulsion
            continue
        if dep == "xcomp" or (dep in ("ccomp", "advcl") and is_infinitive(token)):
            object_control = any(c.dep_ in ("dobj", "dative") for c in head.children)
            if head_lemma in NEGATIVE_CONTROL:
                negated = True
                intent = intent or head_lemma in REFUSAL_VERBS
            elif head_lemma in IMPLICATIVE_VERBS:
                pass
            elif (
                head_lemma in DECISION_VERBS
                and dep == "xcomp"
                and _done(head)
                and not any(c.dep_ == "neg" for c in children)
            ):
                pass  # "Trump decided to recognize Jerusalem": as "Trump's decision to" ("decided
                # not to host" keeps its stated refusal)
            elif head_lemma in INTENT_VERBS or is_infinitive(token):
                hypothetical = True
                own = head_lemma in SUBJECT_INTENT_VERBS or (
                    head.pos_ == "ADJ" and head_lemma in INTENT_ADJECTIVES
                )
                if own and dep == "xcomp" and not object_control:
                    intent = True
                else:
                    blocked = True  # a purpose clause, or an appeal ("urged Russia to")
        elif dep == "ccomp" and _charge_denied_after(token, head):
            break  # "India accused Pakistan of ..., a charge Islamabad denies": not denied here
        elif dep == "ccomp":
            if head_lemma in NEGATIVE_CONTROL:
                negated = True
            elif head_lemma in BELIEF_VERBS or (
                head_lemma in MANDATIVE_VERBS and not _past_indicative(token)
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
                if _denied_allegation(token, head):
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
        elif dep in ("acl", "relcl") and head_lemma in REPORT_NOUNS and _judged_false(head):
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
        elif dep == "advcl" and _future_time_clause(token, children):
            hypothetical = blocked = True
            break
        elif dep == "acomp" and token.pos_ == "ADJ":
            # "Iran is (not) ready to resume talks": the copula's tense and negation; a
            # readiness denied ("is not ready to") states no refusal
            if any(c.dep_ == "neg" for c in head.children):
                negated = blocked = True
        elif dep == "conj":
            if _own_aux(token):
                # "has been ... and has provided": the conjunct carries its own tense
                break
            if _contrasted(token):
                unnegated = head.i  # "is not attacking X but (instead) helping Y"
        else:
            break
        token = head
    intent = intent and not blocked
    if hypothetical:
        return Modality("hypothetical", negated, intent)
    if not reported:
        reported = under_report(token)
    return Modality("reported" if reported else "asserted", negated, intent and negated)


def denied_stance(verb: Token) -> bool:
    """A stance verb denied in the simple present: "does not support", "do not recognize"
    (not "did not endorse", a past act not done; not "would not back", an intent; not "does
    not back out", a particle verb)."""
    if verb.lemma_.lower() not in STANCE_VERBS:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children) or any(c.dep_ == "prt" for c in children):
        return False
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].lemma_.lower() == "do" and auxes[0].tag_ in ("VBZ", "VBP")


def cue_modality(verb: Token, relation: str, objects: frozenset[str]) -> Modality:
    """The modality of a verb cue's act: its clause's (:func:`clause_modality`), but
    hypothetical (an intent) for a meeting or visit on a schedule (:func:`present_schedule`),
    and hypothetical when the cue is a verb of preparation whose object names the act ("Rebels
    prepared an attack in Mali": CAMEO's "prepare attack" pattern is no attack yet)."""
    clause = clause_modality(verb)
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


def future_time(children: list[Token]) -> bool:
    """Whether a verb's or an event noun's own time phrase lies ahead: "visits Britain next
    week", "his trip to Britain later this week", "meets Xi tomorrow", "in the coming days"."""
    for c in children:
        if c.dep_ not in TIME_ADVERBIALS:
            continue
        if c.lower_ == "tomorrow":
            return True
        later = c.lower_ == "later"  # "later this week", parsed either way round
        for unit in time_units(c):
            if unit.lower_ not in TIME_UNITS:
                continue
            marks = {d.lower_ for d in unit.children if d.dep_ in ("amod", "det", "advmod")}
            if marks & NEXT_WORDS or ("this" in marks and (later or "later" in marks)):
                return True
    return False


def date_phrase(token: Token) -> bool:
    """ "on Friday", "next week", "this month", "in January", "later this month": a time phrase
    the parser tags as a date, no past one ("last week") and no habit ("every night")."""
    dated = (
        (token.dep_ == "prep" and token.lower_ in DATE_PREPS)
        or token.dep_ in ("npadvmod", "tmod")
        or (token.dep_ == "advmod" and token.lower_ == "later")
    )
    return dated and any(
        unit.ent_type_ in ("DATE", "TIME")
        and not any(w.lower_ in PAST_DATE_WORDS for w in unit.subtree)
        and not any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in unit.children)
        for unit in time_units(token)
    )


def present_schedule(verb: Token) -> bool:
    """ "Obama visits Cuba in March", "Xi meets Trump on Thursday", "Merkel travels to Paris
    next week": a simple present with a date of its own and no auxiliary tells, in news, what
    is on the subject's schedule (what was done is told in the past tense). A year alone ("in
    2015"), a past date ("last week") or a time clause ("when he visits") is no schedule, nor
    is a day or month in a reported clause ("says it backs Syria on Monday": the parser hangs
    the saying's date there), only "next week", "later this month" and the like."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ in ("advcl", "acl", "amod"):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("when", "once", "whenever") for c in children):
        return False
    if future_time(children):
        return True
    if verb.dep_ == "ccomp":
        return False  # "says it backs Syria on Monday": the date may be the saying's
    return any(
        date_phrase(c) and not any(u.like_num and len(u) == 4 for u in time_units(c))
        for c in children
    )


def time_units(token: Token) -> list[Token]:
    """The time nouns of a time adverbial: "next week" itself, the object of "on Friday", and
    after "later" its noun phrase or its preposition's object ("later this month", "later in
    the month")."""
    if token.dep_ == "prep":
        return [c for c in token.children if c.dep_ == "pobj"]
    if token.lower_ == "later":
        units = [c for c in token.children if c.dep_ in ("npadvmod", "tmod")]
        return units + [u for c in token.children if c.dep_ == "prep" for u in c.children]
    return [token]


def _future_time_clause(clause: Token, children: list[Token]) -> bool:
    """ "when he travels to Europe next month, they'll ...": a present-tense time clause of a
    future main clause has not happened yet."""
    return (
        clause.tag_ in ("VBZ", "VBP")
        and any(
            (c.dep_ == "mark" and c.lower_ in TIME_MARKS)
            or (c.dep_ == "advmod" and c.lower_ in ("when", "once"))
            for c in children
        )
        and any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in clause.head.children)
    )


def _judged_false(report: Token) -> bool:
    """Whether a report noun is the subject of a predicate that calls it false or withdraws
    it ("the report was incorrect", "the story ... is wrong and was withdrawn")."""
    if report.dep_ not in ("nsubj", "nsubjpass"):
        return False
    predicate = report.head
    for verb in (predicate, *(c for c in predicate.children if c.dep_ == "conj")):
        if verb.lemma_.lower() in RETRACTION_VERBS:
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in FALSITY_ADJECTIVES for c in verb.children):
            return True
    return False


def under_report(token: Token) -> bool:
    """Whether a clause sits (through noun phrases) inside what a reporting verb says."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in REPORTING_VERBS:
            return True
    return False


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
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in DISTANCE_PREPS
        and (prep.head.lower_ in DISTANCE_WORDS or prep.head.lemma_.lower() in DISTANCE_WORDS)
    ):
        return Modality("hypothetical", negated)  # "no closer to a peace agreement"
    if governor is None:
        return Modality("asserted", negated)
    clause = clause_modality(governor)
    if clause.modality == "hypothetical" and _time_prep(noun, governor) in PAST_TIME_PREPS:
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
    if (
        governor.lemma_.lower() in NOUN_INTENT_GOVERNORS
        and noun.dep_ not in SUBJECTS
        and not circumstance
        and not topic
    ):
        modality, intent = "hypothetical", False  # "called for talks with", "proposed a visit"
    return Modality(modality, negated or (clause.negated and not _given(noun, governor)), intent)


def _given(noun: Token, governor: Token) -> bool:
    """Whether an event noun is taken as given below its governing verb, so that the verb's
    negation does not reach it: in a time phrase ("did not raise it during his visit").
    (A noun that presupposes an event, "did not give details of his trip", does not say that
    the event happened: the trip may still be ahead.)"""
    token = noun
    while token.head != governor and token.head != token:
        token = token.head
        if token.dep_ == "prep" and token.lower_ in GIVEN_TIME_PREPS:
            return True
    return token.dep_ == "prep" and token.lower_ in GIVEN_TIME_PREPS


def _time_prep(noun: Token, governor: Token) -> str:
    """The preposition of the time phrase under ``governor`` that holds an event noun ("after"
    in "sought to reassure China after Trump's call with ..."), or ''."""
    token = noun
    while token.head != governor and token.head != token:
        token = token.head
    return token.lower_ if token.dep_ == "prep" else ""


def told_clause(verb: Token) -> Token | None:
    """The past-tense verb whose purpose or intent an infinitive states ("sought" in "Japan
    sought to reassure China", "had agreed to strengthen ties"), or None: a time phrase
    on the infinitive names an event that surrounded or preceded what was told as done. Not
    a present or future governor ("plans to meet Xi during his visit": the visit is ahead)."""
    token = verb
    for _ in range(4):
        if not (
            token.dep_ == "xcomp" or (token.dep_ in ("ccomp", "advcl") and is_infinitive(token))
        ):
            return None
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return None
        if _done(token):
            return token
    return None


def _done(verb: Token) -> bool:
    """A past or perfect tense with no modal: "sought", "had sought", "has agreed"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].lemma_.lower() == "have"
        and auxes[0].dep_ == "aux"
    )
