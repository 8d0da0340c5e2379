"""A subject "they" of an adverbial clause after a plural party its main clause names, on
hand-built parses (no model): a party that is no actor ("the farmers") is what "they" stands
for, so no actor named before it is; a party that is an actor leaves "they" to the other
rules (kgraph.extract.args_clauses.party_before). Rows are (word, lemma, POS, tag, dependency, head
index), as the English pipeline parsed these invented sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import TRUMP, Row, _country, _rows

CAN = _country("CAN", "Canada")
MEX = _country("MEX", "Mexico")
JPN = _country("JPN", "Japan")
FARM_LOBBY = Entity("org:farm-lobby", "farm lobby", "Organization", "USA")

# "Canada and Mexico sell goods. Trump argued with the farmers after they criticized Japan."
ARGUED_AFTER: list[Row] = [
    ("Canada", "Canada", "PROPN", "NNP", "nsubj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("Mexico", "Mexico", "PROPN", "NNP", "conj", 0),
    ("sell", "sell", "VERB", "VBP", "ROOT", 3),
    ("goods", "good", "NOUN", "NNS", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 7),
    ("argued", "argue", "VERB", "VBD", "ROOT", 7),
    ("with", "with", "ADP", "IN", "prep", 7),
    ("the", "the", "DET", "DT", "det", 10),
    ("farmers", "farmer", "NOUN", "NNS", "pobj", 8),
    ("after", "after", "SCONJ", "IN", "mark", 13),
    ("they", "they", "PRON", "PRP", "nsubj", 13),
    ("criticized", "criticize", "VERB", "VBD", "advcl", 7),
    ("Japan", "Japan", "PROPN", "NNP", "dobj", 13),
    (".", ".", "PUNCT", ".", "punct", 7),
]
SPANS = [
    ActorSpan(0, 1, 0, CAN),
    ActorSpan(2, 3, 2, MEX),
    ActorSpan(6, 7, 6, TRUMP),
    ActorSpan(14, 15, 14, JPN),
]


def _critics(spans: list[ActorSpan]) -> set[str]:
    rows = _rows(ARGUED_AFTER, spans)
    return {r[0] for r in rows if r[1:3] == ("CRITICIZES", "JPN")}


def test_pronoun_they_after_a_party_that_is_no_actor_is_no_one():
    assert _critics(SPANS) == set()


def test_pronoun_they_after_a_party_that_is_an_actor_is_left_to_the_other_rules():
    # the party is an actor: "they" is resolved as before (here the coordinated subject)
    spans = [*SPANS, ActorSpan(9, 11, 10, FARM_LOBBY)]
    assert _critics(spans)
