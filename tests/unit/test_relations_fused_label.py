"""label-object when the parser hangs the labelled name on the label ("called Trump a threat",
"Trump" a modifier of "threat" before its determiner); "a Trump ally" is one noun phrase.
Hand-built parses of invented sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

WARREN = Entity("person:elizabeth-warren", "Elizabeth Warren", "Person", "USA")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")

# "Warren has called Trump a threat to the country."
FUSED: list[Row] = [
    ("Warren", "Warren", "PROPN", "NNP", "nsubj", 2),
    ("has", "have", "AUX", "VBZ", "aux", 2),
    ("called", "call", "VERB", "VBN", "ROOT", 2),
    ("Trump", "Trump", "PROPN", "NNP", "nmod", 5),
    ("a", "a", "DET", "DT", "det", 5),
    ("threat", "threat", "NOUN", "NN", "dobj", 2),
    ("to", "to", "ADP", "IN", "prep", 5),
    ("the", "the", "DET", "DT", "det", 8),
    ("country", "country", "NOUN", "NN", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Warren has called a Trump threat serious." (the name inside the noun phrase)
INSIDE: list[Row] = [
    ("Warren", "Warren", "PROPN", "NNP", "nsubj", 2),
    ("has", "have", "AUX", "VBZ", "aux", 2),
    ("called", "call", "VERB", "VBN", "ROOT", 2),
    ("a", "a", "DET", "DT", "det", 5),
    ("Trump", "Trump", "PROPN", "NNP", "compound", 5),
    ("threat", "threat", "NOUN", "NN", "dobj", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_name_before_the_labels_determiner_is_labelled():
    found = _rows(FUSED, [ActorSpan(0, 1, 0, WARREN), ActorSpan(3, 4, 3, TRUMP)])
    assert ("person:elizabeth-warren", "CRITICIZES", "person:donald-trump") in {
        (s, r, o) for s, r, o, _, rule in found if rule == "label-object"
    }


def test_name_after_the_determiner_is_no_labelled_party():
    found = _rows(INSIDE, [ActorSpan(0, 1, 0, WARREN), ActorSpan(4, 5, 4, TRUMP)])
    assert not any(rule == "label-object" for *_, rule in found)
