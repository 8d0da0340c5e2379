"""Passive deportations the passive-state rule reads (kgraph.extract.rules_implicit) on
hand-built parses, no model: a people counted ("thousands of Afghans") and an expulsion
carried by a passive verb of ordering ("were ordered deported from ...").

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows

# "Thousands of Afghans were deported from Iran."
COUNTED: list[Row] = [
    ("Thousands", "thousand", "NOUN", "NNS", "nsubjpass", 4),
    ("of", "of", "ADP", "IN", "prep", 0),
    ("Afghans", "Afghans", "PROPN", "NNPS", "pobj", 1),
    ("were", "be", "AUX", "VBD", "auxpass", 4),
    ("deported", "deport", "VERB", "VBN", "ROOT", 4),
    ("from", "from", "ADP", "IN", "prep", 4),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Thousands of Afghans were ordered deported from Iran."
ORDERED: list[Row] = [
    *COUNTED[:3],
    ("were", "be", "AUX", "VBD", "auxpass", 4),
    ("ordered", "order", "VERB", "VBN", "ROOT", 4),
    ("deported", "deport", "VERB", "VBN", "xcomp", 4),
    ("from", "from", "ADP", "IN", "prep", 5),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Thousands of Afghans were ordered released from Iran." (no expulsion)
RELEASED: list[Row] = [
    *ORDERED[:5],
    ("released", "release", "VERB", "VBN", "xcomp", 4),
    *ORDERED[6:],
]


def _states(rows: list[Row], iran: int) -> set[tuple[str, str, str]]:
    spans = [
        ActorSpan(2, 3, 2, _country("AFG", "Afghanistan")),
        ActorSpan(iran, iran + 1, iran, _country("IRN", "Iran")),
    ]
    return {r[:3] for r in _rows(rows, spans) if r[4] == "passive-state"}


def test_passive_state_counted_people_are_deported():
    assert _states(COUNTED, 6) == {("IRN", "COERCES", "AFG")}


def test_passive_state_ordered_deportation():
    assert _states(ORDERED, 7) == {("IRN", "COERCES", "AFG")}


def test_passive_state_ordered_release_is_no_deportation():
    assert _states(RELEASED, 7) == set()
