"""The rows the Neo4j loader sends, built without a server: one flat edge row per edge with
new mentions (its type as a value), the new mentions apart, each with its sentence."""

from __future__ import annotations

import json

from kgraph.model import Entity, Evidence, Triple
from kgraph.ontology import RELATIONS
from kgraph.stores.base import edge_uid, fold, mention_uid
from kgraph.stores.neo4j_connect import too_old
from kgraph.stores.neo4j_cypher import evidence_parts, relation_rows

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


def test_mention_rows_carry_their_sentence_article_offsets_and_date() -> None:
    _, mentions = relation_rows(fold(TRIPLES), set())
    by_id = {m["id"]: m for m in mentions}
    for t in TRIPLES:
        m = by_id[t.evidence.id]
        ev = t.evidence
        assert (m["doc_id"], m["sentence"], m["start"], m["end"], m["date"]) == (
            ev.doc_id, ev.sentence, ev.start, ev.end, t.date,
        )  # fmt: skip
        assert m["confidence"] == t.confidence


def test_evidence_parts_split_the_id_at_its_last_colon() -> None:
    assert evidence_parts("a:b:c:7-19") == {"doc_id": "a:b:c", "start": 7, "end": 19}
    assert evidence_parts(Evidence("", "x", 0, 1).id) == {"doc_id": "", "start": 0, "end": 1}


def test_servers_before_5_26_aretoo_old() -> None:
    assert [too_old(v) for v in ("5.25.1", "5.26.0", "5.27-aura", "2025.01.0", "4.4.40")] == [
        True, False, False, False, True,
    ]  # fmt: skip
    assert not too_old("")  # unknown: try, and let the server answer


def test_the_driver_is_imported_without_numpy_which_stays_importable() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kgraph.stores.neo4j_connect import import_driver\n"
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


def test_edge_and_mention_keys_are_the_json_text_of_their_parts() -> None:
    # Keys are built directly when nothing needs escaping; quotes, backslashes and control
    # characters (and any mix with non-ASCII text) must give exactly the JSON text, which
    # keeps keys written by earlier versions the same.
    texts = ["RUS", 'say "no"', "back\\slash", "tab\there", "\x00", "Curaçao", "\u2028", "a,b]"]

    def as_json(parts: list[str]) -> str:
        return json.dumps(parts, ensure_ascii=False, separators=(",", ":"))

    for subject in texts:
        for obj in texts:
            parts = [subject, "MEETS", "asserted", obj]
            assert edge_uid(*parts) == as_json(parts)[:-1]
            for evidence in texts:
                key = mention_uid(edge_uid(*parts), evidence)
                assert key == as_json([*parts, evidence])
                assert json.loads(key) == [*parts, evidence]
