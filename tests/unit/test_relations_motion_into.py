"""nominal-light-verb with a verb of motion into or to an event ("Merkel went into a meeting
with Erdogan"): the mover takes part. Hand-built parses of invented sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

MERKEL = Entity("person:angela-merkel", "Angela Merkel", "Person", "DEU")
ERDOGAN = Entity("person:recep-tayyip-erdogan", "Recep Tayyip Erdogan", "Person", "TUR")

# "Merkel went into a meeting with Erdogan."
WENT_INTO: list[Row] = [
    ("Merkel", "Merkel", "PROPN", "NNP", "nsubj", 1),
    ("went", "go", "VERB", "VBD", "ROOT", 1),
    ("into", "into", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 4),
    ("meeting", "meeting", "NOUN", "NN", "pobj", 2),
    ("with", "with", "ADP", "IN", "prep", 4),
    ("Erdogan", "Erdogan", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]

SPANS = [ActorSpan(0, 1, 0, MERKEL), ActorSpan(6, 7, 6, ERDOGAN)]


def test_mover_into_a_meeting_meets_its_party():
    found = {
        (s, r, o) for s, r, o, _, rule in _rows(WENT_INTO, SPANS) if rule == "nominal-light-verb"
    }
    assert ("person:angela-merkel", "MEETS", "person:recep-tayyip-erdogan") in found


def test_a_verb_of_no_motion_lends_no_party():
    # "Merkel spoke into a meeting with Erdogan." (no verb of motion)
    rows = [WENT_INTO[0], ("spoke", "speak", "VERB", "VBD", "ROOT", 1), *WENT_INTO[2:]]
    assert not any(rule == "nominal-light-verb" for *_, rule in _rows(rows, SPANS))
