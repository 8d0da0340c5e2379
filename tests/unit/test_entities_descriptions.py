"""Names that describe rather than act: a nationality on a noun of culture, a named site the
model took for a person (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import actors, ids, parsed


def _enjoyed(demonym: str, noun: str, lemma: str) -> list[tuple]:
    # "Visitors enjoyed traditional <demonym> <noun> ."
    return [
        ("Visitors", 1, "nsubj", "NOUN", "visitor", "O"),
        ("enjoyed", 1, "ROOT", "VERB", "enjoy", "O"),
        ("traditional", 4, "amod", "ADJ", "traditional", "O"),
        (demonym, 4, "amod", "ADJ", demonym, "B-NORP"),
        (noun, 1, "dobj", "NOUN", lemma, "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]


@pytest.mark.parametrize(
    ("demonym", "noun", "lemma"),
    [
        ("Afghan", "dances", "dance"),
        ("Chinese", "cuisine", "cuisine"),
        ("Turkish", "songs", "song"),
        ("French", "films", "film"),
    ],
)
def test_descriptions_nationality_of_culture_is_no_actor(
    demonym: str, noun: str, lemma: str
) -> None:
    assert demonym not in ids(parsed(_enjoyed(demonym, noun, lemma)))


@pytest.mark.parametrize(
    ("noun", "lemma", "expect"),
    [
        ("troops", "troop", "AFG:MIL"),  # a sector noun: the country's group
        ("minister", "minister", "AFG:GOV"),
    ],
)
def test_descriptions_nationality_of_people_still_acts(noun: str, lemma: str, expect: str) -> None:
    found = ids(parsed(_enjoyed("Afghan", noun, lemma)))
    assert expect in found.values()


def test_descriptions_nationality_of_an_act_still_acts() -> None:
    # "Visitors enjoyed traditional Afghan hospitality .": not a culture word of the table,
    # the nationality stays an actor for the relation rules to judge
    assert ids(parsed(_enjoyed("Afghan", "hospitality", "hospitality")))["Afghan"] == "AFG"


@pytest.mark.parametrize("site", ["mosque", "church", "shrine", "school", "camp"])
def test_descriptions_named_site_is_a_place_not_a_person(site: str) -> None:
    # "Gunmen stormed the Al Noor mosque ." with "Al Noor" typed as a person
    doc = parsed(
        [
            ("Gunmen", 1, "nsubj", "NOUN", "gunman", "O"),
            ("stormed", 1, "ROOT", "VERB", "storm", "O"),
            ("the", 5, "det", "DET", "the", "O"),
            ("Al", 4, "compound", "PROPN", "Al", "B-PERSON"),
            ("Noor", 5, "compound", "PROPN", "Noor", "I-PERSON"),
            (site, 1, "dobj", "NOUN", site, "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)[f"Al Noor {site}"]
    assert (found.entity.kind, found.is_place) == ("Location", True)


def _described(words: list[tuple], name: list[str], label: str) -> list[tuple]:
    """``words`` (word, dep, pos, lemma, tag, ent) before a name of ``label`` that is the
    subject of "said ."; every describing word hangs on the name's last token."""
    n = len(words)
    last = n + len(name) - 1
    verb = last + 1
    rows = [(w, last, dep, pos, lem, ent) for w, dep, pos, lem, _, ent in words]
    for k, word in enumerate(name):
        tag = ("B-" if k == 0 else "I-") + label
        dep, head = ("compound", last) if k < len(name) - 1 else ("nsubj", verb)
        rows.append((word, head, dep, "PROPN", word, tag))
    rows += [("said", verb, "ROOT", "VERB", "say", "O"), (".", verb, "punct", "PUNCT", ".", "O")]
    return rows


@pytest.mark.parametrize(
    ("words", "expect"),
    [
        # "Indian businessman Ravi Menon said ."
        ([("Indian", "amod", "ADJ", "Indian", "JJ", "B-NORP"),
          ("businessman", "compound", "NOUN", "businessman", "NN", "O")], "IND"),
        # "Republican 2008 presidential hopeful Ravi Menon said ." (a party's country)
        ([("Republican", "amod", "ADJ", "Republican", "JJ", "B-NORP"),
          ("2008", "nummod", "NUM", "2008", "CD", "B-DATE"),
          ("presidential", "amod", "ADJ", "presidential", "JJ", "O"),
          ("hopeful", "compound", "NOUN", "hopeful", "NN", "O")], "USA"),
        # "US-based cleric Ravi Menon said .": a participle names a place, no nationality
        ([("US", "npadvmod", "PROPN", "US", "NNP", "B-GPE"),
          ("-", "punct", "PUNCT", "-", "HYPH", "O"),
          ("based", "amod", "VERB", "base", "VBN", "O"),
          ("cleric", "compound", "NOUN", "cleric", "NN", "O")], None),
        # "Ravi Menon said .": nothing describes him
        ([], None),
    ],
)  # fmt: skip
def test_descriptions_person_takes_the_nationality_before_describing_words(
    words: list[tuple], expect: str | None
) -> None:
    doc = parsed(_described(words, ["Ravi", "Menon"], "PERSON"))
    assert actors(doc)["Ravi Menon"].entity.country == expect


@pytest.mark.parametrize(
    ("words", "expect"),
    [
        # "US oil major Conoco said ."
        ([("US", "compound", "PROPN", "US", "NNP", "B-GPE"),
          ("oil", "compound", "NOUN", "oil", "NN", "O"),
          ("major", "amod", "ADJ", "major", "JJ", "O")], "USA"),
        # "Russia 's second - largest producer Conoco said ."
        ([("Russia", "poss", "PROPN", "Russia", "NNP", "B-GPE"),
          ("'s", "case", "PART", "'s", "POS", "O"),
          ("second", "advmod", "ADV", "second", "RB", "O"),
          ("-", "punct", "PUNCT", "-", "HYPH", "O"),
          ("largest", "amod", "ADJ", "large", "JJS", "O"),
          ("producer", "compound", "NOUN", "producer", "NN", "O")], "RUS"),
        # "New York - listed Conoco said .": a listing is no nationality
        ([("New", "compound", "PROPN", "New", "NNP", "B-GPE"),
          ("York", "npadvmod", "PROPN", "York", "NNP", "I-GPE"),
          ("-", "punct", "PUNCT", "-", "HYPH", "O"),
          ("listed", "amod", "VERB", "list", "VBN", "O")], None),
    ],
)  # fmt: skip
def test_descriptions_organisation_takes_the_nationality_before_describing_words(
    words: list[tuple], expect: str | None
) -> None:
    doc = parsed(_described(words, ["Conoco"], "ORG"))
    assert actors(doc)["Conoco"].entity.country == expect


def test_descriptions_person_known_to_phoenix_has_its_country() -> None:
    # "President Shaukat Aziz said .": no nationality in the text, Phoenix's people table
    doc = parsed(_described([("President", "compound", "PROPN", "President", "NNP", "O")],
                            ["Shaukat", "Aziz"], "PERSON"))  # fmt: skip
    assert actors(doc)["Shaukat Aziz"].entity.country == "PAK"


def test_descriptions_capitals_opening_the_text_are_no_nationality() -> None:
    # "LONDON President Vladimir Putin said .": a dateline without its dash
    doc = parsed(_described([("LONDON", "compound", "PROPN", "LONDON", "NNP", "B-GPE"),
                             ("President", "compound", "PROPN", "President", "NNP", "O")],
                            ["Vladimir", "Putin"], "PERSON"))  # fmt: skip
    assert actors(doc)["Vladimir Putin"].entity.country == "RUS"


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_descriptions_arabic_article_name_is_the_organisation(label: str) -> None:
    # "Troops fought al - Shabab ." ("al-Shabab" typed as anything by the model)
    doc = parsed(
        [
            ("Troops", 1, "nsubj", "NOUN", "troop", "O"),
            ("fought", 1, "ROOT", "VERB", "fight", "O"),
            ("al", 4, "compound", "PROPN", "al", f"B-{label}"),
            ("-", 4, "punct", "PUNCT", "-", f"I-{label}"),
            ("Shabab", 1, "dobj", "PROPN", "Shabab", f"I-{label}"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ],
        spaces=[True, True, False, False, False, False],
    )
    assert ids(doc)["al-Shabab"] == "org:al-shabaab"


def test_descriptions_entity_cutting_a_known_name_gives_way() -> None:
    # "The US State department said .": the model's "US State" (ORG) cuts the seat in two
    doc = parsed(
        [
            ("The", 3, "det", "DET", "the", "O"),
            ("US", 3, "compound", "PROPN", "US", "B-ORG"),
            ("State", 3, "compound", "PROPN", "State", "I-ORG"),
            ("department", 4, "nsubj", "NOUN", "department", "O"),
            ("said", 4, "ROOT", "VERB", "say", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert "USA:GOV" in ids(doc).values() and "org:us-state" not in ids(doc).values()


def test_descriptions_name_before_common_nouns_is_a_thing() -> None:
    # "They visited the Lakeview golf resort .": "Lakeview" typed as a person
    doc = parsed(
        [
            ("They", 1, "nsubj", "PRON", "they", "O"),
            ("visited", 1, "ROOT", "VERB", "visit", "O"),
            ("the", 5, "det", "DET", "the", "O"),
            ("Lakeview", 5, "compound", "PROPN", "Lakeview", "B-PERSON"),
            ("golf", 5, "compound", "NOUN", "golf", "O"),
            ("resort", 1, "dobj", "NOUN", "resort", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert "Lakeview" not in ids(doc)


def test_descriptions_name_after_an_organisation_noun_is_the_organisation() -> None:
    # "Protesters from the campaign Stop Fracking marched ."
    doc = parsed(
        [
            ("Protesters", 6, "nsubj", "NOUN", "protester", "O"),
            ("from", 0, "prep", "ADP", "from", "O"),
            ("the", 3, "det", "DET", "the", "O"),
            ("campaign", 1, "pobj", "NOUN", "campaign", "O"),
            ("Stop", 5, "compound", "PROPN", "Stop", "B-PERSON"),
            ("Fracking", 3, "appos", "PROPN", "Fracking", "I-PERSON"),
            ("marched", 6, "ROOT", "VERB", "march", "O"),
            (".", 6, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Stop Fracking"] == "org:stop-fracking"


def test_descriptions_royal_by_given_name_is_a_person() -> None:
    # "They criticised Prince Albert ." with "Prince Albert" typed as a place
    doc = parsed(
        [
            ("They", 1, "nsubj", "PRON", "they", "O"),
            ("criticised", 1, "ROOT", "VERB", "criticise", "O"),
            ("Prince", 3, "compound", "PROPN", "Prince", "B-GPE"),
            ("Albert", 1, "dobj", "PROPN", "Albert", "I-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc)["Albert"].entity.kind == "Person"
