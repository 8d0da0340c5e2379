"""The stationed-troops rule (kgraph.extract.rules_garrison) on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once: "Russia has troops stationed in Syria.", "Boeing has specialists
stationed in China."
"""

from __future__ import annotations

import pytest

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows


def _kept(noun: str, lemma: str) -> list[Row]:
    return [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("has", "have", "VERB", "VBZ", "ROOT", 1),
        (noun, lemma, "NOUN", "NNS", "dobj", 1),
        ("stationed", "station", "VERB", "VBN", "acl", 2),
        ("in", "in", "ADP", "IN", "prep", 3),
        ("Syria", "Syria", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


RUS = _country("RUS", "Russia")
SYR = _country("SYR", "Syria")


def test_troops_kept_stationed_abroad_are_deployed_there():
    rows = _rows(_kept("troops", "troop"), [ActorSpan(0, 1, 0, RUS), ActorSpan(5, 6, 5, SYR)])
    assert ("RUS", "DEPLOYS_TO", "SYR", "asserted", "stationed-troops") in rows


def test_specialists_kept_abroad_are_no_deployment():
    rows = _rows(
        _kept("specialists", "specialist"), [ActorSpan(0, 1, 0, RUS), ActorSpan(5, 6, 5, SYR)]
    )
    assert not any(r[1] == "DEPLOYS_TO" for r in rows)


@pytest.mark.parametrize(
    ("place", "deployed"),
    [
        (Entity("loc:latakia", "Latakia", "Location", "SYR"), True),
        (Entity("loc:kaliningrad", "Kaliningrad", "Location", "RUS"), False),  # home ground
    ],
)
def test_troops_stationed_in_a_place_of_one_s_own_country_are_no_deployment(
    place: Entity, deployed: bool
):
    rows = _rows(_kept("troops", "troop"), [ActorSpan(0, 1, 0, RUS), ActorSpan(5, 6, 5, place)])
    assert any(r[1] == "DEPLOYS_TO" for r in rows) is deployed
