"""Request shapes of ask24 on hand-built parses of invented sentences, no model: help sought
of an owner ("sought Washington's help"), the one asked kept as the object of "asked ... for",
a wish to see an actor act, a subjunctive after "insist", an under-phrase on the subject's
own verb.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

KOR = Entity("KOR", "South Korea", "Country", "KOR")
USA = Entity("USA", "United States", "Country", "USA")
DEU = Entity("DEU", "Germany", "Country", "DEU")
RUS = Entity("RUS", "Russia", "Country", "RUS")
GBR = Entity("GBR", "United Kingdom", "Country", "GBR")
CHN = Entity("CHN", "China", "Country", "CHN")

# "Seoul sought Washington's help."
SOUGHT_OWNED_HELP: list[Row] = [
    ("Seoul", "Seoul", "PROPN", "NNP", "nsubj", 1),
    ("sought", "seek", "VERB", "VBD", "ROOT", 1),
    ("Washington", "Washington", "PROPN", "NNP", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("help", "help", "NOUN", "NN", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_help_sought_of_its_owner_appeals_to_the_owner():
    found = _rows(SOUGHT_OWNED_HELP, [ActorSpan(0, 1, 0, KOR), ActorSpan(2, 3, 2, USA)])
    assert ("KOR", "APPEALS_TO", "USA", "asserted", "active-svo") in found


def test_a_thing_outside_the_class_sought_of_its_owner_asks_no_one():
    # "Seoul sought Washington's land.": land is no help or act asked of its owner
    rows = [*SOUGHT_OWNED_HELP[:4], ("land", "land", "NOUN", "NN", "dobj", 1), SOUGHT_OWNED_HELP[5]]
    found = _rows(rows, [ActorSpan(0, 1, 0, KOR), ActorSpan(2, 3, 2, USA)])
    assert not any(rel == "APPEALS_TO" for _, rel, *_ in found)


# "Seoul asked Washington for help."
ASKED_FOR_HELP: list[Row] = [
    ("Seoul", "Seoul", "PROPN", "NNP", "nsubj", 1),
    ("asked", "ask", "VERB", "VBD", "ROOT", 1),
    ("Washington", "Washington", "PROPN", "NNP", "dobj", 1),
    ("for", "for", "ADP", "IN", "prep", 1),
    ("help", "help", "NOUN", "NN", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_the_one_asked_for_help_is_the_object():
    found = _rows(ASKED_FOR_HELP, [ActorSpan(0, 1, 0, KOR), ActorSpan(2, 3, 2, USA)])
    assert ("KOR", "APPEALS_TO", "USA", "asserted", "active-svo") in found


# "Germany wants to see Russia withdraw its troops."
WANTS_TO_SEE: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
    ("wants", "want", "VERB", "VBZ", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("see", "see", "VERB", "VB", "xcomp", 1),
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 5),
    ("withdraw", "withdraw", "VERB", "VB", "ccomp", 3),
    ("its", "its", "PRON", "PRP$", "poss", 7),
    ("troops", "troop", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_wish_to_see_an_actor_act_asks_it():
    found = _rows(WANTS_TO_SEE, [ActorSpan(0, 1, 0, DEU), ActorSpan(4, 5, 4, RUS)])
    assert ("DEU", "APPEALS_TO", "RUS", "asserted", "active-svo") in found


def test_a_wish_to_see_an_actor_stay_asks_nothing():
    # "Germany wants to see Russia remain calm."
    rows = [
        *WANTS_TO_SEE[:5],
        ("remain", "remain", "VERB", "VB", "ccomp", 3),
        ("calm", "calm", "ADJ", "JJ", "acomp", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [ActorSpan(0, 1, 0, DEU), ActorSpan(4, 5, 4, RUS)])
    assert not any(rel == "APPEALS_TO" for _, rel, *_ in found)


# "Germany insisted that Britain make concessions."
INSISTED_THAT: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
    ("insisted", "insist", "VERB", "VBD", "ROOT", 1),
    ("that", "that", "SCONJ", "IN", "mark", 4),
    ("Britain", "Britain", "PROPN", "NNP", "nsubj", 4),
    ("make", "make", "VERB", "VBP", "ccomp", 1),
    ("concessions", "concession", "NOUN", "NNS", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_bare_verb_after_a_singular_subject_is_a_mandate():
    found = _rows(INSISTED_THAT, [ActorSpan(0, 1, 0, DEU), ActorSpan(3, 4, 3, GBR)])
    assert ("DEU", "DEMANDS", "GBR", "asserted", "complement-subject") in found


def test_an_inflected_present_is_a_claim():
    # "Germany insisted that Britain makes concessions."
    rows = [*INSISTED_THAT[:4], ("makes", "make", "VERB", "VBZ", "ccomp", 1), *INSISTED_THAT[5:]]
    found = _rows(rows, [ActorSpan(0, 1, 0, DEU), ActorSpan(3, 4, 3, GBR)])
    assert not any(rel == "DEMANDS" for _, rel, *_ in found)


# "China, under U.S. pressure, stressed the rules."
UNDER_PRESSURE_ADJUNCT: list[Row] = [
    ("China", "China", "PROPN", "NNP", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("under", "under", "ADP", "IN", "prep", 6),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 4),
    ("pressure", "pressure", "NOUN", "NN", "pobj", 2),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("stressed", "stress", "VERB", "VBD", "ROOT", 6),
    ("the", "the", "DET", "DT", "det", 8),
    ("rules", "rule", "NOUN", "NNS", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_an_under_phrase_on_the_subjects_own_verb_is_its_state():
    found = _rows(UNDER_PRESSURE_ADJUNCT, [ActorSpan(0, 1, 0, CHN), ActorSpan(3, 4, 3, USA)])
    assert ("USA", "DEMANDS", "CHN", "asserted", "nominal-recipient") in found


# "Seoul asked Washington whether it would help."
ASKED_WHETHER: list[Row] = [
    ("Seoul", "Seoul", "PROPN", "NNP", "nsubj", 1),
    ("asked", "ask", "VERB", "VBD", "ROOT", 1),
    ("Washington", "Washington", "PROPN", "NNP", "dobj", 1),
    ("whether", "whether", "SCONJ", "IN", "mark", 6),
    ("it", "it", "PRON", "PRP", "nsubj", 6),
    ("would", "would", "AUX", "MD", "aux", 6),
    ("help", "help", "VERB", "VB", "ccomp", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_asking_a_party_whether_is_a_question():
    found = _rows(ASKED_WHETHER, [ActorSpan(0, 1, 0, KOR), ActorSpan(2, 3, 2, USA)])
    assert not any(rel == "APPEALS_TO" for _, rel, *_ in found)


def test_asking_a_party_alone_is_a_question():
    # "Seoul asked Washington."
    rows = [*ASKED_WHETHER[:3], (".", ".", "PUNCT", ".", "punct", 1)]
    found = _rows(rows, [ActorSpan(0, 1, 0, KOR), ActorSpan(2, 3, 2, USA)])
    assert not any(rel == "APPEALS_TO" for _, rel, *_ in found)
