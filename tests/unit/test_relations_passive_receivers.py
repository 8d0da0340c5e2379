"""The passive-summons and passive-entry rules (kgraph.extract.rules_summoned, rules_entry) on
hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

QAT_GOV = Entity("QAT:GOV", "Qatari government", "Group", "QAT")
EGY_GOV = Entity("EGY:GOV", "Egyptian government", "Group", "EGY")
VEN_MIL = Entity("VEN:MIL", "Venezuelan military", "Group", "VEN")
USA = Entity("USA", "United States", "Country", "USA")

# "Qatar's ambassador was summoned to the Egyptian foreign ministry."
SUMMONED_TO: list[Row] = [
    ("Qatar", "Qatar", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("ambassador", "ambassador", "NOUN", "NN", "nsubjpass", 4),
    ("was", "be", "AUX", "VBD", "auxpass", 4),
    ("summoned", "summon", "VERB", "VBN", "ROOT", 4),
    ("to", "to", "ADP", "IN", "prep", 4),
    ("the", "the", "DET", "DT", "det", 9),
    ("Egyptian", "egyptian", "ADJ", "JJ", "amod", 9),
    ("foreign", "foreign", "ADJ", "JJ", "amod", 9),
    ("ministry", "ministry", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Venezuela's defense minister was denied entry to the United States."
DENIED_ENTRY: list[Row] = [
    ("Venezuela", "Venezuela", "PROPN", "NNP", "poss", 3),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("defense", "defense", "NOUN", "NN", "compound", 3),
    ("minister", "minister", "NOUN", "NN", "nsubjpass", 5),
    ("was", "be", "AUX", "VBD", "auxpass", 5),
    ("denied", "deny", "VERB", "VBN", "ROOT", 5),
    ("entry", "entry", "NOUN", "NN", "dobj", 5),
    ("to", "to", "ADP", "IN", "prep", 6),
    ("the", "the", "DET", "DT", "det", 10),
    ("United", "United", "PROPN", "NNP", "compound", 10),
    ("States", "States", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state():
    spans = [ActorSpan(0, 3, 2, QAT_GOV), ActorSpan(6, 10, 9, EGY_GOV)]
    rows = _rows(SUMMONED_TO, spans)
    assert ("EGY:GOV", "CRITICIZES", "QAT:GOV", "asserted", "passive-summons") in rows


def test_a_ministry_of_the_envoys_own_state_summons_nobody():
    own = Entity("QAT:GOV", "Qatari government", "Group", "QAT")
    spans = [ActorSpan(0, 3, 2, QAT_GOV), ActorSpan(6, 10, 9, own)]
    assert not any(r[4] == "passive-summons" for r in _rows(SUMMONED_TO, spans))


def test_one_denied_entry_to_a_country_is_refused_by_it():
    spans = [ActorSpan(0, 4, 3, VEN_MIL), ActorSpan(8, 11, 10, USA, is_place=True)]
    rows = _rows(DENIED_ENTRY, spans)
    assert ("USA", "SANCTIONS", "VEN:MIL", "asserted", "passive-entry") in rows
