"""The rows the Neo4j loader sends, built without a server: one flat edge row per edge with
new mentions (its type as a value), the new mentions apart, article rows per document."""

from __future__ import annotations

from kgraph.model import Entity, Evidence, Triple
from kgraph.ontology import RELATIONS
from kgraph.stores.base import edge_uid, fold, mention_uid
from kgraph.stores.neo4j_cypher import evidence_rows, relation_rows
from kgraph.stores.neo4j_store import _too_old

USA = Entity("USA", "United States", "Country", "USA")
CHN = Entity("CHN", "China", "Country", "CHN")
RUS = Entity("RUS", "Russia", "Country", "RUS")


def said(subject: Entity, relation: str, obj: Entity, doc: str, start: int, day: str) -> Triple:
    rel = RELATIONS[relation]
    sentence = f"{subject.name} {relation.lower()} {obj.name} ({doc}, {start})."
    return Triple(
        subject, relation, obj, Evidence(doc, sentence, start, start + len(sentence)),
        rel.plover, rel.cameo, rel.quad_class, confidence=0.5 + start / 1000, date=day,
    )  # fmt: skip


TRIPLES = [
    said(USA, "CRITICIZES", CHN, "d1", 0, "2020-01-02"),
    said(USA, "CRITICIZES", CHN, "d1", 100, "2020-01-02"),
    said(USA, "CRITICIZES", CHN, "d2", 0, "2021-05-06"),
    said(RUS, "SUPPLIES", CHN, "d2", 100, "2021-05-06"),
]


def test_relation_rows_summarise_only_the_new_mentions_of_each_edge() -> None:
    folded = fold(TRIPLES)
    hot = edge_uid("USA", "CRITICIZES", "asserted", "CHN")
    known = {mention_uid(hot, TRIPLES[0].evidence.id)}
    edges, mentions = relation_rows(folded, known)
    assert [(e["subject"], e["type"], e["object"]) for e in edges] == [
        ("RUS", "SUPPLIES", "CHN"),  # ordered by subject, then object
        ("USA", "CRITICIZES", "CHN"),
    ]
    usa = edges[1]
    assert (usa["key"], usa["count"]) == (hot, 2)  # the known mention is not counted again
    assert (usa["first_date"], usa["last_date"]) == ("2020-01-02", "2021-05-06")
    assert usa["confidence"] == max(TRIPLES[1].confidence, TRIPLES[2].confidence)
    assert sorted(m["key"] for m in mentions) == sorted(
        mention_uid(t_key, t.evidence.id)
        for t, t_key in [
            (TRIPLES[1], hot),
            (TRIPLES[2], hot),
            (TRIPLES[3], edge_uid("RUS", "SUPPLIES", "asserted", "CHN")),
        ]
    )
    every = {mention_uid(e.uid, ev) for e in folded.edges.values() for ev in e.mentions}
    assert relation_rows(folded, every) == ([], [])  # all known: nothing to send


def test_evidence_rows_group_new_sentences_by_article_with_the_entities_they_name() -> None:
    rows = evidence_rows(TRIPLES, known={TRIPLES[0].evidence.id})
    assert [(r["doc_id"], [e["id"] for e in r["evidence"]], r["entities"]) for r in rows] == [
        ("d1", [TRIPLES[1].evidence.id], ["USA", "CHN"]),
        ("d2", [TRIPLES[2].evidence.id, TRIPLES[3].evidence.id], ["USA", "CHN", "RUS"]),
    ]
    assert rows[1]["date"] == "2021-05-06"


def test_servers_before_5_26_are_too_old() -> None:
    assert [_too_old(v) for v in ("5.25.1", "5.26.0", "5.27-aura", "2025.01.0", "4.4.40")] == [
        True, False, False, False, True,
    ]  # fmt: skip
    assert not _too_old("")  # unknown: try, and let the server answer


def test_the_driver_is_imported_without_numpy_which_stays_importable() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kgraph.stores.neo4j_store import import_driver\n"
        "neo4j = import_driver()\n"
        "from neo4j._optional_deps import np\n"
        "print('numpy' in sys.modules, np is None, neo4j.GraphDatabase.__name__)\n"
        "import numpy\n"
        "print(numpy.zeros(2).tolist())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:2] == ["False True GraphDatabase", "[0.0, 0.0]"]
