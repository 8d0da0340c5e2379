"""A request acted on ("Tehran banned flights at the request of Baghdad") is the requester's
appeal to the one who acts (kgraph.extract.rules_recipient, nominal-recipient), on hand-built
parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

IRN = Entity("IRN", "Iran", "Country", "IRN")
IRQ = Entity("IRQ", "Iraq", "Country", "IRQ")
MINISTRY = Entity("IRN:GOV", "Iran government", "Organization", "IRN")

# "Tehran banned flights at the request of Baghdad." ("at" parsed onto "flights")
BANNED_AT_REQUEST: list[Row] = [
    ("Tehran", "Tehran", "PROPN", "NNP", "nsubj", 1),
    ("banned", "ban", "VERB", "VBD", "ROOT", 1),
    ("flights", "flight", "NOUN", "NNS", "dobj", 1),
    ("at", "at", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 5),
    ("request", "request", "NOUN", "NN", "pobj", 3),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("Baghdad", "Baghdad", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "The ministry was dissolved at the request of Baghdad."
DISSOLVED_AT_REQUEST: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("ministry", "ministry", "NOUN", "NN", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("dissolved", "dissolve", "VERB", "VBN", "ROOT", 3),
    ("at", "at", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("request", "request", "NOUN", "NN", "pobj", 4),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("Baghdad", "Baghdad", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_the_requester_appeals_to_the_one_who_acts_on_the_request():
    rows = _rows(BANNED_AT_REQUEST, [ActorSpan(0, 1, 0, IRN), ActorSpan(7, 8, 7, IRQ)])
    assert ("IRQ", "APPEALS_TO", "IRN", "asserted", "nominal-recipient") in rows


def test_a_passive_patient_is_not_the_one_asked():
    rows = _rows(DISSOLVED_AT_REQUEST, [ActorSpan(0, 2, 1, MINISTRY), ActorSpan(7, 8, 7, IRQ)])
    assert not [r for r in rows if r[1] == "APPEALS_TO"]
