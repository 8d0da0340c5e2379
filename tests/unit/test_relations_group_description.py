"""A group noun set off by a comma in apposition to a group's name stands for that group, so a
participle or relative on it speaks of the group ("the Houthis, a group backed by Iran" -> IRN
BACKS the Houthis). Hand-built parses of invented sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

SAU = Entity("SAU", "Saudi Arabia", "Country", "SAU")
IRN = Entity("IRN", "Iran", "Country", "IRN")
HOUTHIS = Entity("org:houthis", "Houthis", "Organization", "YEM")
HADI = Entity("person:abd-rabbu-mansour-hadi", "Hadi", "Person", "YEM")

# "Saudi Arabia bombed the Houthis, a group backed by Iran."
GROUP_BACKED: list[Row] = [
    ("Saudi", "Saudi", "PROPN", "NNP", "compound", 1),
    ("Arabia", "Arabia", "PROPN", "NNP", "nsubj", 2),
    ("bombed", "bomb", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("Houthis", "Houthis", "PROPN", "NNP", "dobj", 2),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("a", "a", "DET", "DT", "det", 7),
    ("group", "group", "NOUN", "NN", "appos", 4),
    ("backed", "back", "VERB", "VBN", "acl", 7),
    ("by", "by", "ADP", "IN", "agent", 8),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def _backs(rows: list[Row], named: Entity) -> set[tuple[str, str, str]]:
    spans = [ActorSpan(0, 2, 1, SAU), ActorSpan(4, 5, 4, named), ActorSpan(10, 11, 10, IRN)]
    return {(s, r, o) for s, r, o, _, _ in _rows(rows, spans) if r == "BACKS"}


def test_group_description_stands_for_the_named_group():
    assert _backs(GROUP_BACKED, HOUTHIS) == {("IRN", "BACKS", "org:houthis")}


def test_a_person_is_no_group():
    assert _backs(GROUP_BACKED, HADI) == set()


def test_a_thing_in_apposition_is_no_group():
    rows = [*GROUP_BACKED[:7], ("gun", "gun", "NOUN", "NN", "appos", 4), *GROUP_BACKED[8:]]
    assert _backs(rows, HOUTHIS) == set()


def test_no_comma_no_apposition():
    rows = [*GROUP_BACKED[:5], ("with", "with", "ADP", "IN", "prep", 4), *GROUP_BACKED[6:]]
    assert _backs(rows, HOUTHIS) == set()
