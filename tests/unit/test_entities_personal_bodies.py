"""A body acting for one person, named by the person ("the Trump campaign"): hand-built
parses, no model."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import actors, parsed


@pytest.mark.parametrize(("noun", "lemma"), [("campaign", "campaign"), ("team", "team")])
def test_personal_body_named_by_a_leader_is_the_leader(noun: str, lemma: str) -> None:
    # "The Putin <noun> criticized Ukraine ."
    doc = parsed(
        [
            ("The", 2, "det", "DET", "the", "O"),
            ("Putin", 2, "compound", "PROPN", "Putin", "B-PERSON"),
            (noun, 3, "nsubj", "NOUN", lemma, "O"),
            ("criticized", 3, "ROOT", "VERB", "criticize", "O"),
            ("Ukraine", 3, "dobj", "PROPN", "Ukraine", "B-GPE"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)
    assert found[f"The Putin {noun}"].entity.id == "person:vladimir-putin"
    assert found[f"The Putin {noun}"].head == 2


def test_possessed_personal_body_is_the_person() -> None:
    # "Putin 's team met Ukraine ."
    doc = parsed(
        [
            ("Putin", 2, "poss", "PROPN", "Putin", "B-PERSON"),
            ("'s", 0, "case", "PART", "'s", "O"),
            ("team", 3, "nsubj", "NOUN", "team", "O"),
            ("met", 3, "ROOT", "VERB", "meet", "O"),
            ("Ukraine", 3, "dobj", "PROPN", "Ukraine", "B-GPE"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc)["Putin 's team"].entity.id == "person:vladimir-putin"


def test_person_before_another_noun_keeps_the_name_alone() -> None:
    # "The Putin speech angered Ukraine .": a speech acts for nobody
    doc = parsed(
        [
            ("The", 2, "det", "DET", "the", "O"),
            ("Putin", 2, "compound", "PROPN", "Putin", "B-PERSON"),
            ("speech", 3, "nsubj", "NOUN", "speech", "O"),
            ("angered", 3, "ROOT", "VERB", "anger", "O"),
            ("Ukraine", 3, "dobj", "PROPN", "Ukraine", "B-GPE"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)
    assert "Putin" in found and "The Putin speech" not in found
