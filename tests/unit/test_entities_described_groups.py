"""Groups and people known by a description: armed men loyal to a head of state
(kgraph.resolve.people.loyal_forces), a person's nationality from a noun in apposition
(``_appositive_nationality``), a post named by its owner group (resolve/groups.py
``_site_end``): hand-built parses."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import actors, ids, parsed


def _loyal(noun: str, lemma: str, before: list[tuple]) -> list[tuple]:
    # "<Noun> loyal to [before] Bashar al-Assad shelled the town ."
    n = len(before)
    surname, verb = 4 + n, 5 + n
    return [
        (noun, verb, "nsubj", "NOUN", lemma, "O"),
        ("loyal", 0, "amod", "ADJ", "loyal", "O"),
        ("to", 1, "prep", "ADP", "to", "O"),
        *[(w, surname, d, p, lem, e) for w, d, p, lem, e in before],
        ("Bashar", surname, "compound", "PROPN", "Bashar", "B-PERSON"),
        ("al-Assad", 2, "pobj", "PROPN", "al-Assad", "I-PERSON"),
        ("shelled", verb, "ROOT", "VERB", "shell", "O"),
        ("the", verb + 2, "det", "DET", "the", "O"),
        ("town", verb, "dobj", "NOUN", "town", "O"),
        (".", verb, "punct", "PUNCT", ".", "O"),
    ]


@pytest.mark.parametrize(("noun", "lemma"), [("Forces", "force"), ("Troops", "troop")])
def test_armed_men_loyal_to_a_head_of_state_are_the_countrys_military(
    noun: str, lemma: str
) -> None:
    found = ids(parsed(_loyal(noun, lemma, [])))
    assert found[noun] == "SYR:MIL"
    assert found["Bashar al-Assad"] == "person:bashar-al-assad"


def test_armed_men_loyal_to_a_titled_head_of_state() -> None:
    title = [("President", "compound", "PROPN", "President", "O")]
    assert ids(parsed(_loyal("Forces", "force", title)))["Forces"] == "SYR:MIL"


def test_armed_men_loyal_to_a_former_leader_are_no_military() -> None:
    title = [
        ("former", "amod", "ADJ", "former", "O"),
        ("President", "compound", "PROPN", "President", "O"),
    ]
    assert "Forces" not in ids(parsed(_loyal("Forces", "force", title)))


def test_a_nationality_on_a_noun_in_apposition_is_the_persons() -> None:
    # "Ann Lee , a Canadian lawyer , was detained ."
    doc = parsed(
        [
            ("Ann", 1, "compound", "PROPN", "Ann", "B-PERSON"),
            ("Lee", 8, "nsubjpass", "PROPN", "Lee", "I-PERSON"),
            (",", 1, "punct", "PUNCT", ",", "O"),
            ("a", 5, "det", "DET", "a", "O"),
            ("Canadian", 5, "amod", "ADJ", "Canadian", "B-NORP"),
            ("lawyer", 1, "appos", "NOUN", "lawyer", "O"),
            (",", 1, "punct", "PUNCT", ",", "O"),
            ("was", 8, "auxpass", "AUX", "be", "O"),
            ("detained", 8, "ROOT", "VERB", "detain", "O"),
            (".", 8, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc)["Ann Lee"].entity.country == "CAN"


def test_a_citizenship_in_apposition_gives_no_country() -> None:
    # "Ann Lee , a Canadian citizen , was detained .": stated of someone mostly abroad
    doc = parsed(
        [
            ("Ann", 1, "compound", "PROPN", "Ann", "B-PERSON"),
            ("Lee", 8, "nsubjpass", "PROPN", "Lee", "I-PERSON"),
            (",", 1, "punct", "PUNCT", ",", "O"),
            ("a", 5, "det", "DET", "a", "O"),
            ("Canadian", 5, "amod", "ADJ", "Canadian", "B-NORP"),
            ("citizen", 1, "appos", "NOUN", "citizen", "O"),
            (",", 1, "punct", "PUNCT", ",", "O"),
            ("was", 8, "auxpass", "AUX", "be", "O"),
            ("detained", 8, "ROOT", "VERB", "detain", "O"),
            (".", 8, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc)["Ann Lee"].entity.country is None


@pytest.mark.parametrize(
    ("site", "lemma", "owned"), [("posts", "post", True), ("cars", "car", False)]
)
def test_a_bare_sector_noun_on_a_post_names_its_owner_group(
    site: str, lemma: str, owned: bool
) -> None:
    # "Syrian troops shelled police <site> ."
    doc = parsed(
        [
            ("Syrian", 1, "amod", "ADJ", "Syrian", "B-NORP"),
            ("troops", 2, "nsubj", "NOUN", "troop", "O"),
            ("shelled", 2, "ROOT", "VERB", "shell", "O"),
            ("police", 4, "compound", "NOUN", "police", "O"),
            (site, 2, "dobj", "NOUN", lemma, "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = ids(doc)
    assert found["Syrian troops"] == "SYR:MIL"
    assert (found.get(f"police {site}") == "SYR:COP") is owned


@pytest.mark.parametrize(
    ("words", "expect"),
    [
        (("Census", "Bureau"), "USA:GOV"),
        (("Southern", "Command"), "USA:MIL"),
        (("Fifth", "Fleet"), "USA:MIL"),
    ],
)
def test_a_named_agency_or_command_after_a_country_is_its_group(
    words: tuple[str, str], expect: str
) -> None:
    # "The U.S. <Census Bureau> said ."
    doc = parsed(
        [
            ("The", 3, "det", "DET", "the", "O"),
            ("U.S.", 3, "compound", "PROPN", "U.S.", "B-GPE"),
            (words[0], 3, "compound", "PROPN", words[0], "B-ORG"),
            (words[1], 4, "nsubj", "PROPN", words[1], "I-ORG"),
            ("said", 4, "ROOT", "VERB", "say", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {f"The U.S. {words[0]} {words[1]}": expect}


def test_a_news_agency_after_a_country_is_no_government() -> None:
    # "The Chinese Xinhua News Agency said ."
    doc = parsed(
        [
            ("The", 4, "det", "DET", "the", "O"),
            ("Chinese", 4, "amod", "ADJ", "Chinese", "B-NORP"),
            ("Xinhua", 4, "compound", "PROPN", "Xinhua", "B-ORG"),
            ("News", 4, "compound", "PROPN", "News", "I-ORG"),
            ("Agency", 5, "nsubj", "PROPN", "Agency", "I-ORG"),
            ("said", 5, "ROOT", "VERB", "say", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert not ids(doc).get("The Chinese Xinhua News Agency", "").startswith("CHN:")
