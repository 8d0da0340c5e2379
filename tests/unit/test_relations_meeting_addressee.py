"""The meeting-addressee rule on frozen parses (:mod:`kgraph.extract.rules_call`): a verb of
telling done at a meeting that names no partner of its own is a meeting (MEETS 040) between
the teller and the one told. Rows are shaped like the English pipeline's parses of invented
sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

# "Ghana's president told Togo's leader at a meeting in Accra that the border would reopen."
TOLD_AT_MEETING: list[Row] = [
    ("Ghana", "Ghana", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("president", "president", "NOUN", "NN", "nsubj", 3),
    ("told", "tell", "VERB", "VBD", "ROOT", 3),
    ("Togo", "Togo", "PROPN", "NNP", "poss", 6),
    ("'s", "'s", "PART", "POS", "case", 4),
    ("leader", "leader", "NOUN", "NN", "dobj", 3),
    ("at", "at", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 9),
    ("meeting", "meeting", "NOUN", "NN", "pobj", 7),
    ("in", "in", "ADP", "IN", "prep", 9),
    ("Accra", "Accra", "PROPN", "NNP", "pobj", 10),
    ("that", "that", "SCONJ", "IN", "mark", 16),
    ("the", "the", "DET", "DT", "det", 14),
    ("border", "border", "NOUN", "NN", "nsubj", 16),
    ("would", "would", "AUX", "MD", "aux", 16),
    ("reopen", "reopen", "VERB", "VB", "ccomp", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]
GHA_GOV = Entity("GHA:GOV", "Ghanaian government", "Group", "GHA")
TGO_GOV = Entity("TGO:GOV", "Togolese government", "Group", "TGO")
SPANS = [ActorSpan(0, 3, 2, GHA_GOV), ActorSpan(4, 7, 6, TGO_GOV)]


def _replaced(rows: list[Row], index: int, row: Row) -> list[Row]:
    return [row if i == index else r for i, r in enumerate(rows)]


def test_telling_someone_at_a_meeting_is_a_meeting_with_them():
    rows = _rows(TOLD_AT_MEETING, SPANS)
    assert ("GHA:GOV", "MEETS", "TGO:GOV", "asserted", "meeting-addressee") in rows


def test_over_dinner_or_during_talks_is_a_meeting_too():
    dinner = _replaced(TOLD_AT_MEETING, 9, ("dinner", "dinner", "NOUN", "NN", "pobj", 7))
    over = _replaced(dinner, 7, ("over", "over", "ADP", "IN", "prep", 3))
    during = _replaced(TOLD_AT_MEETING, 7, ("during", "during", "ADP", "IN", "prep", 3))
    talks = _replaced(during, 9, ("talks", "talk", "NOUN", "NNS", "pobj", 7))
    for rows in (over, talks):
        assert ("GHA:GOV", "MEETS", "TGO:GOV", "asserted", "meeting-addressee") in _rows(
            rows, SPANS
        )


def test_a_verb_that_tells_no_one_or_a_noun_that_is_no_meeting_gives_nothing():
    # "... praised Togo's leader at a meeting ...": not a verb of telling
    praised = _replaced(TOLD_AT_MEETING, 3, ("praised", "praise", "VERB", "VBD", "ROOT", 3))
    # "... told Togo's leader at a rally ...": no meeting
    rally = _replaced(TOLD_AT_MEETING, 9, ("rally", "rally", "NOUN", "NN", "pobj", 7))
    for rows in (praised, rally):
        assert not {r for r in _rows(rows, SPANS) if r[4] == "meeting-addressee"}


# "Ghana's president told Togo's leader at a meeting with Benin that ...": the meeting names
# its own partner (the nominal rules read it), so the one told is no partner of it.
WITH_BENIN: list[Row] = [
    *TOLD_AT_MEETING[:10],
    ("with", "with", "ADP", "IN", "prep", 9),
    ("Benin", "Benin", "PROPN", "NNP", "pobj", 10),
    *TOLD_AT_MEETING[12:],
]


def test_a_meeting_that_names_its_partner_is_left_to_the_nominal_rules():
    spans = [*SPANS, ActorSpan(11, 12, 11, _country("BEN", "Benin"))]
    rows = _rows(WITH_BENIN, spans)
    assert not {r for r in rows if r[4] == "meeting-addressee"}


def test_a_body_told_in_session_is_no_meeting_partner():
    council = Entity("igo:unsc", "UN Security Council", "IGO", None)
    spans = [ActorSpan(0, 3, 2, GHA_GOV), ActorSpan(4, 7, 6, council)]
    assert not {r for r in _rows(TOLD_AT_MEETING, spans) if r[4] == "meeting-addressee"}
