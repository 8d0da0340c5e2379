"""Actors read wrongly, on sentences written for these rules (actorfix25): a body named after
a possessive owner is the owner's, a party's members named with their legislature are the
party, a person's time in office and a coalition's colour name are no body, and
names the model typed as a nationality, a work of art or nothing are people's."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions, extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _all_ids(text: str, date: str | None = "2017-05-01") -> list[tuple[str, str]]:
    return [(m.text, m.entity.id) for m in entity_mentions([Document("t", text, date=date)])]


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {
        (t.subject.id, t.relation, t.object.id)
        for t in extract(Document("t", text, date="2017-05-01"))
        if t.status == "asserted"
    }


def test_possessive_owner_names_whose_council_it_is() -> None:
    found = _all_ids("The secretary of Tehran's Supreme National Security Council spoke.")
    assert ("Tehran's Supreme National Security Council", "IRN:GOV") in found, found
    found = _all_ids("The KRG's Security Council warned of an attack by Iraqi forces.")
    assert ("The KRG's Security Council", "org:krg") in found, found
    assert all(i not in ("USA:GOV", "igo:unsc") for _, i in found), found
    # the U.N.'s council and an IGO that is no council stay what they are
    found = _all_ids("Turkey's NATO allies criticised Russia's U.N. Security Council veto.")
    assert ("NATO", "igo:nato") in found and ("U.N. Security Council", "igo:unsc") in found, found


def test_legislature_and_party_plural_are_one_party_mention() -> None:
    found = _all_ids("House Republicans have launched their own investigation into the FBI.")
    assert ("House Republicans", "org:republican-party-usa") in found, found


def test_persons_presidency_is_no_government() -> None:
    found = _all_ids("Obama visited wounded soldiers in Mexico throughout his presidency.")
    assert all(text != "presidency" for text, _ in found), found
    found = _all_ids("Trump's presidency has been chaotic.")
    assert all(text != "presidency" for text, _ in found), found
    found = _all_ids("The Egyptian presidency said the talks would go on.")
    assert ("The Egyptian presidency", "EGY:GOV") in found, found


def test_government_of_a_leader_is_the_leaders_country() -> None:
    found = _all_ids(
        "Saudi Arabia's foreign minister spoke in Munich. He said Iran was propping up the "
        "government of Syrian President Bashar al-Assad."
    )
    assert ("the government", "SYR:GOV") in found, found


def test_colour_coalition_is_no_country() -> None:
    found = _all_ids("Merkel's conservatives began talks on a Jamaica coalition with the Greens.")
    assert all(not i.startswith("JAM") for _, i in found), found


def test_nationality_as_a_given_name_before_a_person() -> None:
    found = _all_ids("The businessmen Mikhail Fridman, Petr Aven and German Khan sued the firm.")
    assert ("German Khan", "person:german-khan") in found, found
    assert all(i not in ("DEU", "person:imran-khan") for _, i in found), found


def test_given_name_makes_a_work_of_art_a_person() -> None:
    found = _all_ids(
        "Three people were wounded, including Ihor Mosiychuk, a member of the Radical "
        "Party. The suspect had links to Mosiychuk."
    )
    assert ("Mosiychuk", "person:ihor-mosiychuk") in found, found


def test_sitting_leader_takes_the_shared_surname_from_a_relative() -> None:
    found = _all_ids(
        "Ivanka Trump met Chinese officials on Monday. Her father, President Donald Trump, "
        "praised the talks. Trump later criticized China."
    )
    assert ("Trump", "person:donald-trump") in found, found
    # undated, the article's own title says who sits now
    text = (
        "First lady Michelle Obama will join her husband, President Barack Obama, on the "
        "trip. The visit comes as Obama completes his final year in office."
    )
    assert ("Obama", "person:barack-obama") in _all_ids(text, None)
    found = _all_ids(
        "Jeb Bush attacked his brother, former President George W. Bush. Bush then left.", None
    )
    assert ("Bush", "person:jeb-bush") in found, found


def test_titled_aged_surname_is_a_person() -> None:
    found = _all_ids(
        "U.S. Representative Price, 62, is an orthopedic surgeon. Since 2005, Price has "
        "criticized the law."
    )
    assert all(not i.startswith("org:") for _, i in found), found
    assert ("Price", "person:price") in found, found


def test_descriptor_before_an_organisation_is_no_country_group() -> None:
    found = _all_ids(
        "Cameroon said a girl walked into a mosque. The attack bore the hallmarks of "
        "Islamist militant group Boko Haram, authorities in Cameroon said."
    )
    assert ("Boko Haram", "org:boko-haram") in found, found
    assert all(i != "CMR:REB" for _, i in found), found
