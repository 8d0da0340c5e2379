"""Definite descriptions that point back to an actor named before ("the president", "the
kingdom", "the bloc"), and "the country" as the salient subject of the sentence before
(kgraph.resolve.descriptions.salient): hand-built parses, no model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.extract.entities import find_actors
from kgraph.resolve.descriptions import parse_descriptions
from tests.unit.test_entities import actors, parsed

Row = tuple[str, int, str, str, str, str]


def _doc(*sentences: list[Row]) -> Doc:
    """A Doc of sentences whose head indices count from each sentence's first word."""
    rows: list[Row] = []
    for sentence in sentences:
        offset = len(rows)
        rows += [(w, h + offset, dep, pos, lem, ent) for w, h, dep, pos, lem, ent in sentence]
    return parsed(rows)


def _spoke(name: list[tuple[str, str, str]]) -> list[Row]:
    """ "<name> spoke ." with the name's words (word, pos, ent) hung on its last word."""
    last = len(name) - 1
    rows: list[Row] = [(w, last, "compound", pos, w, ent) for w, pos, ent in name[:-1]]
    w, pos, ent = name[-1]
    rows.append((w, last + 1, "nsubj", pos, w, ent))
    rows += [
        ("spoke", last + 1, "ROOT", "VERB", "speak", "O"),
        (".", last + 1, "punct", "PUNCT", ".", "O"),
    ]
    return rows


def _warned(words: list[str], obj: str = "Iran", lemma: str | None = None) -> list[Row]:
    """ "The <words> warned <obj> ." with the description as subject."""
    n = len(words)
    rows: list[Row] = [("The", n, "det", "DET", "the", "O")]
    rows += [(w, n, "amod", "ADJ", w, "O") for w in words[:-1]]
    rows.append((words[-1], n + 1, "nsubj", "NOUN", lemma or words[-1], "O"))
    rows += [
        ("warned", n + 1, "ROOT", "VERB", "warn", "O"),
        (obj, n + 1, "dobj", "PROPN", obj, "B-GPE"),
        (".", n + 1, "punct", "PUNCT", ".", "O"),
    ]
    return rows


ERDOGAN = [
    ("President", "PROPN", "O"),
    ("Tayyip", "PROPN", "B-PERSON"),
    ("Erdogan", "PROPN", "I-PERSON"),
]
PUTIN = [
    ("President", "PROPN", "O"),
    ("Vladimir", "PROPN", "B-PERSON"),
    ("Putin", "PROPN", "I-PERSON"),
]
FILLER = [
    ("Talks", 1, "nsubj", "NOUN", "talk", "O"),
    ("continued", 1, "ROOT", "VERB", "continue", "O"),
    (".", 1, "punct", "PUNCT", ".", "O"),
]


def _entity(doc: Doc, text: str) -> str | None:
    found = actors(doc).get(text)
    return found.entity.id if found is not None else None


def test_pointing_back_the_president_is_the_president_named_before() -> None:
    doc = _doc(_spoke(ERDOGAN), _warned(["president"]))
    assert _entity(doc, "The president") == "person:recep-tayyip-erdogan"


def test_pointing_back_two_presidents_make_the_president_nobody() -> None:
    doc = _doc(_spoke(ERDOGAN), _spoke(PUTIN), _warned(["president"]))
    assert _entity(doc, "The president") is None


def test_pointing_back_only_within_the_window() -> None:
    # its sentence and the two before
    doc = _doc(_spoke(ERDOGAN), FILLER, FILLER, _warned(["president"]))
    assert _entity(doc, "The president") is None
    near = _doc(_spoke(ERDOGAN), FILLER, _warned(["president"]))
    assert _entity(near, "The president") == "person:recep-tayyip-erdogan"


def test_pointing_back_prime_minister_is_not_the_president() -> None:
    doc = _doc(_spoke(ERDOGAN), _warned(["prime", "minister"]))
    assert _entity(doc, "The prime minister") is None


def test_pointing_back_a_description_with_its_own_owner_is_no_pointer() -> None:
    # "President Tayyip Erdogan spoke . The president of Iraq warned Iran ."
    sentence: list[Row] = [
        ("The", 1, "det", "DET", "the", "O"),
        ("president", 4, "nsubj", "NOUN", "president", "O"),
        ("of", 1, "prep", "ADP", "of", "O"),
        ("Iraq", 2, "pobj", "PROPN", "Iraq", "B-GPE"),
        ("warned", 4, "ROOT", "VERB", "warn", "O"),
        ("Iran", 4, "dobj", "PROPN", "Iran", "B-GPE"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    doc = _doc(_spoke(ERDOGAN), sentence)
    assert _entity(doc, "The president") is None
    assert "person:recep-tayyip-erdogan" not in {a.entity.id for a in actors(doc).values()} - {
        actors(doc)["Tayyip Erdogan"].entity.id
    }


@pytest.mark.parametrize(
    ("name", "words", "expect"),
    [
        ([("Saudi", "PROPN", "B-GPE"), ("Arabia", "PROPN", "I-GPE")], ["kingdom"], "SAU"),
        ([("Qatar", "PROPN", "B-GPE")], ["emirate"], "QAT"),
        ([("Turkey", "PROPN", "B-GPE")], ["country"], "TUR"),
        # a republic is no kingdom
        ([("Turkey", "PROPN", "B-GPE")], ["kingdom"], None),
        ([("NATO", "PROPN", "B-ORG")], ["alliance"], "igo:nato"),
        ([("Brussels", "PROPN", "B-GPE")], ["bloc"], "igo:eu"),  # the seat of the union
        ([("Germany", "PROPN", "B-GPE")], ["bloc"], None),  # a country is no bloc
    ],
)
def test_pointing_back_by_kind(
    name: list[tuple[str, str, str]], words: list[str], expect: str | None
) -> None:
    doc = _doc(_spoke(name), _warned(words, obj="Germany"))
    assert _entity(doc, "The " + " ".join(words)) == expect


def test_pointing_back_the_bloc_is_the_union() -> None:
    name = [("the", "DET", "O"), ("European", "PROPN", "B-ORG"), ("Union", "PROPN", "I-ORG")]
    doc = _doc(_spoke(name), _warned(["bloc"], obj="Germany"))
    assert _entity(doc, "The bloc") == "igo:eu"


def test_pointing_back_two_countries_make_the_country_nobody() -> None:
    # "Turkey and Greece spoke . The country warned Iran ."
    both: list[Row] = [
        ("Turkey", 3, "nsubj", "PROPN", "Turkey", "B-GPE"),
        ("and", 0, "cc", "CCONJ", "and", "O"),
        ("Greece", 0, "conj", "PROPN", "Greece", "B-GPE"),
        ("spoke", 3, "ROOT", "VERB", "speak", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
    ]
    doc = _doc(both, _warned(["country"]))
    assert _entity(doc, "The country") is None


def test_pointing_back_the_group_is_the_armed_group() -> None:
    name = [("Islamic", "PROPN", "B-ORG"), ("State", "PROPN", "I-ORG")]
    doc = _doc(_spoke(name), _warned(["group"]))
    assert _entity(doc, "The group") == "org:islamic-state"


def test_pointing_back_the_agency_is_the_agency_named() -> None:
    name = [
        ("the", "DET", "O"),
        ("International", "PROPN", "B-ORG"),
        ("Atomic", "PROPN", "I-ORG"),
        ("Energy", "PROPN", "I-ORG"),
        ("Agency", "PROPN", "I-ORG"),
    ]
    doc = _doc(_spoke(name), _warned(["agency"]))
    assert _entity(doc, "The agency") == "igo:iaea"


@pytest.mark.parametrize(
    ("name", "noun", "expect"),
    [
        ([("the", "DET", "O"), ("FBI", "PROPN", "B-ORG")], "agency", "USA:COP"),
        ([("the", "DET", "O"), ("Mossad", "PROPN", "B-ORG")], "agency", "ISR:SPY"),
        ([("the", "DET", "O"), ("SEC", "PROPN", "B-ORG")], "commission", "USA:GOV"),
    ],
)
def test_pointing_back_the_agency_is_the_institution_named(
    name: list[tuple[str, str, str]], noun: str, expect: str
) -> None:
    # "the FBI": no "Agency" in its name, but the gazetteer's institutions say what it is
    doc = _doc(_spoke(name), _warned([noun]))
    assert _entity(doc, f"The {noun}") == expect


def test_pointing_back_the_agency_is_no_group_named_by_a_sector_noun() -> None:
    # "U.S. police spoke . The agency warned Iran .": police are no agency of the gazetteer
    name = [("U.S.", "PROPN", "B-GPE"), ("police", "NOUN", "O")]
    doc = _doc(_spoke(name), _warned(["agency"]))
    assert _entity(doc, "The agency") is None


def test_pointing_back_the_agency_with_two_institutions_is_nobody() -> None:
    fbi = [("the", "DET", "O"), ("FBI", "PROPN", "B-ORG")]
    cia = [("the", "DET", "O"), ("CIA", "PROPN", "B-ORG")]
    doc = _doc(_spoke(fbi), _spoke(cia), _warned(["agency"]))
    assert _entity(doc, "The agency") is None


def test_pointing_back_a_later_description_points_to_the_earlier_one() -> None:
    # the name, a sentence, "the president", a sentence, "the president": the second is
    # beyond the name's window but within the first description's
    doc = _doc(_spoke(ERDOGAN), FILLER, _warned(["president"]), FILLER, _warned(["president"]))
    found = [a for a in find_actors(doc, "t") if a.entity.kind == "Person"]
    assert [a.entity.id for a in found] == ["person:recep-tayyip-erdogan"] * 3


def test_pointing_back_table_rejects_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse_descriptions("council\tcommittee\n")
    table = parse_descriptions("# comment\nminister\tperson\tminister\tprime minister\n")
    (row,) = table["minister"]
    assert (row.kind, row.fits, row.unfit) == (
        "person",
        frozenset({"minister"}),
        ("prime minister",),
    )


@pytest.mark.parametrize(
    ("title", "words", "expect"),
    [
        ("King", ["monarch"], True),  # a word class of titles: king, queen, emir, sultan
        ("King", ["president"], False),
        ("Ambassador", ["ambassador"], True),
        ("Ambassador", ["envoy"], False),
    ],
)
def test_pointing_back_title_classes(title: str, words: list[str], expect: bool) -> None:
    # "<Title> Ravi Menon spoke . The <words> warned Iran ."
    name = [(title, "PROPN", "O"), ("Ravi", "PROPN", "B-PERSON"), ("Menon", "PROPN", "I-PERSON")]
    doc = _doc(_spoke(name), _warned(words))
    menon = actors(doc)["Ravi Menon"].entity.id
    assert (_entity(doc, "The " + " ".join(words)) == menon) is expect


def test_pointing_back_the_president_is_not_the_deputy_president() -> None:
    name = [
        ("Deputy", "PROPN", "O"),
        ("President", "PROPN", "O"),
        ("Ravi", "PROPN", "B-PERSON"),
        ("Menon", "PROPN", "I-PERSON"),
    ]
    doc = _doc(_spoke(name), _warned(["president"]))
    assert _entity(doc, "The president") is None


def test_pointing_back_a_possessive_country_description_is_no_actor() -> None:
    # "Turkey spoke . The country 's army warned Iran .": the country owns the army; the owner
    # rules would read every event of the owned thing as the country's
    owned: list[Row] = [
        ("The", 1, "det", "DET", "the", "O"),
        ("country", 3, "poss", "NOUN", "country", "O"),
        ("'s", 1, "case", "PART", "'s", "O"),
        ("army", 4, "nsubj", "NOUN", "army", "O"),
        ("warned", 4, "ROOT", "VERB", "warn", "O"),
        ("Iran", 4, "dobj", "PROPN", "Iran", "B-GPE"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    doc = _doc(_spoke([("Turkey", "PROPN", "B-GPE")]), owned)
    assert _entity(doc, "The country") is None


def _criticized(subject: str, obj: str) -> list[tuple]:
    # "<subject> criticized <obj> ."
    return [
        (subject, 1, "nsubj", "PROPN", subject, "B-GPE"),
        ("criticized", 1, "ROOT", "VERB", "criticize", "O"),
        (obj, 1, "dobj", "PROPN", obj, "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]


def _country_warned(as_subject: bool = True) -> list[tuple]:
    # "The country warned Japan ." or "Japan warned the country ."
    if as_subject:
        return [
            ("The", 1, "det", "DET", "the", "O"),
            ("country", 2, "nsubj", "NOUN", "country", "O"),
            ("warned", 2, "ROOT", "VERB", "warn", "O"),
            ("Japan", 2, "dobj", "PROPN", "Japan", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    return [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "B-GPE"),
        ("warned", 1, "ROOT", "VERB", "warn", "O"),
        ("the", 3, "det", "DET", "the", "O"),
        ("country", 1, "dobj", "NOUN", "country", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]


def _joined(*sentences: list[tuple]) -> Doc:
    from tests.unit.test_entities import parsed

    rows: list[tuple] = []
    for sentence in sentences:
        offset = len(rows)
        rows += [(w, h + offset, *rest) for w, h, *rest in sentence]
    doc = parsed(rows)
    for token in doc:
        if token.pos_ == "VERB":
            token.tag_ = "VBD"  # finite past verbs
    return doc


def _described_country(doc: Doc) -> str | None:
    from tests.unit.test_entities import actors

    found = {k.lower(): v for k, v in actors(doc).items()}.get("the country")
    return found.entity.id if found is not None else None


def test_salience_the_country_as_subject_is_the_previous_sentences_subject() -> None:
    # "China criticized Taiwan . The country warned Japan ."
    doc = _joined(_criticized("China", "Taiwan"), _country_warned())
    assert _described_country(doc) == "CHN"


def test_salience_needs_the_description_to_be_a_subject() -> None:
    # "China criticized Taiwan . Japan warned the country ."
    doc = _joined(_criticized("China", "Taiwan"), _country_warned(as_subject=False))
    assert _described_country(doc) is None


def test_salience_two_subjects_in_the_window_make_it_unclear() -> None:
    # "China criticized Taiwan . Russia criticized Ukraine . The country warned Japan ."
    doc = _joined(
        _criticized("China", "Taiwan"), _criticized("Russia", "Ukraine"), _country_warned()
    )
    assert _described_country(doc) is None


def test_salience_a_reported_clause_makes_it_unclear() -> None:
    # "Officials said China criticized Taiwan . The country warned Japan ."
    said = [
        ("Officials", 1, "nsubj", "NOUN", "official", "O"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        ("China", 3, "nsubj", "PROPN", "China", "B-GPE"),
        ("criticized", 1, "ccomp", "VERB", "criticize", "O"),
        ("Taiwan", 3, "dobj", "PROPN", "Taiwan", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    assert _described_country(_joined(said, _country_warned())) is None


def test_salience_skips_a_sentence_with_no_finite_main_verb() -> None:
    # "China criticized Taiwan . Russia leaving Ukraine . The country warned Japan ."
    fragment = [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "B-GPE"),
        ("leaving", 1, "ROOT", "VERB", "leave", "O"),
        ("Ukraine", 1, "dobj", "PROPN", "Ukraine", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    doc = _joined(_criticized("China", "Taiwan"), fragment, _country_warned())
    doc[5].tag_ = "VBG"
    assert _described_country(doc) == "CHN"


def test_salience_needs_the_description_to_be_its_main_clauses_subject() -> None:
    # "China criticized Taiwan . Officials said the country warned Japan ."
    said = [
        ("Officials", 1, "nsubj", "NOUN", "official", "O"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        ("the", 3, "det", "DET", "the", "O"),
        ("country", 4, "nsubj", "NOUN", "country", "O"),
        ("warned", 1, "ccomp", "VERB", "warn", "O"),
        ("Japan", 4, "dobj", "PROPN", "Japan", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    assert _described_country(_joined(_criticized("China", "Taiwan"), said)) is None


@pytest.mark.parametrize(
    ("name", "noun", "expect"),
    [
        # "the newspaper" after a paper of the gazetteer's media
        ([("the", "DET", "O"), ("Global", "PROPN", "B-ORG"), ("Times", "PROPN", "I-ORG")],
         "newspaper", "org:global-times"),
        ([("the", "DET", "O"), ("Global", "PROPN", "B-ORG"), ("Times", "PROPN", "I-ORG")],
         "paper", "org:global-times"),
        # a union is no paper
        ([("the", "DET", "O"), ("European", "PROPN", "B-ORG"), ("Union", "PROPN", "I-ORG")],
         "newspaper", None),
        # "the ministry", "the court": the body whose name ends with the noun
        ([("Russia", "PROPN", "B-GPE"), ("defence", "NOUN", "O"), ("ministry", "NOUN", "O")],
         "ministry", "RUS:MIL"),
        ([("Pakistan", "PROPN", "B-GPE"), ("Supreme", "PROPN", "O"), ("Court", "PROPN", "O")],
         "court", "PAK:JUD"),
        # a ministry is no court
        ([("Russia", "PROPN", "B-GPE"), ("defence", "NOUN", "O"), ("ministry", "NOUN", "O")],
         "court", None),
    ],
)  # fmt: skip
def test_pointing_back_the_paper_the_ministry_the_court(
    name: list[tuple[str, str, str]], noun: str, expect: str | None
) -> None:
    doc = _doc(_spoke(name), _warned([noun]))
    assert _entity(doc, f"The {noun}") == expect


ELECT = [("President", "PROPN", "O"), ("-", "PUNCT", "O"), ("elect", "PROPN", "O"), *ERDOGAN[1:]]


@pytest.mark.parametrize(
    ("named", "expect"),
    [
        (ELECT, "person:recep-tayyip-erdogan"),  # "President-elect ... The president-elect"
        (ERDOGAN, None),  # a president in office is no president-elect
    ],
)
def test_pointing_back_the_president_elect(
    named: list[tuple[str, str, str]], expect: str | None
) -> None:
    # "<named> spoke . The president - elect warned Iran ." ("president-elect" is three tokens)
    doc = _doc(_spoke(named), _warned(["president", "-", "elect"]))
    assert _entity(doc, "The president - elect") == expect


ISLAMIC_STATE = [("Islamic", "PROPN", "B-ORG"), ("State", "PROPN", "I-ORG")]
SAUDI_ARABIA = [("Saudi", "PROPN", "B-GPE"), ("Arabia", "PROPN", "I-GPE")]


@pytest.mark.parametrize(
    ("name", "words", "expect"),
    [
        (ISLAMIC_STATE, ["group"], "org:islamic-state"),
        (SAUDI_ARABIA, ["kingdom"], "SAU"),
        # a party whose name does not end with "party"; a rights group is a group too
        ([("AfD", "PROPN", "B-ORG")], ["party"], "org:afd"),
        (
            [
                ("Human", "PROPN", "B-ORG"),
                ("Rights", "PROPN", "I-ORG"),
                ("Watch", "PROPN", "I-ORG"),
            ],
            ["group"],
            "org:human-rights-watch",
        ),
        # a person's title and the bare "the country" stay within the window
        (ERDOGAN, ["president"], None),
        ([("Turkey", "PROPN", "B-GPE")], ["country"], None),
    ],
)
def test_pointing_back_past_the_window_to_the_one_body_named(
    name: list[tuple[str, str, str]], words: list[str], expect: str | None
) -> None:
    doc = _doc(_spoke(name), FILLER, FILLER, FILLER, _warned(words, obj="Germany"))
    assert _entity(doc, "The " + " ".join(words)) == expect


def test_pointing_back_past_the_window_with_two_bodies_named_is_nobody() -> None:
    taliban = [("the", "DET", "O"), ("Taliban", "PROPN", "B-ORG")]
    doc = _doc(_spoke(ISLAMIC_STATE), _spoke(taliban), FILLER, FILLER, _warned(["group"]))
    assert _entity(doc, "The group") is None


def _coalition_strike(determiner: str | None) -> list[Row]:
    """ "(a) coalition strike killed civilians ." with "coalition" compounded on "strike"."""
    rows: list[Row] = [(determiner, 2, "det", "DET", determiner.lower(), "O")] if determiner else []
    n = len(rows)
    rows += [
        ("coalition", n + 1, "compound", "NOUN", "coalition", "O"),
        ("strike", n + 2, "nsubj", "NOUN", "strike", "O"),
        ("killed", n + 2, "ROOT", "VERB", "kill", "O"),
        ("civilians", n + 2, "dobj", "NOUN", "civilian", "O"),
        (".", n + 2, "punct", "PUNCT", ".", "O"),
    ]
    return rows


@pytest.mark.parametrize("determiner", ["a", None])
def test_pointing_back_a_coalition_modifier_is_the_coalition_named(determiner: str | None) -> None:
    led = [
        ("The", "DET", "O"),
        ("Saudi", "PROPN", "B-NORP"),
        ("-", "PUNCT", "O"),
        ("led", "VERB", "O"),
        ("coalition", "NOUN", "O"),
    ]
    doc = _doc(_spoke(led), FILLER, FILLER, FILLER, _coalition_strike(determiner))
    assert _entity(doc, "coalition") == "SAU:MIL"
