"""Party systems and politicians' titles (kgraph.resolve.parties), on hand-built parses."""

from __future__ import annotations

import pytest

from kgraph.evaluate_cameo import entity_dyad_id
from kgraph.extract.entities import find_actors
from kgraph.resolve.parties import party_sector
from tests.unit.test_entities import actors, ids, parsed


def _said(subject: list[tuple]) -> list[tuple]:
    """Rows of "<subject> said ." with every subject row hanging on its last row (the head),
    and the head on "said"."""
    n = len(subject)
    rows = [
        (w, n - 1 if k < n - 1 else n, "compound" if k < n - 1 else "nsubj", p, w, e)
        for k, (w, p, e) in enumerate(subject)
    ]
    return rows + [("said", n, "ROOT", "VERB", "say", "O"), (".", n, "punct", "PUNCT", ".", "O")]


def _country(doc_rows: list[tuple], text: str) -> str | None:
    return actors(parsed(doc_rows))[text].entity.country


def test_parties_republicans_alone_have_no_country() -> None:
    # France, Ireland and Armenia have Republicans too: a bare plural takes no default
    doc = parsed(_said([("Republicans", "PROPN", "B-NORP")]))
    assert ids(doc)["Republicans"] == "org:republican-party"


def test_parties_republicans_placed_by_a_us_state() -> None:
    # "Republicans in Colorado said ." : a place of one of the party's countries
    rows = [
        ("Republicans", 3, "nsubj", "PROPN", "Republicans", "B-NORP"),
        ("in", 0, "prep", "ADP", "in", "O"),
        ("Colorado", 1, "pobj", "PROPN", "Colorado", "B-GPE"),
        ("said", 3, "ROOT", "VERB", "say", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
    ]
    assert ids(parsed(rows))["Republicans"] == "org:republican-party-usa"


def test_parties_labour_alone_has_no_country() -> None:
    # "Labour" is a party of Britain, Australia, New Zealand, Norway ...: nothing places it
    doc = parsed(_said([("Labour", "PROPN", "B-ORG")]))
    assert ids(doc)["Labour"] == "org:labour-party"


def test_parties_labour_beside_the_tories_is_british() -> None:
    # "Labour and Tories said ."
    rows = [
        ("Labour", 3, "nsubj", "PROPN", "Labour", "B-ORG"),
        ("and", 0, "cc", "CCONJ", "and", "O"),
        ("Tories", 0, "conj", "PROPN", "Tories", "B-NORP"),
        ("said", 3, "ROOT", "VERB", "say", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
    ]
    found = ids(parsed(rows))
    assert found["Labour"] == "org:labour-party-gbr"
    assert found["Tories"] == "org:conservative-party-gbr"


def test_parties_the_sentence_names_the_country() -> None:
    # "Labour in Australia said ." : a named country among the party's countries wins
    rows = [
        ("Labour", 3, "nsubj", "PROPN", "Labour", "B-ORG"),
        ("in", 0, "prep", "ADP", "in", "O"),
        ("Australia", 1, "pobj", "PROPN", "Australia", "B-GPE"),
        ("said", 3, "ROOT", "VERB", "say", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
    ]
    assert ids(parsed(rows))["Labour"] == "org:labour-party-aus"


# A name no table knows: the country comes from the words before it alone.
PERSON = [("John", "PROPN", "B-PERSON"), ("Dunmore", "PROPN", "I-PERSON")]


def test_parties_a_known_public_figure_needs_no_party_word() -> None:
    # "Senator John McCain said .": the people table knows him (people.tsv)
    rows = _said([("Senator", "PROPN", "O"), ("John", "PROPN", "B-PERSON"),
                  ("McCain", "PROPN", "I-PERSON")])  # fmt: skip
    assert _country(rows, "John McCain") == "USA"


def test_parties_a_party_word_outweighs_the_people_table() -> None:
    # "Tory leader John McCain said .": the text's party word, not the table's country
    rows = _said([("Tory", "PROPN", "B-NORP"), ("leader", "NOUN", "O"), ("John", "PROPN",
                  "B-PERSON"), ("McCain", "PROPN", "I-PERSON")])  # fmt: skip
    assert _country(rows, "John McCain") == "GBR"


@pytest.mark.parametrize(
    ("before", "expect"),
    [
        ([("Republican", "PROPN", "B-NORP"), ("Senator", "PROPN", "O")], "USA"),
        ([("Democrat", "PROPN", "B-NORP")], "USA"),
        ([("Tory", "PROPN", "B-NORP"), ("leader", "NOUN", "O")], "GBR"),
        ([("Labour", "PROPN", "B-ORG"), ("backbencher", "NOUN", "O")], "GBR"),
        ([("Senator", "PROPN", "O")], None),  # a senator of which country? nothing says
        ([("Labour", "PROPN", "B-ORG"), ("leader", "NOUN", "O")], None),  # Labour of where?
    ],
)
def test_parties_party_word_or_title_before_a_person(
    before: list[tuple], expect: str | None
) -> None:
    assert _country(_said(before + PERSON), "John Dunmore") == expect


def test_parties_us_state_tag_after_a_name() -> None:
    # "Rep. Porter Goss , R-Fla. , said ."
    rows = [
        ("Rep.", 2, "compound", "PROPN", "Rep.", "O"),
        ("Porter", 2, "compound", "PROPN", "Porter", "B-PERSON"),
        ("Goss", 7, "nsubj", "PROPN", "Goss", "I-PERSON"),
        (",", 2, "punct", "PUNCT", ",", "O"),
        ("R", 2, "appos", "PROPN", "R", "O"),
        ("-", 4, "punct", "PUNCT", "-", "O"),
        ("Fla.", 4, "appos", "PROPN", "Fla.", "B-GPE"),
        ("said", 7, "ROOT", "VERB", "say", "O"),
        (".", 7, "punct", "PUNCT", ".", "O"),
    ]
    spaces = [True, True, False, True, False, False, True, False, False]
    assert actors(parsed(rows, spaces))["Porter Goss"].entity.country == "USA"


def test_parties_title_placed_by_the_sentence() -> None:
    # "Sen. John Dunmore and Republicans said ." : "Republicans" places the senator
    rows = [
        ("Sen.", 2, "compound", "PROPN", "Sen.", "O"),
        ("John", 2, "compound", "PROPN", "John", "B-PERSON"),
        ("Dunmore", 5, "nsubj", "PROPN", "Dunmore", "I-PERSON"),
        ("and", 2, "cc", "CCONJ", "and", "O"),
        ("Republicans", 2, "conj", "PROPN", "Republicans", "B-NORP"),
        ("said", 5, "ROOT", "VERB", "say", "O"),
        (".", 5, "punct", "PUNCT", ".", "O"),
    ]
    assert actors(parsed(rows))["John Dunmore"].entity.country == "USA"


def test_parties_title_not_placed_by_a_foreign_country() -> None:
    # "Sen. John Dunmore criticized Russia ." : Russia is the target, not his country
    rows = [
        ("Sen.", 2, "compound", "PROPN", "Sen.", "O"),
        ("John", 2, "compound", "PROPN", "John", "B-PERSON"),
        ("Dunmore", 3, "nsubj", "PROPN", "Dunmore", "I-PERSON"),
        ("criticized", 3, "ROOT", "VERB", "criticize", "O"),
        ("Russia", 3, "dobj", "PROPN", "Russia", "B-GPE"),
        (".", 3, "punct", "PUNCT", ".", "O"),
    ]
    assert actors(parsed(rows))["John Dunmore"].entity.country is None


@pytest.mark.parametrize(
    ("party", "country", "date", "expect"),
    [
        ("org:republican-party", "USA", "2004-05-01", "GOV"),
        ("org:republican-party", "USA", "2010-03-01", "OPP"),
        ("org:democratic-party", "USA", "2010-03-01", "GOV"),
        ("org:labour-party", "GBR", "2005-02-01", "GOV"),
        ("org:conservative-party", "GBR", "2005-02-01", "OPP"),
        ("org:republican-party", "USA", None, None),  # no date: no guess
        ("org:green-party", "DEU", "2005-02-01", None),  # not in the table
    ],
)
def test_parties_sector_by_date(party: str, country: str, date: str | None, expect: str) -> None:
    assert party_sector(party, country, date) == expect


@pytest.mark.parametrize(
    ("date", "expect"),
    [("2005-02-01", "GBR:OPP"), ("2012-02-01", "GBR:GOV"), (None, "org:conservative-party-gbr")],
)
def test_parties_party_leader_leads_by_date(date: str | None, expect: str) -> None:
    # "Tory leader Peter Mills said ." (a leader the table does not know): the opposition
    # in 2005, the government in 2012, the party itself without a date
    rows = _said(
        [
            ("Tory", "PROPN", "B-NORP"),
            ("leader", "NOUN", "O"),
            ("Peter", "PROPN", "B-PERSON"),
            ("Mills", "PROPN", "I-PERSON"),
        ]
    )
    doc = parsed(rows)
    if date is not None:
        doc.user_data["kgraph_date"] = date
    found = {doc[a.start : a.end].text: a for a in find_actors(doc, "t")}["Peter Mills"]
    assert found.leader_of is not None
    assert (found.entity.country, found.leader_of.id) == ("GBR", expect)


def test_igo_head_in_office_acts_for_the_igo() -> None:
    # "UN Secretary General Kofi Annan said ." : the UN's act, not Ghana's
    rows = _said(
        [
            ("UN", "PROPN", "B-ORG"),
            ("Secretary", "PROPN", "O"),
            ("General", "PROPN", "O"),
            ("Kofi", "PROPN", "B-PERSON"),
            ("Annan", "PROPN", "I-PERSON"),
        ]
    )
    found = actors(parsed(rows))["Kofi Annan"]
    assert found.entity.country == "igo:un"
    assert entity_dyad_id(found.entity) == "igo:un"


def test_igo_head_with_a_stated_nationality_keeps_it() -> None:
    # "Ghanaian diplomat Kofi Annan said ."
    rows = _said(
        [
            ("Ghanaian", "ADJ", "B-NORP"),
            ("diplomat", "NOUN", "O"),
            ("Kofi", "PROPN", "B-PERSON"),
            ("Annan", "PROPN", "I-PERSON"),
        ]
    )
    assert actors(parsed(rows))["Kofi Annan"].entity.country == "GHA"


def test_igo_head_in_office_makes_no_country_groups() -> None:
    # "Annan said the government ." : an IGO head's "country" gives no GOV group
    rows = [
        ("Annan", 1, "nsubj", "PROPN", "Annan", "B-PERSON"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        ("the", 3, "det", "DET", "the", "O"),
        ("administration", 1, "dobj", "NOUN", "administration", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    found = ids(parsed(rows))
    assert found["Annan"] == "person:kofi-annan"
    assert not [i for i in found.values() if i.startswith("igo:un:")]


def _two(first: list[tuple], second: list[tuple]) -> list[tuple]:
    """ "<first> and <second> said .": two conjoined subjects (each a run of (word, pos, ent))."""
    n1, n2 = len(first), len(second)
    verb = n1 + 1 + n2
    rows = [
        (w, n1 - 1 if k < n1 - 1 else verb, "compound" if k < n1 - 1 else "nsubj", p, w, e)
        for k, (w, p, e) in enumerate(first)
    ]
    rows.append(("and", n1 - 1, "cc", "CCONJ", "and", "O"))
    head = n1 + n2
    rows += [
        (w, head if k < n2 - 1 else n1 - 1, "compound" if k < n2 - 1 else "conj", p, w, e)
        for k, (w, p, e) in enumerate(second)
    ]
    return rows + [
        ("said", verb, "ROOT", "VERB", "say", "O"),
        (".", verb, "punct", "PUNCT", ".", "O"),
    ]


CONGRESS = [("Congress", "PROPN", "B-ORG")]
SUPREME_COURT = [("Supreme", "PROPN", "B-ORG"), ("Court", "PROPN", "I-ORG")]


def test_bodies_congress_alone_is_the_us_congress() -> None:
    assert ids(parsed(_said(CONGRESS)))["Congress"] == "USA:LEG"


@pytest.mark.parametrize("party", ["Party", "party"])
def test_bodies_a_body_word_in_a_party_name_is_no_body(party: str) -> None:
    # "National Congress Party said ." : Sudan's ruling party, not a legislature
    rows = _said([("National", "PROPN", "B-ORG"), *CONGRESS, (party, "PROPN", "I-ORG")])
    assert not any(v.endswith(":LEG") for v in ids(parsed(rows)).values())


def test_bodies_congress_of_the_nationality_the_sentence_names() -> None:
    # "Ecuadorean police and Congress said ."
    rows = _two([("Ecuadorean", "ADJ", "B-NORP"), ("police", "NOUN", "O")], CONGRESS)
    assert ids(parsed(rows))["Congress"] == "ECU:LEG"


def test_bodies_a_plain_country_name_does_not_place_congress() -> None:
    # "Congress and Colombia said ." : a country named plainly is often the target
    rows = _two(CONGRESS, [("Colombia", "PROPN", "B-GPE")])
    assert ids(parsed(rows))["Congress"] == "USA:LEG"


def test_bodies_seat_of_power_places_a_body() -> None:
    # "The White House and Supreme Court said ."
    rows = _two([("The", "DET", "O"), ("White", "PROPN", "B-ORG"), ("House", "PROPN", "I-ORG")],
                SUPREME_COURT)  # fmt: skip
    assert ids(parsed(rows))["Supreme Court"] == "USA:JUD"


def test_bodies_supreme_court_without_a_country_stays_an_organisation() -> None:
    assert ids(parsed(_said(SUPREME_COURT)))["Supreme Court"] == "org:supreme-court"


def test_bodies_supreme_court_placed_by_party_words() -> None:
    # "Republicans and Supreme Court said ."
    rows = _two([("Republicans", "PROPN", "B-NORP")], SUPREME_COURT)
    assert ids(parsed(rows))["Supreme Court"] == "USA:JUD"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ([("Mr", "PROPN", "O"), ("Kilroy", "PROPN", "B-ORG"), ("-", "PUNCT", "I-ORG"),
          ("Silk", "PROPN", "I-ORG")], "Kilroy-Silk"),
        ([("Senator", "PROPN", "O"), ("Warren", "PROPN", "B-ORG")], "Warren"),
        ([("Representative", "PROPN", "B-ORG"), ("Nydia", "PROPN", "I-ORG"),
          ("Velazquez", "PROPN", "I-ORG")], "Representative Nydia Velazquez"),
    ],
)  # fmt: skip
def test_names_typed_as_organisations_after_a_person_title(words: list[tuple], name: str) -> None:
    rows = _said(words)
    spaces = [True] * len(rows)
    for k, row in enumerate(rows[:-1]):
        if row[0] == "-" or rows[k + 1][0] == "-":
            spaces[k] = False
    found = [a for a in find_actors(parsed(rows, spaces), "t") if a.entity.kind == "Person"]
    assert found, name
    assert found[0].entity.kind == "Person"


def test_names_a_lone_name_after_a_vague_title_stays_an_organisation() -> None:
    # "chief Gazprom said ." : "chief" is no person's title alone
    rows = _said([("chief", "NOUN", "O"), ("Gazprom", "PROPN", "B-ORG")])
    assert all(a.entity.kind != "Person" for a in find_actors(parsed(rows), "t"))


def test_leaders_table_opposition_leader() -> None:
    # "Michael Howard said ." : the dated table makes him the British opposition's leader
    rows = _said([("Michael", "PROPN", "B-PERSON"), ("Howard", "PROPN", "I-PERSON")])
    doc = parsed(rows)
    doc.user_data["kgraph_date"] = "2005-02-01"
    found = {doc[a.start : a.end].text: a for a in find_actors(doc, "t")}["Michael Howard"]
    assert found.entity.country == "GBR"


def test_parties_a_longer_party_name_is_no_us_party_word() -> None:
    # "Social Democratic leader John McCain said ." : not the US Democrats
    before = [("Social", "PROPN", "B-NORP"), ("Democratic", "PROPN", "I-NORP"),
              ("leader", "NOUN", "O")]  # fmt: skip
    assert _country(_said(before + PERSON), "John Dunmore") is None


def _members(words: list[tuple]) -> list[tuple]:
    """ "<party word> <role noun(s)> said .": the party word modifies the role noun."""
    return _said([(w, p, e) for w, p, e in words])


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        ([("Republican", "ADJ", "B-NORP"), ("lawmakers", "NOUN", "O")],
         "Republican lawmakers", "USA:LEG"),
        ([("Democratic", "ADJ", "B-NORP"), ("senators", "NOUN", "O")],
         "Democratic senators", "USA:LEG"),
        ([("Tory", "PROPN", "B-NORP"), ("MPs", "NOUN", "O")], "Tory MPs", "GBR:LEG"),
        ([("Labour", "PROPN", "B-ORG"), ("MPs", "NOUN", "O")], "Labour MPs", None),
    ],
)  # fmt: skip
def test_party_members_are_their_countrys_legislature(
    words: list[tuple], text: str, expected: str | None
) -> None:
    # "Labour MPs said .": Labour is a party of several countries and nothing places it
    found = ids(parsed(_members(words)))
    if expected is None:
        assert text not in found
    else:
        assert found[text] == expected


def test_party_members_placed_by_the_sentence() -> None:
    # "Labour MPs and Tories said ." : the Tories place Labour in Britain
    rows = [
        ("Labour", 1, "compound", "PROPN", "Labour", "B-ORG"),
        ("MPs", 4, "nsubj", "NOUN", "MP", "O"),
        ("and", 1, "cc", "CCONJ", "and", "O"),
        ("Tories", 1, "conj", "PROPN", "Tories", "B-NORP"),
        ("said", 4, "ROOT", "VERB", "say", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    assert ids(parsed(rows))["Labour MPs"] == "GBR:LEG"


def test_party_members_not_a_title_before_a_name() -> None:
    # "Republican senator John McCain said .": the person, no group beside him
    rows = [
        ("Republican", 1, "amod", "ADJ", "republican", "B-NORP"),
        ("senator", 3, "compound", "NOUN", "senator", "O"),
        ("John", 3, "compound", "PROPN", "John", "B-PERSON"),
        ("McCain", 4, "nsubj", "PROPN", "McCain", "I-PERSON"),
        ("said", 4, "ROOT", "VERB", "say", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    found = ids(parsed(rows))
    assert found["John McCain"] == "person:john-mccain"
    assert "USA:LEG" not in found.values()


def test_party_members_only_legislators() -> None:
    # "Republican leaders said .", "Democratic voters said .": the party's people, no body
    for noun in ("leaders", "voters"):
        rows = _members([("Republican", "ADJ", "B-NORP"), (noun, "NOUN", "O")])
        assert not [i for i in ids(parsed(rows)).values() if i.startswith("USA:")]


def test_party_members_another_partys_name() -> None:
    # "Social Democratic lawmakers said .": not the US Democrats
    rows = _members([("Social", "PROPN", "B-ORG"), ("Democratic", "PROPN", "I-ORG"),
                     ("lawmakers", "NOUN", "O")])  # fmt: skip
    assert "USA:LEG" not in ids(parsed(rows)).values()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Senate", "Intelligence", "Committee"], "USA:LEG"),
        (["House", "Judiciary", "Committee"], "USA:LEG"),
        (["Nobel", "Committee"], None),  # no legislature's
        (["Senate", "Intelligence", "Report"], None),  # no committee
    ],
)
def test_bodies_a_legislatures_committee_is_the_legislature(
    words: list[str], expected: str | None
) -> None:
    rows = _said([(w, "PROPN", ("B-ORG" if k == 0 else "I-ORG")) for k, w in enumerate(words)])
    found = ids(parsed(rows)).get(" ".join(words))
    if expected is None:
        assert found is None or not found.endswith(":LEG")
    else:
        assert found == expected


def test_bodies_a_committee_of_a_named_countrys_legislature() -> None:
    # "Australian Senate Economics Committee said ."
    rows = _said([("Australian", "ADJ", "B-ORG"), ("Senate", "PROPN", "I-ORG"),
                  ("Economics", "PROPN", "I-ORG"), ("Committee", "PROPN", "I-ORG")])  # fmt: skip
    assert "AUS:LEG" in ids(parsed(rows)).values()


def _sentences(*subjects: tuple[str, str, str, str]) -> list[tuple]:
    """One "<subject> <verb> ." sentence per (word, ent tag, verb, verb lemma)."""
    rows: list[tuple] = []
    for word, ent, verb, lemma in subjects:
        at = len(rows)
        pos = "PROPN"
        rows += [
            (word, at + 1, "nsubj", pos, word, ent),
            (verb, at + 1, "ROOT", "VERB", lemma, "O"),
            (".", at + 1, "punct", "PUNCT", ".", "O"),
        ]
    return rows


PERU = ("Peru", "B-GPE", "voted", "vote")
CHILE = ("Chile", "B-GPE", "voted", "vote")
CONGRESS_SAID = ("Congress", "B-ORG", "said", "say")


def test_bodies_congress_of_the_one_country_other_sentences_name() -> None:
    # "Peru voted . Congress said .": a story set in Peru, which never names the U.S.
    assert ids(parsed(_sentences(PERU, CONGRESS_SAID)))["Congress"] == "PER:LEG"


def test_bodies_congress_of_an_article_naming_two_such_countries_is_nobody() -> None:
    # "Peru voted . Chile voted . Congress said .": Peru's or Chile's, not the U.S.'s
    assert "Congress" not in ids(parsed(_sentences(PERU, CHILE, CONGRESS_SAID)))


def test_bodies_congress_stays_american_with_a_us_leader_named() -> None:
    # "Obama spoke . Peru voted . Congress said .": a U.S. leader places the story
    obama = ("Obama", "B-PERSON", "spoke", "speak")
    assert ids(parsed(_sentences(obama, PERU, CONGRESS_SAID)))["Congress"] == "USA:LEG"


def _party_sentence(country: tuple, second: tuple | None = None) -> dict[str, object]:
    # "<country> s president met the Lakeside Party ." (+ "and <second>")
    rows = [
        country,
        ("s", 0, "case", "PART", "'s", "O"),
        ("president", 3, "nsubj", "NOUN", "president", "O"),
        ("met", 3, "ROOT", "VERB", "meet", "O"),
        ("the", 6, "det", "DET", "the", "O"),
        ("Lakeside", 6, "compound", "PROPN", "Lakeside", "B-ORG"),
        ("Party", 3, "dobj", "PROPN", "Party", "I-ORG"),
    ]
    if second is not None:
        rows += [("and", 6, "cc", "CCONJ", "and", "O"), (second[0], 6, "conj", *second[1:])]
    rows.append((".", 3, "punct", "PUNCT", ".", "O"))
    return {text: a.entity for text, a in actors(parsed(rows)).items()}


def test_unknown_party_is_of_its_sentences_one_country() -> None:
    iceland = ("Iceland", 2, "poss", "PROPN", "Iceland", "B-GPE")
    party = _party_sentence(iceland)["Lakeside Party"]
    assert (party.id, party.country) == ("org:lakeside-party", "ISL")


def test_unknown_party_takes_no_country_from_a_sentence_naming_two() -> None:
    iceland = ("Iceland", 2, "poss", "PROPN", "Iceland", "B-GPE")
    party = _party_sentence(iceland, ("Norway", "PROPN", "Norway", "B-GPE"))["Lakeside Party"]
    assert party.country is None
