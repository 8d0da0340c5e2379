"""Domestic actors placed by their own phrase, on hand-built parses: a city's
mayor, a person titled after a city, a police force named after a place; and the verb a
misparsed sentence hangs on its subject noun as a participle."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_entities import actors, ids, parsed
from tests.unit.test_relations_parses import _vocab
from tests.unit.test_relations_parses import actors as relation_actors

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


def _relation_doc(rows: list[tuple[str, str, str, str, str, int]]) -> Doc:
    words, lemmas, pos, tags, deps, heads = zip(*rows, strict=True)
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    return Doc(
        _vocab(),
        words=list(words),
        spaces=spaces,
        lemmas=list(lemmas),
        pos=list(pos),
        tags=list(tags),
        deps=list(deps),
        heads=list(heads),
    )


# "The mayor on Monday called on Putin to leave ." as the parser hangs it: "called" a past
# participle modifying the root noun
MISPARSED = [
    ("The", "the", "DET", "DT", "det", 1),
    ("mayor", "mayor", "NOUN", "NN", "ROOT", 1),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 2),
    ("called", "call", "VERB", "VBN", "acl", 1),
    ("on", "on", "ADP", "IN", "prep", 4),
    ("Putin", "Putin", "PROPN", "NNP", "pobj", 5),
    ("to", "to", "PART", "TO", "aux", 8),
    ("leave", "leave", "VERB", "VB", "xcomp", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _mayor_triples(rows: list[tuple[str, str, str, str, str, int]]) -> set[tuple[str, str, str]]:
    doc = _relation_doc(rows)
    spans = [
        ActorSpan(0, 2, 1, Entity("RUS:GOV", "Russian government", "Group", "RUS")),
        *relation_actors(doc),
    ]
    found = extract_relations(doc, spans, Document(id="x", text=doc.text, date="2019-09-25"))
    return {(t.subject.id, t.relation, t.object.id) for t in found}


def test_domestic_past_participle_on_a_root_noun_is_its_verb() -> None:
    assert ("RUS:GOV", "APPEALS_TO", "person:vladimir-putin") in _mayor_triples(MISPARSED)


def test_domestic_passive_participle_on_a_root_noun_stays_a_modifier() -> None:
    # "The mayor, called on Putin to leave ." (set off by a comma) gives nothing
    rows = [*MISPARSED[:2], (",", ",", "PUNCT", ",", "punct", 1), *MISPARSED[4:]]
    rows = [(w, lem, p, t, d, h - 1 if h > 2 else h) for w, lem, p, t, d, h in rows]
    rows[2] = (",", ",", "PUNCT", ",", "punct", 1)
    rows[3] = ("called", "call", "VERB", "VBN", "acl", 1)
    assert not _mayor_triples(rows)


def test_domestic_a_person_serving_a_countrys_body_takes_its_country() -> None:
    # "Anna Berg , a spokeswoman for Russia 's Foreign Ministry , said ."
    rows = [
        ("Anna", 1, "compound", "PROPN", "Anna", "B-PERSON"),
        ("Berg", 12, "nsubj", "PROPN", "Berg", "I-PERSON"),
        (",", 1, "punct", "PUNCT", ",", "O"),
        ("a", 4, "det", "DET", "a", "O"),
        ("spokeswoman", 1, "appos", "NOUN", "spokeswoman", "O"),
        ("for", 4, "prep", "ADP", "for", "O"),
        ("Russia", 9, "poss", "PROPN", "Russia", "B-GPE"),
        ("'s", 6, "case", "PART", "'s", "O"),
        ("Foreign", 9, "compound", "PROPN", "Foreign", "B-ORG"),
        ("Ministry", 5, "pobj", "PROPN", "Ministry", "I-ORG"),
        (",", 1, "punct", "PUNCT", ",", "O"),
        ("then", 12, "advmod", "ADV", "then", "O"),
        ("said", 12, "ROOT", "VERB", "say", "O"),
        (".", 12, "punct", "PUNCT", ".", "O"),
    ]
    person = actors(parsed(rows))["Anna Berg"]
    assert person.entity.country == "RUS"


def test_domestic_a_critic_of_a_government_takes_no_country_from_it() -> None:
    rows = [
        ("Anna", 1, "compound", "PROPN", "Anna", "B-PERSON"),
        ("Berg", 10, "nsubj", "PROPN", "Berg", "I-PERSON"),
        (",", 1, "punct", "PUNCT", ",", "O"),
        ("a", 4, "det", "DET", "a", "O"),
        ("critic", 1, "appos", "NOUN", "critic", "O"),
        ("of", 4, "prep", "ADP", "of", "O"),
        ("the", 8, "det", "DET", "the", "O"),
        ("Russian", 8, "amod", "ADJ", "Russian", "B-NORP"),
        ("government", 5, "pobj", "NOUN", "government", "O"),
        (",", 1, "punct", "PUNCT", ",", "O"),
        ("said", 10, "ROOT", "VERB", "say", "O"),
        (".", 10, "punct", "PUNCT", ".", "O"),
    ]
    person = actors(parsed(rows))["Anna Berg"]
    assert person.entity.country is None
