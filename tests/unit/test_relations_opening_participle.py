"""The opening-participle shape on hand-built parses: a passive participle with a by-agent
opening its sentence is done to its clause's subject ("Backed by Ankara and Tehran, the Iraqi
government demanded talks." -> TUR BACKS IRQ:GOV, IRN BACKS IRQ:GOV)."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

IRAQI_GOVERNMENT = Entity("IRQ:GOV", "the Iraqi government", "Group", "IRQ")

# "Backed by Ankara and Tehran, the Iraqi government demanded talks."
BACKED_OPENING: list[Row] = [
    ("Backed", "back", "VERB", "VBN", "advcl", 9),
    ("by", "by", "ADP", "IN", "agent", 0),
    ("Ankara", "Ankara", "PROPN", "NNP", "pobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("Tehran", "Tehran", "PROPN", "NNP", "conj", 2),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("the", "the", "DET", "DT", "det", 8),
    ("Iraqi", "iraqi", "ADJ", "JJ", "amod", 8),
    ("government", "government", "NOUN", "NN", "nsubj", 9),
    ("demanded", "demand", "VERB", "VBD", "ROOT", 9),
    ("talks", "talk", "NOUN", "NNS", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]

SPANS = [
    ActorSpan(2, 3, 2, _country("TUR", "Turkey")),
    ActorSpan(4, 5, 4, _country("IRN", "Iran")),
    ActorSpan(6, 9, 8, IRAQI_GOVERNMENT),
]


def test_an_opening_participle_is_done_to_its_clause_subject() -> None:
    rows = _rows(BACKED_OPENING, SPANS)
    assert ("TUR", "BACKS", "IRQ:GOV", "asserted", "opening-participle") in rows
    assert ("IRN", "BACKS", "IRQ:GOV", "asserted", "opening-participle") in rows


def test_the_clause_subject_does_not_back_anyone() -> None:
    rows = _rows(BACKED_OPENING, SPANS)
    assert not any(r[0] == "IRQ:GOV" and r[1] == "BACKS" for r in rows)


def test_a_participle_inside_the_sentence_is_no_opening() -> None:
    # "Talks, backed by Ankara and Tehran, the Iraqi government demanded.": the participle
    # does not open the sentence, so the opening-participle reading does not apply
    shifted = [(w, lem, p, t, d, h + 1) for (w, lem, p, t, d, h) in BACKED_OPENING]
    rows_ = [("Talks", "talk", "NOUN", "NNS", "dep", 10), *shifted]
    spans = [ActorSpan(s.start + 1, s.end + 1, s.head + 1, s.entity) for s in SPANS]
    rows = _rows(rows_, spans)
    assert not any(r[4] == "opening-participle" for r in rows)
