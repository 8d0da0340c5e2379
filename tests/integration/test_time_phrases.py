"""A date or a time after a verb is never the phrase of its cue ("blamed X's inaction on
Sunday" is no "blame ... on Sunday"): sentences written for these tests, real model."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(t.subject.id, t.relation, t.object.id) for t in extract(Document("t", text))}


@pytest.mark.parametrize(
    "text",
    [
        "Rex Tillerson on Sunday blamed Russia's inaction for the attack.",
        "Rex Tillerson blamed Russia's inaction on Sunday.",
        "Rex Tillerson blamed Russia's inaction on Sunday morning.",
    ],
)
def test_blame_with_a_date_still_blames(text: str) -> None:
    assert ("person:rex-tillerson", "CRITICIZES", "RUS") in _triples(text)


def test_blame_on_a_party_still_blames_the_party() -> None:
    found = _triples("Rex Tillerson blamed the attack on Russia on Sunday.")
    assert ("person:rex-tillerson", "CRITICIZES", "RUS") in found
