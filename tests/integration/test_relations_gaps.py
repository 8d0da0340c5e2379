"""The object gap of a relative clause ("the talks Iran held with the EU"), with the real
model, on an invented sentence."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _ in ruled(text)}


def test_the_talks_a_party_held() -> None:
    found = _pairs("The talks Iran held with the European Union ended without a deal.")
    assert ("IRN", "MEETS", "igo:eu") in found, found
