"""Cues read in shapes that name no act between the two actors, on hand-built parses (no
model): kgraph/extract/rules_misread.py.

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once: "Burundi withdrew from the court.", "Russia warned the United States
in advance.", "Taiwan provided jobs to Americans.", "Congress met at the request of France."
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

WITHDREW: list[Row] = [
    ("Burundi", "Burundi", "PROPN", "NNP", "nsubj", 1),
    ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 1),
    ("from", "from", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("court", "court", "NOUN", "NN", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]
WARNED: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("warned", "warn", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("United", "United", "PROPN", "NNP", "compound", 4),
    ("States", "States", "PROPN", "NNP", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("advance", "advance", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
PROVIDED: list[Row] = [
    ("Taiwan", "Taiwan", "PROPN", "NNP", "nsubj", 1),
    ("provided", "provide", "VERB", "VBD", "ROOT", 1),
    ("jobs", "job", "NOUN", "NNS", "dobj", 1),
    ("to", "to", "ADP", "IN", "dative", 1),
    ("Americans", "Americans", "PROPN", "NNPS", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]
MET: list[Row] = [
    ("Congress", "Congress", "PROPN", "NNP", "nsubj", 1),
    ("met", "meet", "VERB", "VBD", "ROOT", 1),
    ("at", "at", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("request", "request", "NOUN", "NN", "pobj", 2),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("France", "France", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
BDI = _country("BDI", "Burundi")
RUS = _country("RUS", "Russia")
USA = _country("USA", "United States")
TWN = _country("TWN", "Taiwan")
FRA = _country("FRA", "France")
ICC = Entity("igo:icc", "International Criminal Court", "IGO", None)
USA_CVL = Entity("USA:CVL", "American civilians", "Group", "USA")
USA_LEG = Entity("USA:LEG", "U.S. Congress", "Group", "USA")


def _relations(rows: list[Row], spans: list[ActorSpan]) -> set[str]:
    return {r[1] for r in _rows(rows, spans)}


def test_withdrawing_from_a_body_is_no_retreat():
    spans = [ActorSpan(0, 1, 0, BDI), ActorSpan(3, 5, 4, ICC)]
    assert "CONCEDES_TO" not in _relations(WITHDREW, spans)
    # from a country it is one
    spans = [ActorSpan(0, 1, 0, BDI), ActorSpan(3, 5, 4, RUS)]
    assert "CONCEDES_TO" in _relations(WITHDREW, spans)


def test_a_warning_in_advance_threatens_nothing():
    spans = [ActorSpan(0, 1, 0, RUS), ActorSpan(2, 5, 4, USA)]
    assert "WARNS" not in _relations(WARNED, spans)
    assert "WARNS" in _relations(WARNED[:5] + [(".", ".", "PUNCT", ".", "punct", 1)], spans)


def test_jobs_provided_are_no_aid():
    spans = [ActorSpan(0, 1, 0, TWN), ActorSpan(4, 5, 4, USA_CVL)]
    assert "SUPPLIES" not in _relations(PROVIDED, spans)
    aid = [*PROVIDED[:2], ("aid", "aid", "NOUN", "NN", "dobj", 1), *PROVIDED[3:]]
    assert "SUPPLIES" in _relations(aid, spans)


def test_the_requester_of_a_meeting_is_not_its_target():
    spans = [ActorSpan(0, 1, 0, USA_LEG), ActorSpan(6, 7, 6, FRA)]
    assert not any(r[2] == "FRA" and r[1] != "APPEALS_TO" for r in _rows(MET, spans))
