"""The load benchmark on a small input: both loaders must build the same graph."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kgraph.ontology import RELATIONS

BENCH = Path(__file__).resolve().parents[2] / "bench" / "load_bench.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("load_bench", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["load_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_load_bench_synthetic_triples_are_seeded_and_from_the_ontology() -> None:
    bench = load_bench()
    first, again = bench.synthetic_triples(500, 3), bench.synthetic_triples(500, 3)
    assert first == again
    assert first != bench.synthetic_triples(500, 4)
    assert {t.relation for t in first} <= set(RELATIONS)
    assert len({t.evidence.id for t in first}) == 500


@pytest.mark.neo4j
@pytest.mark.slow
def test_load_bench_loaders_build_the_same_graph(
    neo4j_uri: str, neo4j_store: object, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = load_bench()
    args = ["--uri", neo4j_uri, "--triples", "400", "--warmup", "50", "--no-readme"]
    assert bench.main(args) == 0
    assert "both built the same graph" in capsys.readouterr().out
