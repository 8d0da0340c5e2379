"""Named sites, laws and organisations the model types as organisations or people, and
lower-case body nouns, on hand-built parses (no statistical model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.unit.test_entities import actors, parsed


def _visited(words: list[str]) -> Doc:
    # "Obama visited <words> ." with <words> one ORG entity
    n = len(words)
    rows = [
        ("Obama", 1, "nsubj", "PROPN", "Obama", "B-PERSON"),
        ("visited", 1, "ROOT", "VERB", "visit", "O"),
    ]
    # every word a compound of the last (token 1 + n), which is the object
    rows += [
        (w, 1 + n, "compound", "PROPN", w, ("B-" if k == 0 else "I-") + "ORG")
        for k, w in enumerate(words)
    ]
    last = rows[-1]
    rows[-1] = (last[0], 1, "dobj", *last[3:])
    return parsed(rows + [(".", 1, "punct", "PUNCT", ".", "O")])


@pytest.mark.parametrize(
    "words",
    [
        ["Walter", "Reed", "National", "Military", "Medical", "Center"],
        ["Sloan", "Kettering", "Cancer", "Centre"],
        ["Mayo", "Clinic"],
    ],
)
def test_medical_centre_or_clinic_is_a_site(words: list[str]) -> None:
    found = actors(_visited(words))[" ".join(words)]
    assert found.is_place and found.entity.kind == "Location"
    assert found.entity.id.startswith("loc:")


def test_other_centre_is_an_organisation() -> None:
    found = actors(_visited(["Carter", "Center"]))["Carter Center"]
    assert (found.entity.id, found.is_place) == ("org:carter-center", False)


def _party_congress(word: str, ent: str) -> Doc:
    # "Erdogan spoke at a party <word> ." with <word> an ORG entity of the model
    return parsed(
        [
            ("Erdogan", 1, "nsubj", "PROPN", "Erdogan", "B-PERSON"),
            ("spoke", 1, "ROOT", "VERB", "speak", "O"),
            ("at", 1, "prep", "ADP", "at", "O"),
            ("a", 5, "det", "DET", "a", "O"),
            ("party", 5, "compound", "NOUN", "party", "O"),
            (word, 2, "pobj", "NOUN", word.lower(), ent),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_lower_case_body_noun_is_no_national_body() -> None:
    for word in ("congress", "senate"):
        assert word not in actors(_party_congress(word, "B-ORG")), word


def test_capitalised_body_name_is_the_national_body() -> None:
    assert actors(_party_congress("Congress", "B-ORG"))["Congress"].entity.id == "USA:LEG"


@pytest.mark.parametrize("last", ["Act", "Doctrine", "Accords"])
def test_law_name_typed_as_person_is_nobody(last: str) -> None:
    # "Puerto Rico opposed the Jones <last> ." with "Jones <last>" a PERSON entity
    doc = parsed(
        [
            ("Puerto", 1, "compound", "PROPN", "Puerto", "B-GPE"),
            ("Rico", 2, "nsubj", "PROPN", "Rico", "I-GPE"),
            ("opposed", 2, "ROOT", "VERB", "oppose", "O"),
            ("the", 5, "det", "DET", "the", "O"),
            ("Jones", 5, "compound", "PROPN", "Jones", "B-PERSON"),
            (last, 2, "dobj", "PROPN", last, "I-PERSON"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)
    assert not any(a.entity.kind == "Person" for a in found.values())
    assert f"Jones {last}" not in found


@pytest.mark.parametrize("noun", ["bank", "lender", "carmaker"])
def test_name_after_a_company_noun_is_an_organisation(noun: str) -> None:
    # "Kushner met the state <noun> Vnesheconombank ." with the name a PERSON entity
    doc = parsed(
        [
            ("Kushner", 1, "nsubj", "PROPN", "Kushner", "B-PERSON"),
            ("met", 1, "ROOT", "VERB", "meet", "O"),
            ("the", 5, "det", "DET", "the", "O"),
            ("state", 4, "compound", "NOUN", "state", "O"),
            (noun, 5, "compound", "NOUN", noun, "O"),
            ("Vnesheconombank", 1, "dobj", "PROPN", "Vnesheconombank", "B-PERSON"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc)["Vnesheconombank"].entity.id == "org:vnesheconombank"
