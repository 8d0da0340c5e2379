"""History: a verb's act dated by a year long past is no news of the article's time.

"Israel captured East Jerusalem in the 1967 war", "Israel last fought a war against Hezbollah
in 2006", "In a 2005 article, Gorsuch criticized liberals": a past-tense verb cue whose in- or
during-phrase gives a year ``HISTORY_YEARS`` or more before the article (the phrase's noun
itself, "in 1967", or a year before the noun in its own phrase, "in the 1967 Middle East
war") tells history, which the graph leaves out as it does an event noun so dated
(:func:`kgraph.extract.rules_senses.dated_past`, "the 1967 war") or a verb put decades back
("invaded Kuwait 27 years ago", :func:`kgraph.extract.rules_senses.long_ago`).

A past conjunct with no date of its own shares its first verb's ("captured East Jerusalem in
the 1967 war and later annexed it"). "since 2006" is still going on ("has provided aid since
2006"), and a verb to come ("will hold elections in 2019") or in the present is no history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.rules_senses import HISTORY_YEARS, YEAR_PREPS, text_year

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.extract.rules_verbal import Candidate

# Tags of a verb that tells a past act: "captured", "had captured", "was captured".
PAST_TAGS = frozenset({"VBD", "VBN"})


def year_of(token: Token) -> int | None:
    """The year a token writes (four digits from 1000 to 2999), else None."""
    text = token.text
    if len(text) == 4 and text.isdigit() and text[0] in "12":
        return int(text)
    return None


def phrase_years(verb: Token) -> list[int]:
    """The years a verb's in- and during-phrases date it by: the phrase's noun ("in 1967"), a
    year hung on it ("in January 2009") or one before it in its own phrase, not across a
    preposition or a clause ("in the 1967 Middle East war", "in a 2005 article"; not "in
    response to the 1967 war", nor a count, "in the 2000 troops' deployment")."""
    years: list[int] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in YEAR_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for token in noun.subtree:
                year = year_of(token)
                if year is None:
                    continue
                if token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS"):
                    continue  # a count, not a year
                node = token
                while node.i != noun.i and node.pos_ not in ("VERB", "AUX", "ADP"):
                    node = node.head
                if node.i == noun.i:
                    years.append(year)
    return years


def dated_history(cand: Candidate, doc: Doc, article_year: int | None) -> bool:
    """Whether a verb candidate's act is dated ``HISTORY_YEARS`` or more before the article
    (see the module docstring); an undated article's year is the one its text implies
    (:func:`kgraph.extract.rules_senses.text_year`)."""
    if cand.noun is not None:
        return False
    verb = doc[cand.anchor]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in PAST_TAGS:
        return False
    years = phrase_years(verb)
    first = verb
    while not years and first.dep_ == "conj" and first.head != first:
        first = first.head  # "captured ... in the 1967 war and later annexed it"
        if first.tag_ not in PAST_TAGS:
            return False
        years = phrase_years(first)
    if not years:
        return False
    return min(years) <= (article_year or text_year(doc)) - HISTORY_YEARS
