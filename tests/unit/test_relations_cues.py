"""Cues of the relation lexicon on hand-built parses (no model): a phrasal verb ("hit out
at"), a noun of agreement after a light verb ("secured an agreement with") and an appeal verb
with an object and an infinitive ("lobbied Russia to curb") read as the lexicon's relation.

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows


def _c(at: int, code: str, name: str) -> ActorSpan:
    return ActorSpan(at, at + 1, at, _country(code, name))


def test_hit_out_at_criticizes():
    rows: list[Row] = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("hit", "hit", "VERB", "VBD", "ROOT", 1),
        ("out", "out", "ADP", "RP", "prt", 1),
        ("at", "at", "ADP", "IN", "prep", 1),
        ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "IRN", "Iran"), _c(4, "EGY", "Egypt")])
    assert ("IRN", "CRITICIZES", "EGY", "asserted", "prep-object") in found


def test_securing_an_agreement_with_agrees():
    rows: list[Row] = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("secured", "secure", "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3),
        ("agreement", "agreement", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "CHL", "Chile"), _c(5, "PER", "Peru")])
    assert any(r[1] == "AGREES_WITH" and {r[0], r[2]} == {"CHL", "PER"} for r in found)


def test_lobbying_a_state_to_act_appeals_to_it():
    rows: list[Row] = [
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
        ("lobbied", "lobby", "VERB", "VBD", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "NNP", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("curb", "curb", "VERB", "VB", "xcomp", 1),
        ("Iran", "Iran", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "ISR", "Israel"), _c(2, "RUS", "Russia"), _c(5, "IRN", "Iran")])
    assert ("ISR", "APPEALS_TO", "RUS", "asserted", "active-svo") in found
