"""Members named by an including- or such-as-phrase stand in for a plural noun that is no actor
("criticized several countries, including Turkey and Iran"); hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows


def _country(code: str, name: str) -> Entity:
    return Entity(code, name, "Country", code)


SYR, TUR, IRN = _country("SYR", "Syria"), _country("TUR", "Turkey"), _country("IRN", "Iran")
JOR, EGY, ISR = _country("JOR", "Jordan"), _country("EGY", "Egypt"), _country("ISR", "Israel")
PARIS = Entity("loc:paris", "Paris", "Location", "FRA")

# "Syria criticized several countries, including Turkey and Iran."
INCLUDING_OBJECT: list[Row] = [
    ("Syria", "Syria", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("several", "several", "ADJ", "JJ", "amod", 3),
    ("countries", "country", "NOUN", "NNS", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("including", "include", "VERB", "VBG", "prep", 3),
    ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 5),
    ("and", "and", "CCONJ", "CC", "cc", 6),
    ("Iran", "Iran", "PROPN", "NNP", "conj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Neighbours such as Jordan and Egypt condemned Israel."
SUCH_AS_SUBJECT: list[Row] = [
    ("Neighbours", "neighbour", "NOUN", "NNS", "nsubj", 6),
    ("such", "such", "ADJ", "JJ", "amod", 2),
    ("as", "as", "ADP", "IN", "prep", 0),
    ("Jordan", "Jordan", "PROPN", "NNP", "pobj", 2),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("Egypt", "Egypt", "PROPN", "NNP", "conj", 3),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 6),
    ("Israel", "Israel", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]

# "Israel condemned several states, including the city of Paris."
INCLUDING_A_PLACE: list[Row] = [
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
    ("several", "several", "ADJ", "JJ", "amod", 3),
    ("states", "state", "NOUN", "NNS", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("including", "include", "VERB", "VBG", "prep", 3),
    ("the", "the", "DET", "DT", "det", 7),
    ("city", "city", "NOUN", "NN", "pobj", 5),
    ("of", "of", "ADP", "IN", "prep", 7),
    ("Paris", "Paris", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _pairs(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _, _ in _rows(rows, spans)}


def test_including_phrase_names_each_target():
    spans = [ActorSpan(0, 1, 0, SYR), ActorSpan(6, 7, 6, TUR), ActorSpan(8, 9, 8, IRN)]
    assert _pairs(INCLUDING_OBJECT, spans) == {
        ("SYR", "CRITICIZES", "TUR"),
        ("SYR", "CRITICIZES", "IRN"),
    }


def test_such_as_phrase_names_each_subject():
    spans = [ActorSpan(3, 4, 3, JOR), ActorSpan(5, 6, 5, EGY), ActorSpan(7, 8, 7, ISR)]
    assert _pairs(SUCH_AS_SUBJECT, spans) == {
        ("JOR", "CRITICIZES", "ISR"),
        ("EGY", "CRITICIZES", "ISR"),
    }


def test_a_member_must_be_an_actor_itself():
    # the city is no actor and Paris is a place inside its of-phrase: no target
    spans = [ActorSpan(0, 1, 0, ISR), ActorSpan(9, 10, 9, PARIS, is_place=True)]
    assert _pairs(INCLUDING_A_PLACE, spans) == set()


def test_without_the_phrase_no_member():
    rows = INCLUDING_OBJECT[:4] + [(".", ".", "PUNCT", ".", "punct", 1)]
    assert _pairs(rows, [ActorSpan(0, 1, 0, SYR)]) == set()
