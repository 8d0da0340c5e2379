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


BIDEN = Entity("person:joe-biden", "Joe Biden", "Person", "USA")
OBAMA = Entity("person:barack-obama", "Barack Obama", "Person", "USA")
AGENT_SPANS = {"Biden": BIDEN, "Obama": OBAMA}


def _agent_rows(rows: list[Row]) -> set[tuple[str, str, str, str, str]]:
    spans = [
        ActorSpan(i, i + 1, i, AGENT_SPANS[r[0]]) for i, r in enumerate(rows) if r[0] in AGENT_SPANS
    ]
    return _rows(rows, spans)


# "A staunch supporter of Obama, Biden spoke on Monday."
FRONTED_SUPPORTER: list[Row] = [
    ("A", "a", "DET", "DT", "det", 2),
    ("staunch", "staunch", "ADJ", "JJ", "amod", 2),
    ("supporter", "supporter", "NOUN", "NN", "npadvmod", 7),
    ("of", "of", "ADP", "IN", "prep", 2),
    ("Obama", "Obama", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("Biden", "Biden", "PROPN", "NNP", "nsubj", 7),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 7),
    ("on", "on", "ADP", "IN", "prep", 7),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 7),
]
# "Biden retired and became a critic of Obama."
BECAME_CRITIC: list[Row] = [
    ("Biden", "Biden", "PROPN", "NNP", "nsubj", 1),
    ("retired", "retire", "VERB", "VBD", "ROOT", 1),
    ("and", "and", "CCONJ", "CC", "cc", 1),
    ("became", "become", "VERB", "VBD", "conj", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("critic", "critic", "NOUN", "NN", "attr", 3),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("Obama", "Obama", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]
# "Biden, the party's leader and a close ally of Obama, spoke on Monday."
SECOND_APPOSITION: list[Row] = [
    ("Biden", "Biden", "PROPN", "NNP", "nsubj", 13),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("the", "the", "DET", "DT", "det", 3),
    ("party", "party", "NOUN", "NN", "poss", 5),
    ("'s", "'s", "PART", "POS", "case", 3),
    ("leader", "leader", "NOUN", "NN", "appos", 0),
    ("and", "and", "CCONJ", "CC", "cc", 5),
    ("a", "a", "DET", "DT", "det", 9),
    ("close", "close", "ADJ", "JJ", "amod", 9),
    ("ally", "ally", "NOUN", "NN", "conj", 5),
    ("of", "of", "ADP", "IN", "prep", 9),
    ("Obama", "Obama", "PROPN", "NNP", "pobj", 10),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 13),
    ("on", "on", "ADP", "IN", "prep", 13),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 14),
    (".", ".", "PUNCT", ".", "punct", 13),
]
# "Biden spoke on Monday, a critic of Obama said."
CRITIC_SAID: list[Row] = [
    ("Biden", "Biden", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ccomp", 9),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 2),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("a", "a", "DET", "DT", "det", 6),
    ("critic", "critic", "NOUN", "NN", "nsubj", 9),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("Obama", "Obama", "PROPN", "NNP", "pobj", 7),
    ("said", "say", "VERB", "VBD", "ROOT", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]
BIDEN_BACKS = ("person:joe-biden", "BACKS", "person:barack-obama", "asserted", "nominal-agentive")


def test_fronted_agent_phrase_is_said_of_the_clause_subject():
    assert BIDEN_BACKS in _agent_rows(FRONTED_SUPPORTER)


def test_becoming_a_critic_criticizes():
    row = ("person:joe-biden", "CRITICIZES", "person:barack-obama", "asserted", "nominal-agentive")
    assert row in _agent_rows(BECAME_CRITIC)


def test_second_noun_in_apposition_is_said_of_the_name():
    assert BIDEN_BACKS in _agent_rows(SECOND_APPOSITION)


def test_agent_subject_of_a_clause_is_no_fronted_phrase():
    # "Biden spoke on Monday, a critic of Obama said": an unnamed critic, not Biden
    assert not {r for r in _agent_rows(CRITIC_SAID) if r[4] == "nominal-agentive"}


GBR = Entity("GBR", "United Kingdom", "Country", "GBR")
FRA = Entity("FRA", "France", "Country", "FRA")

# "Key U.S. allies, including Britain and France, protested."
ALLIES_INCLUDING: list[Row] = [
    ("Key", "key", "ADJ", "JJ", "amod", 2),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 2),
    ("allies", "ally", "NOUN", "NNS", "nsubj", 9),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("including", "include", "VERB", "VBG", "prep", 2),
    ("Britain", "Britain", "PROPN", "NNP", "pobj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 5),
    ("France", "France", "PROPN", "NNP", "conj", 5),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("protested", "protest", "VERB", "VBD", "ROOT", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]
# "U.S. allies such as Japan protested."
ALLIES_SUCH_AS: list[Row] = [
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 1),
    ("allies", "ally", "NOUN", "NNS", "nsubj", 5),
    ("such", "such", "ADJ", "JJ", "amod", 3),
    ("as", "as", "ADP", "IN", "prep", 1),
    ("Japan", "Japan", "PROPN", "NNP", "pobj", 3),
    ("protested", "protest", "VERB", "VBD", "ROOT", 5),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_allies_a_list_names_back_the_modifier():
    spans = [ActorSpan(1, 2, 1, USA), ActorSpan(5, 6, 5, GBR), ActorSpan(7, 8, 7, FRA)]
    rows = {r[:3] for r in _rows(ALLIES_INCLUDING, spans)}
    assert {("GBR", "BACKS", "USA"), ("FRA", "BACKS", "USA")} <= rows


def test_allies_such_as_back_the_modifier():
    spans = [ActorSpan(0, 1, 0, USA), ActorSpan(4, 5, 4, JPN)]
    assert ("JPN", "BACKS", "USA") in {r[:3] for r in _rows(ALLIES_SUCH_AS, spans)}


TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")

# "Biden spoke as a critic of Obama."
SPOKE_AS_CRITIC: list[Row] = [
    ("Biden", "Biden", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    ("as", "as", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 4),
    ("critic", "critic", "NOUN", "NN", "pobj", 2),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("Obama", "Obama", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
# "Biden described Obama as a critic of Trump."
DESCRIBED_AS_CRITIC: list[Row] = [
    ("Biden", "Biden", "PROPN", "NNP", "nsubj", 1),
    ("described", "describe", "VERB", "VBD", "ROOT", 1),
    ("Obama", "Obama", "PROPN", "NNP", "dobj", 1),
    ("as", "as", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("critic", "critic", "NOUN", "NN", "pobj", 3),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("Trump", "Trump", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_as_phrase_on_a_verb_names_its_subject_the_agent():
    rows = _agent_rows(SPOKE_AS_CRITIC)
    assert (BIDEN.id, "CRITICIZES", OBAMA.id, "asserted", "nominal-agentive") in rows


def test_an_as_phrase_on_a_verb_with_an_object_names_no_agent():
    spans = [ActorSpan(0, 1, 0, BIDEN), ActorSpan(2, 3, 2, OBAMA), ActorSpan(7, 8, 7, TRUMP)]
    rows = _rows(DESCRIBED_AS_CRITIC, spans)
    assert not [r for r in rows if r[4] == "nominal-agentive"]
