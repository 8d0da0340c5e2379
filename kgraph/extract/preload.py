"""Imported by the ``forkserver`` of :mod:`kgraph.extract.parallel`: loads the pipeline once
and runs one short article through it, so the worker processes forked from the server start
ready: the model, and the resources the components read on their first document (gazetteer,
lexicons, matchers), are loaded before the fork and shared, not loaded again in every worker.
The objects made so far are then frozen out of the garbage collector (``gc.freeze``), so its
passes in the workers neither spend time on them nor copy their memory pages.

A failure here is left to the workers' own initializer, which reports it.
"""

from __future__ import annotations

import contextlib
import gc

from kgraph.extract.batches import process_batch
from kgraph.model import Document

WARM_UP = Document(
    "warm-up",
    "MOSCOW, Sept 25, 2019 (Reuters) - Russian President Vladimir Putin said on Wednesday that "
    "Moscow would supply arms to Venezuela.\n\nThe United States criticized the deal.",
    date="2019-09-25",
)

with contextlib.suppress(Exception):
    process_batch([WARM_UP])
gc.freeze()
