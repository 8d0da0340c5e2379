"""The article's dateline as context for its domestic actors (kgraph.resolve.context), on
hand-built parses (no model)."""

from __future__ import annotations

import pytest

from kgraph.extract.args_context import owner_entity
from kgraph.extract.entities import dateline_tokens
from kgraph.resolve.context import dateline_country
from tests.unit.test_entities import actors, ids, parsed


def _opening(place: list[str], rest: list[tuple]) -> list[tuple]:
    """A dateline (``place`` words, then "-") hanging on the first verb of ``rest`` (whose
    heads count from the start of ``rest``)."""
    n = len(place) + 1
    verb = n + next(k for k, row in enumerate(rest) if row[2] == "ROOT")
    rows = [
        (w, verb, "npadvmod", "PROPN", w, "B-GPE" if k == 0 else "I-GPE")
        for k, w in enumerate(place)
    ]
    rows.append(("-", verb, "punct", "PUNCT", "-", "O"))
    return rows + [(w, h + n, d, p, lem, e) for w, h, d, p, lem, e in rest]


def _said(noun: str, lemma: str, pos: str = "NOUN") -> list[tuple]:
    # "<noun> said ."
    return [
        (noun, 1, "nsubj", pos, lemma, "O"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]


def _agreed(country: str, at: int = 3) -> list[tuple]:
    # "<country> agreed ." (a second sentence, its own root), starting at row ``at``
    return [
        (country, at + 1, "nsubj", "PROPN", country, "B-GPE"),
        ("agreed", at + 1, "ROOT", "VERB", "agree", "O"),
        (".", at + 1, "punct", "PUNCT", ".", "O"),
    ]


@pytest.mark.parametrize(
    ("words", "expect"),
    [
        (["BRUSSELS"], "BEL"),  # the EU's seat, as a dateline the Belgian city
        (["NAJAF", ",", "Iraq"], "IRQ"),
        (["GAZA", "CITY"], "PSE"),  # the longest known name of the run
        (["RANCHO", "MIRAGE", ",", "Calif."], "USA"),  # a state's abbreviation (places.tsv)
        (["HONOLULU", "/", "LOS", "ANGELES"], "USA"),  # the one country of its places
        (["SEOUL", "/", "BEIJING"], None),  # two countries: none
        (["UNITED", "NATIONS"], None),  # no country's place
    ],
)
def test_context_dateline_country(words: list[str], expect: str | None) -> None:
    doc = parsed(_opening(words, _said("Police", "police")))
    assert dateline_country(doc, dateline_tokens(doc)) == expect


def test_context_no_dateline_no_country() -> None:
    doc = parsed(_said("Police", "police"))
    assert dateline_country(doc, dateline_tokens(doc)) is None


def test_context_dateline_places_a_bare_body() -> None:
    # "BRUSSELS - Police said . Belgium agreed ."
    rows = _opening(["BRUSSELS"], _said("Police", "police") + _agreed("Belgium"))
    assert ids(parsed(rows))["Police"] == "BEL:COP"


def test_context_dateline_places_a_plural_state_body() -> None:
    # "BRUSSELS - Lawmakers said . Belgium agreed .": no place in the sentence, the dateline's
    rows = _opening(["BRUSSELS"], _said("Lawmakers", "lawmaker") + _agreed("Belgium"))
    assert ids(parsed(rows))["Lawmakers"] == "BEL:LEG"


def test_context_dateline_opening_noun_tagged_proper() -> None:
    # "BRUSSELS - Protesters said . Belgium agreed .": "Protesters" after the dash, tagged a
    # proper noun as a sentence opening often is, is still a role noun
    rows = _opening(
        ["BRUSSELS"],
        _said("Protesters", "protester", pos="PROPN") + _agreed("Belgium"),
    )
    assert ids(parsed(rows))["Protesters"] == "BEL:OPP"


def test_context_bureau_dateline_places_nobody() -> None:
    # "DUBAI - Police said . Iran agreed .": the article never names the dateline's country
    # again (a bureau's dateline over a neighbour's story), so the police stay unplaced
    rows = _opening(["DUBAI"], _said("Police", "police") + _agreed("Iran"))
    assert "Police" not in ids(parsed(rows))


def test_context_dateline_gives_way_to_a_sentence_of_another_country() -> None:
    # "BRUSSELS - Lawmakers in Kenya said . Belgium agreed ."
    rest = [
        ("Lawmakers", 3, "nsubj", "NOUN", "lawmaker", "O"),
        ("in", 0, "prep", "ADP", "in", "O"),
        ("Kenya", 1, "pobj", "PROPN", "Kenya", "B-GPE"),
        ("said", 3, "ROOT", "VERB", "say", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
        *_agreed("Belgium", at=5),
    ]
    assert ids(parsed(_opening(["BRUSSELS"], rest)))["Lawmakers"] == "KEN:LEG"


@pytest.mark.parametrize(
    ("seat", "verb", "lemma", "expect"),
    [
        ("Brussels", "visited", "visit", ("BEL", True)),  # the city, not the EU
        ("Brussels", "criticized", "criticize", ("igo:eu", False)),
        ("Moscow", "visited", "visit", ("RUS", False)),  # a capital's visit is its country's
    ],
)
def test_context_seat_of_a_body_visited_is_the_city(
    seat: str, verb: str, lemma: str, expect: tuple[str, bool]
) -> None:
    # "Rome <verb> <seat> ."
    doc = parsed(
        [
            ("Rome", 1, "nsubj", "PROPN", "Rome", "B-GPE"),
            (verb, 1, "ROOT", "VERB", lemma, "O"),
            (seat, 1, "dobj", "PROPN", seat, "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)[seat]
    assert (owner_entity(found.entity).id, found.is_place) == expect


@pytest.mark.parametrize(("noun", "lemma"), [("People", "people"), ("Students", "student")])
def test_context_dateline_places_no_people_in_general(noun: str, lemma: str) -> None:
    # "BRUSSELS - People said . Belgium agreed .": anyone's, not the dateline's
    rows = _opening(["BRUSSELS"], _said(noun, lemma) + _agreed("Belgium"))
    assert noun not in ids(parsed(rows))


@pytest.mark.parametrize(
    ("noun", "lemma", "expect"),
    [
        ("police", "police", "BEL:COP"),  # the city's police, not the EU's
        ("prosecutor", "prosecutor", "BEL:JUD"),
        ("officials", "official", "igo:eu"),  # "Brussels officials": the EU's
    ],
)
def test_context_seat_city_with_a_sector_noun(noun: str, lemma: str, expect: str) -> None:
    # "Brussels <noun> said ."
    doc = parsed(
        [
            ("Brussels", 1, "compound", "PROPN", "Brussels", "B-GPE"),
            (noun, 2, "nsubj", "NOUN", lemma, "O"),
            ("said", 2, "ROOT", "VERB", "say", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = ids(doc)
    assert expect in found.values(), found


@pytest.mark.parametrize(
    ("noun", "expect"), [("ministry", "BEL:GOV"), ("cabinet", "BEL:GOV"), ("prosecutor", "BEL:JUD")]
)
def test_context_dateline_places_a_singular_body(noun: str, expect: str) -> None:
    # "BRUSSELS - The <noun> said . Belgium agreed ."
    rest = [
        ("The", 1, "det", "DET", "the", "O"),
        (noun, 2, "nsubj", "NOUN", noun, "O"),
        ("said", 2, "ROOT", "VERB", "say", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
        *_agreed("Belgium", at=4),
    ]
    assert ids(parsed(_opening(["BRUSSELS"], rest)))[f"The {noun}"] == expect


def _owned_government(owner: str, owner_pos: str, owner_ent: str) -> list[tuple]:
    # "BRUSSELS - <owner> 's government said . Belgium agreed ."
    rest = [
        (owner, 2, "poss", owner_pos, owner, owner_ent),
        ("'s", 0, "case", "PART", "'s", "O"),
        ("government", 3, "nsubj", "NOUN", "government", "O"),
        ("said", 3, "ROOT", "VERB", "say", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
    ] + _agreed("Belgium", at=5)
    return _opening(["BRUSSELS"], rest)


def test_context_a_government_owned_by_an_unknown_name_is_not_the_contexts() -> None:
    # "Okonkwo 's government", the name untagged by the model: someone's whom no actor names,
    # not Belgium's by context
    assert ids(parsed(_owned_government("Okonkwo", "PROPN", "O"))) == {"Belgium": "BEL"}


def test_context_a_government_owned_by_a_pronoun_keeps_the_context() -> None:
    # "Its government said ." with the dateline's country placing it
    found = ids(parsed(_owned_government("Its", "PRON", "O")))
    assert "BEL:GOV" in found.values()


@pytest.mark.parametrize(
    ("det", "dep", "expect"),
    [
        ("Three", "nummod", "TUR:CVL"),  # "Three Turks said ." : people of Turkey
        ("Some", "det", "TUR"),  # "Some Turks said ." : as many say, Turkey
    ],
)
def test_context_counted_nationals_are_civilians(det: str, dep: str, expect: str) -> None:
    rows = [
        (det, 1, dep, "NUM" if dep == "nummod" else "DET", det.lower(), "O"),
        ("Turks", 2, "nsubj", "PROPN", "Turks", "B-NORP"),
        ("said", 2, "ROOT", "VERB", "say", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ]
    assert ids(parsed(rows))["Turks"] == expect


@pytest.mark.parametrize(
    ("name", "expect"),
    [
        ("Swede", "SWE:CVL"),  # "The Swede said ." : one person of Sweden
        ("French", "FRA"),  # "The French said ." : a people taken together, France
    ],
)
def test_context_the_singular_demonym_is_one_person_unless_collective(
    name: str, expect: str
) -> None:
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            (name, 2, "nsubj", "PROPN", name, "B-NORP"),
            ("said", 2, "ROOT", "VERB", "say", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    doc[1].tag_ = "NNP"  # as the model tags both
    assert ids(doc)[name] == expect


@pytest.mark.parametrize(
    ("adjective", "expect"),
    [
        ("new", "BEL:GOV"),  # "the new government": the determiner before its adjective
        ("regional", None),  # "the regional government": a region's, not Belgium's
    ],
)
def test_context_definite_body_with_an_adjective(adjective: str, expect: str | None) -> None:
    # "BRUSSELS - Belgium criticized the <adjective> government ."
    rest = [
        ("Belgium", 1, "nsubj", "PROPN", "Belgium", "B-GPE"),
        ("criticized", 1, "ROOT", "VERB", "criticize", "O"),
        ("the", 4, "det", "DET", "the", "O"),
        (adjective, 4, "amod", "ADJ", adjective, "O"),
        ("government", 1, "dobj", "NOUN", "government", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    found = ids(parsed(_opening(["BRUSSELS"], rest)))
    assert found.get("government") == expect  # the noun itself, its adjective left out
