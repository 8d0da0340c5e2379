"""state-patient, place names on place nouns, participles parsed as adjectives, and regions
as targets, on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

TURKISH_POLICE = Entity("TUR:COP", "Turkish police", "Group", "TUR")


def _arrested(subject: str) -> list[Row]:
    """ "<Turkish police | Rebels> arrested four people." """
    first: list[Row] = (
        [("Turkish", "turkish", "ADJ", "JJ", "amod", 1)]
        if subject == "police"
        else [("Armed", "armed", "ADJ", "JJ", "amod", 1)]
    )
    return [
        *first,
        (subject, subject, "NOUN", "NNS", "nsubj", 2),
        ("arrested", "arrest", "VERB", "VBD", "ROOT", 2),
        ("four", "four", "NUM", "CD", "nummod", 4),
        ("people", "people", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def test_a_state_arresting_unnamed_people_acts_on_its_own_civilians():
    rows = _rows(_arrested("police"), [ActorSpan(0, 2, 1, TURKISH_POLICE)])
    assert ("TUR:COP", "COERCES", "TUR:CVL", "asserted", "state-patient") in rows


def test_a_non_state_group_arresting_people_names_no_target():
    rebels = Entity("TUR:REB", "Turkish rebels", "Group", "TUR")
    rows = _rows(_arrested("rebels"), [ActorSpan(0, 2, 1, rebels)])
    assert not any(r[4] == "state-patient" for r in rows)


def _passive(place: bool) -> list[Row]:
    rows: list[Row] = [
        ("Four", "four", "NUM", "CD", "nummod", 1),
        ("people", "people", "NOUN", "NNS", "nsubjpass", 3),
        ("were", "be", "AUX", "VBD", "auxpass", 3),
        ("arrested", "arrest", "VERB", "VBN", "ROOT", 3),
    ]
    if place:
        rows += [
            ("in", "in", "ADP", "IN", "prep", 3),
            ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 4),
        ]
    return [*rows, (".", ".", "PUNCT", ".", "punct", 3)]


def test_unnamed_people_arrested_in_a_country_are_its_civilians():
    rows = _rows(_passive(True), [ActorSpan(5, 6, 5, _country("TUR", "Turkey"))])
    assert ("TUR", "COERCES", "TUR:CVL", "asserted", "state-patient") in rows


def test_unnamed_people_arrested_nowhere_named_have_no_state():
    assert _rows(_passive(False), []) == set()


# "Israeli forces destroyed two houses in a Gaza refugee camp."
RAZED_IN_CAMP: list[Row] = [
    ("Israeli", "israeli", "ADJ", "JJ", "amod", 1),
    ("forces", "force", "NOUN", "NNS", "nsubj", 2),
    ("destroyed", "destroy", "VERB", "VBD", "ROOT", 2),
    ("two", "two", "NUM", "CD", "nummod", 4),
    ("houses", "house", "NOUN", "NNS", "dobj", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("a", "a", "DET", "DT", "det", 9),
    ("Gaza", "Gaza", "PROPN", "NNP", "compound", 9),
    ("refugee", "refugee", "NOUN", "NN", "compound", 9),
    ("camp", "camp", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_place_name_compounded_on_the_place_noun_gives_its_country():
    spans = [
        ActorSpan(0, 2, 1, Entity("ISR:MIL", "Israeli military", "Group", "ISR")),
        ActorSpan(7, 8, 7, Entity("loc:gaza", "Gaza", "Location", "PSE")),
    ]
    rows = _rows(RAZED_IN_CAMP, spans)
    assert any(r[:3] == ("ISR:MIL", "COERCES", "PSE") and r[4] == "locative-target" for r in rows)


# "Peru's president, heckled by opposition lawmakers, left.": the participle parsed as an
# adjective; its by-agent shows it is a passive.
HECKLED: list[Row] = [
    ("Peru", "Peru", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("president", "president", "NOUN", "NN", "nsubj", 9),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("heckled", "heckled", "ADJ", "JJ", "amod", 2),
    ("by", "by", "ADP", "IN", "agent", 4),
    ("opposition", "opposition", "NOUN", "NN", "compound", 7),
    ("lawmakers", "lawmaker", "NOUN", "NNS", "pobj", 5),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("left", "leave", "VERB", "VBD", "ROOT", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_an_adjective_with_a_by_agent_is_a_reduced_relative():
    spans = [
        ActorSpan(0, 3, 2, Entity("PER:GOV", "Peruvian government", "Group", "PER")),
        ActorSpan(6, 8, 7, Entity("PER:OPP", "Peruvian opposition", "Group", "PER")),
    ]
    rows = _rows(HECKLED, spans)
    assert ("PER:OPP", "CRITICIZES", "PER:GOV", "asserted", "reduced-relative") in rows


def _addressed(verb: str, lemma: str) -> list[Row]:
    """ "Canada <verb> Quebec." """
    return [
        ("Canada", "Canada", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("Quebec", "Quebec", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


QUEBEC = Entity("loc:quebec", "Quebec", "Location", "CAN")
CANADA_QUEBEC = [
    ActorSpan(0, 1, 0, _country("CAN", "Canada")),
    ActorSpan(2, 3, 2, QUEBEC, is_place=True),
]


def test_a_region_warned_or_criticized_is_a_target():
    for verb, lemma, relation in (
        ("warned", "warn", "WARNS"),
        ("criticized", "criticize", "CRITICIZES"),
    ):
        rows = _rows(_addressed(verb, lemma), CANADA_QUEBEC)
        assert ("CAN", relation, "loc:quebec", "asserted", "active-svo") in rows


def test_a_region_is_no_target_of_a_partnership():
    rows = _rows(_addressed("backed", "back"), CANADA_QUEBEC)
    assert not any(r[2] == "loc:quebec" for r in rows)


# "Russia's decision to expel the diplomats angered Washington."
EXPEL_DIPLOMATS: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("decision", "decision", "NOUN", "NN", "nsubj", 7),
    ("to", "to", "PART", "TO", "aux", 4),
    ("expel", "expel", "VERB", "VB", "acl", 2),
    ("the", "the", "DET", "DT", "det", 6),
    ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 4),
    ("angered", "anger", "VERB", "VBD", "ROOT", 7),
    ("Washington", "Washington", "PROPN", "NNP", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]


def test_people_a_state_expels_are_not_its_own():
    spans = [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(8, 9, 8, _country("USA", "Washington")),
    ]
    rows = _rows(EXPEL_DIPLOMATS, spans)
    assert not any(r[0] == "RUS" and r[2].startswith("RUS") for r in rows)
    assert not any(r[4] == "state-patient" for r in rows)
