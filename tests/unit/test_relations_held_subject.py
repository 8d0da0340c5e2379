"""The participle-held subject (kgraph.extract.rules_verbal_subjects.subjects): "Clinton,
seeking to ..., accused Trump": the parser hangs the main subject on the participle clause set
off after it, and the finite verb has none; that subject is the finite verb's. Hand-built
parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as the English
pipeline parsed the invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

FRA = Entity("FRA", "France", "Country", "FRA")
RUS = Entity("RUS", "Russia", "Country", "RUS")

# "France, seeking to calm its allies, on Monday accused Russia of lying."
HELD_BY_PARTICIPLE: list[Row] = [
    ("France", "France", "PROPN", "NNP", "nsubj", 2),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("seeking", "seek", "VERB", "VBG", "advcl", 10),
    ("to", "to", "PART", "TO", "aux", 4),
    ("calm", "calm", "VERB", "VB", "xcomp", 2),
    ("its", "its", "PRON", "PRP$", "poss", 6),
    ("allies", "ally", "NOUN", "NNS", "dobj", 4),
    (",", ",", "PUNCT", ",", "punct", 10),
    ("on", "on", "ADP", "IN", "prep", 10),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 8),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 10),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 10),
    ("of", "of", "ADP", "IN", "prep", 10),
    ("lying", "lie", "VERB", "VBG", "pcomp", 12),
    (".", ".", "PUNCT", ".", "punct", 10),
]

# "While France was seeking allies, accused Russia of lying." (a clause with its own
# conjunction and auxiliary: its subject is its own, not the main verb's)
HELD_BY_CLAUSE: list[Row] = [
    ("While", "while", "SCONJ", "IN", "mark", 3),
    ("France", "France", "PROPN", "NNP", "nsubj", 3),
    ("was", "be", "AUX", "VBD", "aux", 3),
    ("seeking", "seek", "VERB", "VBG", "advcl", 6),
    ("allies", "ally", "NOUN", "NNS", "dobj", 3),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 6),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 6),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("lying", "lie", "VERB", "VBG", "pcomp", 8),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_a_subject_held_by_a_set_off_participle_is_the_main_verbs():
    rows = _rows(HELD_BY_PARTICIPLE, [ActorSpan(0, 1, 0, FRA), ActorSpan(11, 12, 11, RUS)])
    assert ("FRA", "CRITICIZES", "RUS", "asserted", "active-svo") in rows


def test_a_finite_adverbial_clause_keeps_its_subject():
    rows = _rows(HELD_BY_CLAUSE, [ActorSpan(1, 2, 1, FRA), ActorSpan(7, 8, 7, RUS)])
    assert not any(r[0] == "FRA" and r[1] == "CRITICIZES" for r in rows)


IRN = Entity("IRN", "Iran", "Country", "IRN")
IRQ = Entity("IRQ", "Iraq", "Country", "IRQ")

# "France said the talks had failed and urged Russia to withdraw its troops."
SAID_AND_URGED: list[Row] = [
    ("France", "France", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 5),
    ("had", "have", "AUX", "VBD", "aux", 5),
    ("failed", "fail", "VERB", "VBN", "ccomp", 1),
    ("and", "and", "CCONJ", "CC", "cc", 5),
    ("urged", "urge", "VERB", "VBD", "conj", 5),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 7),
    ("to", "to", "PART", "TO", "aux", 10),
    ("withdraw", "withdraw", "VERB", "VB", "xcomp", 7),
    ("its", "its", "PRON", "PRP$", "poss", 12),
    ("troops", "troop", "NOUN", "NNS", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "France said Iran attacked Iraq and threatened Russia."
SAID_X_DID_AND: list[Row] = [
    ("France", "France", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
    ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
    ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("threatened", "threaten", "VERB", "VBD", "conj", 3),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_speakers_act_conjoined_to_the_reported_clause_is_the_speakers():
    rows = _rows(SAID_AND_URGED, [ActorSpan(0, 1, 0, FRA), ActorSpan(8, 9, 8, RUS)])
    # joined to the reported clause, the act is filed as reported (counted as asserted)
    assert ("FRA", "APPEALS_TO", "RUS", "reported", "conj-subject") in rows


def test_an_act_conjoined_to_an_actors_reported_deed_stays_the_actors():
    spans = [
        ActorSpan(0, 1, 0, FRA),
        ActorSpan(2, 3, 2, IRN),
        ActorSpan(4, 5, 4, IRQ),
        ActorSpan(7, 8, 7, RUS),
    ]
    rows = _rows(SAID_X_DID_AND, spans)
    assert ("IRN", "WARNS", "RUS", "reported", "conj-subject") in rows
    assert not any(r[0] == "FRA" and r[1] == "WARNS" for r in rows)


SYR = Entity("SYR", "Syria", "Country", "SYR")
TUR = Entity("TUR", "Turkey", "Country", "TUR")

# "Turkey was condemned by France after attacking Syria."
PASSIVE_THEN_GERUND: list[Row] = [
    ("Turkey", "Turkey", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("condemned", "condemn", "VERB", "VBN", "ROOT", 2),
    ("by", "by", "ADP", "IN", "agent", 2),
    ("France", "France", "PROPN", "NNP", "pobj", 3),
    ("after", "after", "ADP", "IN", "prep", 2),
    ("attacking", "attack", "VERB", "VBG", "pcomp", 5),
    ("Syria", "Syria", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_the_gerund_of_a_passive_is_done_by_its_subject_not_its_agent():
    spans = [ActorSpan(0, 1, 0, TUR), ActorSpan(4, 5, 4, FRA), ActorSpan(7, 8, 7, SYR)]
    rows = _rows(PASSIVE_THEN_GERUND, spans)
    assert ("FRA", "CRITICIZES", "TUR", "asserted", "passive-agent") in rows
    assert ("TUR", "ATTACKS", "SYR", "asserted", "control-subject") in rows
    assert not any(r[0] == "FRA" and r[1] == "ATTACKS" for r in rows)
