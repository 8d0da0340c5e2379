"""A past-tense verb with its own subject that the parser hung as a modifier on the proper noun
after it ("Trump endorsed [Ryan and Senators John McCain]") acts on that noun and the names
hung on it (rules_verbal_objects.misparsed_finite); a participle describing a name does not. On
hand-built parses.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parses these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import TRUMP, Row, _rows

RYAN = Entity("person:paul-ryan", "Paul Ryan", "Person", "USA")
MCCAIN = Entity("person:john-mccain", "John McCain", "Person", "USA")

# "On Friday, Trump endorsed Ryan and Senators John McCain of Arizona."
ENDORSED: list[Row] = [
    ("On", "on", "ADP", "IN", "prep", 9),
    ("Friday", "Friday", "PROPN", "NNP", "pobj", 0),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 4),
    ("endorsed", "endorse", "VERB", "VBD", "amod", 9),
    ("Ryan", "Ryan", "PROPN", "NNP", "nmod", 9),
    ("and", "and", "CCONJ", "CC", "cc", 5),
    ("Senators", "Senators", "PROPN", "NNPS", "conj", 5),
    ("John", "John", "PROPN", "NNP", "compound", 9),
    ("McCain", "McCain", "PROPN", "NNP", "ROOT", 9),
    ("of", "of", "ADP", "IN", "prep", 9),
    ("Arizona", "Arizona", "PROPN", "NNP", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 9),
]

SPANS = [ActorSpan(3, 4, 3, TRUMP), ActorSpan(5, 6, 5, RYAN), ActorSpan(8, 10, 9, MCCAIN)]


def test_a_misparsed_past_verb_acts_on_the_noun_it_hangs_on():
    rows = _rows(ENDORSED, SPANS)
    assert (TRUMP.id, "BACKS", MCCAIN.id, "asserted", "active-svo") in rows
    assert (TRUMP.id, "BACKS", RYAN.id, "asserted", "active-svo") in rows


def test_a_participle_describing_a_name_acts_on_nothing():
    # the same tree with the participle "endorsed" (VBN): "the endorsed Senator McCain"
    rows_in = [
        r if r[0] != "endorsed" else ("endorsed", "endorse", "VERB", "VBN", "amod", 9)
        for r in ENDORSED
    ]
    assert not {r for r in _rows(rows_in, SPANS) if r[1] == "BACKS"}
