"""refusal-object and the speaker behind "we/our", on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows


def _refused(act: str, prep: bool) -> list[Row]:
    """ "Cuba refused to accept Spain's proposal." / "... to comment on Spain's proposal." """
    shift = int(prep)
    rows: list[Row] = [
        ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        (act, act, "VERB", "VB", "xcomp", 1),
    ]
    if prep:
        rows.append(("on", "on", "ADP", "IN", "prep", 3))
    return [
        *rows,
        ("Spain", "Spain", "PROPN", "NNP", "poss", 6 + shift),
        ("'s", "'s", "PART", "POS", "case", 4 + shift),
        ("proposal", "proposal", "NOUN", "NN", "pobj" if prep else "dobj", 4 if prep else 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def _cuba_spain(prep: bool) -> list[ActorSpan]:
    at = 4 + int(prep)
    return [
        ActorSpan(0, 1, 0, _country("CUB", "Cuba")),
        ActorSpan(at, at + 1, at, _country("ESP", "Spain")),
    ]


def test_refusing_anothers_proposal_rejects_its_owner():
    rows = _rows(_refused("accept", prep=False), _cuba_spain(False))
    assert ("CUB", "REJECTS", "ESP", "asserted", "refusal-object") in rows


def test_refusing_to_comment_rejects_no_one():
    rows = _rows(_refused("comment", prep=True), _cuba_spain(True))
    assert not any(r[1] == "REJECTS" for r in rows)


OUR_PLAN: list[Row] = [
    ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
    ("refused", "refuse", "VERB", "VBD", "ccomp", 11),
    ("to", "to", "PART", "TO", "aux", 3),
    ("engage", "engage", "VERB", "VB", "xcomp", 1),
    ("on", "on", "ADP", "IN", "prep", 3),
    ("our", "our", "PRON", "PRP$", "poss", 6),
    ("plan", "plan", "NOUN", "NN", "pobj", 4),
    (",", ",", "PUNCT", ",", "punct", 11),
    ("a", "a", "DET", "DT", "det", 10),
    ("Chilean", "Chilean", "PROPN", "NNP", "compound", 10),
    ("spokesman", "spokesman", "NOUN", "NN", "nsubj", 11),
    ("said", "say", "VERB", "VBD", "ROOT", 11),
    (".", ".", "PUNCT", ".", "punct", 11),
]
CHILE_GOV = Entity("CHL:GOV", "Chilean government", "Group", "CHL")


def test_our_in_a_spokesmans_words_is_the_speakers_side():
    spans = [ActorSpan(0, 1, 0, _country("PER", "Peru")), ActorSpan(9, 11, 10, CHILE_GOV)]
    rows = _rows(OUR_PLAN, spans)
    assert ("PER", "REJECTS", "CHL:GOV", "reported", "refusal-object") in rows


def test_our_outside_reported_speech_names_no_one():
    rows = [r for r in OUR_PLAN[:7]] + [(".", ".", "PUNCT", ".", "punct", 1)]
    rows[1] = ("refused", "refuse", "VERB", "VBD", "ROOT", 1)
    assert not any(
        r[1] == "REJECTS" for r in _rows(rows, [ActorSpan(0, 1, 0, _country("PER", "Peru"))])
    )


def _stance(aux: str, tag: str, lemma: str = "support") -> list[Row]:
    """ "Japan does not support China's proposal." (or "did", "would" for ``aux``)."""
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 3),
        (aux, "do" if tag != "MD" else aux, "AUX", tag, "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        (lemma, lemma, "VERB", "VB", "ROOT", 3),
        ("China", "China", "PROPN", "NNP", "poss", 6),
        ("'s", "'s", "PART", "POS", "case", 4),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


def _japan_china() -> list[ActorSpan]:
    return [
        ActorSpan(0, 1, 0, _country("JPN", "Japan")),
        ActorSpan(4, 5, 4, _country("CHN", "China")),
    ]


def test_a_present_denied_stance_is_an_asserted_rejection():
    rows = _rows(_stance("does", "VBZ"), _japan_china())
    assert ("JPN", "REJECTS", "CHN", "asserted", "negated-stance") in rows


def test_a_denied_stance_keeps_its_negated_backing():
    doc_rows = _stance("does", "VBZ", "back")
    rows = _rows(doc_rows, _japan_china())
    assert ("JPN", "REJECTS", "CHN", "asserted", "negated-stance") in rows
    assert any(r[1] == "BACKS" for r in rows)


def test_a_past_backing_not_given_rejects_no_one():
    rows = _rows(_stance("did", "VBD"), _japan_china())
    assert not any(r[4] == "negated-stance" for r in rows)


def test_a_stance_verb_without_negation_rejects_no_one():
    doc_rows = _stance("does", "VBZ")
    doc_rows[2] = ("really", "really", "ADV", "RB", "advmod", 3)
    rows = _rows(doc_rows, _japan_china())
    assert not any(r[1] == "REJECTS" for r in rows)


def test_a_denied_stance_of_a_verb_of_no_stance_rejects_no_one():
    rows = _rows(_stance("does", "VBZ", "discuss"), _japan_china())
    assert not any(r[1] == "REJECTS" for r in rows)
