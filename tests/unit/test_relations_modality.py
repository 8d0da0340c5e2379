"""Negation, modality and the statements derived from them (intent, accusation)."""

from __future__ import annotations

import pytest

from kgraph.extract.modality import Modality, clause_modality
from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Triple
from tests.unit.test_relations_parses import actors, document, parse
from tests.unit.test_relations_shapes import Row, _build, _country


def _triples(name: str) -> list[Triple]:
    doc = parse(name)
    return extract_relations(doc, actors(doc), document(name))


def _find(name: str, relation: str) -> list[Triple]:
    return [t for t in _triples(name) if t.relation == relation]


@pytest.mark.parametrize(
    ("name", "verb", "expected"),
    [
        ("negated", "attack", Modality("asserted", True, False)),
        ("refused", "meet", Modality("asserted", True, True)),
        ("future", "impose", Modality("hypothetical", False, True)),
        ("control", "send", Modality("hypothetical", False, True)),
        ("reported", "attack", Modality("reported", False, False)),
        ("warned_against", "send", Modality("hypothetical", False, False)),
        ("urged", "release", Modality("hypothetical", False, False)),
        ("svo_supply", "supply", Modality("asserted", False, False)),
    ],
)
def test_modality_of_clause(name, verb, expected):
    doc = parse(name)
    token = next(t for t in doc if t.lemma_ == verb)
    assert clause_modality(token) == expected


def test_modality_negated_attack_is_kept_negated():
    (attack,) = _find("negated", "ATTACKS")
    assert attack.negated and attack.status == "negated"


def test_modality_refusal_states_a_rejection():
    (meet,) = _find("refused", "MEETS")
    assert meet.negated
    (reject,) = _find("refused", "REJECTS")
    assert (reject.subject.id, reject.object.id) == ("IRN", "USA")
    assert reject.status == "asserted" and reject.rule == "stated-intent"


def test_modality_bare_future_sanction_is_hypothetical_and_no_threat():
    # "China will impose sanctions on Japan": a prediction, nobody is quoted threatening
    (sanction,) = _find("future", "SANCTIONS")
    assert sanction.modality == "hypothetical"
    assert _find("future", "WARNS") == []


def test_modality_future_cooperation_is_an_offer():
    (offer,) = _find("control", "OFFERS")
    assert (offer.subject.id, offer.object.id, offer.plover) == ("RUS", "SYR", "AGREE")


def test_modality_warned_against_act_is_hypothetical_not_an_offer():
    triples = _triples("warned_against")
    deploy = next(t for t in triples if t.relation == "DEPLOYS_TO")
    assert deploy.modality == "hypothetical"
    assert not any(t.relation == "OFFERS" for t in triples)


def test_modality_conditional_clause_event_is_hypothetical():
    (attack,) = _find("conditional", "ATTACKS")
    assert attack.modality == "hypothetical"


def test_modality_reported_attack_makes_an_accusation():
    (accuse,) = _find("reported", "CRITICIZES")
    assert (accuse.subject.id, accuse.object.id) == ("CUB", "RUS")
    assert accuse.rule == "reported-accusation" and accuse.plover == "ACCUSE"


def test_modality_speaker_reporting_its_own_act_accuses_nobody():
    triples = _triples("reported_own")
    assert [(t.subject.id, t.relation, t.modality) for t in triples] == [
        ("RUS", "ATTACKS", "reported")
    ]


def test_modality_refuted_report_is_reported_and_negated():
    (attack,) = _find("report_noun", "ATTACKS")
    assert (attack.modality, attack.negated) == ("reported", True)


def test_modality_neither_nor_negates_both_subjects():
    backs = _find("neither_nor", "BACKS")
    assert {t.subject.id for t in backs} == {"RUS", "CHN"}
    assert all(t.negated for t in backs)


def _c(at: int, code: str, name: str) -> ActorSpan:
    return ActorSpan(at, at + 1, at, _country(code, name))


def _status(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, status) of the triples: status says negated apart."""
    doc = _build(rows)
    text = " ".join(r[0] for r in rows)
    triples = extract_relations(doc, spans, Document(id="s7", text=text, date="2020-01-01"))
    return {(t.subject.id, t.relation, t.object.id, t.status) for t in triples}


DENIES_AND_BLAMES: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("denies", "deny", "VERB", "VBZ", "ROOT", 1),
    ("arming", "arm", "VERB", "VBG", "xcomp", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 2),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("blames", "blame", "VERB", "VBZ", "conj", 2),
    ("the", "the", "DET", "DT", "det", 8),
    ("war", "war", "NOUN", "NN", "dobj", 6),
    ("on", "on", "ADP", "IN", "prep", 6),
    ("Riyadh", "Riyadh", "PROPN", "NNP", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_finite_conjunct_of_a_denied_gerund_is_not_denied():
    rows = _status(DENIES_AND_BLAMES, [_c(0, "IRN", "Iran"), _c(10, "SAU", "Riyadh")])
    assert ("IRN", "CRITICIZES", "SAU", "asserted") in rows
