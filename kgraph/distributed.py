"""Extraction on a Dask distributed cluster (``kgraph extract --dask ADDRESS``).

Documents go to the cluster in partitions of :data:`PARTITION_SIZE`; each Dask worker process
loads the spaCy pipeline once (the first partition it runs) and returns plain records; the
client yields them in input order, so ``extract``, ``entities`` and ``build`` write and load
exactly what a local run would. Loading into a graph stays on the client (one writer per
graph). The client reads the input lazily and keeps a bounded number of partitions in flight,
so its memory does not grow with the number of documents.

Workers need kgraph and an English model installed (``pip install 'kgraph[dask,model]'``).
A worker process runs one partition at a time (a lock), whatever its thread count: start
workers with ``--nthreads 1`` and one process per core (``dask worker ADDRESS --nworkers N
--nthreads 1``).

Needs the ``kgraph[dask]`` extra (``dask[distributed]``).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kgraph.errors import KgraphError
from kgraph.extract.batches import Outcome, Task, batched, process_batch
from kgraph.model import Document, Triple

PARTITION_SIZE = 32  # documents per Dask task
IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT = "15s"
_WORKER_LOCK = threading.Lock()  # one partition at a time per worker process


def extract_partition(documents: list[Document], task: Task = "triples") -> list[Outcome]:
    """The task each Dask worker runs: :func:`~kgraph.extract.batches.process_batch`, one at a
    time in the process (the pipeline and its memory zone are not shared between threads)."""
    with _WORKER_LOCK:
        return process_batch(documents, task)


def run_on_dask(
    documents: Iterable[Document],
    address: str,
    task: Task = "triples",
    on_error: Callable[[str], None] | None = None,
    partition_size: int = PARTITION_SIZE,
    timeout: str = CONNECT_TIMEOUT,
) -> Iterator[tuple[Document, list[Any]]]:
    """Extract on the Dask cluster at ``address``; yields ``(document, records)`` in input order.

    Args:
        documents: the articles, read lazily.
        address: the scheduler, e.g. ``tcp://10.0.0.5:8786``.
        task: ``triples`` or ``mentions``.
        on_error: as for :func:`kgraph.extract.extract_many`.
        partition_size: documents per Dask task.
        timeout: how long to try reaching the scheduler.

    Raises:
        KgraphError: when dask is not installed or the scheduler cannot be reached.
    """
    from kgraph.extract import pair_outcomes

    client = _connect(address, timeout)
    pending: deque[tuple[list[Document], Any]] = deque()
    try:
        threads = max(1, sum(client.nthreads().values()))
        window = threads * IN_FLIGHT_PER_THREAD
        for batch in batched(documents, partition_size):
            future = client.submit(extract_partition, batch, task, pure=False)
            pending.append((batch, future))
            while len(pending) >= window:
                yield from pair_outcomes(*_gather(pending.popleft(), address), on_error)
        while pending:
            yield from pair_outcomes(*_gather(pending.popleft(), address), on_error)
    except BaseException:
        for _, future in pending:
            future.cancel()
        raise
    finally:
        client.close()


def extract_many_dask(
    documents: Iterable[Document], address: str, on_error: Callable[[str], None] | None = None
) -> Iterator[tuple[Document, list[Triple]]]:
    """:func:`kgraph.extract.extract_many` on a Dask cluster: each document with its triples,
    in input order (``address`` as for :func:`run_on_dask`)."""
    yield from run_on_dask(documents, address, "triples", on_error)


def _connect(address: str, timeout: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise KgraphError(
            "--dask needs dask's distributed scheduler: pip install 'kgraph[dask]'"
        ) from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise KgraphError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


def _gather(item: tuple[list[Document], Any], address: str) -> tuple[list[Document], Any]:
    batch, future = item
    try:
        return batch, future.result()
    except Exception as exc:  # a worker lost, a missing package on the workers ...
        if isinstance(exc, KgraphError):
            raise
        raise KgraphError(
            f"Dask task for {batch[0].id} ... failed on {address} "
            f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
        ) from None
