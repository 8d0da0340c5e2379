"""Investigations of whether someone did something (kgraph.extract.rules_inquiry) on
hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

KEN_COP = Entity("KEN:COP", "Kenyan police", "Group", "KEN")
UGA = Entity("UGA", "Uganda", "Country", "UGA")

# "Kenyan police are investigating whether Uganda funded the rebels."
INVESTIGATING_WHETHER: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("police", "police", "NOUN", "NNS", "nsubj", 3),
    ("are", "be", "AUX", "VBP", "aux", 3),
    ("investigating", "investigate", "VERB", "VBG", "ROOT", 3),
    ("whether", "whether", "SCONJ", "IN", "mark", 6),
    ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 6),
    ("funded", "fund", "VERB", "VBD", "ccomp", 3),
    ("the", "the", "DET", "DT", "det", 8),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Kenyan police are investigating whether there were ties to Uganda." (no doer named)
INVESTIGATING_WHETHER_THERE: list[Row] = [
    *INVESTIGATING_WHETHER[:5],
    ("there", "there", "PRON", "EX", "expl", 6),
    ("were", "be", "VERB", "VBD", "ccomp", 3),
    ("ties", "tie", "NOUN", "NNS", "attr", 6),
    ("to", "to", "ADP", "IN", "prep", 7),
    ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_inquiry_whether_the_clause_subject_is_investigated():
    spans = [ActorSpan(0, 2, 1, KEN_COP), ActorSpan(5, 6, 5, UGA)]
    rows = _rows(INVESTIGATING_WHETHER, spans)
    assert ("KEN:COP", "INVESTIGATES", "UGA", "asserted", "inquiry-whether") in rows


def test_inquiry_whether_with_no_subject_actor_investigates_nobody():
    spans = [ActorSpan(0, 2, 1, KEN_COP), ActorSpan(9, 10, 9, UGA)]
    rows = _rows(INVESTIGATING_WHETHER_THERE, spans)
    assert not any(r[1] == "INVESTIGATES" for r in rows)


SAFARICOM = Entity("org:safaricom", "Safaricom", "Organization", "KEN")
KEN_LEG = Entity("KEN:LEG", "Kenyan lawmakers", "Group", "KEN")

# "Safaricom came under scrutiny by Kenyan lawmakers."
UNDER_SCRUTINY_BY: list[Row] = [
    ("Safaricom", "Safaricom", "PROPN", "NNP", "nsubj", 1),
    ("came", "come", "VERB", "VBD", "ROOT", 1),
    ("under", "under", "ADP", "IN", "prep", 1),
    ("scrutiny", "scrutiny", "NOUN", "NN", "pobj", 2),
    ("by", "by", "ADP", "IN", "prep", 1),
    ("Kenyan", "Kenyan", "PROPN", "NNP", "amod", 6),
    ("lawmakers", "lawmaker", "NOUN", "NNS", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Safaricom came under scrutiny." (no one named scrutinising)
UNDER_SCRUTINY: list[Row] = [*UNDER_SCRUTINY_BY[:4], (".", ".", "PUNCT", ".", "punct", 1)]


def test_under_scrutiny_by_an_actor_is_investigated_by_it():
    spans = [ActorSpan(0, 1, 0, SAFARICOM), ActorSpan(5, 7, 6, KEN_LEG)]
    rows = _rows(UNDER_SCRUTINY_BY, spans)
    assert ("KEN:LEG", "INVESTIGATES", "org:safaricom", "asserted", "under-scrutiny") in rows


def test_under_scrutiny_of_no_one_named_gives_nothing():
    rows = _rows(UNDER_SCRUTINY, [ActorSpan(0, 1, 0, SAFARICOM)])
    assert not any(r[1] == "INVESTIGATES" for r in rows)


ODINGA = Entity("person:raila-odinga", "Raila Odinga", "Person", "KEN")

# "Odinga came under parliamentary scrutiny."
UNDER_PARLIAMENTARY_SCRUTINY: list[Row] = [
    ("Odinga", "Odinga", "PROPN", "NNP", "nsubj", 1),
    ("came", "come", "VERB", "VBD", "ROOT", 1),
    ("under", "under", "ADP", "IN", "prep", 1),
    ("parliamentary", "parliamentary", "ADJ", "JJ", "amod", 4),
    ("scrutiny", "scrutiny", "NOUN", "NN", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_parliamentary_scrutiny_of_a_person_is_his_own_country_s_legislature():
    rows = _rows(UNDER_PARLIAMENTARY_SCRUTINY, [ActorSpan(0, 1, 0, ODINGA)])
    assert ("KEN:LEG", "INVESTIGATES", ODINGA.id, "asserted", "under-scrutiny") in rows


def test_parliamentary_scrutiny_of_a_company_names_no_state():
    rows = _rows(UNDER_PARLIAMENTARY_SCRUTINY, [ActorSpan(0, 1, 0, SAFARICOM)])
    assert not any(r[1] == "INVESTIGATES" for r in rows)
