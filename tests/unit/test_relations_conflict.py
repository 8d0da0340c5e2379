"""Fighting named by a noun of the lexicon's <armed_nouns> class, on hand-built parses (no
model): an attack only with an armed party at one end (kgraph/extract/rules_conflict.py).

Also a person's attack on a civilian body (words: CRITICIZES 111) and event nouns dated long
before the article by a year before them, or commemorated (history).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once: "Nigeria's conflict with Boko Haram has killed thousands.",
"Congress's battle with the White House continued.", "Putin attacked NATO in a speech.", "After
the Sept. 11, 2001, al Qaeda attacks on Washington, Viola founded a center.", "The March 2003
invasion of Iraq by U.S. forces toppled Saddam Hussein.", "Bush marked the anniversary of
Japan's attack on Pearl Harbor." (the articles are dated 2020)
"""

from __future__ import annotations

import pytest

from kgraph.extract.rules_conflict import armed_party
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

CONFLICT: list[Row] = [
    ("Nigeria", "Nigeria", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("conflict", "conflict", "NOUN", "NN", "nsubj", 7),
    ("with", "with", "ADP", "IN", "prep", 2),
    ("Boko", "Boko", "PROPN", "NNP", "compound", 5),
    ("Haram", "Haram", "PROPN", "NNP", "pobj", 3),
    ("has", "have", "AUX", "VBZ", "aux", 7),
    ("killed", "kill", "VERB", "VBN", "ROOT", 7),
    ("thousands", "thousand", "NOUN", "NNS", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]
BATTLE: list[Row] = [
    ("Congress", "Congress", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("battle", "battle", "NOUN", "NN", "nsubj", 7),
    ("with", "with", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 6),
    ("White", "White", "PROPN", "NNP", "compound", 6),
    ("House", "House", "PROPN", "NNP", "pobj", 3),
    ("continued", "continue", "VERB", "VBD", "ROOT", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]
NGA = _country("NGA", "Nigeria")
BOKO_HARAM = Entity("org:boko-haram", "Boko Haram", "Organization", "NGA")
NGA_REB = Entity("NGA:REB", "Nigerian rebels", "Group", "NGA")
NGA_OPP = Entity("NGA:OPP", "Nigerian opposition", "Group", "NGA")
USA_LEG = Entity("USA:LEG", "U.S. Congress", "Group", "USA")
USA_GOV = Entity("USA:GOV", "U.S. government", "Group", "USA")


def test_a_country_s_conflict_with_an_armed_group_attacks_it():
    spans = [ActorSpan(0, 1, 0, NGA), ActorSpan(4, 6, 5, BOKO_HARAM)]
    assert ("NGA", "ATTACKS", "org:boko-haram", "asserted", "nominal-poss") in _rows(
        CONFLICT, spans
    )


def test_a_country_s_conflict_with_rebels_attacks_them():
    spans = [ActorSpan(0, 1, 0, NGA), ActorSpan(4, 6, 5, NGA_REB)]
    assert ("NGA", "ATTACKS", "NGA:REB", "asserted", "nominal-poss") in _rows(CONFLICT, spans)


def test_a_country_s_conflict_with_the_opposition_attacks_no_one():
    spans = [ActorSpan(0, 1, 0, NGA), ActorSpan(4, 6, 5, NGA_OPP)]
    assert not any(r[1] == "ATTACKS" for r in _rows(CONFLICT, spans))


def test_a_battle_between_two_state_bodies_attacks_no_one():
    spans = [ActorSpan(0, 1, 0, USA_LEG), ActorSpan(5, 7, 6, USA_GOV)]
    assert not any(r[1] == "ATTACKS" for r in _rows(BATTLE, spans))


@pytest.mark.parametrize(
    ("entity", "armed"),
    [
        (Entity("SYR:MIL", "Syrian military", "Group", "SYR"), True),
        (NGA_REB, True),
        (BOKO_HARAM, True),
        (Entity("org:islamic-state", "Islamic State", "Organization"), True),
        (Entity("USA:COP", "U.S. police", "Group", "USA"), False),
        (USA_LEG, False),
        (NGA, False),
        (Entity("org:reuters", "Reuters", "Organization"), False),
    ],
)
def test_armed_party_is_an_armed_force_or_group(entity: Entity, armed: bool):
    assert armed_party(entity) is armed


ATTACKED: list[Row] = [
    ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
    ("NATO", "NATO", "PROPN", "NNP", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("speech", "speech", "NOUN", "NN", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]
PUTIN = Entity("person:vladimir-putin", "Vladimir Putin", "Person", "RUS")


@pytest.mark.parametrize(
    ("target", "relation"),
    [
        (Entity("igo:nato", "NATO", "IGO"), "CRITICIZES"),
        (USA_GOV, "CRITICIZES"),
        (Entity("org:cnn", "CNN", "Organization", "USA"), "CRITICIZES"),
        (Entity("USA:COP", "U.S. police", "Group", "USA"), "ATTACKS"),
        (Entity("UKR:MIL", "Ukrainian military", "Group", "UKR"), "ATTACKS"),
        (_country("UKR", "Ukraine"), "ATTACKS"),
        (Entity("org:islamic-state", "Islamic State", "Organization"), "ATTACKS"),
    ],
)
def test_a_person_attacking_a_civilian_body_criticizes_it(target: Entity, relation: str):
    spans = [ActorSpan(0, 1, 0, PUTIN), ActorSpan(2, 3, 2, target)]
    rows = _rows(ATTACKED, spans)
    assert {r[1] for r in rows if r[2] == target.id} == {relation}


SEPT_11: list[Row] = [
    ("After", "after", "ADP", "IN", "prep", 9),
    ("the", "the", "DET", "DT", "det", 2),
    ("Sept.", "Sept.", "PROPN", "NNP", "pobj", 0),
    ("11", "11", "NUM", "CD", "nummod", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("2001", "2001", "NUM", "CD", "nummod", 2),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("al", "al", "PROPN", "NNP", "compound", 8),
    ("Qaeda", "Qaeda", "PROPN", "NNP", "compound", 9),
    ("attacks", "attack", "NOUN", "NNS", "advcl", 14),
    ("on", "on", "ADP", "IN", "prep", 9),
    ("Washington", "Washington", "PROPN", "NNP", "pobj", 10),
    (",", ",", "PUNCT", ",", "punct", 14),
    ("Viola", "Viola", "PROPN", "NNP", "nsubj", 14),
    ("founded", "found", "VERB", "VBD", "ROOT", 14),
    ("a", "a", "DET", "DT", "det", 16),
    ("center", "center", "NOUN", "NN", "dobj", 14),
    (".", ".", "PUNCT", ".", "punct", 14),
]
AL_QAEDA = Entity("org:al-qaeda", "al Qaeda", "Organization")


def _invasion(year: str) -> list[Row]:
    return [
        ("The", "the", "DET", "DT", "det", 3),
        ("March", "March", "PROPN", "NNP", "nmod", 3),
        (year, year, "NUM", "CD", "nummod", 1),
        ("invasion", "invasion", "NOUN", "NN", "nsubj", 9),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 4),
        ("by", "by", "ADP", "IN", "prep", 3),
        ("U.S.", "U.S.", "PROPN", "NNP", "compound", 8),
        ("forces", "force", "NOUN", "NNS", "pobj", 6),
        ("toppled", "topple", "VERB", "VBD", "ROOT", 9),
        ("Saddam", "Saddam", "PROPN", "NNP", "compound", 11),
        ("Hussein", "Hussein", "PROPN", "NNP", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ]


INVASION_SPANS = [
    ActorSpan(5, 6, 5, _country("IRQ", "Iraq")),
    ActorSpan(7, 9, 8, Entity("USA:MIL", "U.S. military", "Group", "USA")),
]
ANNIVERSARY: list[Row] = [
    ("Bush", "Bush", "PROPN", "NNP", "nsubj", 1),
    ("marked", "mark", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("anniversary", "anniversary", "NOUN", "NN", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("Japan", "Japan", "PROPN", "NNP", "poss", 7),
    ("'s", "'s", "PART", "POS", "case", 5),
    ("attack", "attack", "NOUN", "NN", "pobj", 4),
    ("on", "on", "ADP", "IN", "prep", 7),
    ("Pearl", "Pearl", "PROPN", "NNP", "compound", 10),
    ("Harbor", "Harbor", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_attack_dated_deep_in_its_own_phrase_long_ago_is_history():
    spans = [ActorSpan(7, 9, 8, AL_QAEDA), ActorSpan(11, 12, 11, _country("USA", "USA"))]
    assert not any(r[1] == "ATTACKS" for r in _rows(SEPT_11, spans))


def test_an_invasion_dated_by_month_and_year_long_ago_is_history():
    assert not any(r[1] == "ATTACKS" for r in _rows(_invasion("2003"), INVASION_SPANS))


def test_an_invasion_dated_by_a_recent_year_is_kept():
    rows = _rows(_invasion("2016"), INVASION_SPANS)
    assert ("USA:MIL", "ATTACKS", "IRQ", "asserted", "nominal-by") in rows


def test_a_commemorated_attack_is_history():
    spans = [
        ActorSpan(0, 1, 0, Entity("person:george-w-bush", "George W. Bush", "Person", "USA")),
        ActorSpan(5, 6, 5, _country("JPN", "Japan")),
        ActorSpan(9, 11, 10, _country("USA", "USA")),
    ]
    assert not any(r[1] == "ATTACKS" for r in _rows(ANNIVERSARY, spans))


# "Turkey, which sees the PKK as a threat, a group fighting the Turkish government.": the
# parser hangs the PKK's apposition on Turkey
APPOSED: list[Row] = [
    ("Turkey", "Turkey", "PROPN", "NNP", "ROOT", 0),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("which", "which", "PRON", "WDT", "nsubj", 3),
    ("sees", "see", "VERB", "VBZ", "relcl", 0),
    ("the", "the", "DET", "DT", "det", 5),
    ("PKK", "PKK", "PROPN", "NNP", "dobj", 3),
    ("as", "as", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 8),
    ("threat", "threat", "NOUN", "NN", "pobj", 6),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("a", "a", "DET", "DT", "det", 11),
    ("group", "group", "NOUN", "NN", "appos", 0),
    ("fighting", "fight", "VERB", "VBG", "acl", 11),
    ("the", "the", "DET", "DT", "det", 15),
    ("Turkish", "turkish", "ADJ", "JJ", "amod", 15),
    ("government", "government", "NOUN", "NN", "dobj", 12),
    (".", ".", "PUNCT", ".", "punct", 0),
]
STRANDED: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("Syrian", "syrian", "ADJ", "JJ", "amod", 2),
    ("army", "army", "NOUN", "NN", "nsubj", 9),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("which", "which", "PRON", "WDT", "dobj", 6),
    ("Hezbollah", "Hezbollah", "PROPN", "NNP", "nsubj", 6),
    ("fights", "fight", "VERB", "VBZ", "relcl", 2),
    ("with", "with", "ADP", "IN", "prep", 6),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("took", "take", "VERB", "VBD", "ROOT", 9),
    ("the", "the", "DET", "DT", "det", 11),
    ("town", "town", "NOUN", "NN", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]
POUNDING: list[Row] = [
    ("Weber", "Weber", "PROPN", "NNP", "nsubj", 1),
    ("kept", "keep", "VERB", "VBD", "ROOT", 1),
    ("pounding", "pound", "VERB", "VBG", "xcomp", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("council", "council", "NOUN", "NN", "dobj", 2),
    ("on", "on", "ADP", "IN", "prep", 2),
    ("trade", "trade", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
SYR_MIL = Entity("SYR:MIL", "Syrian military", "Group", "SYR")


def test_a_country_attacking_its_own_government_is_no_attack():
    spans = [
        ActorSpan(0, 1, 0, _country("TUR", "Turkey")),
        ActorSpan(5, 6, 5, Entity("org:pkk", "PKK", "Organization", "TUR")),
        ActorSpan(14, 16, 15, Entity("TUR:GOV", "Turkish government", "Group", "TUR")),
    ]
    assert ("TUR", "ATTACKS", "TUR:GOV") not in {r[:3] for r in _rows(APPOSED, spans)}


def test_a_relative_clause_stranding_with_attacks_no_antecedent():
    spans = [
        ActorSpan(1, 3, 2, SYR_MIL),
        ActorSpan(5, 6, 5, Entity("org:hezbollah", "Hezbollah", "Organization", "LBN")),
    ]
    assert not any(r[1] == "ATTACKS" for r in _rows(STRANDED, spans))


@pytest.mark.parametrize(
    ("subject", "attacks"),
    [
        (Entity("person:john-weber", "John Weber", "Person", "USA"), False),
        (Entity("org:pork-council", "Pork Council", "Organization", "USA"), False),
        (Entity("RUS:MIL", "Russian military", "Group", "RUS"), True),
    ],
)
def test_pounding_is_an_attack_only_by_an_armed_or_state_actor(subject: Entity, attacks: bool):
    spans = [ActorSpan(0, 1, 0, subject), ActorSpan(3, 5, 4, SYR_MIL)]
    assert any(r[1] == "ATTACKS" for r in _rows(POUNDING, spans)) is attacks


# "Russia held exercises in Belarus." (conflict16: the place's kind decides)
HELD_IN: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("held", "hold", "VERB", "VBD", "ROOT", 1),
    ("exercises", "exercise", "NOUN", "NNS", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("Belarus", "Belarus", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


@pytest.mark.parametrize(
    ("place", "shows_force"),
    [
        (_country("BLR", "Belarus"), False),  # a country named as such hosts the exercise
        (Entity("loc:kaliningrad", "Kaliningrad", "Location", "RUS"), False),  # home ground
        (Entity("loc:alaska", "Alaska", "Location", "USA"), True),  # a foreign place
    ],
)
def test_an_exercise_in_a_place_shows_force_only_in_a_foreign_place(
    place: Entity, shows_force: bool
):
    spans = [ActorSpan(0, 1, 0, _country("RUS", "Russia")), ActorSpan(4, 5, 4, place)]
    found = {r[:3] for r in _rows(HELD_IN, spans)}
    assert (("RUS", "MOBILIZES_AGAINST", place.id) in found) is shows_force


# "Rubio shot back at Trump."
SHOT_BACK: list[Row] = [
    ("Rubio", "Rubio", "PROPN", "NNP", "nsubj", 1),
    ("shot", "shoot", "VERB", "VBD", "ROOT", 1),
    ("back", "back", "ADV", "RB", "advmod", 1),
    ("at", "at", "ADP", "IN", "prep", 1),
    ("Trump", "Trump", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


@pytest.mark.parametrize(
    ("subject", "target", "relation"),
    [
        (
            Entity("person:marco-rubio", "Marco Rubio", "Person", "USA"),
            Entity("person:donald-trump", "Donald Trump", "Person", "USA"),
            "CRITICIZES",
        ),
        (_country("CHN", "China"), _country("USA", "USA"), "CRITICIZES"),
        (SYR_MIL, Entity("org:islamic-state", "Islamic State", "Organization"), "ATTACKS"),
        (Entity("TUR:COP", "Turkish police", "Group", "TUR"), NGA_OPP, "ATTACKS"),
    ],
)
def test_shooting_back_is_a_retort_unless_armed_or_police(
    subject: Entity, target: Entity, relation: str
):
    spans = [ActorSpan(0, 1, 0, subject), ActorSpan(4, 5, 4, target)]
    assert {r[1] for r in _rows(SHOT_BACK, spans)} == {relation}


def _invaded(year: str) -> list[Row]:
    return [
        ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1),
        ("invaded", "invade", "VERB", "VBD", "ROOT", 1),
        ("Kuwait", "Kuwait", "PROPN", "NNP", "dobj", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        (year, year, "NUM", "CD", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


@pytest.mark.parametrize(("year", "kept"), [("1990", False), ("2016", True)])
def test_an_attack_verb_dated_long_ago_by_its_in_phrase_is_history(year: str, kept: bool):
    spans = [
        ActorSpan(0, 1, 0, _country("IRQ", "Iraq")),
        ActorSpan(2, 3, 2, _country("KWT", "Kuwait")),
    ]
    found = {r[:3] for r in _rows(_invaded(year), spans)}
    assert (("IRQ", "ATTACKS", "KWT") in found) is kept
