"""Criticism (CAMEO 11) shapes on hand-built parses (no model): a wrongful adverb in an accused
deed, a participle on a message its owner names, an act's by-phrase hung on the verb.

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

import pytest

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows


def _seized(adverb: list[Row]) -> list[Row]:
    """ "Iran said Israel illegally seized the land." (or without the adverb)."""
    base = len(adverb)
    return [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 3 + base),
        *adverb,
        ("seized", "seize", "VERB", "VBD", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 5 + base),
        ("land", "land", "NOUN", "NN", "dobj", 3 + base),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


SPANS = [
    ActorSpan(0, 1, 0, _country("IRN", "Iran")),
    ActorSpan(2, 3, 2, _country("ISR", "Israel")),
]


def test_accused_deed_wrongful_adverb_accuses_the_doer():
    adverb: list[Row] = [("illegally", "illegally", "ADV", "RB", "advmod", 4)]
    rows = _rows(_seized(adverb), SPANS)
    assert ("IRN", "CRITICIZES", "ISR", "asserted", "accused-deed") in rows


def test_accused_deed_plain_act_accuses_no_one():
    rows = _rows(_seized([]), SPANS)
    assert not any(r[1] == "CRITICIZES" for r in rows)


def _remarks(noun: str, lemma: str) -> list[Row]:
    """ "Iran's remarks blaming Israel angered China." (or another noun)."""
    return [
        ("Iran", "Iran", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        (noun, lemma, "NOUN", "NNS", "nsubj", 5),
        ("blaming", "blame", "VERB", "VBG", "acl", 2),
        ("Israel", "Israel", "PROPN", "NNP", "dobj", 3),
        ("angered", "anger", "VERB", "VBD", "ROOT", 5),
        ("China", "China", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]


REMARK_SPANS = [
    ActorSpan(0, 1, 0, _country("IRN", "Iran")),
    ActorSpan(4, 5, 4, _country("ISR", "Israel")),
    ActorSpan(6, 7, 6, _country("CHN", "China")),
]


@pytest.mark.parametrize(
    ("noun", "lemma", "sent"), [("remarks", "remark", True), ("troops", "troop", False)]
)
def test_message_sender_owner_of_remarks_blames(noun: str, lemma: str, sent: bool):
    rows = _rows(_remarks(noun, lemma), REMARK_SPANS)
    assert (("IRN", "CRITICIZES", "ISR", "asserted", "message-sender") in rows) is sent


def _condemned(noun: str, lemma: str) -> list[Row]:
    """ "Japan condemned the launches by Pyongyang.": the by-phrase hung on the verb."""
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        (noun, lemma, "NOUN", "NNS", "dobj", 1),
        ("by", "by", "ADP", "IN", "prep", 1),
        ("Pyongyang", "Pyongyang", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


@pytest.mark.parametrize(
    ("noun", "lemma", "found"), [("launches", "launch", True), ("songs", "song", False)]
)
def test_criticized_act_by_phrase_on_the_verb_names_the_doer(noun: str, lemma: str, found: bool):
    spans = [
        ActorSpan(0, 1, 0, _country("JPN", "Japan")),
        ActorSpan(5, 6, 5, _country("PRK", "North Korea")),
    ]
    rows = _rows(_condemned(noun, lemma), spans)
    assert (("JPN", "CRITICIZES", "PRK", "asserted", "active-svo") in rows) is found
