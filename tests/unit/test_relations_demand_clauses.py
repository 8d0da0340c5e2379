"""What a demand asks when the parser drops or misplaces its "that" (complement-subject,
kgraph.extract.rules_complement.demand_clauses): a bare clause with its own subject ("demanded
Ukraine step aside") and a that-clause hung as a relative clause on a time noun ("demanded
earlier in the day that Ukraine resign"). Hand-built parses, no model; rows are (word, lemma,
POS, tag, dependency, head index), as the English pipeline parsed such sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows

RUS = _country("RUS", "Russia")
UKR = _country("UKR", "Ukraine")

# "Russia has demanded Ukraine step aside."
BARE_CLAUSE: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
    ("has", "have", "AUX", "VBZ", "aux", 2),
    ("demanded", "demand", "VERB", "VBN", "ROOT", 2),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 4),
    ("step", "step", "VERB", "VB", "ccomp", 2),
    ("aside", "aside", "ADV", "RB", "advmod", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Russia had demanded earlier in the day that Ukraine resign." ("resign" tagged a noun)
TIME_NOUN_RELATIVE: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
    ("had", "have", "AUX", "VBD", "aux", 2),
    ("demanded", "demand", "VERB", "VBN", "ROOT", 2),
    ("earlier", "early", "ADV", "RBR", "advmod", 2),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("day", "day", "NOUN", "NN", "pobj", 4),
    ("that", "that", "PRON", "WDT", "advmod", 9),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 9),
    ("resign", "resign", "NOUN", "NN", "relcl", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Russia demanded Ukraine withdrew." (a past verb: no bare demand clause)
PAST_CLAUSE: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("demanded", "demand", "VERB", "VBD", "ROOT", 1),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 3),
    ("withdrew", "withdraw", "VERB", "VBD", "ccomp", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_bare_clause_with_its_own_subject_is_what_a_demand_asks():
    rows = _rows(BARE_CLAUSE, [ActorSpan(0, 1, 0, RUS), ActorSpan(3, 4, 3, UKR)])
    assert ("RUS", "DEMANDS", "UKR", "asserted", "complement-subject") in rows


def test_a_that_clause_hung_on_a_time_noun_is_what_a_demand_asks():
    rows = _rows(TIME_NOUN_RELATIVE, [ActorSpan(0, 1, 0, RUS), ActorSpan(8, 9, 8, UKR)])
    assert ("RUS", "DEMANDS", "UKR", "asserted", "complement-subject") in rows


def test_a_past_clause_without_that_demands_nothing():
    rows = _rows(PAST_CLAUSE, [ActorSpan(0, 1, 0, RUS), ActorSpan(2, 3, 2, UKR)])
    assert not any(r[1] == "DEMANDS" for r in rows)
