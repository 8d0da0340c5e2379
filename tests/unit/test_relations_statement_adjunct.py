"""statement-adjunct (read as nominal-adjunct): an ownerless statement noun in an in/with-phrase
of an active clause is the subject's own words ("In a swipe at Hamas, Israel said ..."), not
a bare or definite noun nor one a passive subject is met with. Hand-built parses of invented
sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

ISR_GOV = Entity("ISR:GOV", "Israeli government", "Group", "ISR")
HAMAS = Entity("org:hamas", "Hamas", "Organization", "PSE")

# "In a swipe at Hamas, the government spoke."
SWIPE_SPOKE: list[Row] = [
    ("In", "in", "ADP", "IN", "prep", 8),
    ("a", "a", "DET", "DT", "det", 2),
    ("swipe", "swipe", "NOUN", "NN", "pobj", 0),
    ("at", "at", "ADP", "IN", "prep", 2),
    ("Hamas", "Hamas", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 8),
    ("the", "the", "DET", "DT", "det", 7),
    ("government", "government", "NOUN", "NN", "nsubj", 8),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]

# "In the swipe at Hamas, the government spoke." (a definite noun: someone else's words)
THE_SWIPE_SPOKE: list[Row] = [
    SWIPE_SPOKE[0],
    ("the", "the", "DET", "DT", "det", 2),
    *SWIPE_SPOKE[2:],
]

# "The government was met with a swipe at Hamas."
MET_WITH_SWIPE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("government", "government", "NOUN", "NN", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("met", "meet", "VERB", "VBN", "ROOT", 3),
    ("with", "with", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("swipe", "swipe", "NOUN", "NN", "pobj", 4),
    ("at", "at", "ADP", "IN", "prep", 6),
    ("Hamas", "Hamas", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_a_swipe_in_a_circumstance_phrase_is_the_subject_s_criticism():
    spans = [ActorSpan(4, 5, 4, HAMAS), ActorSpan(6, 8, 7, ISR_GOV)]
    rows = _rows(SWIPE_SPOKE, spans)
    assert ("ISR:GOV", "CRITICIZES", "org:hamas", "asserted", "nominal-adjunct") in rows


def test_a_definite_swipe_is_no_words_of_the_subject():
    spans = [ActorSpan(4, 5, 4, HAMAS), ActorSpan(6, 8, 7, ISR_GOV)]
    rows = _rows(THE_SWIPE_SPOKE, spans)
    assert not any(r[0] == "ISR:GOV" and r[1] == "CRITICIZES" for r in rows)


def test_a_swipe_a_passive_subject_is_met_with_is_not_its_own():
    spans = [ActorSpan(0, 2, 1, ISR_GOV), ActorSpan(8, 9, 8, HAMAS)]
    rows = _rows(MET_WITH_SWIPE, spans)
    assert not any(r[0] == "ISR:GOV" and r[1] == "CRITICIZES" for r in rows)
