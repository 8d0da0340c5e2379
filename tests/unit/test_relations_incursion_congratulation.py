"""The noun cues "incursion into/in" (ATTACKS 190) and "congratulations to" (BACKS 051) of the
lexicon (no model)."""

from __future__ import annotations

import pytest

from kgraph.extract.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("cue", "relation"),
    [("incursion into", "ATTACKS"), ("incursion in", "ATTACKS"), ("congratulations to", "BACKS")],
)
def test_incursion_and_congratulation_cues(cue: str, relation: str) -> None:
    noun, prep = cue.split()
    cues = {(c.prep, c.relation) for c in load_lexicon().nouns[noun]}
    assert (prep, relation) in cues
