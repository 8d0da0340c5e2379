"""Intents and appeals of appeal26, with the real model, on invented sentences: an intent noun
stated by a verb ("expressed readiness to"), an act looked forward to or hoped for, "slated
to meet", an appeal announced as the subject's own, "is going to" as a future; and the lemmas
of "hoped" and "slated" the rule lemmatizer got wrong."""

from __future__ import annotations

import pytest

from kgraph.extract.nlp import load_nlp
from tests.integration.news import asserted_events, keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile expressed readiness to help Bolivia.", ("CHL", "OFFERS", "BOL")),
        ("Norway signaled its willingness to resume talks with Iceland.", ("NOR", "OFFERS", "ISL")),
        ("Kenya looks forward to working with Somalia.", ("KEN", "OFFERS", "SOM")),
        ("Portugal hoped to improve ties with Angola.", ("PRT", "OFFERS", "AGO")),
        ("The Greek prime minister is slated to meet Turkey's president on Friday.",
         ("GRC:GOV", "OFFERS", "TUR:GOV")),
        ("Poland said it will ask Germany to extradite the suspect.", ("POL", "APPEALS_TO", "DEU")),
        ("Poland said it is going to ask Germany to act.", ("POL", "APPEALS_TO", "DEU")),
        ("Chile said it is going to help Bolivia.", ("CHL", "OFFERS", "BOL")),
    ],
)  # fmt: skip
def test_intents_and_announced_appeals(text: str, expected: tuple[str, str, str]):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Chile did not express readiness to help Bolivia.", ("CHL", "OFFERS", "BOL")),
        ("Chile welcomed the readiness to help Bolivia.", ("CHL", "OFFERS", "BOL")),
        ("Kenya looks forward to working with Somalia.", ("KEN", "COOPERATES_WITH", "SOM")),
        ("Somalia looks forward to working with Kenya.", ("KEN", "COOPERATES_WITH", "SOM")),
        ("Portugal hopes to impose sanctions on Angola.", ("PRT", "WARNS", "AGO")),
        (
            "Poland said it would ask Germany to extradite the suspect if the court agreed.",
            ("POL", "APPEALS_TO", "DEU"),
        ),
        ("Warsaw officials said Poland will ask Germany to act.", ("POL", "APPEALS_TO", "DEU")),
        ("Chile is going to attack Bolivia.", ("CHL", "ATTACKS", "BOL")),
        ("Chile is going to meet Bolivia.", ("CHL", "MEETS", "BOL")),
    ],
)
def test_no_intent_or_appeal_denied_supposed_or_by_others(
    text: str, unexpected: tuple[str, str, str]
):
    assert unexpected not in asserted_events(text)


def test_going_to_is_a_future():
    rows = keyed("Chile is going to attack Bolivia.")
    assert ("CHL", "ATTACKS", "BOL", "hypothetical", False) in rows


def test_announced_appeal_keeps_the_appeal_itself_hypothetical():
    rows = keyed("Poland said it will ask Germany to extradite the suspect.")
    assert ("POL", "APPEALS_TO", "DEU", "hypothetical", False) in rows


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Japan hoped to meet China.", "hoped", "hope"),
        ("Japan hopes to meet China.", "hopes", "hope"),
        ("He is hoping to win.", "hoping", "hope"),
        ("The talks are slated for May.", "slated", "slate"),
        ("The rabbit hopped away.", "hopped", "hop"),
    ],
)
def test_lemmas_set_right(text: str, word: str, lemma: str):
    (token,) = [t for t in load_nlp()(text) if t.text == word]
    assert token.lemma_ == lemma
