"""Persons the model splits or mistypes, on hand-built parses (no statistical model): a
compound surname mentioned after the full name, a known national's full name typed as an
organisation."""

from __future__ import annotations

import pytest

from kgraph.resolve.groups import backer_modifier
from kgraph.resolve.ner import ner_spans
from kgraph.resolve.people import surname_tail
from tests.unit.test_entities import actors, ids, parsed

# "President Ana Ruiz Vega spoke . Ruiz Vega left ."
COMPOUND = [
    ("President", 3, "compound", "PROPN", "President", "O"),
    ("Ana", 3, "compound", "PROPN", "Ana", "B-PERSON"),
    ("Ruiz", 3, "compound", "PROPN", "Ruiz", "I-PERSON"),
    ("Vega", 4, "nsubj", "PROPN", "Vega", "I-PERSON"),
    ("spoke", 4, "ROOT", "VERB", "speak", "O"),
    (".", 4, "punct", "PUNCT", ".", "O"),
    ("Ruiz", 7, "compound", "PROPN", "Ruiz", "B-PERSON"),
    ("Vega", 8, "nsubj", "PROPN", "Vega", "I-PERSON"),
    ("left", 8, "ROOT", "VERB", "leave", "O"),
    (".", 8, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.parametrize(
    ("name", "full", "same"),
    [
        ("Pena Nieto", "Enrique Pena Nieto", True),
        ("Dlamini Zuma", "Nkosazana Dlamini-Zuma", True),
        ("Santiago Nieto", "Enrique Pena Nieto", False),
        ("Nieto", "Enrique Pena Nieto", False),  # one word: the surname key's business
        ("Enrique Pena Nieto", "Enrique Pena Nieto", False),  # the full name itself
    ],
)
def test_surname_tail_is_a_compound_surname_ending_the_full_name(
    name: str, full: str, same: bool
) -> None:
    assert surname_tail(name, full) is same


def test_compound_surname_after_the_full_name_is_the_same_person() -> None:
    found = ids(parsed(COMPOUND))
    assert found["Ana Ruiz Vega"] == "person:ana-ruiz-vega"
    assert found["Ruiz Vega"] == "person:ana-ruiz-vega"


def test_other_person_with_the_same_last_word_stays_apart() -> None:
    rows = [(w.replace("Ruiz", "Gil") if i >= 6 else w, h, d, p, lem.replace("Ruiz", "Gil")
             if i >= 6 else lem, e) for i, (w, h, d, p, lem, e) in enumerate(COMPOUND)]  # fmt: skip
    found = ids(parsed(rows))
    assert found["Gil Vega"] == "person:gil-vega"


def test_known_nationals_full_name_typed_as_organisation_is_a_person() -> None:
    # "Followers of Fethullah Gulen protested ." with the name typed ORG (the gazetteer's
    # nationals know Fethullah Gulen as a Turkish national)
    doc = parsed(
        [
            ("Followers", 4, "nsubj", "NOUN", "follower", "O"),
            ("of", 0, "prep", "ADP", "of", "O"),
            ("Fethullah", 3, "compound", "PROPN", "Fethullah", "B-ORG"),
            ("Gulen", 1, "pobj", "PROPN", "Gulen", "I-ORG"),
            ("protested", 4, "ROOT", "VERB", "protest", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Fethullah Gulen"] == "person:fethullah-gulen"


# "U.S.-backed militias fought ." and "Saudi - backed rebels fought ."
ONE_TOKEN_BACKER = [
    ("U.S.-backed", 1, "amod", "ADJ", "u.s.-backed", "O"),
    ("militias", 2, "nsubj", "NOUN", "militia", "O"),
    ("fought", 2, "ROOT", "VERB", "fight", "O"),
    (".", 2, "punct", "PUNCT", ".", "O"),
]
THREE_TOKEN_BACKER = [
    ("Saudi", 2, "npadvmod", "PROPN", "Saudi", "B-NORP"),
    ("-", 2, "punct", "PUNCT", "-", "O"),
    ("backed", 3, "amod", "VERB", "back", "O"),
    ("rebels", 4, "nsubj", "NOUN", "rebel", "O"),
    ("fought", 4, "ROOT", "VERB", "fight", "O"),
    (".", 4, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.parametrize(
    ("rows", "group", "backer"), [(ONE_TOKEN_BACKER, 1, 0), (THREE_TOKEN_BACKER, 3, 2)]
)
def test_backer_modifier_finds_the_backing_participle(
    rows: list[tuple], group: int, backer: int
) -> None:
    doc = parsed(rows)
    found = backer_modifier(doc[group])
    assert found is not None and found.i == backer


def test_group_without_backer_has_no_backer_modifier() -> None:
    # "armed militias fought .": a plain participle, no backer named
    doc = parsed([("armed", 1, "amod", "VERB", "arm", "O")] + ONE_TOKEN_BACKER[1:])
    assert backer_modifier(doc[1]) is None


# "Iran armed the Houthis , the militia in Yemen ."
HOUTHIS = [
    ("Iran", 1, "nsubj", "PROPN", "Iran", "B-GPE"),
    ("armed", 1, "ROOT", "VERB", "arm", "O"),
    ("the", 3, "det", "DET", "the", "O"),
    ("Houthis", 1, "dobj", "PROPN", "Houthis", "B-ORG"),
    (",", 3, "punct", "PUNCT", ",", "O"),
    ("the", 6, "det", "DET", "the", "O"),
    ("militia", 3, "appos", "NOUN", "militia", "O"),
    ("in", 6, "prep", "ADP", "in", "O"),
    ("Yemen", 7, "pobj", "PROPN", "Yemen", "B-GPE"),
    (".", 1, "punct", "PUNCT", ".", "O"),
]


def test_bare_group_in_apposition_is_the_organisation_it_describes() -> None:
    found = ids(parsed(HOUTHIS))
    assert found["the militia"] == "org:houthis"


def _moscow_then(rows: list[tuple]) -> dict[str, str]:
    # "Moscow said . Moscow warned . <rows>": Russia is the article's dominant country
    first = [
        ("Moscow", 1, "nsubj", "PROPN", "Moscow", "B-GPE"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
        ("Moscow", 4, "nsubj", "PROPN", "Moscow", "B-GPE"),
        ("warned", 4, "ROOT", "VERB", "warn", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    return ids(parsed(first + [(w, h + 6, d, p, lem, e) for w, h, d, p, lem, e in rows]))


def test_backed_group_takes_no_country_from_the_article() -> None:
    plain = [("The", 1, "det", "DET", "the", "O")] + [
        (w.replace("militias", "rebels"), h, d, p, lem.replace("militia", "rebel"), e)
        for w, h, d, p, lem, e in ONE_TOKEN_BACKER[1:]
    ]
    assert _moscow_then(plain)["The rebels"] == "RUS:REB"
    backed = [
        (w.replace("militias", "rebels"), h, d, p, lem.replace("militia", "rebel"), e)
        for w, h, d, p, lem, e in ONE_TOKEN_BACKER
    ]
    assert "rebels" not in _moscow_then(backed)


def test_company_name_run_into_its_ticker_is_the_name_alone() -> None:
    # "Comcast Corp ( CMCSA.O ) sued ." with the model's ORG run into the ticker
    doc = parsed(
        [
            ("Comcast", 1, "compound", "PROPN", "Comcast", "B-ORG"),
            ("Corp", 5, "nsubj", "PROPN", "Corp", "I-ORG"),
            ("(", 1, "punct", "PUNCT", "(", "I-ORG"),
            ("CMCSA.O", 1, "appos", "PROPN", "CMCSA.O", "I-ORG"),
            (")", 1, "punct", "PUNCT", ")", "O"),
            ("sued", 5, "ROOT", "VERB", "sue", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert [s.text for s in ner_spans(doc, frozenset())] == ["Comcast Corp"]
    assert ids(doc)["Comcast Corp"] == "org:comcast"


def test_name_after_a_settlement_nouns_of_is_a_place() -> None:
    # "Farmers protested in the town of Pyay ." with "Pyay" typed PERSON
    doc = parsed(
        [
            ("Farmers", 1, "nsubj", "NOUN", "farmer", "O"),
            ("protested", 1, "ROOT", "VERB", "protest", "O"),
            ("in", 1, "prep", "ADP", "in", "O"),
            ("the", 4, "det", "DET", "the", "O"),
            ("town", 2, "pobj", "NOUN", "town", "O"),
            ("of", 4, "prep", "ADP", "of", "O"),
            ("Pyay", 5, "pobj", "PROPN", "Pyay", "B-PERSON"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Pyay"] == "loc:pyay"


def test_name_opening_with_a_place_word_is_a_place() -> None:
    # "Mnuchin visited Fort Knox ." with "Fort Knox" typed PERSON
    doc = parsed(
        [
            ("Mnuchin", 1, "nsubj", "PROPN", "Mnuchin", "B-PERSON"),
            ("visited", 1, "ROOT", "VERB", "visit", "O"),
            ("Fort", 3, "compound", "PROPN", "Fort", "B-PERSON"),
            ("Knox", 1, "dobj", "PROPN", "Knox", "I-PERSON"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Fort Knox"] == "loc:fort-knox"


def test_person_of_a_body_stays_a_person() -> None:
    # "the leader of Ana Ruiz" is no settlement: "leader" is not of class settlement
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("leader", 5, "nsubj", "NOUN", "leader", "O"),
            ("of", 1, "prep", "ADP", "of", "O"),
            ("Ana", 4, "compound", "PROPN", "Ana", "B-PERSON"),
            ("Ruiz", 2, "pobj", "PROPN", "Ruiz", "I-PERSON"),
            ("spoke", 5, "ROOT", "VERB", "speak", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Ana Ruiz"] == "person:ana-ruiz"


def _party_sentence(country: tuple, second: tuple | None = None) -> dict[str, object]:
    # "<country> s president met the Lakeside Party ." (+ "and <second>")
    rows = [
        country,
        ("s", 0, "case", "PART", "'s", "O"),
        ("president", 3, "nsubj", "NOUN", "president", "O"),
        ("met", 3, "ROOT", "VERB", "meet", "O"),
        ("the", 6, "det", "DET", "the", "O"),
        ("Lakeside", 6, "compound", "PROPN", "Lakeside", "B-ORG"),
        ("Party", 3, "dobj", "PROPN", "Party", "I-ORG"),
    ]
    if second is not None:
        rows += [("and", 6, "cc", "CCONJ", "and", "O"), (second[0], 6, "conj", *second[1:])]
    rows.append((".", 3, "punct", "PUNCT", ".", "O"))
    return {text: a.entity for text, a in actors(parsed(rows)).items()}


def test_unknown_party_is_of_its_sentences_one_country() -> None:
    iceland = ("Iceland", 2, "poss", "PROPN", "Iceland", "B-GPE")
    party = _party_sentence(iceland)["Lakeside Party"]
    assert (party.id, party.country) == ("org:lakeside-party", "ISL")


def test_unknown_party_takes_no_country_from_a_sentence_naming_two() -> None:
    iceland = ("Iceland", 2, "poss", "PROPN", "Iceland", "B-GPE")
    party = _party_sentence(iceland, ("Norway", "PROPN", "Norway", "B-GPE"))["Lakeside Party"]
    assert party.country is None
