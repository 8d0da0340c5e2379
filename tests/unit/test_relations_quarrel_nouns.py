"""The quarrel nouns of the lexicon and their reciprocal between-cues (no model)."""

from __future__ import annotations

import pytest

from kgraph.extract.lexicon import load_lexicon
from kgraph.extract.rules_nominal import RECIPROCAL_NOUNS


@pytest.mark.parametrize("noun", ["feud", "spat", "quarrel", "row"])
def test_a_quarrel_noun_is_criticism_with_and_between(noun: str) -> None:
    cues = {(c.prep, c.relation) for c in load_lexicon().nouns[noun]}
    assert {("with", "CRITICIZES"), ("between", "CRITICIZES")} <= cues
    assert f"{noun} between" in RECIPROCAL_NOUNS
