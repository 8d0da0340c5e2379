"""Scoring triples against triple gold files (kgraph.evaluate), on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.errors import InputError
from kgraph.evaluate import (
    GoldTriple,
    TripleReport,
    article_for,
    credited_ids,
    evaluate,
    format_report,
    gold_form,
    score_triples,
)
from kgraph.model import Entity, Evidence, Triple, kind_of_id

PEOPLE = {
    "person:nicolas-maduro": "VEN",
    "person:vladimir-putin": "RUS",
    "person:juan-guaido": "VEN",
}


def entity(entity_id: str) -> Entity:
    kind = kind_of_id(entity_id)
    country = PEOPLE.get(entity_id) or (entity_id.split(":")[0] if kind == "Group" else None)
    return Entity(entity_id, entity_id, kind, country=country)


def triple(subj: str, rel: str, obj: str, modality: str = "asserted", negated: bool = False):
    evidence = Evidence("seed", f"{subj} {rel} {obj}.", 0, 10)
    return Triple(entity(subj), rel, entity(obj), evidence, modality=modality, negated=negated)


def gold(subj, rel, obj, need: str = "required", cue: str = "") -> GoldTriple:
    record = {"subject": subj, "relation": rel, "object": obj, "need": need, "cue": cue}
    return GoldTriple.from_dict(record)


GOLD = [
    gold(["RUS", "RUS:GOV"], "SUPPLIES", ["VEN", "VEN:GOV"]),
    gold("NOR", "MEDIATES", ["topic:talks", "topic:negotiations"]),
    gold("person:nicolas-maduro", "MEETS", "person:vladimir-putin"),
    gold("USA", "SANCTIONS", "VEN", need="acceptable"),
    gold(
        "RUS",
        "SUPPLIES",
        "person:nicolas-maduro",
        need="acceptable",
        cue="only as modality hypothetical",
    ),
]


def test_score_triples_two_of_three_required_found():
    report = score_triples(
        GOLD,
        [triple("RUS", "SUPPLIES", "VEN"), triple("NOR", "MEDIATES", "topic:talks")],
    )
    assert report.recall == pytest.approx(2 / 3)
    assert round(report.recall, 3) == 0.667
    assert report.precision == 1.0
    assert [g.label for g in report.missed] == [
        "person:nicolas-maduro -MEETS-> person:vladimir-putin"
    ]


def test_score_triples_accepts_any_listed_alternative():
    report = score_triples(
        GOLD,
        [triple("RUS:GOV", "SUPPLIES", "VEN:GOV"), triple("NOR", "MEDIATES", "topic:negotiations")],
    )
    assert len(report.found) == 2
    assert report.precision == 1.0


def test_score_triples_credits_persons_and_groups_to_their_country():
    # Putin (RUS) supplies Maduro's government; the Russian military (RUS:MIL) supplies VEN
    report = score_triples(
        GOLD,
        [
            triple("person:vladimir-putin", "SUPPLIES", "VEN:GOV"),
            triple("RUS:MIL", "SUPPLIES", "VEN"),
        ],
    )
    assert len(report.found) == 1
    assert len(report.correct) == 2
    assert report.precision == 1.0


def test_score_triples_does_not_credit_the_object_to_its_country():
    # "sending Maduro military assistance" does not state RUS -SUPPLIES-> VEN
    report = score_triples(GOLD, [triple("RUS", "SUPPLIES", "person:nicolas-maduro")])
    assert report.found == []
    assert len(report.acceptable_found) == 1


def test_credited_ids_leave_countries_and_topics_alone():
    assert credited_ids(entity("VEN")) == {"VEN"}
    assert credited_ids(entity("topic:talks")) == {"topic:talks"}
    assert credited_ids(entity("person:juan-guaido")) == {"person:juan-guaido", "VEN"}


def test_score_triples_symmetric_relation_matches_either_direction():
    report = score_triples(
        GOLD, [triple("person:vladimir-putin", "MEETS", "person:nicolas-maduro")]
    )
    assert [g.label for g in report.found] == [
        "person:nicolas-maduro -MEETS-> person:vladimir-putin"
    ]


def test_score_triples_directed_relation_does_not_match_reversed():
    report = score_triples(GOLD, [triple("VEN", "SUPPLIES", "RUS")])
    assert report.found == []
    assert report.precision == 0.0


def test_score_triples_counts_symmetric_mentions_once():
    report = score_triples(
        GOLD,
        [
            triple("person:vladimir-putin", "MEETS", "person:nicolas-maduro"),
            triple("person:nicolas-maduro", "MEETS", "person:vladimir-putin"),
        ],
    )
    assert len(report.correct) == 1
    assert len(report.wrong) == 0


def test_score_triples_outside_gold_count_against_precision():
    report = score_triples(
        GOLD,
        [
            triple("RUS", "SUPPLIES", "VEN"),
            triple("USA", "SANCTIONS", "VEN"),  # acceptable: correct, not a required find
            triple("VEN", "ATTACKS", "USA"),
            triple("loc:caracas", "LOCATED_IN", "VEN"),
        ],
    )
    assert report.precision == 0.5
    assert len(report.acceptable_found) == 1
    assert sorted(t.relation for t in report.wrong) == ["ATTACKS", "LOCATED_IN"]


def test_score_triples_hypothetical_and_negated_left_out_of_precision():
    report = score_triples(
        GOLD,
        [
            triple("RUS", "SUPPLIES", "VEN"),
            triple("RUS", "SUPPLIES", "person:nicolas-maduro", modality="hypothetical"),
            triple("VEN", "ATTACKS", "USA", modality="hypothetical"),
            triple("NOR", "MEDIATES", "topic:talks", negated=True),
        ],
    )
    assert report.precision == 1.0
    assert report.not_asserted == 3
    # a negated mediation does not find the required record
    assert len(report.found) == 1


def test_score_triples_reported_counts_as_asserted():
    report = score_triples(GOLD, [triple("NOR", "MEDIATES", "topic:talks", modality="reported")])
    assert len(report.found) == 1


def test_score_triples_empty_prediction_has_zero_recall():
    report = score_triples(GOLD, [])
    assert report.recall == 0.0
    assert report.precision == 0.0  # undefined, scored as 0 so an empty run passes no bar


def test_gold_triple_rejects_unknown_need():
    with pytest.raises(ValueError, match="need"):
        gold("RUS", "SUPPLIES", "VEN", need="maybe")


def test_triple_report_to_dict_lists_misses_and_false_positives():
    report = score_triples(GOLD, [triple("VEN", "ATTACKS", "USA")])
    data = report.to_dict()
    json.dumps(data)
    assert data["required"] == 3 and data["required_found"] == 0
    assert data["false_positives"][0]["triple"] == "VEN ATTACKS USA"
    assert len(data["missed"]) == 3


def test_format_report_names_scores_and_misses():
    text = format_report(score_triples(GOLD, [triple("VEN", "ATTACKS", "USA")]))
    assert "recall     0.000" in text
    assert "VEN ATTACKS USA" in text
    assert "NOR -MEDIATES-> topic:negotiations|topic:talks" in text


def test_format_report_max_misses_zero_lists_no_misses():
    text = format_report(score_triples(GOLD, [triple("VEN", "ATTACKS", "USA")]), max_misses=0)
    assert "missed" not in text and "false positives" not in text
    assert "precision  0.000" in text


def test_gold_form_tells_the_two_forms_apart():
    assert gold_form([{"subject": "A", "relation": "MEETS", "object": "B"}]) == "triples"
    assert gold_form([{"id": "s1", "text": "t", "gold": []}]) == "cameo"
    with pytest.raises(InputError, match="neither"):
        gold_form([{"foo": 1}])


def test_evaluate_reads_gold_and_predicted_files(tmp_path: Path):
    gold_file = tmp_path / "x.gold.jsonl"
    gold_file.write_text(
        json.dumps({"subject": "RUS", "relation": "SUPPLIES", "object": "VEN", "need": "required"})
        + "\n"
    )
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(
        "\n".join(
            json.dumps(t.to_dict())
            for t in (triple("RUS", "SUPPLIES", "VEN"), triple("VEN", "ATTACKS", "USA"))
        )
    )
    report = evaluate(gold_file, pred_file)
    assert isinstance(report, TripleReport)
    assert (report.recall, report.precision) == (1.0, 0.5)


def test_evaluate_bad_gold_line_names_file_and_line(tmp_path: Path):
    gold_file = tmp_path / "bad.gold.jsonl"
    gold_file.write_text('{"subject": "RUS", "relation": "X", "object": "VEN"}\nnot json\n')
    with pytest.raises(InputError, match="bad.gold.jsonl:2"):
        evaluate(gold_file, tmp_path / "none.jsonl")


def test_article_for_finds_sibling_then_data_articles(tmp_path: Path):
    golden = tmp_path / "tests" / "golden"
    golden.mkdir(parents=True)
    gold_file = golden / "seed.gold.jsonl"
    with pytest.raises(InputError, match="--text"):
        article_for(gold_file)
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "seed.txt").write_text("text")
    assert article_for(gold_file) == articles / "seed.txt"
    (golden / "seed.txt").write_text("text")
    assert article_for(gold_file) == golden / "seed.txt"
