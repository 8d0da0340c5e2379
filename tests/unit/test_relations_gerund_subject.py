"""The gerund-subject shape (kgraph.extract.rules_verbal_subjects.subjects): the object of a
preposition of concern right before a gerund is the gerund's subject, not the main verb's.
Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as
the English pipeline parsed the invented sentence.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

RUS = Entity("RUS", "Russia", "Country", "RUS")
USA = Entity("USA", "United States", "Country", "USA")
IRN = Entity("IRN", "Iran", "Country", "IRN")
ISR = Entity("ISR", "Israel", "Country", "ISR")
LBN = Entity("LBN", "Lebanon", "Country", "LBN")
TUR = Entity("TUR", "Turkey", "Country", "TUR")

# "Moscow complained about Washington imposing new sanctions on Iran."
COMPLAINED_ABOUT: list[Row] = [
    ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1),
    ("complained", "complain", "VERB", "VBD", "ROOT", 1),
    ("about", "about", "ADP", "IN", "prep", 1),
    ("Washington", "Washington", "PROPN", "NNP", "pobj", 2),
    ("imposing", "impose", "VERB", "VBG", "advcl", 1),
    ("new", "new", "ADJ", "JJ", "amod", 6),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 4),
    ("on", "on", "ADP", "IN", "prep", 6),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Iran warned against Israel attacking Lebanon."
WARNED_AGAINST: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("warned", "warn", "VERB", "VBD", "ROOT", 1),
    ("against", "against", "ADP", "IN", "prep", 1),
    ("Israel", "Israel", "PROPN", "NNP", "pobj", 2),
    ("attacking", "attack", "VERB", "VBG", "xcomp", 1),
    ("Lebanon", "Lebanon", "PROPN", "NNP", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Turkey objected to the United States, arming Kurdish fighters in the meantime."
PARTICIPLE_AFTER_COMMA: list[Row] = [
    ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
    ("objected", "object", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 5),
    ("United", "United", "PROPN", "NNP", "compound", 5),
    ("States", "States", "PROPN", "NNP", "pobj", 2),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("arming", "arm", "VERB", "VBG", "advcl", 1),
    ("Kurdish", "kurdish", "ADJ", "JJ", "amod", 9),
    ("fighters", "fighter", "NOUN", "NNS", "dobj", 7),
    ("in", "in", "ADP", "IN", "prep", 7),
    ("the", "the", "DET", "DT", "det", 12),
    ("meantime", "meantime", "NOUN", "NN", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_the_object_of_about_before_a_gerund_does_what_it_says():
    rows = _rows(
        COMPLAINED_ABOUT,
        [ActorSpan(0, 1, 0, RUS), ActorSpan(3, 4, 3, USA), ActorSpan(8, 9, 8, IRN)],
    )
    assert ("USA", "SANCTIONS", "IRN", "asserted", "gerund-subject") in rows
    assert not any(r[0] == "RUS" and r[1] == "SANCTIONS" for r in rows)


def test_warning_against_an_attack_makes_the_named_party_the_attacker():
    rows = _rows(
        WARNED_AGAINST,
        [ActorSpan(0, 1, 0, IRN), ActorSpan(3, 4, 3, ISR), ActorSpan(5, 6, 5, LBN)],
    )
    assert ("ISR", "ATTACKS", "LBN", "hypothetical", "gerund-subject") in rows
    assert not any(r[0] == "IRN" and r[1] == "ATTACKS" for r in rows)


def test_a_non_actor_before_the_gerund_leaves_it_without_a_subject():
    # "Moscow complained about the plan imposing new sanctions on Iran": the plan imposes
    plan: Row = ("plan", "plan", "NOUN", "NN", "pobj", 2)
    parse = [*COMPLAINED_ABOUT[:3], plan, *COMPLAINED_ABOUT[4:]]
    rows = _rows(parse, [ActorSpan(0, 1, 0, RUS), ActorSpan(8, 9, 8, IRN)])
    assert not any(r[1] == "SANCTIONS" for r in rows)


def test_after_a_comma_the_participle_keeps_the_main_subject():
    spans = [ActorSpan(0, 1, 0, TUR), ActorSpan(3, 6, 5, USA)]
    rows = _rows(PARTICIPLE_AFTER_COMMA, spans)
    assert ("TUR", "CRITICIZES", "USA", "asserted", "prep-object") in rows
    assert not any(r[4] == "gerund-subject" for r in rows)
