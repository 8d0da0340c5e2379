"""Relative clauses and reciprocal fighting on hand-built parses (no model): the object gap of
a relative clause ("the talks Iran held with the EU"), a "whose" possessor ("the minister,
whose criticism of India ..."), joint subjects of a fighting verb ("X and Y battled"). Rows are
(word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these invented
sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import OBAMA, Row, _country, _rows

EU = Entity("igo:eu", "European Union", "IGO", None)
PAK_GOV = Entity("PAK:GOV", "Pakistani government", "Group", "PAK")
SYR_MIL = Entity("SYR:MIL", "Syrian military", "Group", "SYR")
TUR_MIL = Entity("TUR:MIL", "Turkish military", "Group", "TUR")

# "The talks Iran held with the European Union ended without a deal."
TALKS_HELD: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 8),
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
    ("held", "hold", "VERB", "VBD", "relcl", 1),
    ("with", "with", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 7),
    ("European", "European", "PROPN", "NNP", "compound", 7),
    ("Union", "Union", "PROPN", "NNP", "pobj", 4),
    ("ended", "end", "VERB", "VBD", "ROOT", 8),
    ("without", "without", "ADP", "IN", "prep", 8),
    ("a", "a", "DET", "DT", "det", 11),
    ("deal", "deal", "NOUN", "NN", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def test_relative_object_gap_is_the_antecedent():
    spans = [ActorSpan(2, 3, 2, _country("IRN", "Iran")), ActorSpan(5, 8, 7, EU)]
    rows = _rows(TALKS_HELD, spans)
    assert ("IRN", "MEETS", "igo:eu", "asserted", "prep-object") in rows


# "Syrian forces and Turkish troops battled near the border on Sunday."
BATTLED: list[Row] = [
    ("Syrian", "syrian", "ADJ", "JJ", "amod", 1),
    ("forces", "force", "NOUN", "NNS", "nsubj", 5),
    ("and", "and", "CCONJ", "CC", "cc", 1),
    ("Turkish", "turkish", "ADJ", "JJ", "amod", 4),
    ("troops", "troop", "NOUN", "NNS", "conj", 1),
    ("battled", "battle", "VERB", "VBD", "ROOT", 5),
    ("near", "near", "ADP", "IN", "prep", 5),
    ("the", "the", "DET", "DT", "det", 8),
    ("border", "border", "NOUN", "NN", "pobj", 6),
    ("on", "on", "ADP", "IN", "prep", 5),
    ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_joint_subjects_of_battle_attack_each_other():
    spans = [ActorSpan(0, 2, 1, SYR_MIL), ActorSpan(3, 5, 4, TUR_MIL)]
    rows = {r[:3] for r in _rows(BATTLED, spans)}
    assert {("SYR:MIL", "ATTACKS", "TUR:MIL"), ("TUR:MIL", "ATTACKS", "SYR:MIL")} <= rows


def test_joint_subjects_of_another_verb_do_not():
    # "Syrian forces and Turkish troops gathered near the border": no attack at all
    rows_in = [
        r if r[0] != "battled" else ("gathered", "gather", "VERB", "VBD", "ROOT", 5)
        for r in BATTLED
    ]
    spans = [ActorSpan(0, 2, 1, SYR_MIL), ActorSpan(3, 5, 4, TUR_MIL)]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "ATTACKS"}


# "The Pakistani prime minister, whose criticism of India drew protests, spoke on Monday."
WHOSE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 3),
    ("Pakistani", "pakistani", "ADJ", "JJ", "amod", 3),
    ("prime", "prime", "ADJ", "JJ", "amod", 3),
    ("minister", "minister", "NOUN", "NN", "nsubj", 12),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("whose", "whose", "DET", "WP$", "poss", 6),
    ("criticism", "criticism", "NOUN", "NN", "nsubj", 9),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("India", "India", "PROPN", "NNP", "pobj", 7),
    ("drew", "draw", "VERB", "VBD", "relcl", 3),
    ("protests", "protest", "NOUN", "NNS", "dobj", 9),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 12),
    ("on", "on", "ADP", "IN", "prep", 12),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 13),
    (".", ".", "PUNCT", ".", "punct", 12),
]


def test_whose_owner_is_the_relative_antecedent():
    spans = [ActorSpan(1, 4, 3, PAK_GOV), ActorSpan(8, 9, 8, _country("IND", "India"))]
    rows = _rows(WHOSE, spans)
    assert ("PAK:GOV", "CRITICIZES", "IND", "asserted", "nominal-poss") in rows


# "Turkish forces battled in Aleppo.": a fight with no named foe, in a place
BATTLED_IN: list[Row] = [
    ("Turkish", "turkish", "ADJ", "JJ", "amod", 1),
    ("forces", "force", "NOUN", "NNS", "nsubj", 2),
    ("battled", "battle", "VERB", "VBD", "ROOT", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("Aleppo", "Aleppo", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_fight_in_a_place_goes_both_ways():
    aleppo = Entity("loc:aleppo", "Aleppo", "Location", "SYR")
    spans = [ActorSpan(0, 2, 1, TUR_MIL), ActorSpan(4, 5, 4, aleppo, is_place=True)]
    rows = {r[:3] for r in _rows(BATTLED_IN, spans)}
    assert {("TUR:MIL", "ATTACKS", "SYR"), ("SYR", "ATTACKS", "TUR:MIL")} <= rows


def test_a_one_sided_attack_in_a_place_does_not():
    # "Turkish forces shelled in Aleppo": shelling is no mutual fight
    shelled = [
        r if r[0] != "battled" else ("shelled", "shell", "VERB", "VBD", "ROOT", 2)
        for r in BATTLED_IN
    ]
    aleppo = Entity("loc:aleppo", "Aleppo", "Location", "SYR")
    spans = [ActorSpan(0, 2, 1, TUR_MIL), ActorSpan(4, 5, 4, aleppo, is_place=True)]
    rows = {r[:3] for r in _rows(shelled, spans)}
    assert ("SYR", "ATTACKS", "TUR:MIL") not in rows


def test_whose_subject_makes_no_object_gap():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 10),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("whose", "whose", "DET", "WP$", "poss", 3),
        ("administration", "administration", "NOUN", "NN", "nsubj", 5),
        ("had", "have", "AUX", "VBD", "aux", 5),
        ("lobbied", "lobby", "VERB", "VBN", "relcl", 0),
        ("against", "against", "ADP", "IN", "prep", 5),
        ("the", "the", "DET", "DT", "det", 8),
        ("bill", "bill", "NOUN", "NN", "pobj", 6),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("signed", "sign", "VERB", "VBD", "ROOT", 10),
        ("it", "it", "PRON", "PRP", "dobj", 10),
        (".", ".", "PUNCT", ".", "punct", 10),
    ]
    found = _rows(rows, [ActorSpan(0, 1, 0, OBAMA)])
    assert not any(r[1] == "APPEALS_TO" for r in found)


def _c(at: int, code: str, name: str) -> ActorSpan:
    return ActorSpan(at, at + 1, at, _country(code, name))


def _traded(obj: str, lemma: str) -> list[Row]:
    """ "Chile and Peru traded threats." (or another object)"""
    return [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("traded", "trade", "VERB", "VBD", "ROOT", 3),
        (obj, lemma, "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


def test_traded_threats_go_both_ways_and_are_no_trade():
    found = _rows(_traded("threats", "threat"), [_c(0, "CHL", "Chile"), _c(2, "PER", "Peru")])
    assert ("CHL", "WARNS", "PER", "asserted", "joint-subject") in found
    assert ("PER", "WARNS", "CHL", "asserted", "joint-subject") in found
    assert not any(r[1] == "COOPERATES_WITH" for r in found)


def test_traded_accusations_criticize_each_other():
    rows = _traded("accusations", "accusation")
    found = _rows(rows, [_c(0, "CHL", "Chile"), _c(2, "PER", "Peru")])
    assert ("CHL", "CRITICIZES", "PER", "asserted", "joint-subject") in found
    assert ("PER", "CRITICIZES", "CHL", "asserted", "joint-subject") in found
