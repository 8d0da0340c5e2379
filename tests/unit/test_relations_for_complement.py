"""for-complement: an appeal verb's for-to clause subject is the one asked ("Germany called for
Russia to withdraw its troops"). Hand-built parses of invented sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

DEU = Entity("DEU", "Germany", "Country", "DEU")
RUS = Entity("RUS", "Russia", "Country", "RUS")

# "Germany called for Russia to withdraw its troops."
CALLED_FOR_TO: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
    ("called", "call", "VERB", "VBD", "ROOT", 1),
    ("for", "for", "SCONJ", "IN", "mark", 5),
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 5),
    ("to", "to", "PART", "TO", "aux", 5),
    ("withdraw", "withdraw", "VERB", "VB", "advcl", 1),
    ("its", "its", "PRON", "PRP$", "poss", 7),
    ("troops", "troop", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_for_to_clause_subject_is_asked():
    found = _rows(CALLED_FOR_TO, [ActorSpan(0, 1, 0, DEU), ActorSpan(3, 4, 3, RUS)])
    assert ("DEU", "APPEALS_TO", "RUS", "asserted", "for-complement") in found


def test_a_verb_outside_the_class_asks_no_one():
    # "Germany waited for Russia to withdraw its troops."
    rows = [CALLED_FOR_TO[0], ("waited", "wait", "VERB", "VBD", "ROOT", 1), *CALLED_FOR_TO[2:]]
    found = _rows(rows, [ActorSpan(0, 1, 0, DEU), ActorSpan(3, 4, 3, RUS)])
    assert not any(rule == "for-complement" for *_, rule in found)
