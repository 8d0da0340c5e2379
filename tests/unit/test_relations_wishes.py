"""A polite wish ("would like Russia to withdraw") and a readiness for talks ("is ready for talks
with France") on hand-built parses (appeal25).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows

GERMANY_WOULD_LIKE: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 2),
    ("would", "would", "AUX", "MD", "aux", 2),
    ("like", "like", "VERB", "VB", "ROOT", 2),
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 5),
    ("to", "to", "PART", "TO", "aux", 5),
    ("withdraw", "withdraw", "VERB", "VB", "ccomp", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]
GERMANY_RUSSIA = [
    ActorSpan(0, 1, 0, _country("DEU", "Germany")),
    ActorSpan(3, 4, 3, _country("RUS", "Russia")),
]


def test_a_polite_wish_that_a_party_act_is_an_asserted_appeal():
    rows = _rows(GERMANY_WOULD_LIKE, GERMANY_RUSSIA)
    assert ("DEU", "APPEALS_TO", "RUS", "asserted", "active-svo") in rows


def test_another_modal_with_like_asks_nothing_yet():
    rows = _rows(
        [("could", "could", *r[2:]) if r[0] == "would" else r for r in GERMANY_WOULD_LIKE],
        GERMANY_RUSSIA,
    )
    assert not any(r[1] == "APPEALS_TO" and r[3] == "asserted" for r in rows)


def _ready(adjective: str, prep: str) -> list[Row]:
    return [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("is", "be", "AUX", "VBZ", "ROOT", 1),
        (adjective, adjective, "ADJ", "JJ", "acomp", 1),
        (prep, prep, "ADP", "IN", "prep", 2),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3),
        ("with", "with", "ADP", "IN", "prep", 4),
        ("France", "France", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


IRAN_FRANCE = [
    ActorSpan(0, 1, 0, _country("IRN", "Iran")),
    ActorSpan(6, 7, 6, _country("FRA", "France")),
]


def test_ready_for_talks_with_a_party_offers_them():
    rows = _rows(_ready("ready", "for"), IRAN_FRANCE)
    assert ("IRN", "OFFERS", "FRA", "asserted", "stated-intent") in rows
    # the talks themselves have not happened
    assert not any(r[1] == "NEGOTIATES_WITH" and r[3] == "asserted" for r in rows)


def test_open_to_talks_with_a_party_offers_them():
    rows = _rows(_ready("open", "to"), IRAN_FRANCE)
    assert ("IRN", "OFFERS", "FRA", "asserted", "stated-intent") in rows


def test_an_adjective_of_no_readiness_offers_nothing():
    rows = _rows(_ready("famous", "for"), IRAN_FRANCE)
    assert not any(r[1] == "OFFERS" for r in rows)
