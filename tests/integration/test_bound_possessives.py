"""A possessive "its"/"their" on a verb's direct object is bound by that verb's subject, with
the real model, on invented sentences: "Japan said it welcomed the talks with China and renewed
its pledge to help Washington" is Japan's pledge, not China's (the nearest actor before it)."""

from __future__ import annotations

import pytest

from tests.integration.news import extracted

pytestmark = pytest.mark.integration


def _pairs(text: str, relation: str) -> set[tuple[str, str]]:
    return {(t.subject.id, t.object.id) for t in extracted(text) if t.relation == relation}


def test_its_on_a_conjoined_verbs_object_is_the_shared_subjects():
    pairs = _pairs(
        "Japan said it welcomed the talks with China and renewed its pledge to help Washington.",
        "OFFERS",
    )
    assert ("JPN", "USA") in pairs
    assert ("CHN", "USA") not in pairs


def test_its_on_a_verbs_object_after_a_place_phrase_is_the_subjects():
    pairs = _pairs(
        "Kenya said it backed the new British policy toward Somalia and renewed its "
        "commitment to work with London.",
        "OFFERS",
    )
    assert pairs == {("KEN", "GBR")}


def test_another_clauses_argument_between_keeps_the_nearest_reading():
    # "Tehran", the object that does "develop", stands between the subject and "its"
    pairs = _pairs(
        "Israel said the deal had allowed Tehran to expand its missile program and step up "
        "its support for Hezbollah.",
        "BACKS",
    )
    assert ("ISR", "org:hezbollah") not in pairs
