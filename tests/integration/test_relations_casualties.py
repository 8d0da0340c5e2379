"""Casualties whose attacker is named beside them (kgraph.extract.rules_casualties), wounds as
attacks, and numbers that count an of-phrase, with the real model on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of dying and the owner of the attack it happened in
        ("Ten Syrian soldiers died in Israeli air strikes.", ("ISR", "ATTACKS", "SYR:MIL")),
        # a when- or after-clause whose attack has an actor as subject or by-agent
        (
            "Two Iraqi policemen were killed when Kurdish rebels attacked a checkpoint.",
            ("IRQ:REB", "ATTACKS", "IRQ:COP"),
        ),
        (
            "Four Afghan civilians died when U.S. drones struck their village.",
            ("USA:MIL", "ATTACKS", "AFG:CVL"),
        ),
        (
            "Six Nigerian soldiers were killed after their convoy was ambushed by Boko Haram.",
            ("org:boko-haram", "ATTACKS", "NGA:MIL"),
        ),
        # wounding is an attack, also read from the attack a passive happened in
        (
            "Three Palestinians were wounded in an Israeli air strike.",
            ("ISR", "ATTACKS", "PSE:CVL"),
        ),
        ("Turkish troops injured two Syrian soldiers.", ("TUR:MIL", "ATTACKS", "SYR:MIL")),
        # a number counts the members of its of-phrase
        (
            "Kenyan troops killed more than 30 of the Somali militants.",
            ("KEN:MIL", "ATTACKS", "SOM:REB"),
        ),
    ],
)
def test_casualties_and_their_attackers(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # an accident is no attack
        "Four Egyptian soldiers were killed when a train crashed into their truck.",
        # the casualties are never their own attackers
        "Five Somali militants were killed when they attacked the base.",
        # a named war is history and its demonym no attacker
        "Three American soldiers died in the Korean War.",
    ],
)
def test_no_casualty_attack(text: str) -> None:
    assert not [t for t in extracted(text) if t.rule in ("casualty-clause", "casualty-instrument")]
