"""Later mentions by surname that the tagger took for a common word, compound surnames after
the full name (kgraph.resolve.people.surname_tail), and capitals after "from" that author a
stand, on hand-built parses (no statistical model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from kgraph.resolve.people import surname_tail
from tests.unit.test_entities import actors, ids, parsed

# "Senator Bill Cassidy spoke ."
CASSIDY = [
    ("Senator", 2, "compound", "PROPN", "Senator", "O"),
    ("Bill", 2, "compound", "PROPN", "Bill", "B-PERSON"),
    ("Cassidy", 3, "nsubj", "PROPN", "Cassidy", "I-PERSON"),
    ("spoke", 3, "ROOT", "VERB", "speak", "O"),
    (".", 3, "punct", "PUNCT", ".", "O"),
]


def _after(first: list[tuple], rows: list[tuple]) -> Doc:
    """``rows`` (heads relative to their own sentence) after the sentence ``first``."""
    n = len(first)
    return parsed(first + [(w, h + n, d, p, lem, e) for w, h, d, p, lem, e in rows])


def _surname_as(word: str, pos: str, lemma: str, first: list[tuple] = CASSIDY) -> Doc:
    # "<word> criticized Graham ." with <word> tagged as a common noun, adjective or verb
    return _after(
        first,
        [
            (word, 1, "nsubj", pos, lemma, "O"),
            ("criticized", 1, "ROOT", "VERB", "criticize", "O"),
            ("Graham", 1, "dobj", "PROPN", "Graham", "B-PERSON"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ],
    )


def test_surname_tagged_as_common_noun_is_the_person_named_before() -> None:
    for pos in ("NOUN", "ADJ", "VERB"):
        found = ids(_surname_as("Cassidy", pos, "cassidy"))
        assert found["Cassidy"] == "person:bill-cassidy", pos


def _iob(token: Token) -> str:
    return token.ent_iob_ + ("-" + token.ent_type_ if token.ent_type_ else "")


def test_word_the_article_also_writes_in_lower_case_is_the_common_word() -> None:
    # "Senator Bill Price spoke . Price criticized Graham . The price rose ."
    first = [(w.replace("Cassidy", "Price"), h, d, p, lem.replace("Cassidy", "Price"), e)
             for w, h, d, p, lem, e in CASSIDY]  # fmt: skip
    two = _surname_as("Price", "NOUN", "price", first)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.lemma_, _iob(t)) for t in two]
    doc = _after(
        rows,
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("price", 2, "nsubj", "NOUN", "price", "O"),
            ("rose", 2, "ROOT", "VERB", "rise", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ],
    )
    found = actors(doc)
    assert found["Bill Price"].entity.id == "person:bill-price"
    assert "Price" not in found
    # without the lower-case word, the same sentence names him
    assert ids(two)["Price"] == "person:bill-price"


def test_surname_of_a_one_word_person_does_not_license_a_common_word() -> None:
    # "Sufis spoke . Sufi criticized Graham ." ("Sufis" a one-word PERSON of the model)
    first = [
        ("Sufis", 1, "nsubj", "PROPN", "Sufis", "B-PERSON"),
        ("spoke", 1, "ROOT", "VERB", "speak", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    assert "Sufi" not in ids(_surname_as("Sufi", "ADJ", "sufi", first))


def test_surname_in_a_hyphened_compound_is_no_mention() -> None:
    # "Senator Bill Cassidy spoke . anti - Cassidy signs appeared ."
    doc = _after(
        CASSIDY,
        [
            ("anti", 3, "amod", "ADJ", "anti", "O"),
            ("-", 2, "punct", "PUNCT", "-", "O"),
            ("Cassidy", 3, "amod", "ADJ", "cassidy", "O"),
            ("signs", 4, "nsubj", "NOUN", "sign", "O"),
            ("appeared", 4, "ROOT", "VERB", "appear", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ],
    )
    assert list(ids(doc)) == ["Bill Cassidy"]


def test_leader_surname_tagged_as_noun_resolves_through_the_leaders_table() -> None:
    # "Duterte visited Tokyo ." with "Duterte" tagged NOUN, no full name before
    doc = parsed(
        [
            ("Duterte", 1, "nsubj", "NOUN", "duterte", "O"),
            ("visited", 1, "ROOT", "VERB", "visit", "O"),
            ("Tokyo", 1, "dobj", "PROPN", "Tokyo", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Duterte"] == "person:rodrigo-duterte"


def _from_capital(noun: str, lemma: str) -> Doc:
    # "Trump drew <noun> from Beijing ."
    return parsed(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump", "B-PERSON"),
            ("drew", 1, "ROOT", "VERB", "draw", "O"),
            (noun, 1, "dobj", "NOUN", lemma, "O"),
            ("from", 2, "prep", "ADP", "from", "O"),
            ("Beijing", 3, "pobj", "PROPN", "Beijing", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_capital_after_from_of_a_stand_taken_is_the_government() -> None:
    for noun, lemma in (("protests", "protest"), ("criticism", "criticism")):
        beijing = actors(_from_capital(noun, lemma))["Beijing"]
        assert (beijing.entity.id, beijing.is_place) == ("CHN", False), noun


def test_capital_after_from_of_a_help_given_is_the_government() -> None:
    for noun, lemma in (("aid", "aid"), ("funding", "funding"), ("denial", "denial")):
        beijing = actors(_from_capital(noun, lemma))["Beijing"]
        assert (beijing.entity.id, beijing.is_place) == ("CHN", False), noun


def test_capital_after_from_on_a_verb_with_a_help_for_object_is_the_government() -> None:
    # "Kiev sought aid from Beijing ."
    doc = parsed(
        [
            ("Kiev", 1, "nsubj", "PROPN", "Kiev", "B-GPE"),
            ("sought", 1, "ROOT", "VERB", "seek", "O"),
            ("aid", 1, "dobj", "NOUN", "aid", "O"),
            ("from", 1, "prep", "ADP", "from", "O"),
            ("Beijing", 3, "pobj", "PROPN", "Beijing", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    beijing = actors(doc)["Beijing"]
    assert (beijing.entity.id, beijing.is_place) == ("CHN", False)


def test_capital_after_from_of_other_nouns_is_a_place() -> None:
    beijing = actors(_from_capital("visitors", "visitor"))["Beijing"]
    assert (beijing.entity.id, beijing.is_place) == ("loc:beijing", True)


def _ally_of(misparsed: bool) -> Doc:
    # "Jealous , an ally of U.S. Senator Bernie Sanders , spoke ."; misparsed: "U.S." the
    # object of "of" and "Sanders" an apposition of "Jealous", else "Sanders" the object
    # and "U.S." its compound
    us = (4, "pobj") if misparsed else (8, "compound")
    sanders = (0, "appos") if misparsed else (4, "pobj")
    return parsed(
        [
            ("Jealous", 10, "nsubj", "PROPN", "Jealous", "B-PERSON"),
            (",", 0, "punct", "PUNCT", ",", "O"),
            ("an", 3, "det", "DET", "an", "O"),
            ("ally", 0, "appos", "NOUN", "ally", "O"),
            ("of", 3, "prep", "ADP", "of", "O"),
            ("U.S.", *us, "PROPN", "U.S.", "B-GPE"),
            ("Senator", 8, "compound", "PROPN", "Senator", "O"),
            ("Bernie", 8, "compound", "PROPN", "Bernie", "B-PERSON"),
            ("Sanders", *sanders, "PROPN", "Sanders", "I-PERSON"),
            (",", 0, "punct", "PUNCT", ",", "O"),
            ("spoke", 10, "ROOT", "VERB", "speak", "O"),
            (".", 10, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_nationality_parsed_as_head_of_a_titled_name_stands_for_the_person() -> None:
    found = actors(_ally_of(misparsed=True))
    assert found["U.S."].entity.id == "person:bernie-sanders"
    assert found["Bernie Sanders"].entity.id == "person:bernie-sanders"


def test_nationality_of_a_well_parsed_titled_name_stays_the_country() -> None:
    assert actors(_ally_of(misparsed=False))["U.S."].entity.id == "USA"


def _aged(name: str, tag: str, age: str) -> Doc:
    # "<name> , <age> , said ." with <name> typed as an organisation or a place
    return parsed(
        [
            (name, 4, "nsubj", "PROPN", name, tag),
            (",", 0, "punct", "PUNCT", ",", "O"),
            (age, 0, "appos", "NUM", age, "B-DATE"),
            (",", 0, "punct", "PUNCT", ",", "O"),
            ("said", 4, "ROOT", "VERB", "say", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_a_name_with_an_age_is_a_person_however_typed() -> None:
    assert actors(_aged("Navarro", "B-ORG", "67"))["Navarro"].entity.kind == "Person"
    assert actors(_aged("Navarro", "B-GPE", "67"))["Navarro"].entity.kind == "Person"


def test_a_name_with_a_number_that_is_no_age_keeps_its_type() -> None:
    assert actors(_aged("Navarro", "B-ORG", "2017"))["Navarro"].entity.kind == "Organization"


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


def test_compound_surname_after_the_full_name_is_the_same_person() -> None:
    found = ids(parsed(COMPOUND))
    assert found["Ana Ruiz Vega"] == "person:ana-ruiz-vega"
    assert found["Ruiz Vega"] == "person:ana-ruiz-vega"


def test_other_person_with_the_same_last_word_stays_apart() -> None:
    rows = [(w.replace("Ruiz", "Gil") if i >= 6 else w, h, d, p, lem.replace("Ruiz", "Gil")
             if i >= 6 else lem, e) for i, (w, h, d, p, lem, e) in enumerate(COMPOUND)]  # fmt: skip
    found = ids(parsed(rows))
    assert found["Gil Vega"] == "person:gil-vega"
