"""Actor resolution of generic party names, institutions and companies (hand-built parses)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.extract.entities import find_actors
from kgraph.resolve.ner import ner_spans
from tests.unit.test_entities import actors, ids, parsed


def _party_doc(owner: list[tuple], party: str) -> Doc:
    # "<owner> Labour Party won . The government said ."
    n = len(owner)
    rows = [
        *owner,
        (party, n + 1, "compound", "PROPN", party, "B-ORG"),
        ("Party", n + 2, "nsubj", "PROPN", "Party", "I-ORG"),
        ("won", n + 2, "ROOT", "VERB", "win", "O"),
        (".", n + 2, "punct", "PUNCT", ".", "O"),
        ("The", n + 5, "det", "DET", "the", "O"),
        ("government", n + 6, "nsubj", "NOUN", "government", "O"),
        ("said", n + 6, "ROOT", "VERB", "say", "O"),
        (".", n + 6, "punct", "PUNCT", ".", "O"),
    ]
    return parsed(rows)


def test_entities_generic_party_name_has_no_country() -> None:
    # "Democrats won . Democrats lost . The government said ."
    rows: list[tuple] = []
    for verb, lemma in (("won", "win"), ("lost", "lose")):
        n = len(rows)
        rows += [
            ("Democrats", n + 1, "nsubj", "PROPN", "Democrats", "B-NORP"),
            (verb, n + 1, "ROOT", "VERB", lemma, "O"),
            (".", n + 1, "punct", "PUNCT", ".", "O"),
        ]
    rows += [
        ("The", 7, "det", "DET", "the", "O"),
        ("government", 8, "nsubj", "NOUN", "government", "O"),
        ("said", 8, "ROOT", "VERB", "say", "O"),
        (".", 8, "punct", "PUNCT", ".", "O"),
    ]
    found = find_actors(parsed(rows), "t")
    parties = [a.entity for a in found if a.entity.kind == "Organization"]
    assert [(e.id, e.country) for e in parties] == [("org:democratic-party", None)] * 2
    assert not [a for a in found if a.entity.kind == "Group"]  # no article country from them


def test_entities_generic_party_after_possessive_country_is_that_country_party() -> None:
    owner = [
        ("Norway", 2, "poss", "PROPN", "Norway", "B-GPE"),
        ("'s", 0, "case", "PART", "'s", "O"),
    ]
    found = actors(_party_doc(owner, "Labour"))
    party = found["Labour Party"].entity
    assert (party.id, party.country) == ("org:labour-party-nor", "NOR")
    assert found["Norway"].entity.id == "NOR"


def test_entities_generic_party_after_demonym_spans_the_demonym() -> None:
    owner = [
        ("The", 3, "det", "DET", "the", "O"),
        ("Norwegian", 3, "amod", "ADJ", "norwegian", "B-NORP"),
    ]
    found = ids(_party_doc(owner, "Labour"))
    assert found["The Norwegian Labour Party"] == "org:labour-party-nor"


def test_entities_country_specific_party_keeps_its_country() -> None:
    # "The GOP won ."
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("GOP", 2, "nsubj", "PROPN", "GOP", "B-ORG"),
            ("won", 2, "ROOT", "VERB", "win", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert actors(doc)["The GOP"].entity.country == "USA"


def test_entities_institution_after_from_is_the_institution_not_a_place() -> None:
    # "A spokesman from the Home Office said ."
    doc = parsed(
        [
            ("A", 1, "det", "DET", "a", "O"),
            ("spokesman", 6, "nsubj", "NOUN", "spokesman", "O"),
            ("from", 1, "prep", "ADP", "from", "O"),
            ("the", 5, "det", "DET", "the", "O"),
            ("Home", 5, "compound", "PROPN", "Home", "B-ORG"),
            ("Office", 2, "pobj", "PROPN", "Office", "I-ORG"),
            ("said", 6, "ROOT", "VERB", "say", "O"),
            (".", 6, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["the Home Office"]
    assert (found.entity.id, found.is_place) == ("GBR:GOV", False)


def test_entities_building_seat_after_at_stays_a_place() -> None:
    # "They met at the Kremlin ."
    doc = parsed(
        [
            ("They", 1, "nsubj", "PRON", "they", "O"),
            ("met", 1, "ROOT", "VERB", "meet", "O"),
            ("at", 1, "prep", "ADP", "at", "O"),
            ("the", 4, "det", "DET", "the", "O"),
            ("Kremlin", 2, "pobj", "PROPN", "Kremlin", "B-FAC"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["the Kremlin"]
    assert (found.entity.id, found.is_place) == ("loc:kremlin", True)


def test_entities_bank_typed_as_person_is_company() -> None:
    # "Goldman Sachs said ."
    doc = parsed(
        [
            ("Goldman", 1, "compound", "PROPN", "Goldman", "B-PERSON"),
            ("Sachs", 2, "nsubj", "PROPN", "Sachs", "I-PERSON"),
            ("said", 2, "ROOT", "VERB", "say", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["Goldman Sachs"].entity
    assert (found.id, found.kind, found.country) == ("org:goldman-sachs", "Organization", "USA")


def test_entities_person_split_by_the_model_is_joined() -> None:
    # "Envoy Ri Pyong Chol met ." with "Ri Pyong" and "Chol" as two PERSON entities
    doc = parsed(
        [
            ("Envoy", 3, "compound", "PROPN", "Envoy", "O"),
            ("Ri", 3, "compound", "PROPN", "Ri", "B-PERSON"),
            ("Pyong", 3, "compound", "PROPN", "Pyong", "I-PERSON"),
            ("Chol", 4, "nsubj", "PROPN", "Chol", "B-PERSON"),
            ("met", 4, "ROOT", "VERB", "meet", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"Ri Pyong Chol": "person:ri-pyong-chol"}


def test_entities_person_takes_a_name_word_the_model_left_out() -> None:
    # "Ri Pyong Chol met ." with only "Ri Pyong" a PERSON entity
    doc = parsed(
        [
            ("Ri", 2, "compound", "PROPN", "Ri", "B-PERSON"),
            ("Pyong", 2, "compound", "PROPN", "Pyong", "I-PERSON"),
            ("Chol", 3, "nsubj", "PROPN", "Chol", "O"),
            ("met", 3, "ROOT", "VERB", "meet", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"Ri Pyong Chol": "person:ri-pyong-chol"}


def _hyphenated(first: str, second: str, third: str) -> dict[str, str]:
    # "<first> <second>-<third> spoke ." with only "<first> <second>" a PERSON entity
    rows = [
        (first, 1, "compound", "PROPN", first, "B-PERSON"),
        (second, 4, "nsubj", "PROPN", second, "I-PERSON"),
        ("-", 1, "punct", "PUNCT", "-", "O"),
        (third, 1, "appos", "NOUN", third, "O"),
        ("spoke", 4, "ROOT", "VERB", "speak", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    return ids(parsed(rows, spaces=[True, False, False, True, False, False]))


def test_entities_person_takes_its_solid_hyphenated_part() -> None:
    assert _hyphenated("Moon", "Jae", "in") == {"Moon Jae-in": "person:moon-jae-in"}


def test_entities_person_hyphen_compound_is_not_a_name_part() -> None:
    assert "Ann Lee-led" not in _hyphenated("Ann", "Lee", "led")


def test_entities_person_does_not_take_a_following_organisation_word() -> None:
    # "Ann Lee Foundation said ." with only "Ann Lee" a PERSON entity
    doc = parsed(
        [
            ("Ann", 1, "compound", "PROPN", "Ann", "B-PERSON"),
            ("Lee", 2, "compound", "PROPN", "Lee", "I-PERSON"),
            ("Foundation", 3, "nsubj", "PROPN", "Foundation", "O"),
            ("said", 3, "ROOT", "VERB", "say", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert not [v for v in ids(doc).values() if v.startswith("person:")]


def test_entities_name_conjoined_with_a_person_is_a_person() -> None:
    # "Kim Jong Sik and Ri Pyong Chol met ." with only "Kim Jong Sik" a PERSON entity
    doc = parsed(
        [
            ("Kim", 2, "compound", "PROPN", "Kim", "B-PERSON"),
            ("Jong", 2, "compound", "PROPN", "Jong", "I-PERSON"),
            ("Sik", 7, "nsubj", "PROPN", "Sik", "I-PERSON"),
            ("and", 2, "cc", "CCONJ", "and", "O"),
            ("Ri", 6, "compound", "PROPN", "Ri", "O"),
            ("Pyong", 6, "compound", "PROPN", "Pyong", "O"),
            ("Chol", 2, "conj", "PROPN", "Chol", "O"),
            ("met", 7, "ROOT", "VERB", "meet", "O"),
            (".", 7, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Ri Pyong Chol"] == "person:ri-pyong-chol"


def _its_army(subject: list[tuple]) -> dict[str, str]:
    # "<subject> told Syria its army would act ."
    n = len(subject)
    rows = [
        *subject,
        ("told", n, "ROOT", "VERB", "tell", "O"),
        ("Syria", n, "dative", "PROPN", "Syria", "B-GPE"),
        ("its", n + 3, "poss", "PRON", "its", "O"),
        ("army", n + 5, "nsubj", "NOUN", "army", "O"),
        ("would", n + 5, "aux", "AUX", "would", "O"),
        ("act", n, "ccomp", "VERB", "act", "O"),
        (".", n, "punct", "PUNCT", ".", "O"),
    ]
    return ids(parsed(rows))


def test_groups_its_sector_takes_the_country_subject_of_its_clause() -> None:
    assert _its_army([("Turkey", 1, "nsubj", "PROPN", "Turkey", "B-GPE")])["army"] == "TUR:MIL"


def test_groups_its_sector_after_coordinated_subject_is_unknown() -> None:
    subject = [
        ("Japan", 3, "nsubj", "PROPN", "Japan", "B-GPE"),
        ("and", 0, "cc", "CCONJ", "and", "O"),
        ("Peru", 0, "conj", "PROPN", "Peru", "B-GPE"),
    ]
    assert "army" not in _its_army(subject)


def test_entities_generic_party_takes_the_article_country() -> None:
    # "Britain voted . Britain said . Labour won ."
    rows: list[tuple] = []
    for word, verb, lemma in (("Britain", "voted", "vote"), ("Britain", "said", "say")):
        rows += [(word, len(rows) + 1, "nsubj", "PROPN", word, "B-GPE")]
        rows += [
            (verb, len(rows), "ROOT", "VERB", lemma, "O"),
            (".", len(rows), "punct", "PUNCT", ".", "O"),
        ]
    rows += [
        ("Labour", 7, "nsubj", "PROPN", "Labour", "B-ORG"),
        ("won", 7, "ROOT", "VERB", "win", "O"),
        (".", 7, "punct", "PUNCT", ".", "O"),
    ]
    party = actors(parsed(rows))["Labour"].entity
    assert (party.id, party.country) == ("org:labour-party-gbr", "GBR")


def test_entities_person_after_a_person_typed_honorific_is_not_joined() -> None:
    # "Treasurer Lord Ashcroft said ." with "Treasurer Lord" and "Ashcroft" two PERSON entities
    doc = parsed(
        [
            ("Treasurer", 1, "compound", "PROPN", "Treasurer", "B-PERSON"),
            ("Lord", 2, "compound", "PROPN", "Lord", "I-PERSON"),
            ("Ashcroft", 3, "nsubj", "PROPN", "Ashcroft", "B-PERSON"),
            ("said", 3, "ROOT", "VERB", "say", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc)["Ashcroft"] == "person:ashcroft"


def _storm_doc(title: str) -> Doc:
    # "<title> Maria hit . Maria killed Garcia ." with both Marias tagged PERSON by the model
    return parsed(
        [
            (title, 1, "compound", "PROPN", title, "O"),
            ("Maria", 2, "nsubj", "PROPN", "Maria", "B-PERSON"),
            ("hit", 2, "ROOT", "VERB", "hit", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
            ("Maria", 5, "nsubj", "PROPN", "Maria", "B-PERSON"),
            ("killed", 5, "ROOT", "VERB", "kill", "O"),
            ("Garcia", 5, "dobj", "PROPN", "Garcia", "B-PERSON"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_entities_a_name_the_article_gives_a_storm_is_no_person_anywhere_in_it() -> None:
    assert ids(_storm_doc("Hurricane")) == {"Garcia": "person:garcia"}
    assert ids(_storm_doc("Typhoon")) == {"Garcia": "person:garcia"}


def test_entities_a_name_after_another_capitalised_word_stays_a_person() -> None:
    assert ids(_storm_doc("Senator")).get("Maria", "").startswith("person:maria")


@pytest.mark.parametrize(
    ("word", "expected", "country"),
    [
        ("HDP", "org:hdp", "TUR"),
        ("PRI", "org:pri", "MEX"),
        ("PiS", "org:pis", "POL"),
        ("Fidesz", "org:fidesz", "HUN"),
        ("KRG", "org:krg", "IRQ"),
    ],
)
def test_entities_national_parties_have_their_country(
    word: str, expected: str, country: str
) -> None:
    # "<party> said .": a national party (orgs.tsv) is its country's
    rows = [
        (word, 1, "nsubj", "PROPN", word, "B-ORG"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    found = actors(parsed(rows))[word].entity
    assert (found.id, found.country) == (expected, country)


def test_entities_freedom_caucus_is_the_us_legislature() -> None:
    rows = [
        ("Freedom", 1, "compound", "PROPN", "Freedom", "B-ORG"),
        ("Caucus", 2, "nsubj", "PROPN", "Caucus", "I-ORG"),
        ("said", 2, "ROOT", "VERB", "say", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ]
    assert ids(parsed(rows)) == {"Freedom Caucus": "USA:LEG"}


def test_company_name_run_into_its_ticker_is_the_name_alone() -> None:
    # "Comcast Corp ( CMCSA.O ) sued ." with the model's ORG run into the ticker
    doc = parsed(
        [
            ("Comcast", 1, "compound", "PROPN", "Comcast", "B-ORG"),
            ("Corp", 5, "nsubj", "PROPN", "Corp", "I-ORG"),
            ("(", 1, "punct", "PUNCT", "(", "I-ORG"),
            ("CMCSA.O", 1, "appos", "PROPN", "CMCSA.O", "I-ORG"),
            (")", 1, "punct", "PUNCT", ")", "O"),
            ("sued", 5, "ROOT", "VERB", "sue", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert [s.text for s in ner_spans(doc, frozenset())] == ["Comcast Corp"]
    assert ids(doc)["Comcast Corp"] == "org:comcast"


def _given(first: str) -> dict[str, str]:
    # "Then <first> Pushkov spoke ." with only "Pushkov" an entity, typed as an organisation
    return ids(
        parsed(
            [
                ("Then", 3, "advmod", "ADV", "then", "O"),
                (first, 2, "compound", "PROPN", first, "O"),
                ("Pushkov", 3, "nsubj", "PROPN", "Pushkov", "B-ORG"),
                ("spoke", 3, "ROOT", "VERB", "speak", "O"),
                (".", 3, "punct", "PUNCT", ".", "O"),
            ]
        )
    )


def test_entities_given_name_before_a_one_word_entity_makes_a_person() -> None:
    assert _given("Alexei") == {"Alexei Pushkov": "person:alexei-pushkov"}


def test_entities_unknown_word_before_a_one_word_entity_is_no_given_name() -> None:
    assert "Alexei Pushkov" not in _given("Gazprom")


def test_entities_end_of_a_hyphenated_given_name_is_not_taken_alone() -> None:
    # "Then Jean-Pierre Lacroix spoke ." with only "Lacroix" an entity: not "Pierre Lacroix"
    rows = [
        ("Then", 5, "advmod", "ADV", "then", "O"),
        ("Jean", 4, "compound", "PROPN", "Jean", "O"),
        ("-", 3, "punct", "PUNCT", "-", "O"),
        ("Pierre", 4, "compound", "PROPN", "Pierre", "O"),
        ("Lacroix", 5, "nsubj", "PROPN", "Lacroix", "B-PERSON"),
        ("spoke", 5, "ROOT", "VERB", "speak", "O"),
        (".", 5, "punct", "PUNCT", ".", "O"),
    ]
    found = ids(parsed(rows, spaces=[True, False, False, True, True, False, False]))
    assert "Pierre Lacroix" not in found
