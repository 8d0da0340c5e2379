"""Domestic actors placed by their own phrase (domestic26), on hand-built parses: a city's
mayor, a person titled after a city, a police force named after a place."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import actors, ids, parsed

SAID = [("said", None, "ROOT", "VERB", "say", "O"), (".", None, "punct", "PUNCT", ".", "O")]


def _said(subject: list[tuple], head: int) -> list[tuple]:
    """``subject`` rows (heads counted from 0) + "said .", the subject's head ``head`` on it."""
    n = len(subject)
    rows = [
        (w, n if i == head else h, d, p, lem, e) for i, (w, h, d, p, lem, e) in enumerate(subject)
    ]
    return rows + [(w, n, d, p, lem, e) for w, _, d, p, lem, e in SAID]


def test_domestic_mayor_of_a_city_is_its_countrys_government() -> None:
    # "The mayor of Lyon said ."
    doc = parsed(
        _said(
            [
                ("The", 1, "det", "DET", "the", "O"),
                ("mayor", None, "nsubj", "NOUN", "mayor", "O"),
                ("of", 1, "prep", "ADP", "of", "O"),
                ("Lyon", 2, "pobj", "PROPN", "Lyon", "B-GPE"),
            ],
            1,
        )
    )
    assert ids(doc)["The mayor"] == "FRA:GOV"


def test_domestic_a_citys_possessive_places_its_mayor() -> None:
    # "Lyon 's mayor said ."
    doc = parsed(
        _said(
            [
                ("Lyon", 2, "poss", "PROPN", "Lyon", "B-GPE"),
                ("'s", 0, "case", "PART", "'s", "O"),
                ("mayor", None, "nsubj", "NOUN", "mayor", "O"),
            ],
            2,
        )
    )
    assert ids(doc)["mayor"] == "FRA:GOV"


def test_domestic_a_mayor_with_no_place_of_its_own_is_no_one() -> None:
    # "The mayor said ." and "The mayor said in Lyon ." give no group
    doc = parsed(
        _said(
            [("The", 1, "det", "DET", "the", "O"), ("mayor", None, "nsubj", "NOUN", "mayor", "O")],
            1,
        )
    )
    assert "The mayor" not in ids(doc)
    rows = _said(
        [("The", 1, "det", "DET", "the", "O"), ("mayor", None, "nsubj", "NOUN", "mayor", "O")],
        1,
    )
    rows = rows[:-1] + [
        ("in", 2, "prep", "ADP", "in", "O"),
        ("Lyon", 4, "pobj", "PROPN", "Lyon", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ]
    assert "The mayor" not in ids(parsed(rows))


def test_domestic_a_city_before_a_title_gives_the_person_its_country() -> None:
    # "Dallas Mayor Mike Rawlings said ."
    doc = parsed(
        _said(
            [
                ("Dallas", 3, "compound", "PROPN", "Dallas", "B-GPE"),
                ("Mayor", 3, "compound", "PROPN", "Mayor", "O"),
                ("Mike", 3, "compound", "PROPN", "Mike", "B-PERSON"),
                ("Rawlings", None, "nsubj", "PROPN", "Rawlings", "I-PERSON"),
            ],
            3,
        )
    )
    person = actors(doc)["Mike Rawlings"]
    assert (person.entity.country, person.leader_of) == ("USA", None)


@pytest.mark.parametrize(
    ("words", "expect"),
    [
        (["North", "Wales", "Police"], "GBR:COP"),
        (["Greater", "Manchester", "Police"], "GBR:COP"),
        (["New", "York", "Police", "Department"], "USA:COP"),
    ],
)
def test_domestic_police_force_named_after_a_place(words: list[str], expect: str) -> None:
    # "North Wales Police said ."
    n = len(words)
    subject = [
        (w, n - 1, "compound", "PROPN", w, "B-ORG" if i == 0 else "I-ORG")
        for i, w in enumerate(words)
    ]
    subject[-1] = (words[-1], None, "nsubj", "PROPN", words[-1], "I-ORG")
    doc = parsed(_said(subject, n - 1))
    assert ids(doc)[" ".join(words)] == expect
