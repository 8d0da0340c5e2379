"""Intents stated by a noun a verb states ("expressed readiness to help Iraq"), looked forward
to or hoped for, and appeals announced as one's own ("said it will ask Russia to ...") on
hand-built parses (appeal26).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

import pytest

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows

IRAN_IRAQ = [
    ActorSpan(0, 1, 0, _country("IRN", "Iran")),
    ActorSpan(5, 6, 5, _country("IRQ", "Iraq")),
]


def _expressed(verb: str, lemma: str, noun: str) -> list[Row]:
    return [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        (noun, noun, "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("help", "help", "VERB", "VB", "acl", 2),
        ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


@pytest.mark.parametrize(
    ("verb", "lemma", "noun"),
    [
        ("expressed", "express", "readiness"),
        ("signaled", "signal", "willingness"),
        ("reiterated", "reiterate", "commitment"),
        ("expressed", "express", "desire"),
    ],
)
def test_intent_noun_stated_by_its_verb_is_the_subjects_offer(verb: str, lemma: str, noun: str):
    rows = _rows(_expressed(verb, lemma, noun), IRAN_IRAQ)
    assert ("IRN", "OFFERS", "IRQ", "asserted", "stated-intent") in rows
    # the help itself is still to come
    assert ("IRN", "SUPPLIES", "IRQ", "hypothetical", "nominal-control") in rows


def test_intent_noun_of_a_verb_that_does_not_state_it_has_no_owner():
    rows = _rows(_expressed("welcomed", "welcome", "readiness"), IRAN_IRAQ)
    assert not any(r[1] == "OFFERS" for r in rows)


def test_intent_noun_stated_in_a_denial_offers_nothing():
    rows = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
        ("did", "do", "AUX", "VBD", "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        ("express", "express", "VERB", "VB", "ROOT", 3),
        ("willingness", "willingness", "NOUN", "NN", "dobj", 3),
        ("to", "to", "PART", "TO", "aux", 6),
        ("help", "help", "VERB", "VB", "acl", 4),
        ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    spans = [
        ActorSpan(0, 1, 0, _country("IRN", "Iran")),
        ActorSpan(7, 8, 7, _country("IRQ", "Iraq")),
    ]
    assert not any(r[1] == "OFFERS" for r in _rows(rows, spans))


JAPAN_LOOKS_FORWARD: list[Row] = [
    ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
    ("looks", "look", "VERB", "VBZ", "ROOT", 1),
    ("forward", "forward", "ADV", "RB", "advmod", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("working", "work", "VERB", "VBG", "pcomp", 3),
    ("with", "with", "ADP", "IN", "prep", 4),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
JAPAN_IRAN = [
    ActorSpan(0, 1, 0, _country("JPN", "Japan")),
    ActorSpan(6, 7, 6, _country("IRN", "Iran")),
]


def test_an_act_looked_forward_to_is_an_offer_still_to_come():
    rows = _rows(JAPAN_LOOKS_FORWARD, JAPAN_IRAN)
    assert ("JPN", "OFFERS", "IRN", "asserted", "stated-intent") in rows
    assert not any(r[1] == "COOPERATES_WITH" and r[3] == "asserted" for r in rows)


def test_looking_without_forward_states_no_intent():
    rows = [r for r in JAPAN_LOOKS_FORWARD if r[0] != "forward"]
    rows = [
        (w, lem, pos, tag, dep, head - 1 if head > 1 else head)
        for w, lem, pos, tag, dep, head in rows
    ]
    spans = [
        ActorSpan(0, 1, 0, _country("JPN", "Japan")),
        ActorSpan(5, 6, 5, _country("IRN", "Iran")),
    ]
    assert not any(r[1] == "OFFERS" for r in _rows(rows, spans))


def _hoped(verb: str, lemma: str, obj: str, obj_lemma: str) -> list[Row]:
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
        ("hoped", "hope", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        (verb, lemma, "VERB", "VB", "xcomp", 1),
        (obj, obj_lemma, "NOUN", "NNS", "dobj", 3),
        ("with", "with", "ADP", "IN", "prep", 4),
        ("China", "China", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


JAPAN_CHINA = [
    ActorSpan(0, 1, 0, _country("JPN", "Japan")),
    ActorSpan(6, 7, 6, _country("CHN", "China")),
]


def test_hoping_to_better_ties_offers_them():
    rows = _rows(_hoped("improve", "improve", "ties", "tie"), JAPAN_CHINA)
    assert ("JPN", "OFFERS", "CHN", "asserted", "stated-intent") in rows


def test_hoping_for_a_conflictual_act_threatens_nothing():
    rows = _rows(_hoped("impose", "impose", "sanctions", "sanction"), JAPAN_CHINA)
    assert not any(r[1] in ("WARNS", "OFFERS") for r in rows)


GERMANY_WILL_ASK: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("will", "will", "AUX", "MD", "aux", 4),
    ("ask", "ask", "VERB", "VB", "ccomp", 1),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 4),
    ("to", "to", "PART", "TO", "aux", 7),
    ("withdraw", "withdraw", "VERB", "VB", "xcomp", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]
GERMANY_RUSSIA = [
    ActorSpan(0, 1, 0, _country("DEU", "Germany")),
    ActorSpan(5, 6, 5, _country("RUS", "Russia")),
]


def test_an_appeal_announced_as_ones_own_is_made():
    rows = _rows(GERMANY_WILL_ASK, GERMANY_RUSSIA)
    assert ("DEU", "APPEALS_TO", "RUS", "hypothetical", "active-svo") in rows
    assert ("DEU", "APPEALS_TO", "RUS", "reported", "stated-appeal") in rows


def test_an_appeal_announced_under_a_condition_is_not_made():
    rows = [("would", "would", *r[2:]) if r[0] == "will" else r for r in GERMANY_WILL_ASK[:-1]]
    rows += [
        ("if", "if", "SCONJ", "IN", "mark", 11),
        ("the", "the", "DET", "DT", "det", 10),
        ("fighting", "fighting", "NOUN", "NN", "nsubj", 11),
        ("continued", "continue", "VERB", "VBD", "advcl", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert not any(r[4] == "stated-appeal" for r in _rows(rows, GERMANY_RUSSIA))


def test_an_appeal_announced_by_another_is_not_made():
    rows = [("Berlin", "Berlin", *r[2:]) if r[0] == "it" else r for r in GERMANY_WILL_ASK]
    spans = [*GERMANY_RUSSIA, ActorSpan(2, 3, 2, _country("FRA", "France"))]
    assert not any(r[4] == "stated-appeal" for r in _rows(rows, spans))


RUSSIA_IS_GOING: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
    ("is", "be", "AUX", "VBZ", "aux", 2),
    ("going", "go", "VERB", "VBG", "ROOT", 2),
    ("to", "to", "PART", "TO", "aux", 4),
    ("attack", "attack", "VERB", "VB", "xcomp", 2),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]
RUSSIA_UKRAINE = [
    ActorSpan(0, 1, 0, _country("RUS", "Russia")),
    ActorSpan(5, 6, 5, _country("UKR", "Ukraine")),
]


def test_be_going_to_is_a_future_not_a_done_act():
    rows = _rows(RUSSIA_IS_GOING, RUSSIA_UKRAINE)
    assert ("RUS", "ATTACKS", "UKR", "hypothetical", "control-subject") in rows
    assert not any(r[1] == "ATTACKS" and r[3] == "asserted" for r in rows)


def test_went_to_attack_keeps_its_past():
    rows = [
        ("went", "go", "VERB", "VBD", "ROOT", 2) if r[0] == "going" else r for r in RUSSIA_IS_GOING
    ]
    rows = [r for r in rows if r[0] != "is"]
    rows = [
        (w, lem, pos, tag, dep, head - 1 if head > 0 else head)
        for w, lem, pos, tag, dep, head in rows
    ]
    spans = [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(4, 5, 4, _country("UKR", "Ukraine")),
    ]
    assert ("RUS", "ATTACKS", "UKR", "asserted", "control-subject") in _rows(rows, spans)
