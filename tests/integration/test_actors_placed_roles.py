"""Groups placed by the words around a role noun or body name, with the model: a city as a
role noun's compound ("an Istanbul prosecutor") or a "-born"/"-based" place, a generic party and
a national assembly placed by the leaders their sentence names, "congressional" people and
panels, a head's possessed government, an institution's officials and a court's judges, an
opposition lawmaker, a "U.S.-led" coalition, a private lawyer (a civilian), a nationality before
a national body's name, and a monarch's title alone (no organisation). Two people the model runs
into one organisation: tests/unit/test_ner_clause_verbs.py."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _mentions(text: str, date: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.entity.id) for m in entity_mentions([Document("t", text, date=date)])]


def test_city_compound_places_a_role_noun() -> None:
    text = "An Izmir prosecutor ordered the arrest of the two journalists on Friday."
    found = dict(_mentions(text))
    assert found["prosecutor"] == "TUR:JUD"


def test_city_compound_places_plural_police() -> None:
    found = dict(_mentions("Lagos police detained the organisers of the march."))
    assert found["police"] == "NGA:COP"


def test_city_compound_of_a_foreign_sector_places_nothing() -> None:
    # troops stationed in a city may be anyone's
    found = dict(_mentions("Kandahar troops fired on the convoy at dawn."))
    assert "AFG:MIL" not in found.values()


def test_generic_party_takes_the_country_of_its_sentences_leader() -> None:
    text = (
        "Dozens of judges were threatened by Maduro after they criticized the ruling "
        "Socialist Party last month."
    )
    ids = [entity for surface, entity in _mentions(text, date="2017-09-01")]
    assert "org:socialist-party-ven" in ids


def test_national_assembly_is_the_legislature_of_the_sentences_leader() -> None:
    text = "Maduro accused the opposition-led National Assembly of plotting a coup on Tuesday."
    found = dict(_mentions(text, date="2017-07-01"))
    assert found["National Assembly"] == "VEN:LEG"


def test_national_assembly_of_no_known_country_is_nobody() -> None:
    found = dict(_mentions("The National Assembly voted on the budget on Tuesday."))
    assert found.get("National Assembly", "").endswith(":LEG") is False


def test_monarchs_title_alone_is_no_organisation() -> None:
    text = "The revolution of 1979 toppled the U.S.-backed Shah and brought the clerics to power."
    ids = {entity for _, entity in _mentions(text)}
    assert "org:shah" not in ids


def test_congressional_people_are_the_legislature() -> None:
    found = dict(_mentions("Congressional investigators asked the bank for its records."))
    assert found["Congressional investigators"] == "USA:LEG"


def test_congressional_panel_is_the_legislature() -> None:
    found = dict(_mentions("A congressional panel asked the White House to explain the move."))
    assert found["congressional panel"] == "USA:LEG"


def test_congressional_hearing_is_no_actor() -> None:
    found = dict(_mentions("The congressional hearings were postponed until March."))
    assert "USA:LEG" not in found.values()


def test_congressional_in_another_countrys_article_is_its_congress() -> None:
    text = (
        "LIMA (Reuters) - Peru's Congress debated the bill on Monday. Congressional investigators "
        "said the vote would come on Thursday."
    )
    found = dict(_mentions(text))
    assert found["Congressional investigators"] == "PER:LEG"


def test_a_heads_possessed_government_is_the_countrys() -> None:
    text = "Opposition lawmakers defeated Prime Minister Theresa May's government on Wednesday."
    found = dict(_mentions(text, date="2017-12-14"))
    assert found["Theresa May's government"] == "GBR:GOV"


def test_a_non_heads_possessed_government_is_no_group() -> None:
    # a foreign minister heads no government
    text = "Lawmakers criticized Sergei Lavrov's government on Wednesday."
    found = dict(_mentions(text, date="2017-12-14"))
    assert "Sergei Lavrov's government" not in found


def test_an_institutions_officials_are_the_institution() -> None:
    text = "U.S. senators questioned State Department officials about the aid on Thursday."
    found = dict(_mentions(text))
    assert found["State Department officials"] == "USA:GOV"


def test_a_seat_used_as_a_place_keeps_its_place() -> None:
    text = "Protesters gathered outside the Kremlin on Sunday."
    found = dict(_mentions(text))
    assert found.get("the Kremlin") == "loc:kremlin"


def test_an_opposition_lawmaker_is_the_oppositions() -> None:
    text = "Turkish police detained an opposition lawmaker in Ankara on Monday."
    found = dict(_mentions(text))
    assert found["opposition lawmaker"] == "TUR:OPP"


def test_a_us_led_coalition_written_as_one_token_is_the_us_military() -> None:
    found = dict(_mentions("The U.S.-led coalition bombed a bridge near the town."))
    assert found["The U.S.-led coalition"] == "USA:MIL"


def test_a_led_event_is_no_group() -> None:
    found = dict(_mentions("The U.S.-led invasion began in the spring."))
    assert "USA:MIL" not in found.values()


def test_a_place_born_judge_takes_the_places_country() -> None:
    found = dict(_mentions("The senator accused an Ohio-born judge of bias."))
    assert found["judge"] == "USA:JUD"


def test_a_private_lawyer_is_a_civilian_not_the_judiciary() -> None:
    found = dict(_mentions("Ukrainian lawyers sought to defend the journalist in court."))
    assert found["Ukrainian lawyers"] == "UKR:CVL"


def test_prosecutors_stay_the_judiciary() -> None:
    found = dict(_mentions("Ukrainian prosecutors charged the journalist on Monday."))
    assert found["Ukrainian prosecutors"] == "UKR:JUD"


def test_a_nationality_and_a_national_bodys_name_is_that_countrys_body() -> None:
    found = dict(_mentions("The Kenyan Supreme Court annulled the vote on Friday."))
    assert found["The Kenyan Supreme Court"] == "KEN:JUD"


def test_a_possessive_country_and_a_national_assembly_is_its_legislature() -> None:
    found = dict(_mentions("Hungary's National Assembly passed the law on Tuesday."))
    assert "HUN:LEG" in found.values()


def test_a_courts_judges_are_the_court() -> None:
    text = "Peruvian police stopped Supreme Court judges at the gate on Monday."
    found = dict(_mentions(text))
    assert found["Supreme Court judges"] == "PER:JUD"
