"""Scoring triples against CAMEO-coded sentences (kgraph.evaluate_cameo), on hand-made records."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from kgraph.evaluate import evaluate, format_report
from kgraph.evaluate_cameo import (
    CameoReport,
    CodedSentence,
    actor_code_id,
    cameo_to_plover,
    entity_dyad_id,
    relation_labels,
    score_cameo,
)
from kgraph.model import Entity, Evidence, Triple


def sentence(sid: str, events: list[tuple[str, str, str]], noevents: bool = False):
    return CodedSentence.from_dict(
        {
            "id": sid,
            "text": f"text of {sid}",
            "date": "20080806",
            "gold": [{"source": s, "target": t, "event": e} for s, t, e in events],
            "noevents": noevents,
        }
    )


def country(code: str) -> Entity:
    return Entity(code, code, "Country", country=code)


def triple(doc: str, subj: Entity, rel: str, obj: Entity, modality: str = "asserted") -> Triple:
    return Triple(subj, rel, obj, Evidence(doc, "s", 0, 1), modality=modality)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USA", "USA"),
        ("USAGOV", "USA"),
        ("GUYJUD", "GUY"),
        ("PSEREBHMSGOV", "PSE"),
        ("SOMUAF", "SOM"),
        ("IGOUNO", "igo:un"),
        ("IGOUNOMIL", "igo:un"),
        ("IGOEUREEC", "igo:eu"),
        ("IGOCOPITP", "igo:interpol"),
        ("IGOXYZ", None),
        ("IMGMUSISI", None),
        ("NGOHRI", None),
        ("---", None),
        ("---GOV", None),
        ("AFR", None),
    ],
)
def test_actor_code_id_maps_countries_and_clear_igos(code, expected):
    assert actor_code_id(code) == expected


@pytest.mark.parametrize(
    ("code", "plover"),
    [("042", "CONSULT"), ("0841", "CONCEDE"), ("08", "CONCEDE"), ("1124", "ACCUSE"),
     ("190", "ASSAULT"), ("021", "REQUEST"), ("100", "REQUEST"), ("013", None), ("99", None)],
)  # fmt: skip
def test_cameo_to_plover_uses_longest_known_prefix(code, plover):
    # 0841 "return, release person(s)" is RETREAT in the 2021 table, aligned with CONCEDE;
    # 021 has no row of its own and takes its root's (02 appeal: REQUEST)
    assert cameo_to_plover(code) == plover


def test_relation_labels_align_ontology_names_with_2021_plover():
    assert relation_labels("CRITICIZES") == ({"ACCUSE"}, {"11"})
    assert relation_labels("ATTACKS") == ({"ASSAULT"}, {"18", "19", "20"})
    plover, roots = relation_labels("AGREES_WITH")
    assert plover == {"AGREE", "SUPPORT"} and roots == {"05", "03"}


def test_entity_dyad_id_maps_each_kind():
    assert entity_dyad_id(Entity("RUS:MIL", "Russian military", "Group")) == "RUS"
    assert entity_dyad_id(Entity("person:x", "X", "Person", country="GEO")) == "GEO"
    assert entity_dyad_id(Entity("person:y", "Y", "Person")) is None
    assert entity_dyad_id(Entity("loc:gaza", "Gaza", "Location", country="PSE")) == "PSE"
    assert entity_dyad_id(Entity("igo:un", "UN", "IGO")) == "igo:un"
    # CAMEO codes UN organs as the UN (IGOUNO...)
    assert entity_dyad_id(Entity("igo:unsc", "UN Security Council", "IGO")) == "igo:un"
    assert entity_dyad_id(Entity("igo:nato", "NATO", "IGO")) == "igo:nato"
    assert entity_dyad_id(Entity("topic:talks", "talks", "Topic")) is None


def test_coded_sentence_reads_date_and_events():
    s = sentence("s1", [("USAGOV", "---", "042")])
    assert s.date == "2008-08-06"
    assert (s.events[0].source, s.events[0].target) == ("USA", None)
    assert s.document().id == "s1"


def test_score_cameo_dyad_and_event_keys():
    gold = [sentence("s1", [("USAGOV", "CHN", "042"), ("RUS", "GEO", "190")])]
    usa_gov = Entity("USA:GOV", "US government", "Group", country="USA")
    report = score_cameo(
        gold,
        [
            triple("s1", usa_gov, "VISITS", country("CHN")),  # dyad, PLOVER and root right
            triple("s1", country("RUS"), "CRITICIZES", country("GEO")),  # dyad right, event wrong
        ],
    )
    dyad, plover, root = (report.scores[k] for k in ("dyad", "dyad+plover", "dyad+root"))
    assert (dyad.precision, dyad.recall, dyad.f1) == (1.0, 1.0, 1.0)
    assert (plover.pred_correct, plover.pred, plover.gold_found, plover.gold) == (1, 2, 1, 2)
    assert (root.precision, root.recall, root.f1) == (0.5, 0.5, 0.5)
    assert report.results[0].missed["dyad+plover"] == ["RUS->GEO ASSAULT"]
    assert report.results[0].false["dyad+root"] == ["RUS->GEO 11"]


def test_score_cameo_micro_averages_over_sentences():
    gold = [
        sentence("s1", [("USA", "CHN", "040")]),
        sentence("s2", [("ISR", "PSE", "190"), ("PSE", "ISR", "190"), ("EGY", "ISR", "040")]),
    ]
    triples = [
        triple("s1", country("USA"), "MEETS", country("CHN")),
        triple("s2", country("ISR"), "ATTACKS", country("PSE")),
        triple("s2", country("ISR"), "ATTACKS", country("LBN")),
    ]
    dyad = score_cameo(gold, triples).scores["dyad"]
    assert (dyad.pred_correct, dyad.pred, dyad.gold_found, dyad.gold) == (2, 3, 2, 4)
    assert round(dyad.f1, 3) == round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), 3)


def test_score_cameo_symmetric_relation_matches_either_direction_once():
    gold = [sentence("s1", [("BRA", "USA", "040"), ("USA", "BRA", "040")])]
    triples = [
        triple("s1", country("USA"), "MEETS", country("BRA")),
        triple("s1", country("BRA"), "MEETS", country("USA")),
    ]
    dyad = score_cameo(gold, triples).scores["dyad"]
    assert (dyad.pred_correct, dyad.pred, dyad.gold_found, dyad.gold) == (1, 1, 2, 2)


def test_score_cameo_symmetric_item_beside_one_directed_item_keeps_the_other_direction():
    # "Tillerson met Lavrov ... asked about Moscow's retaliation against U.S. sanctions"
    gold = [sentence("s1", [("USA", "RUS", "040"), ("RUS", "USA", "040"), ("RUS", "USA", "160")])]
    met = triple("s1", country("USA"), "MEETS", country("RUS"))
    sanctioned = triple("s1", country("RUS"), "SANCTIONS", country("USA"))
    dyad = score_cameo(gold, [met, sanctioned]).scores["dyad"]
    assert (dyad.pred_correct, dyad.pred, dyad.gold_found, dyad.gold) == (2, 2, 2, 2)
    # directed items both ways: the symmetric one adds nothing
    answered = triple("s1", country("USA"), "SANCTIONS", country("RUS"))
    dyad = score_cameo(gold, [met, sanctioned, answered]).scores["dyad"]
    assert (dyad.pred_correct, dyad.pred, dyad.gold_found, dyad.gold) == (2, 2, 2, 2)


def test_score_cameo_noevents_sentence_only_adds_false_positives():
    gold = [sentence("s1", [], noevents=True)]
    report = score_cameo(gold, [triple("s1", country("FRA"), "CRITICIZES", country("RWA"))])
    dyad = report.scores["dyad"]
    assert (dyad.pred_correct, dyad.pred, dyad.gold_found, dyad.gold) == (0, 1, 0, 0)
    assert report.results[0].false["dyad"] == ["FRA->RWA"]


def test_score_cameo_self_dyad_counts():
    gold = [sentence("s1", [("GEOGOV", "GEOOPP", "173")])]
    gov = Entity("GEO:GOV", "Georgian government", "Group")
    opp = Entity("GEO:OPP", "Georgian opposition", "Group")
    report = score_cameo(gold, [triple("s1", gov, "COERCES", opp)])
    assert report.scores["dyad+plover"].f1 == 1.0


def test_score_cameo_leaves_out_unmappable_and_unasserted():
    gold = [sentence("s1", [("---GOV", "USA", "110"), ("USA", "IRN", "138")])]
    triples = [
        triple("s1", country("USA"), "WARNS", country("IRN")),
        triple("s1", country("USA"), "ATTACKS", country("IRN"), modality="hypothetical"),
        triple("s1", country("USA"), "MEDIATES", Entity("topic:talks", "talks", "Topic")),
        triple("s1", Entity("person:x", "X", "Person", country="USA"), "LEADER_OF", country("USA")),
        triple("other", country("USA"), "WARNS", country("IRN")),
    ]
    report = score_cameo(gold, triples)
    assert report.unscorable_gold == 1
    assert report.scores["dyad+plover"].f1 == 1.0
    assert report.dropped == {
        "hypothetical": 1,
        "no country: Topic": 1,
        "structural relation": 1,
        "not a gold sentence": 1,
    }


def test_score_cameo_statement_events_left_out_of_plover_key_only():
    gold = [sentence("s1", [("USA", "CHN", "013")])]
    report = score_cameo(gold, [])
    assert report.scores["dyad+plover"].gold == 0
    assert report.scores["dyad+root"].gold == 1


def test_evaluate_detects_cameo_form_and_formats(tmp_path: Path):
    gold_file = tmp_path / "dev.jsonl"
    record = {"id": "s1", "text": "t", "date": "20080806", "noevents": False,
              "gold": [{"source": "USA", "target": "CHN", "event": "042"}]}  # fmt: skip
    gold_file.write_text(json.dumps(record) + "\n")
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(
        json.dumps(triple("s1", country("USA"), "VISITS", country("CHN")).to_dict())
    )
    report = evaluate(gold_file, pred_file)
    assert isinstance(report, CameoReport)
    assert report.scores["dyad+root"].f1 == 1.0
    text = format_report(report)
    assert "dyad+plover" in text and "1.000" in text
    json.dumps(report.to_dict())


def test_score_cameo_leaves_out_records_without_text():
    empty = CodedSentence.from_dict(
        {"id": "e", "text": " ", "gold": [{"source": "NGA", "target": "NGA", "event": "190"}]}
    )
    report = score_cameo([empty, sentence("s1", [("USA", "CHN", "040")])], [])
    assert report.empty_sentences == ["e"]
    assert report.scores["dyad"].gold == 1


def test_score_cameo_does_not_score_predictions_a_half_coded_event_cannot_judge():
    # gold "---REB -> SYR 190": the rebels' country is unknown, so SYR:REB ATTACKS SYR is
    # neither right nor wrong; an unrelated dyad in the same sentence still is wrong
    gold = [sentence("s1", [("---REB", "SYR", "190")])]
    rebels = Entity("SYR:REB", "Syrian rebels", "Group")
    triples = [
        triple("s1", rebels, "ATTACKS", country("SYR")),
        triple("s1", country("TUR"), "CRITICIZES", country("RUS")),
    ]
    report = score_cameo(gold, triples)
    dyad = report.scores["dyad"]
    assert (dyad.pred_correct, dyad.pred, dyad.gold_found, dyad.gold) == (0, 1, 0, 0)
    assert report.unscored_pred["dyad"] == 1
    assert report.results[0].false["dyad"] == ["TUR->RUS"]


def test_score_cameo_breaks_precision_down_by_rule_and_relation_and_recall_by_root():
    gold = [sentence("s1", [("USAGOV", "CHN", "042"), ("RUS", "GEO", "190")])]
    visit = dataclasses.replace(
        triple("s1", Entity("USA:GOV", "US", "Group", country="USA"), "VISITS", country("CHN")),
        rule="active-svo",
    )
    wrong = dataclasses.replace(
        triple("s1", country("RUS"), "CRITICIZES", country("GEO")), rule="active-svo"
    )
    again = dataclasses.replace(visit, rule="prep-object")
    report = score_cameo(gold, [visit, wrong, again])
    svo, prep = report.by_rule["active-svo"], report.by_rule["prep-object"]
    assert (svo.pred_correct, svo.pred, prep.pred_correct, prep.pred) == (1, 2, 1, 1)
    assert report.by_relation["CRITICIZES"].pred_correct == 0
    assert (report.by_root["04"].gold_found, report.by_root["19"].gold_found) == (1, 0)
    text = format_report(report)
    assert "active-svo 1/2" in text and "19 0/1" in text
