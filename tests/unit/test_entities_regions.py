"""Regional peoples are no country's, on hand-built parses (no statistical model)."""

from __future__ import annotations

import pytest

from kgraph.extract.entities import find_actors
from tests.unit.test_entities import parsed


@pytest.mark.parametrize("region", ["Latin", "South", "Central", "North"])
def test_regional_plural_before_a_sector_noun_is_nobody(region: str) -> None:
    # "several Latin Americans leaders met ." (the plural written where the adjective belongs)
    doc = parsed(
        [
            ("several", 3, "amod", "ADJ", "several", "O"),
            (region, 2, "compound", "PROPN", region, "B-NORP"),
            ("Americans", 3, "compound", "PROPN", "Americans", "I-NORP"),
            ("leaders", 4, "nsubj", "NOUN", "leader", "O"),
            ("met", 4, "ROOT", "VERB", "meet", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert find_actors(doc, "t") == []
