"""The sought-extradition shape (rules_extradition) on a hand-built parse (no model): rows are
(word, lemma, POS, tag, dependency, head index), as the English pipeline parsed the invented
sentence."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

IND = _country("IND", "India")
GBR = Entity("GBR", "United Kingdom", "Country", "GBR")

# "India wants to extradite Mallya from Britain."
WANTS_EXTRADITE: list[Row] = [
    ("India", "India", "PROPN", "NNP", "nsubj", 1),
    ("wants", "want", "VERB", "VBZ", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("extradite", "extradite", "VERB", "VB", "xcomp", 1),
    ("Mallya", "Mallya", "PROPN", "NNP", "dobj", 3),
    ("from", "from", "ADP", "IN", "prep", 3),
    ("Britain", "Britain", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
SPANS = [ActorSpan(0, 1, 0, IND), ActorSpan(6, 7, 6, GBR)]


def _appeals(rows_in: list[Row]) -> set[tuple[str, str, str, str, str]]:
    return {r for r in _rows(rows_in, SPANS) if r[1] == "APPEALS_TO"}


def test_sought_extradition_appeals_to_the_country():
    assert ("IND", "APPEALS_TO", "GBR", "asserted", "sought-extradition") in _appeals(
        WANTS_EXTRADITE
    )


def test_sought_extradition_not_from_a_city():
    # "... from London": a capital taken for its country is the city the fugitive is in
    rows_in = [r if r[0] != "Britain" else ("London", *r[1:]) for r in WANTS_EXTRADITE]
    rows_in = [r if r[0] != "London" else ("London", "London", *r[2:]) for r in rows_in]
    assert not _appeals(rows_in)


def test_sought_extradition_needs_a_seeker():
    # "India plans ... " is sought; "India refuses to extradite Mallya from Britain" is not
    rows_in = [
        r if r[0] != "wants" else ("refuses", "refuse", "VERB", "VBZ", "ROOT", 1)
        for r in WANTS_EXTRADITE
    ]
    assert not _appeals(rows_in)
