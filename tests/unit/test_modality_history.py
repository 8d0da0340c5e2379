"""A verb's act dated by a year long past is history (kgraph.extract.modality_history): "Iraq
attacked Kuwait in the 1990 war" gives no triple in an article of 2020; a recent year, "since"
and a verb to come keep theirs. Hand-built parses (no model) of invented sentences.
"""

from __future__ import annotations

import pytest

from kgraph.extract.modality_history import phrase_years
from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _build, _country, _rows

IRAQ = _country("IRQ", "Iraq")
KUWAIT = _country("KWT", "Kuwait")


def _attacked(prep: str, year: str, tag: str = "VBD") -> list[Row]:
    # "Iraq attacked Kuwait in the 1990 war and later annexed it."
    return [
        ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", tag, "ROOT", 1),
        ("Kuwait", "Kuwait", "PROPN", "NNP", "dobj", 1),
        (prep, prep, "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 6),
        (year, year, "NUM", "CD", "nummod", 6),
        ("war", "war", "NOUN", "NN", "pobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 1),
        ("later", "later", "ADV", "RB", "advmod", 9),
        ("annexed", "annex", "VERB", "VBD", "conj", 1),
        ("it", "it", "PRON", "PRP", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


SPANS = [ActorSpan(0, 1, 0, IRAQ), ActorSpan(2, 3, 2, KUWAIT)]


def _attacks(rows: list[Row]) -> bool:
    return any(r[:3] == ("IRQ", "ATTACKS", "KWT") for r in _rows(rows, SPANS))


def test_modality_history_a_year_long_past_in_the_phrase_drops_the_act():
    assert not _attacks(_attacked("in", "1990"))


def test_modality_history_a_recent_year_keeps_the_act():
    assert _attacks(_attacked("in", "2019"))


def test_modality_history_since_is_still_going_on():
    assert _attacks(_attacked("since", "1990"))


def test_modality_history_a_present_verb_is_no_history():
    # "Iraq attacks Kuwait in the 1990 war" (a history told in the present, or a film): not
    # a past act to drop here
    assert _attacks(_attacked("in", "1990", tag="VBZ"))


@pytest.mark.parametrize(("verb", "years"), [(1, [1990]), (9, [])])
def test_modality_history_phrase_years_are_the_verbs_own(verb, years):
    # the conjunct "annexed" has no date of its own (it shares "attacked"'s, which
    # dated_history reads)
    doc = _build(_attacked("in", "1990"))
    assert phrase_years(doc[verb]) == years


def test_modality_history_a_year_across_a_preposition_dates_nothing():
    # "Iraq attacked Kuwait in response to the 1990 war."
    rows: list[Row] = [
        ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Kuwait", "Kuwait", "PROPN", "NNP", "dobj", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("response", "response", "NOUN", "NN", "pobj", 3),
        ("to", "to", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 8),
        ("1990", "1990", "NUM", "CD", "nummod", 8),
        ("war", "war", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert phrase_years(_build(rows)[1]) == []
