"""Scanning a document for gazetteer names (kgraph.resolve.matcher.scan_names) on token-only
docs (no model): a country's name ending a longer place name ("New Jersey", "New Mexico") is no
match; alone, it still is."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.resolve.matcher import scan_names
from tests.unit.test_entities import english_vocab


def _scanned(text: str) -> dict[str, str]:
    doc = Doc(english_vocab(), words=text.split())
    return {doc[m.start : m.end].text: str(m.entry["id"]) for m in scan_names(doc)}


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Christie governs New Jersey .", "Jersey"),
        ("Officials in New Mexico said .", "Mexico"),
        ("Police in New South Wales said .", "Wales"),
        ("Voters in New England said .", "England"),
    ],
)
def test_scan_country_name_ending_a_longer_place_name_is_no_match(text: str, inner: str) -> None:
    assert inner not in _scanned(text)


def test_scan_country_name_alone_or_after_another_word_still_matches() -> None:
    assert _scanned("Jersey and Mexico signed a deal with England .") == {
        "Jersey": "JEY",
        "Mexico": "MEX",
        "England": "GBR",
    }
    assert _scanned("The new Mexico policy .")["Mexico"] == "MEX"  # lower-case "new"
