"""Condemning an act of violence disapproves of whoever did it, not of its victim: the on- or
against-phrase of "the attack on Israel" is no target of CAMEO's condemnation patterns
(kgraph.extract.cameo, lexicon class ``victimizing_acts``); with the real model, on invented
sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("“I strongly condemn the attack on Israel,” Angela Merkel said.", "ISR"),
        ("Peru condemned the attack on its embassy in Caracas.", "VEN"),
        ("Egypt condemned the air strikes against civilians in Yemen.", "YEM"),
    ],
)
def test_the_victim_of_a_condemned_attack_is_not_criticized(text: str, victim: str):
    assert not any(e[1] == "CRITICIZES" and e[2] == victim for e in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia condemned Ukraine's attack on the convoy.", ("RUS", "CRITICIZES", "UKR")),
        ("Iran condemned the U.S. strikes on Syria.", ("IRN", "CRITICIZES", "USA")),
    ],
)
def test_the_attacker_of_a_condemned_attack_is_criticized(text: str, expected):
    assert expected in events(text)
