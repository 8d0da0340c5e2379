"""Imported by the ``forkserver`` of :mod:`kgraph.extract.parallel`: loads the pipeline once,
so the worker processes forked from the server start with it (and share its memory pages).

A failure here is left to the workers' own initializer, which reports it.
"""

from __future__ import annotations

import contextlib

from kgraph.extract.nlp import load_pipeline

with contextlib.suppress(Exception):
    load_pipeline()
