"""Role nouns and their country (kgraph.resolve.roles, groups), on hand-built parses."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ids, parsed


def _clause(subject: list[tuple], rest: list[tuple]) -> list[tuple]:
    """Rows of ``subject`` + ``rest``: the subject's head (its last row) hangs on the verb,
    the first row of ``rest``; heads in ``rest`` count from the start of the sentence."""
    n = len(subject)
    rows = [(w, h if h is not None else n, d, p, lem, e) for w, h, d, p, lem, e in subject]
    return rows + rest


SAID = [("said", 0, "ROOT", "VERB", "say", "O"), (".", 0, "punct", "PUNCT", ".", "O")]


def _said(subject: list[tuple]) -> list[tuple]:
    n = len(subject)
    tail = [("said", n, "ROOT", "VERB", "say", "O"), (".", n, "punct", "PUNCT", ".", "O")]
    return _clause(subject, tail)


@pytest.mark.parametrize(
    ("noun", "lemma", "place", "ent", "expect"),
    [
        ("Police", "police", "Lagos", "B-GPE", "NGA:COP"),  # a city: its country
        ("Rebels", "rebel", "Kandahar", "B-GPE", "AFG:REB"),
        ("Separatists", "separatist", "Ukraine", "B-GPE", "UKR:REB"),  # a country
        ("Lawmakers", "lawmaker", "Kenya", "B-GPE", "KEN:LEG"),
        ("Investigators", "investigator", "Brazil", "B-GPE", "BRA:COP"),
        ("Villagers", "villager", "Darfur", "B-GPE", "SDN:CVL"),  # a region
        ("Protesters", "protester", "Flint", "B-GPE", "USA:OPP"),  # places.tsv
    ],
)
def test_roles_noun_in_a_place_takes_its_country(
    noun: str, lemma: str, place: str, ent: str, expect: str
) -> None:
    # "Police in Lagos said ."
    doc = parsed(
        _said(
            [
                (noun, None, "nsubj", "NOUN", lemma, "O"),
                ("in", 0, "prep", "ADP", "in", "O"),
                (place, 1, "pobj", "PROPN", place, ent),
            ]
        )
    )
    assert ids(doc)[noun] == expect


def test_roles_rebels_in_the_ivory_coast() -> None:
    # "Rebels in the Ivory Coast said ." (sentence-initial "Rebels" tagged a proper noun)
    doc = parsed(
        _said(
            [
                ("Rebels", None, "nsubj", "PROPN", "Rebels", "O"),
                ("in", 0, "prep", "ADP", "in", "O"),
                ("the", 4, "det", "DET", "the", "B-GPE"),
                ("Ivory", 4, "compound", "PROPN", "Ivory", "I-GPE"),
                ("Coast", 1, "pobj", "PROPN", "Coast", "I-GPE"),
            ]
        )
    )
    assert ids(doc)["Rebels"] == "CIV:REB"


def test_roles_possessive_city_gives_its_country() -> None:
    # "Lagos 's police said ."
    doc = parsed(
        _said(
            [
                ("Lagos", 2, "poss", "PROPN", "Lagos", "B-GPE"),
                ("'s", 0, "case", "PART", "'s", "O"),
                ("police", None, "nsubj", "NOUN", "police", "O"),
            ]
        )
    )
    assert ids(doc)["police"] == "NGA:COP"


@pytest.mark.parametrize(
    ("noun", "lemma"),
    [("troops", "troop"), ("refugees", "refugee"), ("diplomats", "diplomat")],
)
def test_roles_people_often_foreign_take_no_country_from_where_they_are(
    noun: str, lemma: str
) -> None:
    # "The troops in Syria said ." : anyone's troops
    doc = parsed(
        _said(
            [
                ("The", 1, "det", "DET", "the", "O"),
                (noun, None, "nsubj", "NOUN", lemma, "O"),
                ("in", 1, "prep", "ADP", "in", "O"),
                ("Syria", 2, "pobj", "PROPN", "Syria", "B-GPE"),
            ]
        )
    )
    assert not any(v.startswith("SYR:") for v in ids(doc).values())


def test_roles_from_a_country_names_where_people_come_from() -> None:
    # "Diplomats from Cuba said ." : Cuban diplomats
    doc = parsed(
        _said(
            [
                ("Diplomats", None, "nsubj", "NOUN", "diplomat", "O"),
                ("from", 0, "prep", "ADP", "from", "O"),
                ("Cuba", 1, "pobj", "PROPN", "Cuba", "B-GPE"),
            ]
        )
    )
    assert ids(doc)["Diplomats from Cuba"] == "CUB:GOV"


def test_roles_foreign_modifier_takes_no_country() -> None:
    # "Foreign investors in China said ."
    doc = parsed(
        _said(
            [
                ("Foreign", 1, "amod", "ADJ", "foreign", "O"),
                ("investors", None, "nsubj", "NOUN", "investor", "O"),
                ("in", 1, "prep", "ADP", "in", "O"),
                ("China", 2, "pobj", "PROPN", "China", "B-GPE"),
            ]
        )
    )
    assert ids(doc) == {"China": "CHN"}


def test_roles_without_a_country_no_actor() -> None:
    # "Protesters burned a flag ." : no country named, no actor
    doc = parsed(
        [
            ("Protesters", 1, "nsubj", "NOUN", "protester", "O"),
            ("burned", 1, "ROOT", "VERB", "burn", "O"),
            ("a", 3, "det", "DET", "a", "O"),
            ("flag", 1, "dobj", "NOUN", "flag", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {}


def test_roles_object_takes_the_country_of_its_clause_place() -> None:
    # "Police in Lagos arrested protesters ." : where the arresting happens
    doc = parsed(
        [
            ("Police", 3, "nsubj", "NOUN", "police", "O"),
            ("in", 0, "prep", "ADP", "in", "O"),
            ("Lagos", 1, "pobj", "PROPN", "Lagos", "B-GPE"),
            ("arrested", 3, "ROOT", "VERB", "arrest", "O"),
            ("protesters", 3, "dobj", "NOUN", "protester", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["protesters"] == "NGA:OPP"


def test_roles_victims_take_the_country_of_the_clause_place() -> None:
    # "The bomb killed nine civilians near Kandahar ."
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("bomb", 2, "nsubj", "NOUN", "bomb", "O"),
            ("killed", 2, "ROOT", "VERB", "kill", "O"),
            ("nine", 4, "nummod", "NUM", "nine", "B-CARDINAL"),
            ("civilians", 2, "dobj", "NOUN", "civilian", "O"),
            ("near", 2, "prep", "ADP", "near", "O"),
            ("Kandahar", 5, "pobj", "PROPN", "Kandahar", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["civilians"] == "AFG:CVL"


def test_roles_place_of_another_noun_places_only_that_noun() -> None:
    # "A Tunisian court praised militants who joined a group in Lebanon ." : the group is in
    # Lebanon; the militants' country is not named (an actor of another country is)
    doc = parsed(
        [
            ("A", 2, "det", "DET", "a", "O"),
            ("Tunisian", 2, "amod", "ADJ", "tunisian", "B-NORP"),
            ("court", 3, "nsubj", "NOUN", "court", "O"),
            ("praised", 3, "ROOT", "VERB", "praise", "O"),
            ("militants", 3, "dobj", "NOUN", "militant", "O"),
            ("who", 6, "nsubj", "PRON", "who", "O"),
            ("joined", 4, "relcl", "VERB", "join", "O"),
            ("a", 8, "det", "DET", "a", "O"),
            ("group", 6, "dobj", "NOUN", "group", "O"),
            ("in", 8, "prep", "ADP", "in", "O"),
            ("Lebanon", 9, "pobj", "PROPN", "Lebanon", "B-GPE"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert "militants" not in ids(doc)


def test_roles_sentence_place_gives_an_armed_group_its_country() -> None:
    # "Rebels seized a school in Darfur ." parsed with the place on the school
    doc = parsed(
        [
            ("Rebels", 1, "nsubj", "NOUN", "rebel", "O"),
            ("seized", 1, "ROOT", "VERB", "seize", "O"),
            ("a", 3, "det", "DET", "a", "O"),
            ("school", 1, "dobj", "NOUN", "school", "O"),
            ("in", 3, "prep", "ADP", "in", "O"),
            ("Darfur", 4, "pobj", "PROPN", "Darfur", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Rebels"] == "SDN:REB"


def test_roles_officials_take_no_country_from_a_place_merely_named() -> None:
    # "Officials said talks in Geneva failed ." : officials of any state
    doc = parsed(
        [
            ("Officials", 1, "nsubj", "NOUN", "official", "O"),
            ("said", 1, "ROOT", "VERB", "say", "O"),
            ("talks", 5, "nsubj", "NOUN", "talk", "O"),
            ("in", 2, "prep", "ADP", "in", "O"),
            ("Geneva", 3, "pobj", "PROPN", "Geneva", "B-GPE"),
            ("failed", 1, "ccomp", "VERB", "fail", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert "Officials" not in ids(doc)


def test_roles_ethnic_demonym_is_no_state_group() -> None:
    # "Ethnic Russian separatists in Ukraine said ." : Ukraine's separatists
    doc = parsed(
        _said(
            [
                ("Ethnic", 1, "amod", "ADJ", "ethnic", "O"),
                ("Russian", 2, "amod", "ADJ", "russian", "B-NORP"),
                ("separatists", None, "nsubj", "NOUN", "separatist", "O"),
                ("in", 2, "prep", "ADP", "in", "O"),
                ("Ukraine", 3, "pobj", "PROPN", "Ukraine", "B-GPE"),
            ]
        )
    )
    found = ids(doc)
    assert found["separatists"] == "UKR:REB"
    assert "RUS:REB" not in found.values()


def test_roles_political_camp_is_a_group_not_its_country() -> None:
    # "American liberals said ." : USA:OPP, never the United States acting
    doc = parsed(
        _said(
            [
                ("American", 1, "amod", "ADJ", "american", "B-NORP"),
                ("liberals", None, "nsubj", "NOUN", "liberal", "O"),
            ]
        )
    )
    assert ids(doc) == {"American liberals": "USA:OPP"}


def test_roles_army_equipment_is_the_army() -> None:
    # "Israeli army bulldozers said ." : the span reaches the head noun
    doc = parsed(
        _said(
            [
                ("Israeli", 2, "amod", "ADJ", "israeli", "B-NORP"),
                ("army", 2, "compound", "NOUN", "army", "O"),
                ("bulldozers", None, "nsubj", "NOUN", "bulldozer", "O"),
            ]
        )
    )
    assert ids(doc) == {"Israeli army bulldozers": "ISR:MIL"}


def test_roles_non_state_modifier_names_the_group() -> None:
    # "A Pakistani militant leader said ."
    doc = parsed(
        _said(
            [
                ("A", 3, "det", "DET", "a", "O"),
                ("Pakistani", 3, "amod", "ADJ", "pakistani", "B-NORP"),
                ("militant", 3, "amod", "ADJ", "militant", "O"),
                ("leader", None, "nsubj", "NOUN", "leader", "O"),
            ]
        )
    )
    assert ids(doc)["Pakistani militant leader"] == "PAK:REB"


def test_roles_people_noun_modifying_a_thing_is_no_group() -> None:
    # "The U.S. refugee program said ." : a programme, not refugees
    doc = parsed(
        _said(
            [
                ("The", 3, "det", "DET", "the", "O"),
                ("U.S.", 3, "compound", "PROPN", "U.S.", "B-GPE"),
                ("refugee", 3, "compound", "NOUN", "refugee", "O"),
                ("program", None, "nsubj", "NOUN", "program", "O"),
            ]
        )
    )
    assert "USA:REF" not in ids(doc).values()


def test_roles_owned_troops_are_not_the_country_they_leave() -> None:
    # "Japan must withdraw its troops from Iraq ."
    doc = parsed(
        [
            ("Japan", 2, "nsubj", "PROPN", "Japan", "B-GPE"),
            ("must", 2, "aux", "AUX", "must", "O"),
            ("withdraw", 2, "ROOT", "VERB", "withdraw", "O"),
            ("its", 4, "poss", "PRON", "its", "O"),
            ("troops", 2, "dobj", "NOUN", "troop", "O"),
            ("from", 2, "prep", "ADP", "from", "O"),
            ("Iraq", 5, "pobj", "PROPN", "Iraq", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert "IRQ:MIL" not in ids(doc).values()


@pytest.mark.parametrize(
    ("demonym", "noun", "lemma", "expect"),
    [
        ("Burmese", "troops", "troop", "MMR:MIL"),
        ("Palestinian", "officials", "official", "PSE:GOV"),
        ("Saudi", "clerics", "cleric", "SAU:REL"),  # a Phoenix agent, plural made by the build
        ("Somali", "pirates", "pirate", "SOM:CRM"),
        ("Chinese", "engineers", "engineer", "CHN:CVL"),
        ("Syrian", "villagers", "villager", "SYR:CVL"),
        ("Chechen", "rebels", "rebel", "RUS:REB"),  # a region's demonym (countries.tsv)
        ("Tibetan", "monks", "monk", "CHN:REL"),
    ],
)
def test_roles_demonym_with_phoenix_agent_is_group(
    demonym: str, noun: str, lemma: str, expect: str
) -> None:
    doc = parsed(
        _said(
            [
                (demonym, 1, "amod", "ADJ", demonym.lower(), "B-NORP"),
                (noun, None, "nsubj", "NOUN", lemma, "O"),
            ]
        )
    )
    assert ids(doc) == {f"{demonym} {noun}": expect}


def test_roles_whom_a_state_arrests_is_its_own() -> None:
    # "Turkish authorities arrested four people ."
    doc = parsed(
        [
            ("Turkish", 1, "amod", "ADJ", "turkish", "B-NORP"),
            ("authorities", 2, "nsubj", "NOUN", "authority", "O"),
            ("arrested", 2, "ROOT", "VERB", "arrest", "O"),
            ("four", 4, "nummod", "NUM", "four", "B-CARDINAL"),
            ("people", 2, "dobj", "NOUN", "people", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"Turkish authorities": "TUR:GOV", "people": "TUR:CVL"}


def test_roles_whom_a_state_detains_in_the_passive_is_its_own() -> None:
    # "Activists were detained by Egyptian police ."
    doc = parsed(
        [
            ("Activists", 2, "nsubjpass", "NOUN", "activist", "O"),
            ("were", 2, "auxpass", "AUX", "be", "O"),
            ("detained", 2, "ROOT", "VERB", "detain", "O"),
            ("by", 2, "agent", "ADP", "by", "O"),
            ("Egyptian", 5, "amod", "ADJ", "egyptian", "B-NORP"),
            ("police", 3, "pobj", "NOUN", "police", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Activists"] == "EGY:OPP"


def test_roles_arrested_visitors_keep_no_country() -> None:
    # "Turkish authorities arrested two tourists ." : tourists of any country
    doc = parsed(
        [
            ("Turkish", 1, "amod", "ADJ", "turkish", "B-NORP"),
            ("authorities", 2, "nsubj", "NOUN", "authority", "O"),
            ("arrested", 2, "ROOT", "VERB", "arrest", "O"),
            ("two", 4, "nummod", "NUM", "two", "B-CARDINAL"),
            ("tourists", 2, "dobj", "NOUN", "tourist", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert "tourists" not in ids(doc)


def test_roles_several_places_give_no_country() -> None:
    # "Leaders in Iran and Iraq said ."
    doc = parsed(
        _said(
            [
                ("Leaders", None, "nsubj", "NOUN", "leader", "O"),
                ("in", 0, "prep", "ADP", "in", "O"),
                ("Iran", 1, "pobj", "PROPN", "Iran", "B-GPE"),
                ("and", 2, "cc", "CCONJ", "and", "O"),
                ("Iraq", 2, "conj", "PROPN", "Iraq", "B-GPE"),
            ]
        )
    )
    assert "Leaders" not in ids(doc)


def test_roles_noun_modifier_makes_another_kind_of_people() -> None:
    # "Job killers in Ohio said ." : not criminals
    doc = parsed(
        _said(
            [
                ("Job", 1, "compound", "NOUN", "job", "O"),
                ("killers", None, "nsubj", "NOUN", "killer", "O"),
                ("in", 1, "prep", "ADP", "in", "O"),
                ("Ohio", 2, "pobj", "PROPN", "Ohio", "B-GPE"),
            ]
        )
    )
    assert not any(v.endswith(":CRM") for v in ids(doc).values())


def test_roles_a_language_is_no_place() -> None:
    # "Children spoke in Spanish ." : no Spanish children
    doc = parsed(
        [
            ("Children", 1, "nsubj", "NOUN", "child", "O"),
            ("spoke", 1, "ROOT", "VERB", "speak", "O"),
            ("in", 1, "prep", "ADP", "in", "O"),
            ("Spanish", 2, "pobj", "PROPN", "Spanish", "B-LANGUAGE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert "Children" not in ids(doc)


def test_roles_conjoined_role_nouns_share_the_country() -> None:
    # "Chinese students and journalists said ."
    doc = parsed(
        _said(
            [
                ("Chinese", 1, "amod", "ADJ", "chinese", "B-NORP"),
                ("students", None, "nsubj", "NOUN", "student", "O"),
                ("and", 1, "cc", "CCONJ", "and", "O"),
                ("journalists", 1, "conj", "NOUN", "journalist", "O"),
            ]
        )
    )
    assert ids(doc) == {"Chinese students": "CHN:EDU", "journalists": "CHN:MED"}


def test_roles_non_state_modifier_of_a_role_noun_names_the_sector() -> None:
    # "The militia forces in Najaf said ." : an irregular force, Iraq's
    doc = parsed(
        _said(
            [
                ("The", 2, "det", "DET", "the", "O"),
                ("militia", 2, "compound", "NOUN", "militia", "O"),
                ("forces", None, "nsubj", "NOUN", "force", "O"),
                ("in", 2, "prep", "ADP", "in", "O"),
                ("Najaf", 3, "pobj", "PROPN", "Najaf", "B-GPE"),
            ]
        )
    )
    assert ids(doc)["The militia forces"] == "IRQ:REB"


def test_roles_a_country_after_the_first_conjunct_is_not_shared() -> None:
    # "Diplomats from Cuba and refugees said ." : the refugees' country is not named
    doc = parsed(
        _said(
            [
                ("Diplomats", None, "nsubj", "NOUN", "diplomat", "O"),
                ("from", 0, "prep", "ADP", "from", "O"),
                ("Cuba", 1, "pobj", "PROPN", "Cuba", "B-GPE"),
                ("and", 0, "cc", "CCONJ", "and", "O"),
                ("refugees", 0, "conj", "NOUN", "refugee", "O"),
            ]
        )
    )
    assert "refugees" not in ids(doc)


def test_roles_armed_act_owner_is_no_scene() -> None:
    # "Three militants were killed in a U.S. drone strike in Yemen ." : the strike's owner
    # acts; the strike's own place is where the militants are
    doc = parsed(
        [
            ("Three", 1, "nummod", "NUM", "three", "B-CARDINAL"),
            ("militants", 3, "nsubjpass", "NOUN", "militant", "O"),
            ("were", 3, "auxpass", "AUX", "be", "O"),
            ("killed", 3, "ROOT", "VERB", "kill", "O"),
            ("in", 3, "prep", "ADP", "in", "O"),
            ("a", 8, "det", "DET", "a", "O"),
            ("U.S.", 8, "compound", "PROPN", "U.S.", "B-GPE"),
            ("drone", 8, "compound", "NOUN", "drone", "O"),
            ("strike", 4, "pobj", "NOUN", "strike", "O"),
            ("in", 8, "prep", "ADP", "in", "O"),
            ("Yemen", 9, "pobj", "PROPN", "Yemen", "B-GPE"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["militants"] == "YEM:REB"


def test_roles_owned_place_still_places_the_clause() -> None:
    # "Protesters clashed with police in the Lagos suburb ." : a place owned by a place
    doc = parsed(
        [
            ("Protesters", 1, "nsubj", "NOUN", "protester", "O"),
            ("clashed", 1, "ROOT", "VERB", "clash", "O"),
            ("with", 1, "prep", "ADP", "with", "O"),
            ("police", 2, "pobj", "NOUN", "police", "O"),
            ("in", 1, "prep", "ADP", "in", "O"),
            ("the", 7, "det", "DET", "the", "O"),
            ("Lagos", 7, "compound", "PROPN", "Lagos", "B-GPE"),
            ("suburb", 4, "pobj", "NOUN", "suburb", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Protesters"] == "NGA:OPP"
