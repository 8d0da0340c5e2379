"""A subject "it" of an adverbial clause whose main clause has a common noun that is no
actor for subject refers to that thing (kgraph.extract.args_pronouns.resolve_pronoun). Hand-built
parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as the English
pipeline parsed the invented sentence.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

RUS = Entity("RUS", "Russia", "Country", "RUS")
CHN = Entity("CHN", "China", "Country", "CHN")
JPN = Entity("JPN", "Japan", "Country", "JPN")

# "The move angered China because it threatened Japan."
THE_MOVE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("move", "move", "NOUN", "NN", "nsubj", 2),
    ("angered", "anger", "VERB", "VBD", "ROOT", 2),
    ("China", "China", "PROPN", "NNP", "dobj", 2),
    ("because", "because", "SCONJ", "IN", "mark", 6),
    ("it", "it", "PRON", "PRP", "nsubj", 6),
    ("threatened", "threaten", "VERB", "VBD", "advcl", 2),
    ("Japan", "Japan", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Russia angered China because it threatened Japan."
RUSSIA: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("angered", "anger", "VERB", "VBD", "ROOT", 1),
    ("China", "China", "PROPN", "NNP", "dobj", 1),
    ("because", "because", "SCONJ", "IN", "mark", 5),
    ("it", "it", "PRON", "PRP", "nsubj", 5),
    ("threatened", "threaten", "VERB", "VBD", "advcl", 1),
    ("Japan", "Japan", "PROPN", "NNP", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_it_after_a_thing_subject_is_that_thing_not_the_actor_named_between():
    rows = _rows(THE_MOVE, [ActorSpan(3, 4, 3, CHN), ActorSpan(7, 8, 7, JPN)])
    assert not any(r[1] == "WARNS" for r in rows)


def test_it_after_an_actor_subject_is_that_actor():
    rows = _rows(
        RUSSIA, [ActorSpan(0, 1, 0, RUS), ActorSpan(2, 3, 2, CHN), ActorSpan(6, 7, 6, JPN)]
    )
    assert ("RUS", "WARNS", "JPN", "asserted", "active-svo") in rows
