"""The triple records: evidence, dates, codes, LEADER_OF from titles, symmetric order."""

from __future__ import annotations

from dataclasses import replace

from kgraph.extract.args_context import Arg
from kgraph.extract.relations import RULE_CONFIDENCE, confidence, extract_relations
from kgraph.model import Document, Entity
from kgraph.ontology import RELATIONS
from tests.unit.test_relations_parses import actors, document, entity, parse


def test_relations_record_carries_evidence_date_codes():
    doc = parse("svo_supply")
    (triple,) = extract_relations(doc, actors(doc), document("svo_supply"))
    assert triple.evidence.doc_id == "svo_supply"
    assert triple.evidence.sentence == "Russia supplied arms to Venezuela."
    assert (triple.evidence.start, triple.evidence.end) == (0, len(doc.text.rstrip()))
    assert triple.date == "2019-09-25"
    assert (triple.plover, triple.quad_class) == ("AID", 2)
    assert triple.cameo is not None and triple.cameo.startswith("07")
    assert 0.1 <= triple.confidence <= 1.0


def test_relations_date_is_none_without_document_date():
    doc = parse("svo_supply")
    undated = Document(id="x", text=doc.text)
    (triple,) = extract_relations(doc, actors(doc), undated)
    assert triple.date is None


def test_relations_symmetric_relation_in_canonical_order():
    # "Putin met Maduro": stored once, ends ordered by id
    doc = parse("meets_back")
    (meet,) = extract_relations(doc, actors(doc), document("meets_back"))
    assert (meet.subject.id, meet.object.id) == ("person:nicolas-maduro", "person:vladimir-putin")
    assert RELATIONS["MEETS"].symmetric


def test_relations_leader_of_from_title():
    doc = parse("title")
    spans = [a for a in actors(doc) if a.entity.id != "person:nicolas-maduro"]
    maduro = replace(
        next(a for a in actors(doc) if a.entity.id == "person:nicolas-maduro"),
        start=0,
        role="President",
        leader_of=Entity("VEN", "Venezuela", "Country", "VEN"),
    )
    triples = extract_relations(doc, [maduro, *spans], document("title"))
    (leader,) = [t for t in triples if t.relation == "LEADER_OF"]
    assert (leader.subject.id, leader.object.id, leader.role) == (
        "person:nicolas-maduro",
        "VEN",
        "President",
    )
    assert leader.rule == "appositive-title" and leader.plover is None


def test_relations_opposition_leader_leads_the_opposition():
    doc = parse("title")
    guaido = replace(
        actors(doc)[0],
        role="Opposition Leader",
        leader_of=Entity("VEN", "Venezuela", "Country", "VEN"),
    )
    triples = extract_relations(doc, [guaido], document("title"))
    (leader,) = [t for t in triples if t.relation == "LEADER_OF"]
    assert leader.object.id == "VEN:OPP" and leader.object.kind == "Group"


def test_relations_places_are_never_actors():
    doc = parse("svo_supply")
    spans = [replace(a, is_place=a.entity.id == "RUS") for a in actors(doc)]
    assert extract_relations(doc, spans, document("svo_supply")) == []


def test_relations_confidence_table_deductions():
    direct = Arg(entity("Russia"), 0)
    pronoun = Arg(entity("Russia"), 0, via="pronoun")
    base = RULE_CONFIDENCE["active-svo"]
    assert confidence("active-svo", [direct, direct], [1, 1], "asserted") == base
    assert confidence("active-svo", [pronoun, direct], [1, 1], "asserted") < base
    assert confidence("active-svo", [direct, direct], [9, 1], "asserted") < base
    assert confidence("active-svo", [direct, direct], [1, 1], "reported") < base
    assert confidence("nominal-between", [pronoun, pronoun], [40, 40], "reported") == 0.1
