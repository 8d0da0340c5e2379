"""Extraction in worker processes (``jobs > 1``).

Each worker process loads the pipeline once (in its initializer) and then runs
:func:`~kgraph.extract.batches.process_batch` on batches of documents; only documents go out
and only plain records come back (no serialized Docs). The parent reads the input lazily and
keeps a bounded window of batches in flight, so memory does not grow with the number of
documents, and yields results in input order.

Workers ignore SIGINT: Ctrl-C reaches the parent alone, which stops the workers (terminated,
then joined) before the ``KeyboardInterrupt`` goes on, so no worker prints a traceback or
outlives the run. Workers are never forked from the parent (it may run threads, such as a
progress bar's): on Linux and macOS they fork from a ``forkserver`` that has imported kgraph
and loaded the pipeline once (:mod:`kgraph.worker_server`), so they start at once and share
the model's memory pages; elsewhere they are spawned and each loads the model.

A parent killed outright (``kill -9``, the out-of-memory killer) stops nothing, and a worker
waiting for work would wait forever, keeping the fork server alive too. So each worker watches
the parent and exits when it is gone; the fork server and the resource tracker then see their
pipes close and exit as well.
"""

from __future__ import annotations

import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from kgraph.errors import KgraphError
from kgraph.extract.batches import Outcome, Task, batched, process_batch
from kgraph.model import Document
from kgraph.worker_server import worker_context

WORKER_BATCH = 16  # documents per task: small enough to keep every worker busy to the end
IN_FLIGHT_PER_WORKER = 2  # tasks queued per worker, so none waits for the parent


PARENT_POLL_SECONDS = 1.0  # where a process cannot be waited on (no pidfd), how often to look


def _start_worker(parent: int) -> None:
    """Worker initializer: leave Ctrl-C to the parent, exit with it; load the pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    from kgraph.extract.nlp import load_pipeline

    load_pipeline()


def _exit_with(parent: int) -> None:
    """Block until process ``parent`` has ended, then end this process at once."""
    try:
        handle = os.pidfd_open(parent)  # Linux 5.3+: readable when the process ends
    except (AttributeError, OSError):
        handle = None
    if handle is not None:
        select.select([handle], [], [])
    else:
        while _running(parent):
            time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run_in_processes(
    documents: Iterable[Document],
    task: Task,
    jobs: int,
    on_error: Any = None,
    batch_size: int = WORKER_BATCH,
) -> Iterator[tuple[Document, list[Any]]]:
    """Extract in ``jobs`` worker processes; yields ``(document, records)`` in input order.

    Args:
        documents: read lazily, ``jobs * IN_FLIGHT_PER_WORKER`` batches ahead at most.
        task: ``triples`` or ``mentions``.
        jobs: worker processes.
        on_error: as for :func:`kgraph.extract.extract_many`.
        batch_size: documents per task.

    Raises:
        KgraphError: when a worker process dies (the documents it held are reported first).
    """
    from kgraph.extract import pair_outcomes

    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=worker_context(),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    pending: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
    window = jobs * IN_FLIGHT_PER_WORKER
    try:
        for batch in batched(documents, batch_size):
            pending.append((batch, executor.submit(process_batch, batch, task)))
            while len(pending) >= window:
                yield from pair_outcomes(*_result(pending.popleft()), on_error)
        while pending:
            yield from pair_outcomes(*_result(pending.popleft()), on_error)
    except BaseException:  # Ctrl-C, a closed generator, a consumer's error: stop every worker
        _stop(executor)
        raise
    executor.shutdown(wait=True)


def _result(item: tuple[list[Document], Future[list[Outcome]]]) -> tuple[list[Document], Any]:
    batch, future = item
    try:
        return batch, future.result()
    except BrokenProcessPool:
        ids = ", ".join(d.id for d in batch[:5]) + (" ..." if len(batch) > 5 else "")
        raise KgraphError(
            f"a worker process died (out of memory?) while extracting {ids}; "
            "try fewer --jobs or run again"
        ) from None


def _stop(executor: ProcessPoolExecutor) -> None:
    """Cancel queued work and end the worker processes now (not after their current batch)."""
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=10)
