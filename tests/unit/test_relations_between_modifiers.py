"""nominal-between with two modifiers coordinated over one noun, on a hand-built parse (no
model). Rows are (word, lemma, POS, tag, dependency, head index, space after), in the shape
the English pipeline gives the invented "Talks between U.S. and Chinese officials ended."."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_partitive import SpacedRow, _rows

USA_GOV = Entity("USA:GOV", "U.S. government", "Group", "USA")
CHN_GOV = Entity("CHN:GOV", "Chinese government", "Group", "CHN")

TALKS_BETWEEN: list[SpacedRow] = [
    ("Talks", "talk", "NOUN", "NNS", "nsubj", 6, True),
    ("between", "between", "ADP", "IN", "prep", 0, True),
    ("U.S.", "U.S.", "PROPN", "NNP", "nmod", 5, True),
    ("and", "and", "CCONJ", "CC", "cc", 2, True),
    ("Chinese", "chinese", "ADJ", "JJ", "conj", 2, True),
    ("officials", "official", "NOUN", "NNS", "pobj", 1, True),
    ("ended", "end", "VERB", "VBD", "ROOT", 6, False),
    (".", ".", "PUNCT", ".", "punct", 6, False),
]


def test_the_first_modifier_is_the_second_party():
    spans = [ActorSpan(2, 3, 2, USA_GOV), ActorSpan(4, 6, 5, CHN_GOV)]
    rows = _rows(TALKS_BETWEEN, spans)
    assert ("CHN:GOV", "NEGOTIATES_WITH", "USA:GOV", "nominal-between") in rows


def test_a_modifier_without_an_actor_adds_no_party():
    rows = _rows(TALKS_BETWEEN, [ActorSpan(4, 6, 5, CHN_GOV)])
    assert not [r for r in rows if r[3] == "nominal-between"]
