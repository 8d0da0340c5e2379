"""Sense checks that drop a candidate whose cue, read in its sentence, names no fresh event.

Seventeen shapes, each a general reading of where the cue stands (the word classes are data, in
``kgraph/data/lexicon.tsv``):

=================  ==========================================================================
check              shape
=================  ==========================================================================
background-reason  "sanctions imposed on Russia for its annexation of Crimea", "the row over
                   China's seizure of the reef": an event named inside the reason phrase of a
                   sanction, a criticism or a dispute (``over``; ``for`` after a word of the
                   ``<reason_governors>`` class; ``because of``, ``in response to``) is the
                   background of the sentence's own event, not a new event of this sentence.
dated-past         "the siege of Malta by Ottoman Turks in 1565", "the 1991 invasion of
                   Kuwait": an event noun dated by a year at least ``HISTORY_YEARS`` before
                   the article's (a year modifier, or an in-phrase with a year on the noun or
                   on the verb it is the object of) is history named as background, not an
                   event of this article. Recent background ("Russia's annexation of Crimea
                   in 2014" in a 2017 article) is coded, as NEWS-DEV codes events named by
                   nouns; without an article date, only years ten before the latest year
                   the text dates a past event with ("the talks collapsed in 2014", not
                   "the 2022 World Cup" or "by 2030"), or before 1977. Verbs keep
                   their events ("annexed Crimea in 1991"). An event noun dated by a year
                   in an after-phrase or a during-phrase ("after", "following", "since",
                   "during": "ties fell after Moscow's 2014 annexation of Crimea", "a film
                   set during China's 1979 war with Vietnam") is background too, unless the
                   year is the article's own.
long-ago           "Iraq invaded Kuwait 27 years ago", "It was 70 years ago that the United
                   States recognized Israel": a verb (or a cleft's copula) put
                   ``HISTORY_YEARS`` or more back by "N years/decades ago" is history.
own-people-advice  "Britain warned British tourists not to travel to Tunisia", "the US
                   warned its citizens not to visit Cuba": a warning from a state to its own
                   civilians is travel or safety advice, not a threat (WARNS is CAMEO 13, a
                   warning that threatens consequences).
campaign-rally     "Trump held a campaign rally in Ohio", "Sanders rallied in Iowa": a rally
                   held by a person, a party or a government, or a campaign or election rally,
                   is politics, not a protest (PROTESTS); "a rally against the government"
                   stays one.
peaceful-engage    "sought to engage North Korea in talks", "engaged Iran in a dialogue": an
                   attack verb whose in-phrase names talks or cooperation (the
                   ``<peaceful_engagements>`` class) draws its object into them; no attack.
home-visit         "Obama visited Walter Reed National Military Medical Center" (a place in the
                   U.S. -> USA), "the minister toured Ohio": a visit by a country's person or
                   body to a place of its own country is no visit to another actor (VISITS is
                   a trip to a host); a visit to its own people ("visited the migrants") is
                   kept, as NEWS-DEV codes it.
unplaced-visit     "Mnuchin visited Fort Knox", "toured the Walter Reed medical center": a visit
                   to a place the gazetteer can put in no country and which is no world
                   region has no known host (CAMEO 042 codes the host), so it is no visit to
                   another actor; such places are mostly sites at home.
home-state         "the French government nationalized a shipyard in France", "Iraqi forces
                   attacked Kurdish fighters in northern Iraq", "the Supreme Court struck down
                   a Texas law", "Rajoy ... after taking control of Catalonia": a state's own
                   body (government, military, police, spies, legislature, courts) or a person
                   acting on their own country as a whole acts on nothing outside itself (the
                   target is mostly read from a place, "in France", or a thing owned, "Cuba's
                   recipe"). Groups outside the state ("militants attacked a convoy in Egypt",
                   "protesters marched in Dublin") keep their country as target: CAMEO codes
                   an insurgency or a protest against its own state that way.
unscheduled-motion "Puigdemont, who went to Belgium", "arrived in Bulgaria in 2015", "came to
                   power", "it goes to the Supreme Court": a VISITS cue of a motion verb (the
                   ``<scheduled_motion>`` class: go, come, arrive) is a visit only on
                   the visitor's schedule ("goes to Havana in mid-March", "is due to arrive in
                   Santiago on Tuesday", "will go to Washington next month", as
                   :func:`kgraph.extract.rules_derived.explicit_intent` reads a schedule); a
                   past or bare motion is as often a flight, a migration or an idiom.
confined-return    "died after returning from captivity in North Korea", "came back from exile
                   in London": a VISITS cue (CAMEO's "return from", 042) whose from-phrase
                   names confinement (the ``<confinement>`` class) ends a captivity, not a
                   visit to the place.
received-thing     "received a letter from the NFL", "received the documents from Johnston",
                   "are receiving tens of thousands of Venezuelans": a HOSTS verb of the
                   ``<guest_verbs>`` class ("receive") hosts its direct object itself, or the
                   people it names ("received ministers from the government"); an actor
                   reached through a thing received (its sender, what it counts) is no guest.
media-interview    "the governor told Reuters by telephone", "Deech declined an interview
                   request from Reuters", "Trump met New York Times editors": a meeting with, or
                   a refusal of, a news medium (an organisation the gazetteer types as media,
                   or a country's media sector) is an interview given or refused, not an act
                   between political actors; what is provided to one ("records provided to
                   Reuters by the Department of Energy") is a source's, not aid (SUPPLIES).
addressed-audience "Obama spoke to the U.N. General Assembly", "Trump spoke to Congress",
                   "Erdogan spoke to Turkish troops in Qatar": a MEETS cue of a verb of
                   speaking with a to-phrase (the ``<address_verbs>`` class: speak, talk)
                   whose addressee is no person addresses an audience, a speech and no
                   consultation ("Merkel spoke to Putin" stays a meeting).
rescue             "Iraqi soldiers freed hostages in Mosul", "police released three captives":
                   a state's armed force or police (a MIL or COP actor) freeing captives (the
                   ``<captive_words>`` class) rescues them from their captors; only the captor
                   freeing them yields (CONCEDES_TO, CAMEO 084).
cautionary-warning "Feltman warned the Council that the risk of escalation rises", "warned Merkel
                   that party leaders would not win": a warning whose that-clauses name neither
                   the warner's side (itself or its country: "warned Trump that China would
                   take revenge", "that any U.S. military option would be devastating") nor
                   the one warned ("warned Catalonia it risked losing funds") is a caution,
                   not a threat (WARNS is CAMEO 13; NEWS-DEV codes no cautionary warning); so
                   is one against a state of mind ("warned Democrats against over confidence",
                   the lexicon's ``<warned_attitudes>``).
(recode)           "The Liberal Democrats have warned Labour they were in danger of pandering
                   to prejudice": a warning whose that-clause is a copula, with no modal, on
                   the one warned describes its state: criticism (CRITICIZES 111, as NEWS-DEV
                   codes a warning that amounts to criticism), not a threat
                   (:func:`warning_as_criticism`, applied by the relation pipeline).
home-funding       "Congress voted to fund the government", "helped finance numerous Hollywood
                   movies": a funding verb (the lexicon's ``<funding_verbs>``) toward a body
                   of the payer's own country is a budget, and toward a place (the owner of
                   what is paid for) is an investment; neither is aid to another party
                   (SUPPLIES, CAMEO 071): "Iran was funding the Houthis" stays.
labelled-doer      "dismissed them as \"lobbyists\" supporting the governor": a participle the
                   parser hung as the complement of a preposition that already has its noun
                   (``pcomp`` beside a ``pobj``) describes that noun, as a reduced relative
                   would; the clause's subject does not do its act.
=================  ==========================================================================
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kgraph.extract.args_context import SECTORS, Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import in_class, words
from kgraph.extract.modality_words import (
    FUTURE_AUX,
    WARN_VERBS,
)
from kgraph.model import Entity
from kgraph.ontology import STATE_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.extract.lexicon import Lexicon
    from kgraph.extract.rules_verbal import Candidate

# "because of its annexation", "in response to Russia's annexation", "due to": reason heads
# whose preposition ("of", "to", "for") introduces the background event.
REASON_HEADS = words("because due response retaliation reprisal revenge punishment")
# Words that make a rally campaigning ("a campaign rally", "an election rally").
CAMPAIGN_WORDS = words("campaign election electoral re-election reelection victory political")
RALLY_WORDS = words("rally")
# Sectors of actors whose rallies are politics, not protest.
POLITICAL_SECTORS = frozenset({"GOV", "PTY", "LEG"})


def _event_token(cand: Candidate, doc: Doc) -> Token:
    return doc[cand.noun] if cand.noun is not None else doc[cand.anchor]


def background_reason(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether the candidate's event noun or verb sits in a reason phrase (see the table)."""
    token = _event_token(cand, doc)
    # "for its annexation of Crimea and its support for the rebels": the first conjunct's place
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ not in ("pobj", "pcomp"):
        return False
    prep = token.head
    word = prep.lower_
    governor = prep.head
    if word == "over":
        return True
    if word == "for":
        reasons = lexicon.classes.get("reason_governors", frozenset())
        # "sanctions imposed on Russia for ...": a participle's for-phrase is its noun's
        holders = [governor, governor.head] if governor.dep_ == "acl" else [governor]
        # "opposed sanctions against Russia for its incursion": the parser hangs the
        # for-phrase on the verb; the verb's object is what it gives the reason for
        holders += [c for c in governor.children if c.dep_ == "dobj" and c.i < prep.i]
        if any(in_class(h, reasons) for h in holders):
            return True
    # "because of X", "due to X", "in response to X", "in retaliation for X"
    return word in ("of", "to", "for") and governor.lower_ in REASON_HEADS


YEAR_PREPS = words("in during")  # "since 2014" is still going on
# Prepositions that place the sentence's own event in time by their object: after it ("after
# its 2014 seizure") or within it ("set during China's 1979 war").
AFTER_PREPS = words("after following since during")
# Prepositions whose year on a past-tense verb dates a past event of an undated text ("the
# talks collapsed in 2014", "has stalled since 2015").
PAST_DATE_PREPS = words("in during since")
# How many years before the article a dated event noun is history, not news background.
HISTORY_YEARS = 10
# The article year assumed for an undated article: the corpus's news is of the 1980s to now, so
# only what is older than every article is surely history (unless its text dates a later past
# event: ``text_year``).
UNDATED_YEAR = 1987
TEXT_YEAR_KEY = "kgraph.text_year"


def _year(token: Token) -> int | None:
    text = token.text
    if len(text) == 4 and text.isdigit() and text[0] in "12":
        return int(text)
    return None


def _past_date(token: Token) -> int | None:
    """The year of a date that a past-tense verb's in-, during- or since-phrase gives ("fell in
    2014", "took office in January 2009"), else None: a year of a noun ("the 2022 World Cup"),
    of "by" ("by 2030") or of a verb to come ("will hold elections in 2019") dates no past."""
    year = _year(token)
    if year is None:
        return None
    node = token
    if node.dep_ in ("nummod", "npadvmod", "appos", "compound") and node.head.pos_ == "PROPN":
        node = node.head  # "in January 2009"
    if node.dep_ != "pobj" or node.head.lower_ not in PAST_DATE_PREPS:
        return None
    verb = node.head.head
    if verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had") for a in verb.children)
    ):
        return year
    return None


def text_year(doc: Doc) -> int:
    """The year assumed for an undated article: ``UNDATED_YEAR``, or the latest year its text
    dates a past event with, when later (an article that says "the talks collapsed in 2014" is
    of 2014 or after). Computed once per document."""
    cached = doc.user_data.get(TEXT_YEAR_KEY)
    if cached is None:
        cached = max([UNDATED_YEAR, *(y for t in doc if (y := _past_date(t)) is not None)])
        doc.user_data[TEXT_YEAR_KEY] = cached
    return int(cached)


def dated_past(cand: Candidate, doc: Doc, article_year: int | None) -> bool:
    """Whether the candidate's event noun is dated by a past year (see the table)."""
    if cand.noun is None:
        return False
    noun = doc[cand.noun]
    years: list[int] = []
    for child in noun.children:
        if child.i < noun.i and (y := _year(child)) is not None:
            years.append(y)  # "the 2014 seizure"
    # "the seizure of Crimea in 2014", "the siege of Malta by the Turks in 1565": an in-phrase
    # with a year on the noun or on its phrases' nouns (not inside a clause of its own)
    for token in noun.subtree:
        y = _year(token)
        prep = token.head
        if y is None or token.dep_ != "pobj" or prep.lower_ not in YEAR_PREPS:
            continue
        node = prep.head
        while node.i != noun.i and node.pos_ not in ("VERB", "AUX") and node.head != node:
            node = node.head
        if node.i == noun.i:
            years.append(y)
    # "commemorates the siege of Malta ... in 1565": the parser hangs the date on the verb
    # whose object or subject the noun is
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in YEAR_PREPS:
                years.extend(y for p in prep.children if p.dep_ == "pobj" and (y := _year(p)))
    if not years:
        return False
    if (article_year is None or min(years) < article_year) and _after_phrase(noun):
        return True  # "ties fell after Moscow's 2014 annexation of Crimea": what came before
    return min(years) <= (article_year or text_year(doc)) - HISTORY_YEARS


# Counts of years in "N years ago" written as words ("seventy years ago", "a decade ago").
_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
_TEENS_TENS = "sixteen seventeen eighteen nineteen twenty"
YEAR_WORDS = {w: n for n, w in enumerate(f"{_UNITS} {_TEENS_TENS}".split(), 1)} | {"a": 1}
YEAR_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
YEAR_WORDS |= {"eighty": 80, "ninety": 90, "hundred": 100, "several": 3, "few": 3}
# Units of "N <unit> ago" in years.
AGO_UNITS = {"year": 1, "decade": 10, "century": 100}


def _years_ago(head: Token) -> int | None:
    """How many years back a head's "N years ago" puts it ("70 years ago", "two decades ago":
    20), else None."""
    for ago in head.children:
        if ago.lower_ != "ago":
            continue
        for unit in ago.children:
            per = AGO_UNITS.get(unit.lemma_.lower())
            if per is None:
                continue
            counts = [c for c in unit.children if c.dep_ in ("nummod", "det", "quantmod")]
            if not counts:
                return per
            word = counts[0].lower_.replace(",", "")
            number = int(word) if word.isdigit() else YEAR_WORDS.get(word)
            return number * per if number is not None else None
    return None


def long_ago(cand: Candidate, doc: Doc) -> bool:
    """Whether the candidate's event is put ``HISTORY_YEARS`` or more back by "N years ago" on
    its verb, or on the copula of a cleft ("It was 70 years ago that the United States
    recognized Israel"): history, not news."""
    token = _event_token(cand, doc)
    heads = [token]
    if token.dep_ == "ccomp" and token.head.lemma_ == "be":
        heads.append(token.head)  # the cleft's copula
    return any((n := _years_ago(h)) is not None and n >= HISTORY_YEARS for h in heads)


def _after_phrase(noun: Token) -> bool:
    """Whether the noun (or the first of its conjuncts) is the object of "after", "following",
    "since" or "during": the sentence's own news came after it or within it."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in AFTER_PREPS


def _rally_word(cand: Candidate, doc: Doc) -> Token | None:
    """The word "rally" the candidate's cue stands on: the noun, the verb, or its object."""
    token = _event_token(cand, doc)
    if token.lemma_.lower() in RALLY_WORDS:
        return token
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass") and child.lemma_.lower() in RALLY_WORDS:
            return child
    # "a rally he held in Pennsylvania": the relative clause's antecedent is its object
    if token.dep_ == "relcl" and token.head.lemma_.lower() in RALLY_WORDS:
        return token.head
    return None


def campaign_rally(cand: Candidate, doc: Doc) -> bool:
    """Whether a PROTESTS candidate is a politician's or a campaign's rally (see the table)."""
    if cand.relation != "PROTESTS" or cand.cue.prep == "against":
        return False
    rally = _rally_word(cand, doc)
    if rally is None:
        return False
    if any(c.lower_ in CAMPAIGN_WORDS for c in rally.children if c.dep_ in ("compound", "amod")):
        return True
    subject = cand.subject.entity
    if subject.kind == "Person":
        return True
    sector = subject.id.rpartition(":")[2] if ":" in subject.id else ""
    return sector in POLITICAL_SECTORS or (subject.id.startswith("org:") and "party" in subject.id)


def own_people_advice(cand: Candidate) -> bool:
    """Whether a WARNS candidate is a state's advice to its own civilians (see the table)."""
    if cand.relation != "WARNS":
        return False
    country = cand.subject.entity.country
    return country is not None and cand.object.entity.id == f"{country}:CVL"


def peaceful_engagement(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an ATTACKS candidate's verb draws its object into talks (see the table)."""
    if cand.relation != "ATTACKS" or cand.noun is not None:
        return False
    verb = doc[cand.anchor]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    peaceful = lexicon.classes.get("peaceful_engagements", frozenset())
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in peaceful for p in prep.children)
        for prep in verb.children
    )


# Sectors of a state's armed forces and police: freeing captives, they rescue them.
RESCUER_SECTORS = frozenset({"MIL", "COP"})


def rescue(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a release (CAMEO 084) is a state force's rescue of captives (see the table)."""
    if cand.relation != "CONCEDES_TO" or not cand.cue.cameo.startswith("084"):
        return False
    subject = cand.subject.entity
    if subject.kind != "Group" or subject.id.rpartition(":")[2] not in RESCUER_SECTORS:
        return False
    captives = lexicon.classes.get("captive_words", frozenset())
    event = _event_token(cand, doc)
    freed = [doc[cand.object.token]]
    freed += [c for c in event.children if c.dep_ in ("dobj", "nsubjpass")]
    freed += [p for c in event.children if c.lower_ == "of" for p in c.children]
    return any(in_class(t, captives) for t in freed)


def _warned_clauses(verb: Token) -> list[Token]:
    """A warning verb's that-clauses, and a modal clause the parser hung as its complement
    ("warned the North could launch a missile")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        or (
            c.dep_ == "xcomp"
            and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in c.children)
        )
    ]


def _same_side(arg: Arg, end: Arg) -> bool:
    country = end.entity.country
    return arg.entity.id == end.entity.id or (country is not None and arg.entity.country == country)


def cautionary_warning(cand: Candidate, ctx: SentenceContext) -> bool:
    """Whether a WARNS verb's that-clauses are a caution (see the table)."""
    if cand.relation != "WARNS" or cand.noun is not None:
        return False
    verb = ctx.doc[cand.anchor]
    if verb.lemma_.lower() not in WARN_VERBS:
        return False
    clauses = _warned_clauses(verb)
    if not clauses:
        # "warned Iran against", "warned Iran not to": read by modality; but a state of mind
        # warned against is advice ("warned Democrats against over confidence")
        return _warned_attitude(verb, ctx)
    for clause in clauses:
        for token in clause.subtree:
            if token.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            for arg in resolve_all(ctx, token):
                if _same_side(arg, cand.subject) or _same_side(arg, cand.object):
                    return False
    return True


def _warned_attitude(verb: Token, ctx: SentenceContext) -> bool:
    """Whether a warning's against-phrase names a state of mind (the lexicon's
    <warned_attitudes>): "against complacency", "against over confidence"."""
    attitudes = ctx.lexicon.classes.get("warned_attitudes", frozenset())
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "against":
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        nouns += [
            g for c in prep.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        if nouns and all(n.lemma_.lower() in attitudes for n in nouns):
            return True
    return False


def warning_as_criticism(cand: Candidate, ctx: SentenceContext) -> bool:
    """Whether a WARNS verb's that-clause describes the warned one's state (see the table)."""
    if cand.relation != "WARNS" or cand.noun is not None:
        return False
    verb = ctx.doc[cand.anchor]
    if verb.lemma_.lower() not in WARN_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(clauses) != 1 or clauses[0].lemma_.lower() != "be":
        return False
    clause = clauses[0]
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
        return False  # "that any U.S. military option would be devastating": a threat
    described = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(described) and all(
        any(_same_side(arg, cand.object) for arg in resolve_all(ctx, d)) for d in described
    )


def home_visit(cand: Candidate) -> bool:
    """Whether a VISITS candidate's host is its visitor's own country (see the table)."""
    if cand.relation != "VISITS":
        return False
    country = cand.subject.entity.country
    host = cand.object.entity
    if host.kind == "Location":  # "Obama flew to Chicago": a place in his own country
        return country is not None and host.country == country
    return country is not None and host.id == country


def unplaced_visit(cand: Candidate) -> bool:
    """Whether a VISITS candidate's host is a place of no known country or region (see the
    table)."""
    host = cand.object.entity
    if cand.relation != "VISITS" or host.kind != "Location" or host.country:
        return False
    from kgraph.resolve.gazetteer import entry

    found = entry(host.name)
    return found is None or found.get("type") != "region"


def home_state(cand: Candidate) -> bool:
    """Whether the candidate is a state body's or a person's act on their own country (see the
    table)."""
    target = cand.object.entity
    subject = cand.subject.entity
    if target.kind != "Country" or subject.country != target.id:
        return False
    if subject.kind == "Group" and subject.id.partition(":")[2] in STATE_SECTORS:
        return True
    return subject.kind == "Person"


def labelled_doer(cand: Candidate, doc: Doc) -> bool:
    """Whether the candidate's verb is a participle describing a preposition's noun (see the
    table), and the candidate's subject is not that noun."""
    if cand.noun is not None:
        return False
    verb = doc[cand.anchor]
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    nouns = [
        c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i and c.pos_ != "PRON"
    ]
    if not nouns:
        return False
    subject = doc[cand.subject.token]
    return not any(subject in n.subtree for n in nouns)


def unscheduled_motion(cand: Candidate, ctx: SentenceContext) -> bool:
    """Whether a VISITS candidate of a motion verb is off the visitor's schedule (see the
    table)."""
    if cand.relation != "VISITS" or cand.noun is not None:
        return False
    verb = ctx.doc[cand.anchor]
    if not in_class(verb, ctx.lexicon.classes.get("scheduled_motion", frozenset())):
        return False
    from kgraph.extract.rules_derived import explicit_intent

    return not explicit_intent(ctx, verb, cand.subject, "VISITS")


def confined_return(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a VISITS candidate's verb comes back from confinement (see the table)."""
    if cand.relation != "VISITS" or cand.noun is not None:
        return False
    confinement = lexicon.classes.get("confinement", frozenset())
    verb = doc[cand.anchor]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in confinement for p in prep.children)
        for prep in verb.children
    )


def received_thing(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a HOSTS candidate of a guest verb ("receive") reached its guest through a thing
    received rather than as the verb's direct object (see the table)."""
    if cand.relation != "HOSTS" or cand.noun is not None:
        return False
    verb = doc[cand.anchor]
    if verb.lemma_.lower() not in lexicon.classes.get("guest_verbs", frozenset()):
        return False
    guests = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    envoys = lexicon.classes.get("envoys", frozenset()) | lexicon.classes.get("visits", frozenset())
    if any(t.lemma_.lower() in SECTORS or t.lemma_.lower() in envoys for t in guests):
        return False  # "received ministers from the Georgian government", "a visit from"
    return bool(guests) and cand.object.token not in {t.i for t in guests}


def addressed_audience(cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether a meeting read from "spoke to X" addresses an audience that is no person (see
    the table)."""
    cue = cand.cue
    if cand.relation != "MEETS" or cue.kind != "verb" or cue.prep != "to":
        return False
    if cue.head not in lexicon.classes.get("address_verbs", frozenset()):
        return False
    return cand.object.entity.kind != "Person"


# Relations that, with a news medium at either end, are an interview given or refused.
INTERVIEW_RELATIONS = frozenset({"MEETS", "REJECTS"})


@functools.cache
def _media_ids() -> frozenset[str]:
    """Ids of the gazetteer's news organisations (org_type "media")."""
    from kgraph.resolve import gazetteer

    return frozenset(
        str(e["id"]) for e in gazetteer.load().names.values() if e.get("org_type") == "media"
    )


def news_medium(entity: Entity) -> bool:
    """Whether an entity is a news medium: a media organisation or a country's media sector."""
    if entity.kind == "Group":
        return entity.id.rpartition(":")[2] == "MED"
    return entity.kind == "Organization" and entity.id in _media_ids()


def media_interview(cand: Candidate) -> bool:
    """Whether a meeting or refusal has a news medium at either end (see the table)."""
    if cand.relation == "SUPPLIES":
        return news_medium(cand.object.entity)
    if cand.relation not in INTERVIEW_RELATIONS:
        return False
    return news_medium(cand.subject.entity) or news_medium(cand.object.entity)


def home_funding(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a SUPPLIES candidate of a funding verb pays for a place's thing or for a body of
    the payer's own country (see the table)."""
    if cand.relation != "SUPPLIES" or cand.noun is not None:
        return False
    if not in_class(doc[cand.anchor], lexicon.classes.get("funding_verbs", frozenset())):
        return False
    target, subject = cand.object.entity, cand.subject.entity
    if target.kind == "Location":
        return True
    home = subject.id if subject.kind == "Country" else subject.country
    there = target.id if target.kind == "Country" else target.country
    return home is not None and home == there
