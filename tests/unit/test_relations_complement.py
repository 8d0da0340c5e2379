"""blame-complement and alleged-complement on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows


def _behind(verb: str, lemma: str) -> list[Row]:
    """ "Iran said Israel was behind the attack." (or "Iran denied that ...")."""
    that: list[Row] = [("that", "that", "SCONJ", "IN", "mark", 4)] if lemma == "deny" else []
    base = len(that)
    return [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        *that,
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 3 + base),
        ("was", "be", "AUX", "VBD", "ccomp", 1),
        ("behind", "behind", "ADP", "IN", "prep", 3 + base),
        ("the", "the", "DET", "DT", "det", 6 + base),
        ("attack", "attack", "NOUN", "NN", "pobj", 4 + base),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def _spans(offset: int) -> list[ActorSpan]:
    return [
        ActorSpan(0, 1, 0, _country("IRN", "Iran")),
        ActorSpan(2 + offset, 3 + offset, 2 + offset, _country("ISR", "Israel")),
    ]


CHARGED: list[Row] = [
    ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
    ("charged", "charge", "VERB", "VBD", "ROOT", 1),
    ("that", "that", "SCONJ", "IN", "mark", 5),
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 5),
    ("was", "be", "AUX", "VBD", "aux", 5),
    ("harbouring", "harbour", "VERB", "VBG", "ccomp", 1),
    ("terrorists", "terrorist", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_saying_an_actor_was_behind_an_attack_accuses_it():
    rows = _rows(_behind("said", "say"), _spans(0))
    assert ("IRN", "CRITICIZES", "ISR", "asserted", "blame-complement") in rows


def test_denying_an_actor_was_behind_an_attack_accuses_no_one():
    rows = _rows(_behind("denied", "deny"), _spans(1))
    assert not any(r[4] == "blame-complement" for r in rows)


def test_charging_that_an_actor_did_accuses_it():
    spans = [
        ActorSpan(0, 1, 0, _country("TUR", "Turkey")),
        ActorSpan(3, 4, 3, _country("DEU", "Germany")),
    ]
    rows = _rows(CHARGED, spans)
    assert ("TUR", "CRITICIZES", "DEU", "asserted", "alleged-complement") in rows


def _violated(aux: list[Row]) -> list[Row]:
    """ "Iran said Israel violated the ceasefire." (or "... would violate ...")."""
    base = len(aux)
    verb = ("violate", "violate", "VERB", "VB") if aux else ("violated", "violate", "VERB", "VBD")
    return [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 3 + base),
        *aux,
        (*verb, "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 5 + base),
        ("ceasefire", "ceasefire", "NOUN", "NN", "dobj", 3 + base),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


SPONSOR: list[Row] = [
    ('"', '"', "PUNCT", "``", "punct", 8),
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 2),
    ("is", "be", "AUX", "VBZ", "ccomp", 8),
    ("a", "a", "DET", "DT", "det", 4),
    ("sponsor", "sponsor", "NOUN", "NN", "attr", 2),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("terrorism", "terrorism", "NOUN", "NN", "pobj", 5),
    ('"', '"', "PUNCT", "''", "punct", 8),
    ("said", "say", "VERB", "VBD", "ROOT", 8),
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def test_saying_an_actor_violated_a_ceasefire_accuses_it():
    rows = _rows(_violated([]), _spans(0))
    assert ("IRN", "CRITICIZES", "ISR", "asserted", "accused-deed") in rows


def test_a_forecast_violation_accuses_no_one():
    rows = _rows(_violated([("would", "would", "AUX", "MD", "aux", 4)]), _spans(0))
    assert not any(r[4] == "accused-deed" for r in rows)


def test_quoting_a_sponsor_of_terrorism_accuses_it():
    spans = [
        ActorSpan(1, 2, 1, _country("IRN", "Iran")),
        ActorSpan(9, 10, 9, _country("ISR", "Israel")),
    ]
    rows = _rows(SPONSOR, spans)
    assert ("ISR", "CRITICIZES", "IRN", "asserted", "accused-deed") in rows
