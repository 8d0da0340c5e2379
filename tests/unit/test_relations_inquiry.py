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


KEN_LEG_COMMITTEE = Entity("KEN:LEG", "Kenyan parliament committee", "Group", "KEN")

# "The committee opened an inquiry into misconduct by Odinga.": the parser hangs both phrases
# on the verb, as it does in news text.
INQUIRY_INTO_MISCONDUCT_BY: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("committee", "committee", "NOUN", "NN", "nsubj", 2),
    ("opened", "open", "VERB", "VBD", "ROOT", 2),
    ("an", "an", "DET", "DT", "det", 4),
    ("inquiry", "inquiry", "NOUN", "NN", "dobj", 2),
    ("into", "into", "ADP", "IN", "prep", 2),
    ("misconduct", "misconduct", "NOUN", "NN", "pobj", 5),
    ("by", "by", "ADP", "IN", "prep", 2),
    ("Odinga", "Odinga", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "The committee opened an inquiry into reports by Odinga.": a statement's by-phrase is its
# author, no doer looked into.
INQUIRY_INTO_REPORTS_BY: list[Row] = [
    *INQUIRY_INTO_MISCONDUCT_BY[:6],
    ("reports", "report", "NOUN", "NNS", "pobj", 5),
    *INQUIRY_INTO_MISCONDUCT_BY[7:],
]

# "The committee's inquiry into travels by Odinga continued.": both phrases on the noun.
INQUIRY_INTO_TRAVELS_BY: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("committee", "committee", "NOUN", "NN", "poss", 3),
    ("'s", "'s", "PART", "POS", "case", 1),
    ("inquiry", "inquiry", "NOUN", "NN", "nsubj", 8),
    ("into", "into", "ADP", "IN", "prep", 3),
    ("travels", "travel", "NOUN", "NNS", "pobj", 4),
    ("by", "by", "ADP", "IN", "prep", 3),
    ("Odinga", "Odinga", "PROPN", "NNP", "pobj", 6),
    ("continued", "continue", "VERB", "VBD", "ROOT", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def test_inquiry_into_misconduct_by_an_actor_investigates_the_actor():
    spans = [ActorSpan(0, 2, 1, KEN_LEG_COMMITTEE), ActorSpan(8, 9, 8, ODINGA)]
    rows = _rows(INQUIRY_INTO_MISCONDUCT_BY, spans)
    assert ("KEN:LEG", "INVESTIGATES", ODINGA.id, "asserted", "inquiry-doer") in rows


def test_inquiry_into_reports_by_an_actor_investigates_no_author():
    spans = [ActorSpan(0, 2, 1, KEN_LEG_COMMITTEE), ActorSpan(8, 9, 8, ODINGA)]
    rows = _rows(INQUIRY_INTO_REPORTS_BY, spans)
    assert not any(r[1] == "INVESTIGATES" for r in rows)


def test_owned_inquiry_into_travels_by_an_actor_investigates_the_actor_not_the_by_phrase():
    spans = [ActorSpan(0, 2, 1, KEN_LEG_COMMITTEE), ActorSpan(7, 8, 7, ODINGA)]
    rows = _rows(INQUIRY_INTO_TRAVELS_BY, spans)
    assert ("KEN:LEG", "INVESTIGATES", ODINGA.id, "asserted", "inquiry-doer") in rows
    assert not any(r[0] == ODINGA.id and r[1] == "INVESTIGATES" for r in rows)


TZA = Entity("TZA", "Tanzania", "Country", "TZA")
UGA_SPY = Entity("UGA:SPY", "Ugandan spy", "Group", "UGA")

# "Kenyan lawmakers opened an inquiry into allegations by Uganda that Tanzania funded the rebels."
INQUIRY_INTO_ALLEGATIONS_BY_THAT: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("lawmakers", "lawmaker", "NOUN", "NNS", "nsubj", 2),
    ("opened", "open", "VERB", "VBD", "ROOT", 2),
    ("an", "an", "DET", "DT", "det", 4),
    ("inquiry", "inquiry", "NOUN", "NN", "dobj", 2),
    ("into", "into", "ADP", "IN", "prep", 2),
    ("allegations", "allegation", "NOUN", "NNS", "pobj", 5),
    ("by", "by", "ADP", "IN", "prep", 6),
    ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 7),
    ("that", "that", "SCONJ", "IN", "mark", 11),
    ("Tanzania", "Tanzania", "PROPN", "NNP", "nsubj", 11),
    ("funded", "fund", "VERB", "VBD", "acl", 6),
    ("the", "the", "DET", "DT", "det", 13),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 11),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Kenyan police are investigating a Ugandan spy's dossier."
INVESTIGATING_A_DOSSIER: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("police", "police", "NOUN", "NNS", "nsubj", 3),
    ("are", "be", "AUX", "VBP", "aux", 3),
    ("investigating", "investigate", "VERB", "VBG", "ROOT", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("Ugandan", "Ugandan", "PROPN", "NNP", "amod", 6),
    ("spy", "spy", "NOUN", "NN", "poss", 8),
    ("'s", "'s", "PART", "POS", "case", 6),
    ("dossier", "dossier", "NOUN", "NN", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_inquiry_into_allegations_investigates_the_alleged_doer_not_the_accuser():
    spans = [ActorSpan(0, 2, 1, KEN_LEG), ActorSpan(8, 9, 8, UGA), ActorSpan(10, 11, 10, TZA)]
    rows = _rows(INQUIRY_INTO_ALLEGATIONS_BY_THAT, spans)
    assert ("KEN:LEG", "INVESTIGATES", "TZA", "asserted", "prep-object") in rows
    assert not any(r[1] == "INVESTIGATES" and r[2] == "UGA" for r in rows)


def test_investigating_a_dossier_investigates_no_author():
    spans = [ActorSpan(0, 2, 1, KEN_COP), ActorSpan(5, 7, 6, UGA_SPY)]
    rows = _rows(INVESTIGATING_A_DOSSIER, spans)
    assert not any(r[1] == "INVESTIGATES" for r in rows)
