"""Custody phrases and passive acts of state with no named state (kgraph.extract.rules_coerce)
on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

KEN = Entity("KEN", "Kenya", "Country", "KEN")
KEN_COP = Entity("KEN:COP", "Kenyan police", "Group", "KEN")
KEN_OPP = Entity("KEN:OPP", "Kenyan opposition", "Group", "KEN")
ODINGA = Entity("person:raila-odinga", "Raila Odinga", "Person", "KEN")
NOBODY = Entity("person:john-doe", "John Doe", "Person")

# "Kenyan police sent the opposition leader to prison."
SENT_TO_PRISON: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("police", "police", "NOUN", "NNS", "nsubj", 2),
    ("sent", "send", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 5),
    ("opposition", "opposition", "NOUN", "NN", "compound", 5),
    ("leader", "leader", "NOUN", "NN", "dobj", 2),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("prison", "prison", "NOUN", "NN", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Kenyan police sent the opposition leader to a hospital." (no confinement)
SENT_TO_HOSPITAL: list[Row] = [
    *SENT_TO_PRISON[:6],
    ("to", "to", "ADP", "IN", "prep", 2),
    ("a", "a", "DET", "DT", "det", 8),
    ("hospital", "hospital", "NOUN", "NN", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "The opposition leader was placed under house arrest in Kenya."
PLACED_UNDER_ARREST: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("opposition", "opposition", "NOUN", "NN", "compound", 2),
    ("leader", "leader", "NOUN", "NN", "nsubjpass", 4),
    ("was", "be", "AUX", "VBD", "auxpass", 4),
    ("placed", "place", "VERB", "VBN", "ROOT", 4),
    ("under", "under", "ADP", "IN", "prep", 4),
    ("house", "house", "NOUN", "NN", "compound", 7),
    ("arrest", "arrest", "NOUN", "NN", "pobj", 5),
    ("in", "in", "ADP", "IN", "prep", 7),
    ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Odinga was arrested on Friday."
ARRESTED_ON_FRIDAY: list[Row] = [
    ("Odinga", "Odinga", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("arrested", "arrest", "VERB", "VBN", "ROOT", 2),
    ("on", "on", "ADP", "IN", "prep", 2),
    ("Friday", "Friday", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Odinga was arrested in the town of Edirne."
ARRESTED_IN_A_TOWN: list[Row] = [
    ("Odinga", "Odinga", "PROPN", "NNPS", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("arrested", "arrest", "VERB", "VBN", "ROOT", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 5),
    ("town", "town", "NOUN", "NN", "pobj", 3),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("Edirne", "Edirne", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "The opposition leader was detained by anti-corruption authorities."
DETAINED_BY_AUTHORITIES: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("opposition", "opposition", "NOUN", "NN", "compound", 2),
    ("leader", "leader", "NOUN", "NN", "nsubjpass", 4),
    ("was", "be", "AUX", "VBD", "auxpass", 4),
    ("detained", "detain", "VERB", "VBN", "ROOT", 4),
    ("by", "by", "ADP", "IN", "agent", 4),
    ("anti", "anti", "ADJ", "JJ", "amod", 9),
    ("-", "-", "ADJ", "JJ", "amod", 9),
    ("corruption", "corruption", "ADJ", "JJ", "amod", 9),
    ("authorities", "authority", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 4),
]


def test_sending_someone_to_prison_arrests_them():
    spans = [ActorSpan(0, 2, 1, KEN_COP), ActorSpan(3, 6, 5, KEN_OPP)]
    rows = _rows(SENT_TO_PRISON, spans)
    assert ("KEN:COP", "COERCES", "KEN:OPP", "asserted", "custody-phrase") in rows


def test_sending_someone_elsewhere_is_no_arrest():
    spans = [ActorSpan(0, 2, 1, KEN_COP), ActorSpan(3, 6, 5, KEN_OPP)]
    assert not any(r[1] == "COERCES" for r in _rows(SENT_TO_HOSPITAL, spans))


def test_house_arrest_with_no_agent_is_the_place_s_state():
    spans = [ActorSpan(0, 3, 2, KEN_OPP), ActorSpan(9, 10, 9, KEN, is_place=True)]
    rows = _rows(PLACED_UNDER_ARREST, spans)
    assert ("KEN", "COERCES", "KEN:OPP", "asserted", "custody-state") in rows


def test_a_person_with_a_country_arrested_with_no_place_is_arrested_by_that_state():
    rows = _rows(ARRESTED_ON_FRIDAY, [ActorSpan(0, 1, 0, ODINGA)])
    assert ("KEN", "COERCES", "person:raila-odinga", "asserted", "person-home-state") in rows


def test_a_person_with_no_country_arrested_gives_no_state():
    assert not _rows(ARRESTED_ON_FRIDAY, [ActorSpan(0, 1, 0, NOBODY)])


def test_an_unknown_place_leaves_the_state_unknown():
    rows = _rows(ARRESTED_IN_A_TOWN, [ActorSpan(0, 1, 0, ODINGA)])
    assert not any(r[4] == "person-home-state" for r in rows)


def test_an_unnamed_state_agent_takes_the_patient_s_country():
    rows = _rows(DETAINED_BY_AUTHORITIES, [ActorSpan(0, 3, 2, KEN_OPP)])
    assert ("KEN:GOV", "COERCES", "KEN:OPP", "asserted", "agent-home-state") in rows


FRA_LAB = Entity("FRA:LAB", "French aid workers", "Group", "FRA")

# "A French aid worker jailed in Kenya wrote to the president."
JAILED_IN_KENYA: list[Row] = [
    ("A", "a", "DET", "DT", "det", 3),
    ("French", "french", "ADJ", "JJ", "amod", 3),
    ("aid", "aid", "NOUN", "NN", "compound", 3),
    ("worker", "worker", "NOUN", "NN", "nsubj", 7),
    ("jailed", "jail", "VERB", "VBN", "acl", 3),
    ("in", "in", "ADP", "IN", "prep", 4),
    ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 5),
    ("wrote", "write", "VERB", "VBD", "ROOT", 7),
    ("to", "to", "ADP", "IN", "prep", 7),
    ("the", "the", "DET", "DT", "det", 10),
    ("president", "president", "NOUN", "NN", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 7),
]

# "Kenyan police said they had arrested 22 people, including a Qatari national."
ARRESTED_PEOPLE_INCLUDING: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("police", "police", "NOUN", "NNS", "nsubj", 2),
    ("said", "say", "VERB", "VBD", "ROOT", 2),
    ("they", "they", "PRON", "PRP", "nsubj", 5),
    ("had", "have", "AUX", "VBD", "aux", 5),
    ("arrested", "arrest", "VERB", "VBN", "ccomp", 2),
    ("22", "22", "NUM", "CD", "nummod", 7),
    ("people", "people", "NOUN", "NNS", "dobj", 5),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("including", "include", "VERB", "VBG", "prep", 7),
    ("a", "a", "DET", "DT", "det", 12),
    ("Qatari", "qatari", "ADJ", "JJ", "amod", 12),
    ("national", "national", "NOUN", "NN", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_participle_of_arrest_with_a_place_is_the_place_s_act():
    spans = [ActorSpan(1, 4, 3, FRA_LAB), ActorSpan(6, 7, 6, KEN, is_place=True)]
    rows = _rows(JAILED_IN_KENYA, spans)
    assert ("KEN", "COERCES", "FRA:LAB", "asserted", "participle-state") in rows


def test_people_named_by_an_including_phrase_are_still_unnamed_people():
    rows = _rows(ARRESTED_PEOPLE_INCLUDING, [ActorSpan(0, 2, 1, KEN_COP)])
    assert ("KEN:COP", "COERCES", "KEN:CVL", "reported", "state-patient") in rows


OBAMA = Entity("person:barack-obama", "Barack Obama", "Person", "USA")
RUS_GOV = Entity("RUS:GOV", "Russian diplomats", "Group", "RUS")

# "Obama ordered 35 Russian diplomats expelled from the country."
ORDERED_EXPELLED: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("ordered", "order", "VERB", "VBD", "ROOT", 1),
    ("35", "35", "NUM", "CD", "nummod", 4),
    ("Russian", "russian", "ADJ", "JJ", "amod", 4),
    ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 1),
    ("expelled", "expel", "VERB", "VBN", "acl", 4),
    ("from", "from", "ADP", "IN", "prep", 5),
    ("the", "the", "DET", "DT", "det", 8),
    ("country", "country", "NOUN", "NN", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Obama ordered 35 Russian diplomats expelled." (the participle parsed as a clause)
ORDERED_EXPELLED_CLAUSE: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("ordered", "order", "VERB", "VBD", "ROOT", 1),
    ("35", "35", "NUM", "CD", "nummod", 4),
    ("Russian", "russian", "ADJ", "JJ", "amod", 4),
    ("diplomats", "diplomat", "NOUN", "NNS", "nsubj", 5),
    ("expelled", "expel", "VERB", "VBD", "ccomp", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_ordering_someone_expelled_expels_them():
    # diplomats expelled: a reduction of relations (SANCTIONS 161)
    spans = [ActorSpan(0, 1, 0, OBAMA), ActorSpan(3, 5, 4, RUS_GOV)]
    rows = _rows(ORDERED_EXPELLED, spans)
    assert ("person:barack-obama", "SANCTIONS", "RUS:GOV", "asserted", "ordered-participle") in rows


def test_ordering_someone_expelled_parsed_as_a_clause():
    spans = [ActorSpan(0, 1, 0, OBAMA), ActorSpan(3, 5, 4, RUS_GOV)]
    rows = _rows(ORDERED_EXPELLED_CLAUSE, spans)
    assert ("person:barack-obama", "SANCTIONS", "RUS:GOV", "asserted", "ordered-participle") in rows


UGA = Entity("UGA", "Uganda", "Country", "UGA")

# "Kenyan police arrested the man in Kampala.", the place phrase hung on the object
ARRESTED_MAN_IN_PLACE: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("police", "police", "NOUN", "NNS", "nsubj", 2),
    ("arrested", "arrest", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("man", "man", "NOUN", "NN", "dobj", 2),
    ("in", "in", "ADP", "IN", "prep", 4),
    ("Kampala", "Kampala", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_an_unnamed_person_arrested_in_a_place_is_of_that_place():
    spans = [ActorSpan(0, 2, 1, KEN_COP), ActorSpan(6, 7, 6, UGA, is_place=True)]
    rows = _rows(ARRESTED_MAN_IN_PLACE, spans)
    assert ("KEN:COP", "COERCES", "UGA:CVL", "asserted", "state-patient") in rows


# "Odinga was charged with opening the event." / "... with plotting a coup."
CHARGED_WITH_OPENING: list[Row] = [
    ("Odinga", "Odinga", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("charged", "charge", "VERB", "VBN", "ROOT", 2),
    ("with", "with", "ADP", "IN", "prep", 2),
    ("opening", "open", "VERB", "VBG", "pcomp", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("event", "event", "NOUN", "NN", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]
CHARGED_WITH_PLOTTING: list[Row] = [
    *CHARGED_WITH_OPENING[:4],
    ("plotting", "plot", "VERB", "VBG", "pcomp", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("coup", "coup", "NOUN", "NN", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "The Kenyan court ruled against holding suspects without trial."
RULED_AGAINST_HOLDING: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 2),
    ("court", "court", "NOUN", "NN", "nsubj", 3),
    ("ruled", "rule", "VERB", "VBD", "ROOT", 3),
    ("against", "against", "ADP", "IN", "prep", 3),
    ("holding", "hold", "VERB", "VBG", "pcomp", 4),
    ("suspects", "suspect", "NOUN", "NNS", "dobj", 5),
    ("without", "without", "ADP", "IN", "prep", 5),
    ("trial", "trial", "NOUN", "NN", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_charged_with_a_task_is_no_criminal_charge():
    assert not _rows(CHARGED_WITH_OPENING, [ActorSpan(0, 1, 0, ODINGA)])
    rows = _rows(CHARGED_WITH_PLOTTING, [ActorSpan(0, 1, 0, ODINGA)])
    assert ("KEN", "COERCES", "person:raila-odinga", "asserted", "person-home-state") in rows


def test_ruling_against_holding_people_holds_no_one():
    court = Entity("KEN:JUD", "Kenyan court", "Group", "KEN")
    rows = _rows(RULED_AGAINST_HOLDING, [ActorSpan(0, 3, 2, court)])
    assert not any(r[1] == "COERCES" for r in rows)


IRN_CVL = Entity("IRN:CVL", "Iranians", "Group", "IRN")
USA = Entity("USA", "United States", "Country", "USA")
KEN_GOV = Entity("KEN:GOV", "Kenyan officials", "Group", "KEN")

# "Seven Iranians faced trial in the United States."
FACED_TRIAL_IN: list[Row] = [
    ("Seven", "seven", "NUM", "CD", "nummod", 1),
    ("Iranians", "Iranians", "PROPN", "NNPS", "nsubj", 2),
    ("faced", "face", "VERB", "VBD", "ROOT", 2),
    ("trial", "trial", "NOUN", "NN", "dobj", 2),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 7),
    ("United", "United", "PROPN", "NNP", "compound", 7),
    ("States", "States", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Kenyan officials face corruption charges."
FACE_CHARGES: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("officials", "official", "NOUN", "NNS", "nsubj", 2),
    ("face", "face", "VERB", "VBP", "ROOT", 2),
    ("corruption", "corruption", "NOUN", "NN", "compound", 4),
    ("charges", "charge", "NOUN", "NNS", "dobj", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_facing_trial_in_a_place_is_a_charge_by_its_state():
    spans = [ActorSpan(0, 2, 1, IRN_CVL), ActorSpan(5, 8, 7, USA, is_place=True)]
    rows = _rows(FACED_TRIAL_IN, spans)
    assert ("USA", "COERCES", "IRN:CVL", "asserted", "facing-charges") in rows


def test_a_home_institution_facing_charges_is_charged_by_its_own_state():
    rows = _rows(FACE_CHARGES, [ActorSpan(0, 2, 1, KEN_GOV)])
    assert ("KEN", "COERCES", "KEN:GOV", "asserted", "facing-charges") in rows


KEN_LEG = Entity("KEN:LEG", "Kenyan lawmaker", "Group", "KEN")
RAILA = Entity("person:raila-odinga", "Raila Odinga", "Person")

# "Kenya's opposition leader, Raila Odinga, was arrested on Friday."
TITLED_ARRESTED: list[Row] = [
    ("Kenya", "Kenya", "PROPN", "NNP", "poss", 3),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("opposition", "opposition", "NOUN", "NN", "compound", 3),
    ("leader", "leader", "NOUN", "NN", "nsubjpass", 9),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("Raila", "Raila", "PROPN", "NNP", "compound", 6),
    ("Odinga", "Odinga", "PROPN", "NNP", "appos", 3),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 9),
    ("arrested", "arrest", "VERB", "VBN", "ROOT", 9),
    ("on", "on", "ADP", "IN", "prep", 9),
    ("Friday", "Friday", "PROPN", "NNP", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 9),
]

# "The Kenyan lawmaker's son, John Doe, was arrested on Friday."
KIN_ARRESTED: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 2),
    ("lawmaker", "lawmaker", "NOUN", "NN", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("son", "son", "NOUN", "NN", "nsubjpass", 10),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("John", "John", "PROPN", "NNP", "compound", 7),
    ("Doe", "Doe", "PROPN", "NNP", "appos", 4),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("was", "be", "AUX", "VBD", "auxpass", 10),
    ("arrested", "arrest", "VERB", "VBN", "ROOT", 10),
    ("on", "on", "ADP", "IN", "prep", 10),
    ("Friday", "Friday", "PROPN", "NNP", "pobj", 11),
    (".", ".", "PUNCT", ".", "punct", 10),
]


def test_a_person_named_by_a_country_s_title_is_arrested_by_that_country():
    spans = [ActorSpan(0, 1, 0, KEN), ActorSpan(5, 7, 6, RAILA)]
    rows = _rows(TITLED_ARRESTED, spans)
    assert ("KEN", "COERCES", "person:raila-odinga", "asserted", "person-home-state") in rows


def test_kin_of_an_official_take_no_country_from_the_official():
    spans = [ActorSpan(1, 3, 2, KEN_LEG), ActorSpan(6, 8, 7, NOBODY)]
    assert not any(r[1] == "COERCES" for r in _rows(KIN_ARRESTED, spans))


SOM_GOV = Entity("SOM:GOV", "Somali diplomats", "Group", "SOM")
SOM_MED = Entity("SOM:MED", "Somali journalists", "Group", "SOM")

# "Kenya expelled two Somali diplomats." / "... journalists."
EXPELLED_DIPLOMATS: list[Row] = [
    ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
    ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
    ("two", "two", "NUM", "CD", "nummod", 4),
    ("Somali", "somali", "ADJ", "JJ", "amod", 4),
    ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]
EXPELLED_JOURNALISTS: list[Row] = [
    *EXPELLED_DIPLOMATS[:4],
    ("journalists", "journalist", "NOUN", "NNS", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_expelling_diplomats_reduces_relations_with_their_state():
    spans = [ActorSpan(0, 1, 0, KEN), ActorSpan(3, 5, 4, SOM_GOV)]
    rows = _rows(EXPELLED_DIPLOMATS, spans)
    assert ("KEN", "SANCTIONS", "SOM:GOV", "asserted", "active-svo") in rows
    spans = [ActorSpan(0, 1, 0, KEN), ActorSpan(3, 5, 4, SOM_MED)]
    assert ("KEN", "COERCES", "SOM:MED", "asserted", "active-svo") in _rows(
        EXPELLED_JOURNALISTS, spans
    )


# "Doe was arrested on Friday, Kenyan police said."
ARRESTED_POLICE_SAID: list[Row] = [
    ("Doe", "Doe", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("arrested", "arrest", "VERB", "VBN", "ccomp", 8),
    ("on", "on", "ADP", "IN", "prep", 2),
    ("Friday", "Friday", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 8),
    ("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 7),
    ("police", "police", "NOUN", "NNS", "nsubj", 8),
    ("said", "say", "VERB", "VBD", "ROOT", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]

# "Doe was arrested, according to Kenyan police."
ARRESTED_ACCORDING_TO: list[Row] = [
    ("Doe", "Doe", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("arrested", "arrest", "VERB", "VBN", "ROOT", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("according", "accord", "VERB", "VBG", "prep", 2),
    ("to", "to", "ADP", "IN", "prep", 4),
    ("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 7),
    ("police", "police", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Doe was arrested, his lawyer said."
ARRESTED_LAWYER_SAID: list[Row] = [
    ("Doe", "Doe", "PROPN", "NNP", "nsubjpass", 2),
    ("was", "be", "AUX", "VBD", "auxpass", 2),
    ("arrested", "arrest", "VERB", "VBN", "ccomp", 6),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("his", "his", "PRON", "PRP$", "poss", 5),
    ("lawyer", "lawyer", "NOUN", "NN", "nsubj", 6),
    ("said", "say", "VERB", "VBD", "ROOT", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_a_state_body_reporting_an_arrest_made_it():
    rows = _rows(ARRESTED_POLICE_SAID, [ActorSpan(0, 1, 0, NOBODY), ActorSpan(6, 8, 7, KEN_COP)])
    assert ("KEN:COP", "COERCES", "person:john-doe", "reported", "speaker-state") in rows


def test_an_arrest_according_to_a_state_body_is_its_act():
    rows = _rows(ARRESTED_ACCORDING_TO, [ActorSpan(0, 1, 0, NOBODY), ActorSpan(6, 8, 7, KEN_COP)])
    assert ("KEN:COP", "COERCES", "person:john-doe", "asserted", "speaker-state") in rows


def test_an_arrest_reported_by_no_state_body_has_no_state():
    assert not _rows(ARRESTED_LAWYER_SAID, [ActorSpan(0, 1, 0, NOBODY)])


# "Doe was among those arrested by Kenyan police."
AMONG_THOSE_ARRESTED: list[Row] = [
    ("Doe", "Doe", "PROPN", "NNP", "nsubj", 1),
    ("was", "be", "AUX", "VBD", "ROOT", 1),
    ("among", "among", "ADP", "IN", "prep", 1),
    ("those", "those", "PRON", "DT", "pobj", 2),
    ("arrested", "arrest", "VERB", "VBN", "acl", 3),
    ("by", "by", "ADP", "IN", "agent", 4),
    ("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 7),
    ("police", "police", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_one_among_those_arrested_by_an_actor_is_arrested_by_it():
    rows = _rows(AMONG_THOSE_ARRESTED, [ActorSpan(0, 1, 0, NOBODY), ActorSpan(6, 8, 7, KEN_COP)])
    assert ("KEN:COP", "COERCES", "person:john-doe", "asserted", "among-those") in rows


def _blocked_roads(subject: str) -> list[Row]:
    """ "<subject> forces blocked roads in Gaza." (the parser's tree)"""
    return [
        (subject, subject.lower(), "ADJ", "JJ", "amod", 1),
        ("forces", "force", "NOUN", "NNS", "nsubj", 2),
        ("blocked", "block", "VERB", "VBD", "ROOT", 2),
        ("roads", "road", "NOUN", "NNS", "dobj", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("Gaza", "Gaza", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def test_passage_blocked_by_state_forces_restricts_movement():
    isr_mil = Entity("ISR:MIL", "Israeli military", "Group", "ISR")
    pse = Entity("PSE", "Palestine", "Country", "PSE")
    rows = {
        r[:3]
        for r in _rows(
            _blocked_roads("Israeli"), [ActorSpan(0, 2, 1, isr_mil), ActorSpan(5, 6, 5, pse)]
        )
    }
    assert ("ISR:MIL", "COERCES", "PSE") in rows and not any(r[1] == "PROTESTS" for r in rows)


def test_passage_blocked_by_protesters_is_a_protest():
    pse_opp = Entity("PSE:OPP", "Palestinian opposition", "Group", "PSE")
    pse = Entity("PSE", "Palestine", "Country", "PSE")
    rows = {
        r[:3]
        for r in _rows(
            _blocked_roads("Palestinian"), [ActorSpan(0, 2, 1, pse_opp), ActorSpan(5, 6, 5, pse)]
        )
    }
    assert ("PSE:OPP", "PROTESTS", "PSE") in rows
