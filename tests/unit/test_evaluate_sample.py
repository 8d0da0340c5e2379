"""The by-eye precision sample (bench/sample_triples.py): ids, the asserted pool, the draw."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from kgraph.model import Entity, Evidence, Triple

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "sample_triples.py"
_spec = importlib.util.spec_from_file_location("sample_triples", SCRIPT)
assert _spec and _spec.loader
sample_triples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_triples)


def triple(doc: str, start: int, rel: str = "SUPPLIES", **kw) -> Triple:
    ru, ve = Entity("RUS", "Russia", "Country"), Entity("VEN", "Venezuela", "Country")
    return Triple(ru, rel, ve, Evidence(doc, "Russia sent arms.", start, start + 17), **kw)


def test_sample_triple_id_names_sentence_and_parts():
    assert sample_triples.triple_id(triple("d1", 5)) == "d1:5-22#RUS-SUPPLIES-VEN"


def test_sample_asserted_pool_keeps_asserted_and_reported_once():
    pool = sample_triples.asserted_pool(
        [
            triple("d1", 0),
            triple("d1", 0),  # the same mention twice
            triple("d1", 30, modality="reported"),
            triple("d2", 0, modality="hypothetical"),
            triple("d3", 0, negated=True),
        ]
    )
    assert [sample_triples.triple_id(t) for t in pool] == [
        "d1:0-17#RUS-SUPPLIES-VEN",
        "d1:30-47#RUS-SUPPLIES-VEN",
    ]


def test_sample_asserted_pool_events_only_drops_structural():
    structural = triple("d1", 0, rel="LEADER_OF")
    event = triple("d1", 0, plover="AID")
    assert sample_triples.asserted_pool([structural, event], events_only=True) == [event]


def test_sample_draw_is_fixed_by_seed_and_order_free():
    pool = sample_triples.asserted_pool([triple(f"d{i}", 0) for i in range(50)])
    first = sample_triples.draw(pool, 30, seed=7)
    shuffled = sample_triples.asserted_pool(list(reversed(pool)))
    assert sample_triples.draw(shuffled, 30, seed=7) == first
    assert len(set(map(sample_triples.triple_id, first))) == 30
    assert len(sample_triples.draw(pool[:10], 30, seed=7)) == 10
