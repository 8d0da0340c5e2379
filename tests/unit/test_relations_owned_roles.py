"""A government noun of the gazetteer stands for its owner ("the EU's negotiator" -> the EU),
and a mediator mediates between each party of a between-phrase; hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

EU = Entity("igo:eu", "European Union", "IGO", None)
TUR_GOV = Entity("TUR:GOV", "Turkish government", "Group", "TUR")
NOR = Entity("NOR", "Norway", "Country", "NOR")
GOV = Entity("COL:GOV", "Colombian government", "Group", "COL")
REB = Entity("COL:REB", "Colombian rebels", "Group", "COL")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")

# "The EU's negotiator met Turkish officials."
OWNED_NEGOTIATOR: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("EU", "EU", "PROPN", "NNP", "poss", 3),
    ("'s", "'s", "PART", "POS", "case", 1),
    ("negotiator", "negotiator", "NOUN", "NN", "nsubj", 4),
    ("met", "meet", "VERB", "VBD", "ROOT", 4),
    ("Turkish", "turkish", "ADJ", "JJ", "amod", 6),
    ("officials", "official", "NOUN", "NNS", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Norway mediated between the government and the rebels."
MEDIATED_BETWEEN: list[Row] = [
    ("Norway", "Norway", "PROPN", "NNP", "nsubj", 1),
    ("mediated", "mediate", "VERB", "VBD", "ROOT", 1),
    ("between", "between", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("government", "government", "NOUN", "NN", "pobj", 2),
    ("and", "and", "CCONJ", "CC", "cc", 4),
    ("the", "the", "DET", "DT", "det", 7),
    ("rebels", "rebel", "NOUN", "NNS", "conj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _pairs(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _, _ in _rows(rows, spans)}


def test_government_noun_stands_for_its_owner():
    spans = [ActorSpan(0, 2, 1, EU), ActorSpan(5, 7, 6, TUR_GOV)]
    assert ("TUR:GOV", "MEETS", "igo:eu") in _pairs(OWNED_NEGOTIATOR, spans)


def test_a_persons_government_noun_is_not_the_person():
    # "Trump's negotiator met Turkish officials.": someone else, not Trump
    rows = [("Trump", "Trump", "PROPN", "NNP", "poss", 2), *OWNED_NEGOTIATOR[2:]]
    rows = [(w, lem, p, t, d, h - 1 if i else h) for i, (w, lem, p, t, d, h) in enumerate(rows)]
    assert _pairs(rows, [ActorSpan(0, 1, 0, TRUMP), ActorSpan(4, 6, 5, TUR_GOV)]) == set()


def test_government_noun_without_owner_is_no_one():
    rows = [("A", "a", "DET", "DT", "det", 1), *OWNED_NEGOTIATOR[3:]]
    rows = [(w, lem, p, t, d, h - 2 if i else h) for i, (w, lem, p, t, d, h) in enumerate(rows)]
    assert _pairs(rows, [ActorSpan(3, 5, 4, TUR_GOV)]) == set()


def test_mediator_mediates_between_each_party():
    spans = [ActorSpan(0, 1, 0, NOR), ActorSpan(3, 5, 4, GOV), ActorSpan(6, 8, 7, REB)]
    assert _pairs(MEDIATED_BETWEEN, spans) == {
        ("NOR", "MEDIATES", "COL:GOV"),
        ("NOR", "MEDIATES", "COL:REB"),
    }
