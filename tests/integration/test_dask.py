"""``--dask ADDRESS``: extraction on a real Dask cluster (two worker processes on 127.0.0.1)
writes and loads exactly what a local run does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgraph.distributed import extract_many_dask
from kgraph.errors import KgraphError
from kgraph.extract import extract_many
from kgraph.inputs import iter_documents
from tests.integration.synthetic import write_records
from tests.integration.test_parallel import ARTICLES, kgraph

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask-inputs")
    write_records(folder / "feed.jsonl", 40, seed=3, bad_lines=True)
    (folder / "seed.txt").write_text(
        (ARTICLES / "seed-reuters-caracas.txt").read_text("utf-8"), encoding="utf-8"
    )
    return folder


def test_extract_on_dask_writes_what_a_local_run_writes(cluster: str, inputs: Path):
    local = kgraph("extract", str(inputs))
    remote = kgraph("extract", str(inputs), "--dask", cluster)
    assert remote.returncode == local.returncode == 1  # the two bad lines, named
    assert remote.stdout == local.stdout and remote.stdout.count("\n") > 50
    assert remote.stderr == local.stderr


def test_build_on_dask_loads_what_a_local_build_loads(cluster: str, inputs: Path, tmp_path: Path):
    stats = []
    for extra in ([], ["--dask", cluster]):
        graph = tmp_path / f"g{len(extra)}.json"
        run = kgraph("build", str(inputs), "--graph", str(graph), *extra)
        assert "41 article(s) read." in run.stderr, run.stderr
        stats.append(json.loads(kgraph("stats", "--json", "--graph", str(graph)).stdout))
    assert stats[0] == stats[1] and stats[0]["edges"] > 10


def test_python_entry_point_keeps_input_order(cluster: str, inputs: Path):
    documents = list(iter_documents([inputs], on_error=lambda _: None))
    remote = [(d.id, [t.to_dict() for t in ts]) for d, ts in extract_many_dask(documents, cluster)]
    local = [(d.id, [t.to_dict() for t in ts]) for d, ts in extract_many(documents)]
    assert remote == local


def test_unreachable_scheduler_is_one_line(tmp_path: Path):
    from kgraph.distributed import run_on_dask

    with pytest.raises(KgraphError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(run_on_dask(iter([]), "tcp://127.0.0.1:9", timeout="2s"))
