"""Group, people and model-correction rules of actor resolution, on hand-built parses: among
them backers of a group (kgraph.resolve.groups.backer_modifier) and a region's adjective
(supranational)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.extract.entities import dateline_tokens, find_actors
from kgraph.resolve.groups import backer_modifier
from tests.unit.test_entities import ids, parsed


def _said(rows: list[tuple], spaces: list[bool] | None = None) -> Doc:
    """``rows`` as the subject of "said ." (the subject's head is the last row)."""
    n = len(rows)
    body = [(w, h if h is not None else n, d, p, lem, e) for w, h, d, p, lem, e in rows]
    tail = [("said", n, "ROOT", "VERB", "say", "O"), (".", n, "punct", "PUNCT", ".", "O")]
    return parsed(body + tail, spaces=spaces + [False, False] if spaces else None)


def test_groups_sector_before_from_country() -> None:
    # "Dissidents from Burma said ."
    doc = _said(
        [
            ("Dissidents", None, "nsubj", "NOUN", "dissident", "O"),
            ("from", 0, "prep", "ADP", "from", "O"),
            ("Burma", 1, "pobj", "PROPN", "Burma", "B-GPE"),
        ]
    )
    assert ids(doc) == {"Dissidents from Burma": "MMR:OPP"}


def test_groups_conjoined_nationalities_share_sector() -> None:
    # "US and British activists said ."
    doc = _said(
        [
            ("US", 3, "nmod", "PROPN", "US", "B-GPE"),
            ("and", 0, "cc", "CCONJ", "and", "O"),
            ("British", 0, "conj", "ADJ", "british", "B-NORP"),
            ("activists", None, "nsubj", "NOUN", "activist", "O"),
        ]
    )
    assert ids(doc) == {"US": "USA:OPP", "British activists": "GBR:OPP"}


def test_groups_named_ministry_is_government() -> None:
    # "The U.S. Agriculture Department said ."
    doc = _said(
        [
            ("The", 3, "det", "DET", "the", "O"),
            ("U.S.", 3, "compound", "PROPN", "U.S.", "B-GPE"),
            ("Agriculture", 3, "compound", "PROPN", "Agriculture", "B-ORG"),
            ("Department", None, "nsubj", "PROPN", "Department", "I-ORG"),
        ]
    )
    assert ids(doc) == {"The U.S. Agriculture Department": "USA:GOV"}


def test_groups_modifiers_between_possessive_and_sector() -> None:
    # "Iraq 's national security adviser said ."
    doc = _said(
        [
            ("Iraq", 4, "poss", "PROPN", "Iraq", "B-GPE"),
            ("'s", 0, "case", "PART", "'s", "O"),
            ("national", 3, "amod", "ADJ", "national", "O"),
            ("security", 4, "compound", "NOUN", "security", "O"),
            ("adviser", None, "nsubj", "NOUN", "adviser", "O"),
        ],
        spaces=[False, True, True, True, True],
    )
    assert ids(doc) == {"Iraq's national security adviser": "IRQ:GOV"}


def test_groups_bare_concept_noun_is_not_a_group() -> None:
    # "China acted despite opposition from Japan ."
    doc = parsed(
        [
            ("China", 1, "nsubj", "PROPN", "China", "B-GPE"),
            ("acted", 1, "ROOT", "VERB", "act", "O"),
            ("despite", 1, "prep", "SCONJ", "despite", "O"),
            ("opposition", 2, "pobj", "NOUN", "opposition", "O"),
            ("from", 3, "prep", "ADP", "from", "O"),
            ("Japan", 4, "pobj", "PROPN", "Japan", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"China": "CHN", "Japan": "JPN"}


def test_groups_nationality_and_institution_merge() -> None:
    # "Iranian Revolutionary \n Guards said ." (a soft line break inside the name)
    doc = _said(
        [
            ("Iranian", 3, "amod", "ADJ", "iranian", "B-NORP"),
            ("Revolutionary", 3, "compound", "PROPN", "Revolutionary", "B-ORG"),
            ("\n", 1, "dep", "SPACE", "\n", "O"),
            ("Guards", None, "nsubj", "PROPN", "Guards", "B-ORG"),
        ],
        spaces=[True, False, False, True],
    )
    found = find_actors(doc, "t")
    assert [(a.entity.id, a.start, a.end, a.head) for a in found] == [("IRN:MIL", 0, 4, 3)]


def test_people_title_inside_person_entity_is_stripped() -> None:
    # "President Bush said ." with "President Bush" one PERSON entity
    doc = _said(
        [
            ("President", 1, "compound", "PROPN", "President", "B-PERSON"),
            ("Bush", None, "nsubj", "PROPN", "Bush", "I-PERSON"),
        ]
    )
    bush = {doc[a.start : a.end].text: a for a in find_actors(doc, "t")}["Bush"]
    assert (bush.entity.id, bush.role) == ("person:george-w-bush", "President")
    assert bush.leader_of is not None and bush.leader_of.id == "USA"


def test_people_honorific_gives_no_role_and_corefers() -> None:
    # "Tony Blair spoke . Mr Blair said ."
    doc = parsed(
        [
            ("Tony", 1, "compound", "PROPN", "Tony", "B-PERSON"),
            ("Blair", 2, "nsubj", "PROPN", "Blair", "I-PERSON"),
            ("spoke", 2, "ROOT", "VERB", "speak", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
            ("Mr", 5, "compound", "PROPN", "Mr", "B-PERSON"),
            ("Blair", 6, "nsubj", "PROPN", "Blair", "I-PERSON"),
            ("said", 6, "ROOT", "VERB", "say", "O"),
            (".", 6, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = find_actors(doc, "t")
    assert [(a.entity.id, a.role) for a in found] == [
        ("person:tony-blair", None),
        ("person:tony-blair", None),
    ]


def test_ner_organisation_around_country_is_organisation() -> None:
    # "The Bank of Japan intervened ."
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "B-ORG"),
            ("Bank", 4, "nsubj", "PROPN", "Bank", "I-ORG"),
            ("of", 1, "prep", "ADP", "of", "I-ORG"),
            ("Japan", 2, "pobj", "PROPN", "Japan", "I-ORG"),
            ("intervened", 4, "ROOT", "VERB", "intervene", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )
    (bank,) = find_actors(doc, "t")
    assert (bank.entity.id, bank.entity.kind, bank.entity.country) == (
        "org:bank-of-japan",
        "Organization",
        "JPN",
    )


def test_ner_company_typed_as_person_is_organisation() -> None:
    # "Acme Widgets Inc said ." with the name tagged PERSON
    doc = _said(
        [
            ("Acme", 2, "compound", "PROPN", "Acme", "B-PERSON"),
            ("Widgets", 2, "compound", "PROPN", "Widgets", "I-PERSON"),
            ("Inc", None, "nsubj", "PROPN", "Inc", "I-PERSON"),
        ]
    )
    assert ids(doc) == {"Acme Widgets Inc": "org:acme-widgets-inc"}


def test_ner_term_typed_as_person_is_nobody() -> None:
    # "Brexit loomed ." with Brexit tagged PERSON
    doc = parsed(
        [
            ("Brexit", 1, "nsubj", "PROPN", "Brexit", "B-PERSON"),
            ("loomed", 1, "ROOT", "VERB", "loom", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert find_actors(doc, "t") == []


def test_dateline_with_place_and_date() -> None:
    # "LONDON , AUGUST 17 : Britain charged ."
    doc = parsed(
        [
            ("LONDON", 6, "npadvmod", "PROPN", "LONDON", "B-GPE"),
            (",", 0, "punct", "PUNCT", ",", "O"),
            ("AUGUST", 0, "appos", "PROPN", "AUGUST", "B-DATE"),
            ("17", 2, "nummod", "NUM", "17", "I-DATE"),
            (":", 6, "punct", "PUNCT", ":", "O"),
            ("Britain", 6, "nsubj", "PROPN", "Britain", "B-GPE"),
            ("charged", 6, "ROOT", "VERB", "charge", "O"),
        ]
    )
    assert dateline_tokens(doc) == frozenset(range(5))
    assert ids(doc) == {"Britain": "GBR"}


def test_dateline_with_country_after_comma() -> None:
    # "NAJAF , Iraq - Explosions rattled ."
    doc = parsed(
        [
            ("NAJAF", 5, "npadvmod", "PROPN", "NAJAF", "B-GPE"),
            (",", 0, "punct", "PUNCT", ",", "O"),
            ("Iraq", 0, "appos", "PROPN", "Iraq", "B-GPE"),
            ("-", 5, "punct", "PUNCT", "-", "O"),
            ("Explosions", 5, "nsubj", "NOUN", "explosion", "O"),
            ("rattled", 5, "ROOT", "VERB", "rattle", "O"),
        ]
    )
    assert find_actors(doc, "t") == []


def test_groups_capital_with_sector_noun_is_country_group() -> None:
    # "Beijing officials said ."
    doc = _said(
        [
            ("Beijing", 1, "compound", "PROPN", "Beijing", "B-GPE"),
            ("officials", None, "nsubj", "NOUN", "official", "O"),
        ]
    )
    assert ids(doc) == {"Beijing officials": "CHN:GOV"}


def test_metonymy_capitals_between_are_actors() -> None:
    # "Tension between Tehran and Riyadh rose ."
    doc = parsed(
        [
            ("Tension", 5, "nsubj", "NOUN", "tension", "O"),
            ("between", 0, "prep", "ADP", "between", "O"),
            ("Tehran", 1, "pobj", "PROPN", "Tehran", "B-GPE"),
            ("and", 2, "cc", "CCONJ", "and", "O"),
            ("Riyadh", 2, "conj", "PROPN", "Riyadh", "B-GPE"),
            ("rose", 5, "ROOT", "VERB", "rise", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"Tehran": "IRN", "Riyadh": "SAU"}


def test_people_family_name_first_leader_is_not_found_by_last_word() -> None:
    # "Kim Jong Un defied UN sanctions ."
    doc = parsed(
        [
            ("Kim", 2, "compound", "PROPN", "Kim", "B-PERSON"),
            ("Jong", 2, "compound", "PROPN", "Jong", "I-PERSON"),
            ("Un", 3, "nsubj", "PROPN", "Un", "I-PERSON"),
            ("defied", 3, "ROOT", "VERB", "defy", "O"),
            ("UN", 5, "compound", "PROPN", "UN", "B-ORG"),
            ("sanctions", 3, "dobj", "NOUN", "sanction", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"Kim Jong Un": "person:kim-jong-un", "UN": "igo:un"}


def test_people_misspelt_first_name_finds_leader() -> None:
    # "Nicholas Maduro said ."
    doc = _said(
        [
            ("Nicholas", 1, "compound", "PROPN", "Nicholas", "B-PERSON"),
            ("Maduro", None, "nsubj", "PROPN", "Maduro", "I-PERSON"),
        ]
    )
    assert ids(doc) == {"Nicholas Maduro": "person:nicolas-maduro"}


def test_ner_lowercase_country_confirmed_by_model() -> None:
    # "exports to venezuela rose ." (lower-case wire text; the model tags it GPE)
    doc = parsed(
        [
            ("exports", 3, "nsubj", "NOUN", "export", "O"),
            ("to", 0, "prep", "ADP", "to", "O"),
            ("venezuela", 1, "pobj", "PROPN", "venezuela", "B-GPE"),
            ("rose", 3, "ROOT", "VERB", "rise", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"venezuela": "VEN"}


def test_matcher_long_acronym_written_as_name() -> None:
    # "Nato said ." and "Who said ." (only the long acronym may be written as a name)
    nato = _said([("Nato", None, "nsubj", "PROPN", "Nato", "O")])
    who = _said([("Who", None, "nsubj", "PRON", "who", "O")])
    assert ids(nato) == {"Nato": "igo:nato"}
    assert ids(who) == {}


def test_dateline_after_source_credit() -> None:
    # "AP - MOSUL , Iraq - Iraqi police said ."
    doc = parsed(
        [
            ("AP", 7, "nsubj", "PROPN", "AP", "B-ORG"),
            ("-", 0, "punct", "PUNCT", "-", "O"),
            ("MOSUL", 7, "npadvmod", "PROPN", "MOSUL", "B-GPE"),
            (",", 2, "punct", "PUNCT", ",", "O"),
            ("Iraq", 2, "appos", "PROPN", "Iraq", "B-GPE"),
            ("-", 7, "punct", "PUNCT", "-", "O"),
            ("Iraqi", 7, "amod", "ADJ", "iraqi", "B-NORP"),
            ("police", 8, "nsubj", "NOUN", "police", "O"),
            ("said", 8, "ROOT", "VERB", "say", "O"),
        ]
    )
    # the source credit and the dateline are neither actors nor places of the story
    assert dateline_tokens(doc) == frozenset(range(6))
    assert ids(doc) == {"Iraqi police": "IRQ:COP"}


def test_people_possessive_country_before_title() -> None:
    # "Iran 's foreign minister Ali Bagheri said ."  (a name not in the leaders table)
    doc = _said(
        [
            ("Iran", 3, "poss", "PROPN", "Iran", "B-GPE"),
            ("'s", 0, "case", "PART", "'s", "O"),
            ("foreign", 3, "amod", "ADJ", "foreign", "O"),
            ("minister", 5, "compound", "NOUN", "minister", "O"),
            ("Ali", 5, "compound", "PROPN", "Ali", "B-PERSON"),
            ("Bagheri", None, "nsubj", "PROPN", "Bagheri", "I-PERSON"),
        ],
        spaces=[False, True, True, True, True, True],
    )
    found = {doc[a.start : a.end].text: a for a in find_actors(doc, "t")}
    person = found["Ali Bagheri"]
    assert (person.entity.id, person.entity.country, person.role) == (
        "person:ali-bagheri",
        "IRN",
        "Foreign Minister",
    )
    assert person.leader_of is not None and person.leader_of.id == "IRN"


def test_people_one_country_per_person_in_a_document() -> None:
    # "Straw spoke . Canadian envoy John Straw said ."  (a name not in the leaders table)
    doc = parsed(
        [
            ("Straw", 1, "nsubj", "PROPN", "Straw", "B-PERSON"),
            ("spoke", 1, "ROOT", "VERB", "speak", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
            ("Canadian", 4, "amod", "ADJ", "canadian", "B-NORP"),
            ("envoy", 6, "compound", "NOUN", "envoy", "O"),
            ("John", 6, "compound", "PROPN", "John", "B-PERSON"),
            ("Straw", 7, "nsubj", "PROPN", "Straw", "I-PERSON"),
            ("said", 7, "ROOT", "VERB", "say", "O"),
            (".", 7, "punct", "PUNCT", ".", "O"),
        ]
    )
    people = [a.entity for a in find_actors(doc, "t") if a.entity.kind == "Person"]
    assert [(e.id, e.country, e.roles) for e in people] == [
        ("person:john-straw", "CAN", ("Envoy",)),
        ("person:john-straw", "CAN", ("Envoy",)),
    ]


def test_people_member_title_is_not_leadership() -> None:
    # "Turkish ambassador Ali Kemal said ."
    doc = _said(
        [
            ("Turkish", 1, "amod", "ADJ", "turkish", "B-NORP"),
            ("ambassador", 3, "compound", "NOUN", "ambassador", "O"),
            ("Ali", 3, "compound", "PROPN", "Ali", "B-PERSON"),
            ("Kemal", None, "nsubj", "PROPN", "Kemal", "I-PERSON"),
        ]
    )
    person = {doc[a.start : a.end].text: a for a in find_actors(doc, "t")}["Ali Kemal"]
    assert (person.entity.country, person.role, person.leader_of) == ("TUR", "Ambassador", None)


def test_groups_allegiance_is_not_the_country_group() -> None:
    # "pro - Russian separatists fired ."
    doc = parsed(
        [
            ("pro", 2, "amod", "ADJ", "pro", "O"),
            ("-", 2, "punct", "PUNCT", "-", "O"),
            ("Russian", 3, "amod", "ADJ", "russian", "B-NORP"),
            ("separatists", 4, "nsubj", "NOUN", "separatist", "O"),
            ("fired", 4, "ROOT", "VERB", "fire", "O"),
        ],
        spaces=[False, False, True, True, False],
    )
    assert "RUS:REB" not in ids(doc).values()


def test_ner_organisation_head_word_corefers() -> None:
    # "The European Commission proposed . The Commission said ."
    doc = parsed(
        [
            ("The", 2, "det", "DET", "the", "O"),
            ("European", 2, "compound", "PROPN", "European", "B-ORG"),
            ("Commission", 3, "nsubj", "PROPN", "Commission", "I-ORG"),
            ("proposed", 3, "ROOT", "VERB", "propose", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
            ("The", 6, "det", "DET", "the", "O"),
            ("Commission", 7, "nsubj", "PROPN", "Commission", "B-ORG"),
            ("said", 7, "ROOT", "VERB", "say", "O"),
            (".", 7, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert [a.entity.id for a in find_actors(doc, "t")] == ["igo:eu", "igo:eu"]


def test_compass_short_form_is_the_article_country() -> None:
    # "North Korea warned South Korea . The North said ."
    doc = parsed(
        [
            ("North", 1, "compound", "PROPN", "North", "B-GPE"),
            ("Korea", 2, "nsubj", "PROPN", "Korea", "I-GPE"),
            ("warned", 2, "ROOT", "VERB", "warn", "O"),
            ("South", 4, "compound", "PROPN", "South", "B-GPE"),
            ("Korea", 2, "dobj", "PROPN", "Korea", "I-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"),
            ("The", 7, "det", "DET", "the", "O"),
            ("North", 8, "nsubj", "PROPN", "North", "B-GPE"),
            ("said", 8, "ROOT", "VERB", "say", "O"),
            (".", 8, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert [a.entity.id for a in find_actors(doc, "t")] == ["PRK", "KOR", "PRK"]


def test_people_titled_name_typed_as_place_is_person() -> None:
    # "Indonesian new President Thabo Kemal said ." with the name tagged GPE
    doc = _said(
        [
            ("Indonesian", 2, "amod", "ADJ", "indonesian", "B-NORP"),
            ("new", 2, "amod", "ADJ", "new", "O"),
            ("President", 4, "compound", "PROPN", "President", "O"),
            ("Thabo", 4, "compound", "PROPN", "Thabo", "B-GPE"),
            ("Kemal", None, "nsubj", "PROPN", "Kemal", "I-GPE"),
        ]
    )
    person = {doc[a.start : a.end].text: a for a in find_actors(doc, "t")}["Thabo Kemal"]
    assert (person.entity.id, person.entity.country, person.role) == (
        "person:thabo-kemal",
        "IDN",
        "President",
    )


def _posted(ents: tuple[str, str, str, str]) -> Doc:
    """ "U.S. Ambassador to Mexico Roberta Jacobson said ." with the given entity tags of
    Mexico, Roberta, Jacobson (and U.S.)."""
    us, mexico, roberta, jacobson = ents
    return _said(
        [
            ("U.S.", 1, "compound", "PROPN", "U.S.", us),
            ("Ambassador", 5, "compound", "PROPN", "Ambassador", "O"),
            ("to", 1, "prep", "ADP", "to", "O"),
            ("Mexico", 2, "pobj", "PROPN", "Mexico", mexico),
            ("Roberta", 5, "compound", "PROPN", "Roberta", roberta),
            ("Jacobson", None, "nsubj", "PROPN", "Jacobson", jacobson),
        ]
    )


def test_people_title_with_its_post_before_a_name() -> None:
    # the model's organisation "Mexico Roberta Jacobson": the post, then a person of the
    # nationality before the title (not Mexico's, not the U.S. government's)
    doc = _posted(("B-GPE", "B-ORG", "I-ORG", "I-ORG"))
    found = {doc[a.start : a.end].text: a.entity for a in find_actors(doc, "t")}
    person = found["Roberta Jacobson"]
    assert (person.id, person.country, person.roles) == (
        "person:roberta-jacobson",
        "USA",
        ("Ambassador",),
    )
    assert found["Mexico"].id == "MEX"
    assert "USA:GOV" not in {e.id for e in found.values()}


def test_people_title_with_its_post_person_entity() -> None:
    # the model's person "Roberta Jacobson" and place "Mexico": the same reading
    doc = _posted(("B-GPE", "B-GPE", "B-PERSON", "I-PERSON"))
    person = {doc[a.start : a.end].text: a.entity for a in find_actors(doc, "t")}
    assert person["Roberta Jacobson"].country == "USA"


def test_people_post_without_a_title_is_no_post() -> None:
    # "Flights to Mexico Roberta Jacobson said .": no title before "to", nothing split
    doc = _said(
        [
            ("Flights", 5, "nsubj", "NOUN", "flight", "O"),
            ("to", 0, "prep", "ADP", "to", "O"),
            ("Mexico", 1, "pobj", "PROPN", "Mexico", "B-ORG"),
            ("Roberta", 4, "compound", "PROPN", "Roberta", "I-ORG"),
            ("Jacobson", None, "nsubj", "PROPN", "Jacobson", "I-ORG"),
        ]
    )
    assert "Roberta Jacobson" not in ids(doc)


def _possessed(first: str, last: str, noun: str) -> Doc:
    """ "<first> <last> 's <noun> said ."."""
    return _said(
        [
            (first, 1, "compound", "PROPN", first, "B-PERSON"),
            (last, 3, "poss", "PROPN", last, "I-PERSON"),
            ("'s", 1, "case", "PART", "'s", "O"),
            (noun, None, "nsubj", "NOUN", noun, "O"),
        ]
    )


def test_people_a_head_of_states_spokesman_is_the_government() -> None:
    # "Vladimir Putin 's spokesman said .": what he says, the Russian government says
    assert ids(_possessed("Vladimir", "Putin", "spokesman")) == {
        "Vladimir Putin 's spokesman": "RUS:GOV"
    }


def test_people_a_ministers_aides_or_a_leaders_lawyer_are_not_the_government() -> None:
    # "Hillary Clinton 's aides": she led no government; "Vladimir Putin 's lawyer": no official
    assert "USA:GOV" not in ids(_possessed("Hillary", "Clinton", "aides")).values()
    assert "RUS:GOV" not in ids(_possessed("Vladimir", "Putin", "lawyer")).values()


def test_groups_a_bare_subject_takes_no_country_from_its_own_object() -> None:
    # "The administration imposed sanctions on Iran .": Iran is the target, not the owner
    rows = [
        ("The", 1, "det", "DET", "the", "O"),
        ("administration", 2, "nsubj", "NOUN", "administration", "O"),
        ("imposed", 2, "ROOT", "VERB", "impose", "O"),
        ("sanctions", 2, "dobj", "NOUN", "sanction", "O"),
        ("on", 3, "prep", "ADP", "on", "O"),
        ("Iran", 4, "pobj", "PROPN", "Iran", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ]
    assert ids(parsed(rows)).get("The administration") != "IRN:GOV"


def test_groups_a_bare_subject_takes_the_country_of_another_clause() -> None:
    # "The government said Turkish troops crossed .": a name in another clause still places it
    rows = [
        ("The", 1, "det", "DET", "the", "O"),
        ("government", 2, "nsubj", "NOUN", "government", "O"),
        ("said", 2, "ROOT", "VERB", "say", "O"),
        ("Turkish", 4, "amod", "ADJ", "turkish", "B-NORP"),
        ("troops", 5, "nsubj", "NOUN", "troop", "O"),
        ("crossed", 2, "ccomp", "VERB", "cross", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ]
    assert ids(parsed(rows))["The government"] == "TUR:GOV"


def test_groups_post_abroad_is_the_possessors() -> None:
    # "Russia 's U.S. ambassador said ."
    doc = _said(
        [
            ("Russia", 3, "poss", "PROPN", "Russia", "B-GPE"),
            ("'s", 0, "case", "PART", "'s", "O"),
            ("U.S.", 3, "compound", "PROPN", "U.S.", "B-GPE"),
            ("ambassador", None, "nsubj", "NOUN", "ambassador", "O"),
        ]
    )
    assert ids(doc) == {"Russia 's U.S. ambassador": "RUS:GOV"}


def test_groups_post_abroad_needs_a_name_between() -> None:
    # "Russia 's new ambassador said .": an ordinary modifier, the ordinary rule (RUS:GOV);
    # "the U.S. ambassador said .": no possessive, the country named is the post's own
    doc = _said(
        [
            ("Russia", 3, "poss", "PROPN", "Russia", "B-GPE"),
            ("'s", 0, "case", "PART", "'s", "O"),
            ("new", 3, "amod", "ADJ", "new", "O"),
            ("ambassador", None, "nsubj", "NOUN", "ambassador", "O"),
        ]
    )
    assert ids(doc) == {"Russia 's new ambassador": "RUS:GOV"}
    doc = _said(
        [
            ("the", 2, "det", "DET", "the", "O"),
            ("U.S.", 2, "compound", "PROPN", "U.S.", "B-GPE"),
            ("ambassador", None, "nsubj", "NOUN", "ambassador", "O"),
        ]
    )
    assert ids(doc) == {"the U.S. ambassador": "USA:GOV"}


def test_groups_post_abroad_only_for_posts() -> None:
    # "Turkey 's Iraqi allies said .": the allies are Iraqi, whoever backs them
    doc = _said(
        [
            ("Turkey", 3, "poss", "PROPN", "Turkey", "B-GPE"),
            ("'s", 0, "case", "PART", "'s", "O"),
            ("Iraqi", 3, "amod", "ADJ", "iraqi", "B-NORP"),
            ("militants", None, "nsubj", "NOUN", "militant", "O"),
        ]
    )
    assert ids(doc).get("Iraqi militants") == "IRQ:REB"


def test_groups_an_ethnic_word_between_nationality_and_sector() -> None:
    # "Syrian Arab rebels said .": the rebels are Syria's, of the Arab people
    doc = _said(
        [
            ("Syrian", 2, "amod", "ADJ", "syrian", "B-NORP"),
            ("Arab", 2, "amod", "ADJ", "arab", "B-NORP"),
            ("rebels", None, "nsubj", "NOUN", "rebel", "O"),
        ]
    )
    assert ids(doc) == {"Syrian Arab rebels": "SYR:REB"}


def test_groups_a_second_nationality_is_no_modifier() -> None:
    # "Syrian Turkish rebels said .": two nationalities; the first alone is no group of the
    # second's sector
    doc = _said(
        [
            ("Syrian", 2, "amod", "ADJ", "syrian", "B-NORP"),
            ("Turkish", 2, "amod", "ADJ", "turkish", "B-NORP"),
            ("rebels", None, "nsubj", "NOUN", "rebel", "O"),
        ]
    )
    assert ids(doc).get("Turkish rebels") == "TUR:REB"
    assert "Syrian Turkish rebels" not in ids(doc)


# "U.S.-backed militias fought ." and "Saudi - backed rebels fought ."
ONE_TOKEN_BACKER = [
    ("U.S.-backed", 1, "amod", "ADJ", "u.s.-backed", "O"),
    ("militias", 2, "nsubj", "NOUN", "militia", "O"),
    ("fought", 2, "ROOT", "VERB", "fight", "O"),
    (".", 2, "punct", "PUNCT", ".", "O"),
]

THREE_TOKEN_BACKER = [
    ("Saudi", 2, "npadvmod", "PROPN", "Saudi", "B-NORP"),
    ("-", 2, "punct", "PUNCT", "-", "O"),
    ("backed", 3, "amod", "VERB", "back", "O"),
    ("rebels", 4, "nsubj", "NOUN", "rebel", "O"),
    ("fought", 4, "ROOT", "VERB", "fight", "O"),
    (".", 4, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.parametrize(
    ("rows", "group", "backer"), [(ONE_TOKEN_BACKER, 1, 0), (THREE_TOKEN_BACKER, 3, 2)]
)
def test_backer_modifier_finds_the_backing_participle(
    rows: list[tuple], group: int, backer: int
) -> None:
    doc = parsed(rows)
    found = backer_modifier(doc[group])
    assert found is not None and found.i == backer


def test_group_without_backer_has_no_backer_modifier() -> None:
    # "armed militias fought .": a plain participle, no backer named
    doc = parsed([("armed", 1, "amod", "VERB", "arm", "O")] + ONE_TOKEN_BACKER[1:])
    assert backer_modifier(doc[1]) is None


# "Iran armed the Houthis , the militia in Yemen ."
HOUTHIS = [
    ("Iran", 1, "nsubj", "PROPN", "Iran", "B-GPE"),
    ("armed", 1, "ROOT", "VERB", "arm", "O"),
    ("the", 3, "det", "DET", "the", "O"),
    ("Houthis", 1, "dobj", "PROPN", "Houthis", "B-ORG"),
    (",", 3, "punct", "PUNCT", ",", "O"),
    ("the", 6, "det", "DET", "the", "O"),
    ("militia", 3, "appos", "NOUN", "militia", "O"),
    ("in", 6, "prep", "ADP", "in", "O"),
    ("Yemen", 7, "pobj", "PROPN", "Yemen", "B-GPE"),
    (".", 1, "punct", "PUNCT", ".", "O"),
]


def test_bare_group_in_apposition_is_the_organisation_it_describes() -> None:
    found = ids(parsed(HOUTHIS))
    assert found["the militia"] == "org:houthis"


def _moscow_then(rows: list[tuple]) -> dict[str, str]:
    # "Moscow said . Moscow warned . <rows>": Russia is the article's dominant country
    first = [
        ("Moscow", 1, "nsubj", "PROPN", "Moscow", "B-GPE"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
        ("Moscow", 4, "nsubj", "PROPN", "Moscow", "B-GPE"),
        ("warned", 4, "ROOT", "VERB", "warn", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    return ids(parsed(first + [(w, h + 6, d, p, lem, e) for w, h, d, p, lem, e in rows]))


def test_backed_group_takes_no_country_from_the_article() -> None:
    plain = [("The", 1, "det", "DET", "the", "O")] + [
        (w.replace("militias", "rebels"), h, d, p, lem.replace("militia", "rebel"), e)
        for w, h, d, p, lem, e in ONE_TOKEN_BACKER[1:]
    ]
    assert _moscow_then(plain)["The rebels"] == "RUS:REB"
    backed = [
        (w.replace("militias", "rebels"), h, d, p, lem.replace("militia", "rebel"), e)
        for w, h, d, p, lem, e in ONE_TOKEN_BACKER
    ]
    assert "rebels" not in _moscow_then(backed)


def test_backer_modifier_reads_a_participle_with_a_by_agent_after_the_group() -> None:
    from kgraph.resolve.groups import backer_modifier
    from tests.unit.test_entities import parsed

    # "Rebels supported by the United States captured Raqqa ."
    doc = parsed(
        [
            ("Rebels", 6, "nsubj", "NOUN", "rebel", "O"),
            ("supported", 0, "acl", "VERB", "support", "O"),
            ("by", 1, "agent", "ADP", "by", "O"),
            ("the", 5, "det", "DET", "the", "B-GPE"),
            ("United", 5, "compound", "PROPN", "United", "I-GPE"),
            ("States", 2, "pobj", "PROPN", "States", "I-GPE"),
            ("captured", 6, "ROOT", "VERB", "capture", "O"),
            ("Raqqa", 6, "dobj", "PROPN", "Raqqa", "B-GPE"),
            (".", 6, "punct", "PUNCT", ".", "O"),
        ]
    )
    backer = backer_modifier(doc[0])
    assert backer is not None and backer.text == "supported"
    assert backer_modifier(doc[7]) is None


def test_supranational_reads_a_regions_adjective_not_a_demonym() -> None:
    from kgraph.resolve.groups import supranational
    from tests.unit.test_entities import parsed

    # "European authorities and French officials said ."
    doc = parsed(
        [
            ("European", 1, "amod", "ADJ", "european", "B-NORP"),
            ("authorities", 5, "nsubj", "NOUN", "authority", "O"),
            ("and", 1, "cc", "CCONJ", "and", "O"),
            ("French", 4, "amod", "ADJ", "french", "B-NORP"),
            ("officials", 1, "conj", "NOUN", "official", "O"),
            ("said", 5, "ROOT", "VERB", "say", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert supranational(doc[1]) and not supranational(doc[4])


@pytest.mark.parametrize(
    ("words", "expect"),
    [
        # "U.S. intelligence agencies said .": the whole phrase, its head the plural noun
        (("U.S.", "intelligence", "agencies"), "USA:SPY"),
        (("Russia", "communications", "regulator"), "RUS:GOV"),
        (("Libya", "coastguard"), "LBY:MIL"),
        (("Iran", "state", "broadcaster"), "IRN:MED"),
        (("Indonesia", "anti-graft", "agency"), "IDN:GOV"),
    ],
)
def test_groups_sector_phrases_of_state_bodies(words: tuple[str, ...], expect: str) -> None:
    n = len(words)
    rows = [(words[0], n - 1, "compound", "PROPN", words[0], "B-GPE")]
    rows += [(w, n - 1, "compound", "NOUN", w, "O") for w in words[1:-1]]
    rows.append((words[-1], None, "nsubj", "NOUN", words[-1].rstrip("s"), "O"))
    found = ids(_said(rows))
    assert found == {" ".join(words): expect}
