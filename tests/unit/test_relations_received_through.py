"""The nominal-recipient rule (kgraph.extract.rules_recipient) through a to-phrase ("bowed to
pressure from France") and through a quantity word ("faced a barrage of criticism from
France"). Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency, head
index), as the English pipeline parsed the invented sentence.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

GBR = Entity("GBR", "United Kingdom", "Country", "GBR")
IRN = Entity("IRN", "Iran", "Country", "IRN")
FRA = Entity("FRA", "France", "Country", "FRA")

# "Britain bowed to pressure from France."
BOWED_TO_PRESSURE: list[Row] = [
    ("Britain", "Britain", "PROPN", "NNP", "nsubj", 1),
    ("bowed", "bow", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("pressure", "pressure", "NOUN", "NN", "pobj", 2),
    ("from", "from", "ADP", "IN", "prep", 3),
    ("France", "France", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Iran faced a barrage of criticism from France."
FACED_A_BARRAGE: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("faced", "face", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("barrage", "barrage", "NOUN", "NN", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("criticism", "criticism", "NOUN", "NN", "pobj", 4),
    ("from", "from", "ADP", "IN", "prep", 5),
    ("France", "France", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_pressure_bowed_to_is_a_demand_on_the_subject():
    rows = _rows(BOWED_TO_PRESSURE, [ActorSpan(0, 1, 0, GBR), ActorSpan(5, 6, 5, FRA)])
    assert ("FRA", "DEMANDS", "GBR", "asserted", "nominal-recipient") in rows


def test_a_barrage_of_criticism_faced_is_criticism_of_the_subject():
    rows = _rows(FACED_A_BARRAGE, [ActorSpan(0, 1, 0, IRN), ActorSpan(7, 8, 7, FRA)])
    assert ("FRA", "CRITICIZES", "IRN", "asserted", "nominal-recipient") in rows
