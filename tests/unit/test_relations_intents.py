"""Negation by a "no" argument, readiness and schedules as stated intents, on hand-built parses.

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import OBAMA, PUTIN, Row, _build, _country, _rows

EGYPT_NO_OIL: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
    ("exported", "export", "VERB", "VBD", "ROOT", 1),
    ("no", "no", "DET", "DT", "det", 3),
    ("oil", "oil", "NOUN", "NN", "dobj", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("Cuba", "Cuba", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]
EGYPT_CUBA = [
    ActorSpan(0, 1, 0, _country("EGY", "Egypt")),
    ActorSpan(5, 6, 5, _country("CUB", "Cuba")),
]


def _negated(rows: list[Row], spans: list[ActorSpan]) -> dict[tuple[str, str, str], bool]:
    from kgraph.extract.relations import extract_relations
    from kgraph.model import Document

    doc = _build(rows)
    triples = extract_relations(doc, spans, Document("neg", " ".join(r[0] for r in rows)))
    return {(t.subject.id, t.relation, t.object.id): t.negated for t in triples}


def test_a_no_determiner_on_the_object_denies_the_act():
    found = _negated(EGYPT_NO_OIL, EGYPT_CUBA)
    assert found, "the export cue must still be read"
    assert all(found.values())


def test_the_same_act_without_no_is_asserted():
    rows = [r for r in EGYPT_NO_OIL if r[0] != "no"]
    rows = [(w, lem, pos, tag, dep, h - 1 if h > 2 else h) for w, lem, pos, tag, dep, h in rows]
    found = _negated(rows, [EGYPT_CUBA[0], ActorSpan(4, 5, 4, _country("CUB", "Cuba"))])
    assert found and not any(found.values())


def _ready(negated: bool) -> list[Row]:
    shift = int(negated)
    rows: list[Row] = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("is", "be", "AUX", "VBZ", "ROOT", 1),
    ]
    if negated:
        rows.append(("not", "not", "PART", "RB", "neg", 1))
    return [
        *rows,
        ("ready", "ready", "ADJ", "JJ", "acomp", 1),
        ("to", "to", "PART", "TO", "aux", 4 + shift),
        ("resume", "resume", "VERB", "VB", "xcomp", 2 + shift),
        ("talks", "talk", "NOUN", "NNS", "dobj", 4 + shift),
        ("with", "with", "ADP", "IN", "prep", 5 + shift),
        ("France", "France", "PROPN", "NNP", "pobj", 6 + shift),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def _iran_france(negated: bool) -> list[ActorSpan]:
    shift = int(negated)
    return [
        ActorSpan(0, 1, 0, _country("IRN", "Iran")),
        ActorSpan(7 + shift, 8 + shift, 7 + shift, _country("FRA", "France")),
    ]


def test_ready_to_resume_talks_offers_them():
    rows = _rows(_ready(False), _iran_france(False))
    assert ("IRN", "OFFERS", "FRA", "asserted", "stated-intent") in rows
    # the talks themselves have not happened
    assert not any(r[1] == "NEGOTIATES_WITH" and r[3] == "asserted" for r in rows)


def test_not_ready_to_resume_talks_is_neither_offer_nor_refusal():
    rows = _rows(_ready(True), _iran_france(True))
    assert not any(r[1] in ("OFFERS", "REJECTS") for r in rows)


def _scheduled(word: str, lemma: str) -> list[Row]:
    return [
        ("Obama", "Obama", "PROPN", "NNP", "nsubjpass", 2),
        ("is", "be", "AUX", "VBZ", "auxpass", 2),
        (word, lemma, "VERB", "VBN", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        ("meet", "meet", "VERB", "VB", "xcomp", 2),
        ("Putin", "Putin", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


OBAMA_PUTIN = [ActorSpan(0, 1, 0, OBAMA), ActorSpan(5, 6, 5, PUTIN)]


def test_a_scheduled_meeting_is_an_intent_to_meet():
    rows = _rows(_scheduled("scheduled", "schedule"), OBAMA_PUTIN)
    assert (OBAMA.id, "OFFERS", PUTIN.id, "asserted", "stated-intent") in rows
    assert (OBAMA.id, "MEETS", PUTIN.id, "hypothetical", "control-subject") in rows


def test_an_expected_meeting_is_an_intent_to_meet():
    # "Obama is expected to meet Putin": news English for a meeting on Obama's schedule
    rows = _rows(_scheduled("expected", "expect"), OBAMA_PUTIN)
    assert (OBAMA.id, "OFFERS", PUTIN.id, "asserted", "stated-intent") in rows
    assert not any(r[1] == "MEETS" and r[3] == "asserted" for r in rows)
