"""The joint-agentive shape on hand-built parses: a plural agent noun of the lexicon's
<mutual_agents> class said by a copula of joint subjects holds between them, both ways
("Japan and Australia are close allies." -> JPN BACKS AUS, AUS BACKS JPN)."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows


def _allies(adverb: str | None) -> list[Row]:
    """ "Japan and Australia are [adverb] close allies." """
    rows: list[Row] = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Australia", "Australia", "PROPN", "NNP", "conj", 0),
        ("are", "be", "AUX", "VBP", "ROOT", 3),
    ]
    if adverb is not None:
        rows.append((adverb, adverb, "ADV", "RB", "advmod", 3))
    n = len(rows)
    rows += [
        ("close", "close", "ADJ", "JJ", "amod", n + 1),
        ("allies", "ally", "NOUN", "NNS", "attr", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    return rows


SPANS = [
    ActorSpan(0, 1, 0, _country("JPN", "Japan")),
    ActorSpan(2, 3, 2, _country("AUS", "Australia")),
]


def test_joint_subjects_of_a_mutual_agent_noun_act_on_each_other() -> None:
    rows = _rows(_allies(None), SPANS)
    assert ("JPN", "BACKS", "AUS", "asserted", "joint-agentive") in rows
    assert ("AUS", "BACKS", "JPN", "asserted", "joint-agentive") in rows


def test_allies_once_are_allies_no_more() -> None:
    assert not any(r[1] == "BACKS" for r in _rows(_allies("once"), SPANS))
