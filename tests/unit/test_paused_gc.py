"""The collector is paused during start-up loading and restored afterwards."""

from __future__ import annotations

import gc

import pytest

from kgraph.extract.packages import paused_gc


def test_paused_gc_stops_automatic_collection_and_restores_the_thresholds():
    before = gc.get_threshold()
    collections = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with paused_gc():
            assert gc.get_threshold()[0] == 0
            gc.enable()  # what spaCy's msgpack reader does: the pause still holds
            cycles = []
            for _ in range(20_000):  # many new container objects: collections at 700
                a: list = []
                a.append(a)
                cycles.append(a)
            assert collections == []
        assert gc.get_threshold() == before
    finally:
        gc.callbacks.remove(count)


def test_paused_gc_restores_the_thresholds_after_an_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("loading failed")
    assert gc.get_threshold() == before


def test_paused_gc_with_freeze_leaves_the_start_ups_objects_out_of_later_collections():
    gc.collect()
    frozen_before = gc.get_freeze_count()
    try:
        with paused_gc(freeze=True):
            made = [[] for _ in range(5_000)]
        assert gc.get_freeze_count() >= frozen_before + len(made)
        assert gc.get_count()[0] < 700  # nothing left for the next collection to go through
    finally:
        gc.unfreeze()  # the rest of the test session is collected as usual


def test_paused_gc_without_freeze_freezes_nothing():
    gc.unfreeze()
    with paused_gc():
        _ = [[] for _ in range(1_000)]
    assert gc.get_freeze_count() == 0
