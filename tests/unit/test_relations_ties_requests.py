"""Ties cut between joint subjects (rules_verbal._ties_between) and a request owned by a
possessive pronoun (rules_targets._pronoun_requester), on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import OBAMA, Row, _country, _rows

MERKEL = Entity("person:angela-merkel", "Angela Merkel", "Person", "DEU")


def _severed(partner: bool) -> list[Row]:
    """ "Iran and Cuba severed diplomatic ties." / "... ties with Chile." """
    rows: list[Row] = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Cuba", "Cuba", "PROPN", "NNP", "conj", 0),
        ("severed", "sever", "VERB", "VBD", "ROOT", 3),
        ("diplomatic", "diplomatic", "ADJ", "JJ", "amod", 5),
        ("ties", "tie", "NOUN", "NNS", "dobj", 3),
    ]
    if partner:
        rows += [
            ("with", "with", "ADP", "IN", "prep", 5),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 6),
        ]
    return [*rows, (".", ".", "PUNCT", ".", "punct", 3)]


def _iran_cuba(partner: bool) -> list[ActorSpan]:
    spans = [
        ActorSpan(0, 1, 0, _country("IRN", "Iran")),
        ActorSpan(2, 3, 2, _country("CUB", "Cuba")),
    ]
    if partner:
        spans.append(ActorSpan(7, 8, 7, _country("CHL", "Chile")))
    return spans


def test_joint_subjects_severing_ties_sanction_each_other():
    rows = {r[:3] for r in _rows(_severed(partner=False), _iran_cuba(partner=False))}
    assert ("IRN", "SANCTIONS", "CUB") in rows
    assert ("CUB", "SANCTIONS", "IRN") in rows


def test_ties_severed_with_a_partner_are_not_between_the_subjects():
    rows = {r[:3] for r in _rows(_severed(partner=True), _iran_cuba(partner=True))}
    assert ("IRN", "SANCTIONS", "CHL") in rows
    assert ("CUB", "SANCTIONS", "CHL") in rows
    assert ("IRN", "SANCTIONS", "CUB") not in rows


# "Obama said Merkel rebuffed his request."
HIS_REQUEST: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("Merkel", "Merkel", "PROPN", "NNP", "nsubj", 3),
    ("rebuffed", "rebuff", "VERB", "VBD", "ccomp", 1),
    ("his", "his", "PRON", "PRP$", "poss", 5),
    ("request", "request", "NOUN", "NN", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_request_owned_by_a_pronoun_is_rejected_from_its_maker():
    rows = _rows(HIS_REQUEST, [ActorSpan(0, 1, 0, OBAMA), ActorSpan(2, 3, 2, MERKEL)])
    assert any(r[:3] == (MERKEL.id, "REJECTS", OBAMA.id) for r in rows)


# "Merkel rejected her demands."
HER_DEMANDS: list[Row] = [
    ("Merkel", "Merkel", "PROPN", "NNP", "nsubj", 1),
    ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
    ("her", "her", "PRON", "PRP$", "poss", 3),
    ("demands", "demand", "NOUN", "NNS", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_request_of_the_subjects_own_has_no_target():
    rows = _rows(HER_DEMANDS, [ActorSpan(0, 1, 0, MERKEL)])
    assert not any(r[1] == "REJECTS" for r in rows)
