"""Coercion and fighting shapes of news with the real model, on invented sentences: bare
armed men fought by a state's forces (their country is the state's when the article names no
other), counted peoples deported ("thousands of Afghans were deported from Iran"), an
expulsion carried by a passive of ordering ("were ordered deported from the United States"),
"battled insurgents" as fighting, not CAMEO's cooperation pattern, and a patrol or convoy as
its owner's."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistani troops killed 20 militants in a raid on Sunday.",
            ("PAK:MIL", "ATTACKS", "PAK:REB"),
        ),
        (
            "Nigerian soldiers attacked a camp on Friday, killing a number of insurgents.",
            ("NGA:MIL", "ATTACKS", "NGA:REB"),
        ),
        ("Thousands of Afghans were deported from Iran last year.", ("IRN", "COERCES", "AFG")),
        (
            "Thousands of people, including Dutch citizens, were detained in Turkey last year.",
            ("TUR", "COERCES", "NLD:CVL"),
        ),
        (
            "Hundreds of Mexicans have been ordered deported from the United States.",
            ("USA", "COERCES", "MEX"),
        ),
        (
            "Syrian troops battled insurgents near Aleppo on Monday.",
            ("SYR:MIL", "ATTACKS", "SYR:REB"),
        ),
        ("Militants killed three Afghan soldiers on Monday.", ("AFG:REB", "ATTACKS", "AFG:MIL")),
        ("Gunmen ambushed a Nigerian army convoy on Friday.", ("NGA:REB", "ATTACKS", "NGA:MIL")),
        (
            "Islamist rebels have attacked a police patrol in northeastern Nigeria.",
            ("NGA:REB", "ATTACKS", "NGA:COP"),
        ),
    ],
)
def test_fighting_and_deportation_shapes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        # the article names where the state's forces fight: the militants are not their own
        "U.S. troops killed 20 militants on Sunday. The raid was the largest in Iraq this year.",
    ],
)
def test_fighters_abroad_take_no_attacker_country(text: str) -> None:
    assert ("USA:MIL", "ATTACKS", "USA:REB") not in asserted_events(text)
