"""The object gap of a relative clause ("the talks Iran held with the EU"), with the real
model, on an invented sentence."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _found(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.rule)
        for t in extract(Document("s", text))
        if t.modality in ("asserted", "reported") and not t.negated
    }


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _ in _found(text)}


def test_the_talks_a_party_held() -> None:
    found = _pairs("The talks Iran held with the European Union ended without a deal.")
    assert ("IRN", "MEETS", "igo:eu") in found, found
