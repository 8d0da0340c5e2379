"""Event nouns in the frame of a circumstance phrase ("on the sidelines of a meeting with") and
a welcome given through a light verb ("gave a warm welcome to"), on hand-built parses, no model
(kgraph.extract.rules_nominal_actors, kgraph.extract.rules_nominal_targets).

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.rules_nominal_actors import FRAME_NOUNS
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

JPN = Entity("JPN", "Japan", "Country", "JPN")
ABE = Entity("person:shinzo-abe", "Shinzo Abe", "Person", "JPN")
PUTIN = Entity("person:vladimir-putin", "Vladimir Putin", "Person", "RUS")
MODI = Entity("person:narendra-modi", "Narendra Modi", "Person", "IND")

# "Abe spoke to reporters on the sidelines of a meeting with Putin."
SIDELINES: list[Row] = [
    ("Abe", "Abe", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("reporters", "reporter", "NOUN", "NNS", "pobj", 2),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 6),
    ("sidelines", "sideline", "NOUN", "NNS", "pobj", 4),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("a", "a", "DET", "DT", "det", 9),
    ("meeting", "meeting", "NOUN", "NN", "pobj", 7),
    ("with", "with", "ADP", "IN", "prep", 9),
    ("Putin", "Putin", "PROPN", "NNP", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Abe spoke to reporters on the eve of a meeting with Putin." (a meeting still to come)
EVE: list[Row] = [(("eve", "eve", *r[2:]) if r[0] == "sidelines" else r) for r in SIDELINES]

# "Japan gave a warm welcome to Modi."
WELCOME: list[Row] = [
    ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
    ("gave", "give", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 4),
    ("warm", "warm", "ADJ", "JJ", "amod", 4),
    ("welcome", "welcome", "NOUN", "NN", "dobj", 1),
    ("to", "to", "ADP", "IN", "dative", 1),
    ("Modi", "Modi", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]

SPANS = [ActorSpan(0, 1, 0, ABE), ActorSpan(11, 12, 11, PUTIN)]


def test_frame_nouns_are_parts_of_an_event_not_its_eve():
    assert {"sideline", "end", "close", "wake"} <= FRAME_NOUNS
    assert not {"eve", "run"} & FRAME_NOUNS


def test_meeting_on_whose_sidelines_one_speaks_is_the_speakers():
    rows = _rows(SIDELINES, SPANS)
    assert (ABE.id, "MEETS", PUTIN.id, "asserted", "nominal-adjunct") in rows


def test_meeting_on_whose_eve_one_speaks_is_not_read():
    assert not [r for r in _rows(EVE, SPANS) if r[1] == "MEETS"]


def test_welcome_given_to_a_leader_backs_him():
    rows = _rows(WELCOME, [ActorSpan(0, 1, 0, JPN), ActorSpan(6, 7, 6, MODI)])
    assert (JPN.id, "BACKS", MODI.id, "asserted", "nominal-light-verb") in rows
