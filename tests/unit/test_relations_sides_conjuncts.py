"""A singular relative after coordinated names stands for the nearest of them ("met Xi and
Putin, who criticized Japan": Putin, not Xi); a person's team or camp stands for the person
("Mueller's team accused Flynn"). Hand-built parses of invented sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

XI = Entity("person:xi", "Xi", "Person", "CHN")
OBAMA = Entity("person:obama", "Obama", "Person", "USA")
PUTIN = Entity("person:putin", "Putin", "Person", "RUS")
JPN = Entity("JPN", "Japan", "Country", "JPN")
MUELLER = Entity("person:mueller", "Mueller", "Person", "USA")
FLYNN = Entity("person:flynn", "Flynn", "Person", "USA")
NATO = Entity("igo:nato", "NATO", "Organization", None)

# "Xi met Obama and Putin, who criticized Japan."
RELATIVE_AFTER_PAIR: list[Row] = [
    ("Xi", "Xi", "PROPN", "NNP", "nsubj", 1),
    ("met", "meet", "VERB", "VBD", "ROOT", 1),
    ("Obama", "Obama", "PROPN", "NNP", "dobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("Putin", "Putin", "PROPN", "NNP", "conj", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("who", "who", "PRON", "WP", "nsubj", 7),
    ("criticized", "criticize", "VERB", "VBD", "relcl", 2),
    ("Japan", "Japan", "PROPN", "NNP", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Xi met Obama, who criticized Japan, and Putin."
RELATIVE_INSIDE_PAIR: list[Row] = [
    ("Xi", "Xi", "PROPN", "NNP", "nsubj", 1),
    ("met", "meet", "VERB", "VBD", "ROOT", 1),
    ("Obama", "Obama", "PROPN", "NNP", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("who", "who", "PRON", "WP", "nsubj", 5),
    ("criticized", "criticize", "VERB", "VBD", "relcl", 2),
    ("Japan", "Japan", "PROPN", "NNP", "dobj", 5),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("Putin", "Putin", "PROPN", "NNP", "conj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Mueller's team accused Flynn of lying."
TEAM_ACCUSED: list[Row] = [
    ("Mueller", "Mueller", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("team", "team", "NOUN", "NN", "nsubj", 3),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 3),
    ("Flynn", "Flynn", "PROPN", "NNP", "dobj", 3),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("lying", "lie", "VERB", "VBG", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def _critics(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _, _ in _rows(rows, spans) if r == "CRITICIZES"}


def test_relative_after_a_pair_is_the_nearest_name():
    spans = [
        ActorSpan(0, 1, 0, XI),
        ActorSpan(2, 3, 2, OBAMA),
        ActorSpan(4, 5, 4, PUTIN),
        ActorSpan(8, 9, 8, JPN),
    ]
    assert _critics(RELATIVE_AFTER_PAIR, spans) == {("person:putin", "JPN")}


def test_relative_inside_a_pair_keeps_its_name():
    spans = [
        ActorSpan(0, 1, 0, XI),
        ActorSpan(2, 3, 2, OBAMA),
        ActorSpan(6, 7, 6, JPN),
        ActorSpan(9, 10, 9, PUTIN),
    ]
    assert _critics(RELATIVE_INSIDE_PAIR, spans) == {("person:obama", "JPN")}


def test_a_persons_team_is_the_person():
    spans = [ActorSpan(0, 1, 0, MUELLER), ActorSpan(4, 5, 4, FLYNN)]
    assert _critics(TEAM_ACCUSED, spans) == {("person:mueller", "person:flynn")}


def test_a_bodys_team_is_no_one():
    spans = [ActorSpan(0, 1, 0, NATO), ActorSpan(4, 5, 4, FLYNN)]
    assert _critics(TEAM_ACCUSED, spans) == set()


RUS = Entity("RUS", "Russia", "Country", "RUS")
SYR = Entity("SYR", "Syria", "Country", "SYR")
TUR = Entity("TUR", "Turkey", "Country", "TUR")

# "Russia sent troops to Syria. Its soldiers attacked Turkey."
ITS_SOLDIERS: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("sent", "send", "VERB", "VBD", "ROOT", 1),
    ("troops", "troop", "NOUN", "NNS", "dobj", 1),
    ("to", "to", "ADP", "IN", "dative", 1),
    ("Syria", "Syria", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("Its", "its", "PRON", "PRP$", "poss", 7),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 8),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 8),
    ("Turkey", "Turkey", "PROPN", "NNP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def _attacks(rows: list[Row], first: Entity) -> set[tuple[str, str]]:
    spans = [ActorSpan(0, 1, 0, first), ActorSpan(4, 5, 4, SYR), ActorSpan(9, 10, 9, TUR)]
    return {(s, o) for s, r, o, _, _ in _rows(rows, spans) if r == "ATTACKS"}


def test_its_soldiers_are_the_last_subjects_army():
    # the subject, not "Syria", the nearest name
    assert _attacks(ITS_SOLDIERS, RUS) == {("RUS:MIL", "TUR")}


def test_its_of_a_person_is_no_one():
    assert _attacks(ITS_SOLDIERS, PUTIN) == set()


def test_its_after_a_subject_of_its_own_sentence_is_left_alone():
    # "Russia sent troops to Syria. On Monday, its soldiers ...": another subject first
    rows = [
        *ITS_SOLDIERS[:6],
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 8),
        ("said", "say", "VERB", "VBD", "ROOT", 8),
        ("its", "its", "PRON", "PRP$", "poss", 9),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 10),
        ("attacked", "attack", "VERB", "VBD", "ccomp", 7),
        ("Syria", "Syria", "PROPN", "NNP", "dobj", 10),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    spans = [ActorSpan(0, 1, 0, RUS), ActorSpan(4, 5, 4, SYR), ActorSpan(6, 7, 6, TUR)]
    spans.append(ActorSpan(11, 12, 11, SYR))
    attacks = {(s, o) for s, r, o, _, _ in _rows(rows, spans) if r == "ATTACKS"}
    assert attacks == {("TUR:MIL", "SYR")}


# "Mueller's legal team accused Flynn of lying."
LEGAL_TEAM: list[Row] = [
    ("Mueller", "Mueller", "PROPN", "NNP", "poss", 3),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("legal", "legal", "ADJ", "JJ", "amod", 3),
    ("team", "team", "NOUN", "NN", "nsubj", 4),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 4),
    ("Flynn", "Flynn", "PROPN", "NNP", "dobj", 4),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("lying", "lie", "VERB", "VBG", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 4),
]


def test_a_team_with_words_of_its_own_is_no_person():
    # a body of its own, as "Trump's transition team" is
    spans = [ActorSpan(0, 1, 0, MUELLER), ActorSpan(5, 6, 5, FLYNN)]
    assert _critics(LEGAL_TEAM, spans) == set()
    without = [r for r in LEGAL_TEAM if r[0] != "legal"]
    without = [(w, lem, p, t, d, h - (h > 2)) for w, lem, p, t, d, h in without]
    assert _critics(without, [ActorSpan(0, 1, 0, MUELLER), ActorSpan(4, 5, 4, FLYNN)]) == {
        ("person:mueller", "person:flynn")
    }
