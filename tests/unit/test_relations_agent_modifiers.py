"""Agent nouns (kgraph.extract.rules_nominal, nominal-agentive) on hand-built parses, no
model: the actor named before the noun is whose ally it is ("Japan, a U.S. ally"), and a name
right after the noun is the ally ("Russia's ally Syria").

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

JPN = Entity("JPN", "Japan", "Country", "JPN")
USA = Entity("USA", "United States", "Country", "USA")
RUS = Entity("RUS", "Russia", "Country", "RUS")
SYR = Entity("SYR", "Syria", "Country", "SYR")
WESTERN = Entity("loc:western", "Western", "Location")
IRN = Entity("IRN", "Iran", "Country", "IRN")
EUROPE = Entity("loc:europe", "Europe", "Location")

# "Japan, a U.S. ally, protested."
MODIFIER_ALLY: list[Row] = [
    ("Japan", "Japan", "PROPN", "NNP", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("a", "a", "DET", "DT", "det", 4),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 4),
    ("ally", "ally", "NOUN", "NN", "appos", 0),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("protested", "protest", "VERB", "VBN", "ROOT", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]

# "Japan, a Western ally, protested."
REGION_ALLY: list[Row] = [
    ("Japan", "Japan", "PROPN", "NNP", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("a", "a", "DET", "DT", "det", 4),
    ("Western", "western", "ADJ", "JJ", "amod", 4),
    ("ally", "ally", "NOUN", "NN", "appos", 0),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("protested", "protest", "VERB", "VBN", "ROOT", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]

# "Russia's ally Syria rejected the plan."
TITLE_ALLY: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("ally", "ally", "NOUN", "NN", "nsubj", 4),
    ("Syria", "Syria", "PROPN", "NNP", "nsubj", 4),
    ("rejected", "reject", "VERB", "VBD", "ROOT", 4),
    ("the", "the", "DET", "DT", "det", 6),
    ("plan", "plan", "NOUN", "NN", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 4),
]


def test_the_actor_before_an_agent_noun_is_whose_ally():
    rows = _rows(MODIFIER_ALLY, [ActorSpan(0, 1, 0, JPN), ActorSpan(3, 4, 3, USA)])
    assert ("JPN", "BACKS", "USA", "asserted", "nominal-agentive") in rows


def test_a_region_before_an_agent_noun_names_no_one():
    spans = [ActorSpan(0, 1, 0, JPN), ActorSpan(3, 4, 3, WESTERN, is_place=True)]
    assert not [r for r in _rows(REGION_ALLY, spans) if r[4] == "nominal-agentive"]


def test_a_name_right_after_an_agent_noun_is_the_ally():
    rows = _rows(TITLE_ALLY, [ActorSpan(0, 1, 0, RUS), ActorSpan(3, 4, 3, SYR)])
    assert ("SYR", "BACKS", "RUS", "asserted", "nominal-agentive") in rows


# "Iran, U.S. allies in Europe and Russia defended the deal.", parsed (as in an article) with
# the plural "allies" in apposition to "Iran" and "Russia" conjoined to "Europe"
LIST_ITEM_ALLIES: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 9),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 3),
    ("allies", "ally", "NOUN", "NNS", "appos", 0),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("Europe", "Europe", "PROPN", "NNP", "pobj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 5),
    ("Russia", "Russia", "PROPN", "NNP", "conj", 5),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("defended", "defend", "VERB", "VBD", "ROOT", 9),
    ("the", "the", "DET", "DT", "det", 11),
    ("deal", "deal", "NOUN", "NN", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_a_plural_agent_noun_beside_one_name_is_a_list_item():
    spans = [
        ActorSpan(0, 1, 0, IRN),
        ActorSpan(2, 3, 2, USA),
        ActorSpan(5, 6, 5, EUROPE, is_place=True),
        ActorSpan(7, 8, 7, RUS),
    ]
    assert not [r for r in _rows(LIST_ITEM_ALLIES, spans) if r[4] == "nominal-agentive"]


ZWE_PERSON = Entity("person:emmerson-mnangagwa", "Emmerson Mnangagwa", "Person", "ZWE")
MUGABE = Entity("person:robert-mugabe", "Robert Mugabe", "Person", "ZWE")

# "Emmerson Mnangagwa, a Mugabe loyalist, was sacked."
LOYALIST: list[Row] = [
    ("Emmerson", "Emmerson", "PROPN", "NNP", "compound", 1),
    ("Mnangagwa", "Mnangagwa", "PROPN", "NNP", "nsubjpass", 8),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("Mugabe", "Mugabe", "PROPN", "NNP", "compound", 5),
    ("loyalist", "loyalist", "NOUN", "NN", "appos", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("was", "be", "AUX", "VBD", "auxpass", 8),
    ("sacked", "sack", "VERB", "VBN", "ROOT", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def test_a_loyalist_backs_the_one_named_before_the_noun():
    rows = _rows(LOYALIST, [ActorSpan(0, 2, 1, ZWE_PERSON), ActorSpan(4, 5, 4, MUGABE)])
    assert (ZWE_PERSON.id, "BACKS", MUGABE.id, "asserted", "nominal-agentive") in rows
