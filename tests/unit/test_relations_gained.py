"""A backing gained and a call answered (kgraph.extract.rules_recipient, nominal-recipient):
"Clinton secured the endorsement of Warren" -> Warren BACKS Clinton, "Iran rejected France's
call for talks" -> France APPEALS_TO Iran; and an event noun put off (rules_nominal): "Putin's
visit to Japan was postponed" is no visit. Hand-built parses, no model; rows are (word, lemma,
POS, tag, dependency, head index), as the English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

CLINTON = Entity("person:hillary-clinton", "Hillary Clinton", "Person", "USA")
WARREN = Entity("person:elizabeth-warren", "Elizabeth Warren", "Person", "USA")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")
CRUZ = Entity("person:ted-cruz", "Ted Cruz", "Person", "USA")
PUTIN = Entity("person:vladimir-putin", "Vladimir Putin", "Person", "RUS")
MERKEL = Entity("person:angela-merkel", "Angela Merkel", "Person", "DEU")

SECURED_ENDORSEMENT: list[Row] = [
    ("Clinton", "Clinton", "PROPN", "NNP", "nsubj", 1),
    ("secured", "secure", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("endorsement", "endorsement", "NOUN", "NN", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("Warren", "Warren", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]
# the parser's "Trump" here is a common noun, as it often is
NOT_HAVE_BACKING: list[Row] = [
    ("Trump", "trump", "NOUN", "NN", "nsubj", 3),
    ("did", "do", "AUX", "VBD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("have", "have", "VERB", "VB", "ROOT", 3),
    ("the", "the", "DET", "DT", "det", 5),
    ("backing", "backing", "NOUN", "NN", "dobj", 3),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("Cruz", "Cruz", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]
REJECTED_CALL: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
    ("France", "France", "PROPN", "NNP", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("call", "call", "NOUN", "NN", "dobj", 1),
    ("for", "for", "ADP", "IN", "prep", 4),
    ("talks", "talk", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
RETURNED_CALL: list[Row] = [
    ("Merkel", "Merkel", "PROPN", "NNP", "nsubj", 1),
    ("returned", "return", "VERB", "VBD", "ROOT", 1),
    ("Putin", "Putin", "PROPN", "NNP", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("call", "call", "NOUN", "NN", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _with_verb(rows: list[Row], lemma: str, text: str) -> list[Row]:
    """The same parse with another main verb."""
    return [(text, lemma, *row[2:]) if row[4] == "ROOT" else row for row in rows]


def test_recipient_gained_endorsement_of_is_the_backer():
    rows = _rows(SECURED_ENDORSEMENT, [ActorSpan(0, 1, 0, CLINTON), ActorSpan(5, 6, 5, WARREN)])
    assert (
        "person:elizabeth-warren",
        "BACKS",
        "person:hillary-clinton",
        "asserted",
        "nominal-recipient",
    ) in rows
    assert not [r for r in rows if r[0] == "person:hillary-clinton"]


def test_recipient_a_backing_sought_is_none_gained():
    sought = _with_verb(SECURED_ENDORSEMENT, "seek", "sought")
    rows = _rows(sought, [ActorSpan(0, 1, 0, CLINTON), ActorSpan(5, 6, 5, WARREN)])
    assert not [r for r in rows if r[1] == "BACKS"]


def test_recipient_backing_had_is_not_the_holders_own():
    rows = _rows(NOT_HAVE_BACKING, [ActorSpan(0, 1, 0, TRUMP), ActorSpan(7, 8, 7, CRUZ)])
    backs = {(r[0], r[2]) for r in rows if r[1] == "BACKS"}
    assert backs == {("person:ted-cruz", "person:donald-trump")}


def test_recipient_rejected_call_for_is_an_appeal():
    iran, france = _country("IRN", "Iran"), _country("FRA", "France")
    rows = _rows(REJECTED_CALL, [ActorSpan(0, 1, 0, iran), ActorSpan(2, 3, 2, france)])
    assert ("FRA", "APPEALS_TO", "IRN", "asserted", "nominal-recipient") in rows


def test_recipient_a_returned_call_is_no_appeal():
    rows = _rows(RETURNED_CALL, [ActorSpan(0, 1, 0, MERKEL), ActorSpan(2, 3, 2, PUTIN)])
    assert not [r for r in rows if r[1] == "APPEALS_TO"]


VISIT_POSTPONED: list[Row] = [
    ("Putin", "Putin", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("visit", "visit", "NOUN", "NN", "nsubjpass", 6),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("Japan", "Japan", "PROPN", "NNP", "pobj", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 6),
    ("postponed", "postpone", "VERB", "VBN", "ROOT", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_nominal_a_visit_postponed_is_none():
    spans = [ActorSpan(0, 1, 0, PUTIN), ActorSpan(4, 5, 4, _country("JPN", "Japan"))]
    assert not [r for r in _rows(VISIT_POSTPONED, spans) if r[1] == "VISITS"]


def test_nominal_a_visit_praised_is_one():
    praised = _with_verb(VISIT_POSTPONED, "praise", "praised")
    spans = [ActorSpan(0, 1, 0, PUTIN), ActorSpan(4, 5, 4, _country("JPN", "Japan"))]
    rows = _rows(praised, spans)
    assert ("person:vladimir-putin", "VISITS", "JPN", "asserted", "nominal-poss") in rows
