"""nominal-finding on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows


def _found(negated: bool, noun: str = "inquiry") -> list[Row]:
    """ "A Dutch inquiry found that Russia (did not) down(ed) the plane." """
    verb = 8 if negated else 6
    middle: list[Row] = (
        [
            ("did", "do", "AUX", "VBD", "aux", 8),
            ("not", "not", "PART", "RB", "neg", 8),
            ("down", "down", "VERB", "VB", "ccomp", 3),
        ]
        if negated
        else [("downed", "down", "VERB", "VBD", "ccomp", 3)]
    )
    return [
        ("A", "a", "DET", "DT", "det", 2),
        ("Dutch", "dutch", "ADJ", "JJ", "amod", 2),
        (noun, noun, "NOUN", "NN", "nsubj", 3),
        ("found", "find", "VERB", "VBD", "ROOT", 3),
        ("that", "that", "SCONJ", "IN", "mark", verb),
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", verb),
        *middle,
        ("the", "the", "DET", "DT", "det", verb + 2),
        ("plane", "plane", "NOUN", "NN", "dobj", verb),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


NLD_RUS = [
    ActorSpan(1, 2, 1, _country("NLD", "Netherlands")),
    ActorSpan(5, 6, 5, _country("RUS", "Russia")),
]


def test_an_inquiry_finding_that_x_did_investigates_and_accuses_x():
    rows = _rows(_found(False), NLD_RUS)
    assert ("NLD", "INVESTIGATES", "RUS", "asserted", "nominal-finding") in rows
    assert ("NLD", "CRITICIZES", "RUS", "asserted", "nominal-finding") in rows


def test_a_denied_finding_investigates_without_accusing():
    rows = _rows(_found(True), NLD_RUS)
    assert ("NLD", "INVESTIGATES", "RUS", "asserted", "nominal-finding") in rows
    assert not any(r[1] == "CRITICIZES" for r in rows)


def test_only_an_investigation_finds():
    assert not any(r[4] == "nominal-finding" for r in _rows(_found(False, "newspaper"), NLD_RUS))
