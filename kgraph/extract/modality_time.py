"""Time in the modality rules: acts ahead (a schedule, a future time) and events taken as given.

* a verb or event noun with a time phrase that lies ahead ("visits Britain next week", "his
  trip later this week") or a dated simple present ("Obama visits Cuba in March") is not yet
  done;
* a present time clause of a future main clause ("when he travels to Europe next month, they'll")
  has not happened yet;
* an event noun in a time phrase is taken as given ("did not raise it during his visit"), and
  one before or after a past act whose intent an infinitive states happened ("sought to
  reassure China after the call with");
* an event noun that says it happened is no act of a modal or intent governor: a going or
  done event ("the existing cooperation between", "her visit to Washington last week"), or
  an owned event reacted to ("punish Russia for its annexation of Crimea", "in response to
  Russia's annexation"); "its planned talks", "a possible visit" stay ahead.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.modality_clauses import is_infinitive, past_or_perfect
from kgraph.extract.modality_words import (
    ACCOUNT_NOUNS,
    AS_TIME_ADVERBS,
    CONCESSIVE_NOUNS,
    CONCESSIVE_PREPS,
    DATE_PREPS,
    DONE_PARTICIPLES,
    GIVEN_MODIFIERS,
    GIVEN_TIME_PREPS,
    INTENT_AUX,
    MEETING_PURPOSES,
    NEXT_WORDS,
    PART_NOUNS,
    PAST_DATE_WORDS,
    REACTING_VERBS,
    REACTION_NOUNS,
    SCHEDULE_NOUNS,
    TIME_ADVERBIALS,
    TIME_MARKS,
    TIME_UNITS,
    TOPIC_PREPS,
    TOPIC_VERBS,
    TRAVEL_VERBS,
)


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


def future_time_clause(clause: Token, children: list[Token]) -> bool:
    """ "when he travels to Europe next month, they'll ...": a present-tense time clause of a
    future main clause has not happened yet. The main clause is the nearest tensed verb above
    the clause, past a participle the parser hung it on ("he would discuss stopping fentanyl
    manufactured in China when he meets Xi")."""
    main = tensed_governor(clause.head)
    # "as soon as he arrives" (the clause hung on "soon"), or a bare "as" of a trip or meeting
    # on the schedule ("will hold talks as he visits Moscow"); not another bare "as": "will
    # testify as the committee investigates Russian interference" tells what goes on meanwhile
    timed_as = clause.head.lower_ in AS_TIME_ADVERBS or clause.lemma_.lower() in (
        TRAVEL_VERBS | MEETING_PURPOSES
    )
    return (
        clause.tag_ in ("VBZ", "VBP")
        and any(
            (c.dep_ == "mark" and (c.lower_ in TIME_MARKS or (c.lower_ == "as" and timed_as)))
            or (c.dep_ == "advmod" and c.lower_ in ("when", "once"))
            for c in children
        )
        and main is not None
        and any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in main.children)
    )


def habitual_clause(clause: Token, children: list[Token]) -> bool:
    """ "when we export to the United States, they're exporting too", "whenever Iran tests a
    missile, Israel protests": a present-tense when-clause under a present main clause tells
    what happens as a rule, no event that happened (a past main clause, or one of no tense,
    is left to its own reading)."""
    if clause.tag_ not in ("VBZ", "VBP") or not any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whenever") for c in children
    ):
        return False
    main = tensed_governor(clause.head)
    if main is None or main.tag_ == "VBD":
        return False
    auxes = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    return main.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def tensed_governor(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` with a tense or an auxiliary of its own: "discuss"
    of "would discuss stopping fentanyl manufactured in China", not the participles; or None."""
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX") and (
            node.tag_ in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in ("aux", "auxpass") for c in node.children)
        ):
            return node
    return None


def given_in_time(noun: Token, governor: Token) -> bool:
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


def time_prep(noun: Token, governor: Token) -> str:
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
        if past_or_perfect(token):
            return token
    return None


def happened_event(noun: Token) -> bool:
    """Whether an event noun says its event happened, whatever the clause above it: a modifier
    of a going or done event ("the existing cooperation between", "recent talks with", "last
    week's talks", ``given_modifiers``), the of-object of an account or a share of it ("the
    content of his talks with Kislyak", ``account_nouns``; "as part of its probe",
    ``part_nouns``), a past date of its own ("her visit to Washington last
    week", "talks two days ago"), an owned event spoken about ("a statement about his contacts
    with Russia", ``topic_preps``), or an owned event reacted to: the of-, to- or for-object of a
    reaction noun ("in response to Russia's attack", ``reaction_nouns``; not "in the wake of":
    background) or the object of a reacting verb ("punish Russia for its annexation", "condemn
    Israel's raid", ``reacting_verbs``), which a possessive owner makes a given event ("condemn
    any attack" is none) unless a time ahead stands above it ("about Obama's trip to Cuba later
    this month")."""
    for c in noun.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in GIVEN_MODIFIERS:
            return True
        if c.dep_ == "poss" and any(
            g.dep_ == "amod" and g.lower_ in ("last", "yesterday") for g in c.children
        ):
            return True  # "last week's talks"
        if c.dep_ == "poss" and c.lower_ == "yesterday":
            return True
        if c.dep_ in ("npadvmod", "tmod", "advmod") and past_date(c):
            return True  # "her visit to Washington last week", "talks two days ago"
        if done_participle(c):
            return True  # "under a deal struck between Turnbull and Obama"
    if _past_date_after(noun):
        return True
    top = noun
    while top.dep_ == "conj" and top.head != top:
        top = top.head  # "its annexation of Crimea and support for ..."
    head = top.head
    # "to allay concerns about Obama's trip to Cuba later this month": a time ahead above the
    # noun may be its own (the parser hangs it high)
    ahead = any(future_time(list(a.children)) for a in noun.ancestors)
    owned = not ahead and any(c.dep_ == "poss" for c in noun.children)
    definite = not ahead and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if top.dep_ == "pobj" and head.lower_ in TOPIC_PREPS and owned:
        return True  # "will make a statement about his contacts with Russia"
    if conceded(top) and not any(
        c.dep_ == "det" and c.lower_ in ("any", "no") for c in noun.children
    ):
        return True  # "would keep the port open despite a missile attack by the Houthis"
    if (
        top.dep_ == "dobj"
        and head.lemma_.lower() in TOPIC_VERBS
        and owned
        and noun.lemma_.lower() not in SCHEDULE_NOUNS
    ):
        return True  # "to discuss Trump's recognition of Jerusalem"
    if top.dep_ == "pobj" and head.lower_ in ("of", "to", "for"):
        if head.head.lemma_.lower() in REACTION_NOUNS and (owned or definite):
            return True  # not "in response to any attack"
        account = head.lower_ == "of" and head.head.lemma_.lower() in ACCOUNT_NOUNS | PART_NOUNS
        if account and (owned or definite):
            # "failing to disclose the content of his talks with Kislyak", "to force Manafort
            # to appear as part of its probe into Russia's role"
            return True
        reacted = head.lower_ in ("for", "to") and head.head.lemma_.lower() in REACTING_VERBS
    else:
        reacted = top.dep_ == "dobj" and head.lemma_.lower() in REACTING_VERBS
    return reacted and owned


def conceded(noun: Token) -> bool:
    """ "despite a missile attack", "amid fighting between", "in the face of opposition from":
    the object of a concessive phrase (``concessive_preps``, ``concessive_nouns``)."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in CONCESSIVE_NOUNS:
        inner = prep.head  # "in spite of", "in the face of"
        return inner.dep_ == "pobj" and inner.head.lower_ == "in"
    return prep.dep_ == "prep" and prep.lower_ in CONCESSIVE_PREPS


def done_participle(modifier: Token) -> bool:
    """ "a deal struck between Turnbull and Obama", "a plan agreed by Russia and Iran": a past
    participle of a done act (``done_participles``) that modifies an event noun, with no
    auxiliary, negation or time ahead of its own."""
    children = list(modifier.children)
    return (
        modifier.dep_ == "acl"
        and modifier.tag_ == "VBN"
        and modifier.lemma_.lower() in DONE_PARTICIPLES
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in children)
        and not future_time(children)
    )


def _past_date_after(noun: Token) -> bool:
    """ "briefed peers on her visit to Washington last week" with "last week" hung on a word
    above the noun: a past date right after the noun's phrase, on one of its heads, is the
    event's own."""
    end = max(t.i for t in noun.subtree) + 1
    if end >= len(noun.doc):
        return False
    date = noun.doc[end]
    for _ in range(2):
        if date.dep_ in ("npadvmod", "tmod") or date.head == date:
            break
        date = date.head
    return (
        date.dep_ in ("npadvmod", "tmod")
        and min(t.i for t in date.subtree) == end
        and date.head in set(noun.ancestors)
        and past_date(date)
    )


def past_date(token: Token) -> bool:
    """ "last week", "two days ago", "yesterday", "earlier this month": a time phrase with a
    word of a past date in it (``past_date_words``)."""
    return any(t.lower_ in PAST_DATE_WORDS for t in token.subtree)
