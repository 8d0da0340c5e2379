"""Armed men named by an armed organisation or by a people without a state; sentences written
for these rules (kgraph/extract/entities.py ``peoples_forces``, ``_fighters_end``)."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_an_armed_organisation_s_fighters_are_the_organisation() -> None:
    text = "Houthi fighters attacked Saudi troops on the border."
    assert ("org:houthis", "ATTACKS", "SAU:MIL") in events(text)
    assert _ids(text)["Houthi fighters"] == "org:houthis"


def test_an_armed_organisation_s_bombers_and_attackers_are_the_organisation() -> None:
    # "bomber" is also a product noun ("the B-1 bomber"); after an armed organisation's name
    # it names its men, with one lower-case noun between ("suicide")
    text = "Taliban suicide bombers attacked Afghan soldiers in Kandahar on Tuesday."
    assert ("org:taliban", "ATTACKS", "AFG:MIL") in events(text)
    assert _ids(text)["Taliban suicide bombers"] == "org:taliban"
    found = _ids("Islamic State attackers killed ten policemen near the border.")
    assert found["Islamic State attackers"] == "org:islamic-state"


def test_a_country_s_bombers_are_no_armed_organisation_s() -> None:
    found = _ids("Two Russian bombers flew over the Baltic Sea on Monday.")
    assert not any(e.startswith("org:") for e in found.values())


def test_kurdish_forces_in_iraq_are_the_peshmerga() -> None:
    text = "Iraqi forces launched an attack on Kurdish forces near Kirkuk in northern Iraq."
    assert ("IRQ:MIL", "ATTACKS", "org:peshmerga") in events(text)


def test_kurdish_fighters_placed_in_syria_are_the_ypg() -> None:
    found = _ids("Turkey opposes U.S. support for Kurdish fighters in Syria.")
    assert found["Kurdish fighters"] == "org:ypg"


def test_kurdish_forces_of_two_countries_are_nobody() -> None:
    found = _ids("Kurdish forces have fought Islamic State in Iraq and Syria.")
    assert "Kurdish forces" not in found


def test_rohingya_militants_are_the_arakan_rohingya_salvation_army() -> None:
    found = _ids("Myanmar officials blamed Rohingya militants for the burning of homes.")
    assert found["Rohingya militants"] == "org:arsa"
    assert "Rohingya refugees" not in _ids("Rohingya refugees fled to Bangladesh.")


def test_a_country_that_acts_in_the_sentence_does_not_place_the_people_s_fighters() -> None:
    text = (
        "Senator John McCain said it would be hard to convince Turkish President Tayyip "
        "Erdogan of the merits of backing Kurdish fighters."
    )
    assert not any(i in ("org:pkk", "TUR:REB", "USA:REB") for i in _ids(text).values())


def test_a_people_s_civilians_keep_their_place_s_country() -> None:
    text = "Soldiers in Myanmar abused Rohingya women in northern Rakhine, witnesses said."
    assert "MMR:CVL" in _ids(text).values()


def test_an_official_the_parser_hangs_on_a_group_s_fighters_is_not_the_group() -> None:
    text = (
        "Three suspected al Qaeda militants were killed in a drone strike in southern Yemen "
        "late on Thursday, a local security official and residents said."
    )
    found = _ids(text)
    assert found["al Qaeda militants"] == "org:al-qaeda"
    assert "security official" not in found


def test_a_people_named_by_its_noun_is_its_country_s_civilians() -> None:
    text = "Myanmar's army drove out the Rohingya. The Rohingya accused the army of arson."
    assert ("MMR:CVL", "CRITICIZES", "MMR:MIL") in events(text)


def test_a_people_after_a_demonym_is_that_country_s_civilians() -> None:
    found = _ids("Thousands of Iranian Kurds marched in the city of Mahabad on Monday.")
    assert found["Iranian Kurds"] == "IRN:CVL"


def test_a_people_placed_in_two_countries_is_nobody() -> None:
    found = _ids("The vote could fuel demands by Kurds in Syria and in Turkey for autonomy.")
    assert not any(i.endswith(":CVL") for i in found.values())


def test_an_ethnic_people_is_nobody_s_civilians() -> None:
    found = _ids("Iraqi forces took Kirkuk. About 30 million ethnic Kurds live across the region.")
    assert not any(i.endswith(":CVL") for i in found.values())
