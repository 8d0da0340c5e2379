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
    # "Gunmen stormed the Al Rawdah mosque ." with "Al Rawdah" typed as a person
    doc = parsed(
        [
            ("Gunmen", 1, "nsubj", "NOUN", "gunman", "O"),
            ("stormed", 1, "ROOT", "VERB", "storm", "O"),
            ("the", 5, "det", "DET", "the", "O"),
            ("Al", 4, "compound", "PROPN", "Al", "B-PERSON"),
            ("Rawdah", 5, "compound", "PROPN", "Rawdah", "I-PERSON"),
            (site, 1, "dobj", "NOUN", site, "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)[f"Al Rawdah {site}"]
    assert (found.entity.kind, found.is_place) == ("Location", True)
