"""Party leaders named by their party ("Republican leaders": the party itself) and the country
of a bare group beside a saying clause: hand-built parses, no model."""

from __future__ import annotations

from tests.unit.test_entities import actors, ids, parsed


def _leaders(noun: str) -> list[tuple]:
    # "Republican <noun> criticized Moore ."
    return [
        ("Republican", 1, "amod", "ADJ", "Republican", "B-NORP"),
        (noun, 2, "nsubj", "NOUN", noun, "O"),
        ("criticized", 2, "ROOT", "VERB", "criticize", "O"),
        ("Moore", 2, "dobj", "PROPN", "Moore", "B-PERSON"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ]


def test_party_leaders_are_the_party() -> None:
    assert ids(parsed(_leaders("leaders")))["Republican leaders"] == "org:republican-party-usa"


def test_party_leadership_is_the_party() -> None:
    assert ids(parsed(_leaders("leadership")))["Republican leadership"] == (
        "org:republican-party-usa"
    )


def test_party_leadership_modifying_a_noun_is_no_actor() -> None:
    # "The Republican leadership election began .": an election, nobody acts
    doc = parsed(
        [
            ("The", 3, "det", "DET", "the", "O"),
            ("Republican", 3, "amod", "ADJ", "Republican", "B-NORP"),
            ("leadership", 3, "compound", "NOUN", "leadership", "O"),
            ("election", 4, "nsubj", "NOUN", "election", "O"),
            ("began", 4, "ROOT", "VERB", "begin", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert not any("leadership" in text for text in actors(doc))


def test_bare_group_takes_no_country_from_its_saying_clause() -> None:
    # "BERLIN - Germany said . The ministry banned Hamas , saying it armed Iraq ."
    doc = parsed(
        [
            ("BERLIN", 3, "nsubj", "PROPN", "BERLIN", "B-GPE"),
            ("-", 3, "punct", "PUNCT", "-", "O"),
            ("Germany", 3, "nsubj", "PROPN", "Germany", "B-GPE"),
            ("said", 3, "ROOT", "VERB", "say", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
            ("The", 6, "det", "DET", "the", "O"),
            ("ministry", 7, "nsubj", "NOUN", "ministry", "O"),
            ("banned", 7, "ROOT", "VERB", "ban", "O"),
            ("Hamas", 7, "dobj", "PROPN", "Hamas", "B-ORG"),
            (",", 7, "punct", "PUNCT", ",", "O"),
            ("saying", 7, "advcl", "VERB", "say", "O"),
            ("it", 12, "nsubj", "PRON", "it", "O"),
            ("armed", 10, "ccomp", "VERB", "arm", "O"),
            ("Iraq", 12, "dobj", "PROPN", "Iraq", "B-GPE"),
            (".", 7, "punct", "PUNCT", ".", "O"),
        ],
    )
    assert ids(doc)["The ministry"] == "DEU:GOV"
