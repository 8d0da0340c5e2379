"""The fork server that ``--jobs N`` workers start from (kept free of heavy imports).

On platforms with a ``forkserver`` start method, the server imports kgraph and loads the
pipeline once (:mod:`kgraph.extract.preload`); worker processes fork from it ready to work and
share the model's memory pages. Starting it before the parent imports spaCy itself lets the
two start-ups overlap.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

PRELOAD = ["kgraph.extract.preload"]


def worker_context() -> BaseContext:
    """``forkserver`` (preloading the pipeline) where available, else ``spawn``."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def start_worker_server() -> None:
    """Start the fork server now, so it loads the pipeline while this process does other work."""
    if worker_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
