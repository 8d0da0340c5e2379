"""Acts of an actor named by a noun, whose owner is the target of a stance or the actor of the
act (kgraph.extract.args_acts): an "X-led" act, a by-phrase on the of-phrase's noun, and an
appositive summing up its clause; with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran condemned the Saudi-led air strikes on Yemen.", ("IRN", "CRITICIZES", "SAU")),
        ("Iran condemned the Saudi-led air strikes on Yemen.", ("SAU", "ATTACKS", "YEM")),
        ("Saudi-led air strikes killed Yemeni civilians.", ("SAU", "ATTACKS", "YEM:CVL")),
        ("U.S.-led air strikes killed 20 civilians in Syria.", ("USA", "ATTACKS", "SYR:CVL")),
        ("Russia condemned the U.S.-led strikes on Syria.", ("RUS", "CRITICIZES", "USA")),
        ("The U.S.-led invasion of Iraq toppled Saddam.", ("USA", "ATTACKS", "IRQ")),
        (
            "Germany criticized the announcement of new sanctions by the United States.",
            ("DEU", "CRITICIZES", "USA"),
        ),
        (
            "The EU welcomed the release of the report by Amnesty International.",
            ("igo:eu", "BACKS", "org:amnesty-international"),
        ),
        ("Japan cut its tariffs, a move that drew praise from India.", ("IND", "BACKS", "JPN")),
        (
            "Russia expelled 20 diplomats, a step that angered Britain.",
            ("GBR", "CRITICIZES", "RUS"),
        ),
        (
            "Trump recognized Jerusalem as Israel's capital, a decision condemned by Turkey.",
            ("TUR", "CRITICIZES", "person:donald-trump"),
        ),
    ],
)
def test_the_owner_of_an_act(text: str, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a mediator leads talks without taking part in them
        (
            "The U.N.-led peace talks between Yemen's government and the Houthis resumed.",
            ("igo:un", "MEETS"),
        ),
        # a summing appositive of a subject describes the subject, not its clause
        ("The plan, a move by Japan, drew criticism from China.", ("CHN", "CRITICIZES")),
        # a state in a circumstance clause is no move of its subject
        (
            "The cleric was detained while Sharif was prime minister, a move that drew praise "
            "from India.",
            ("IND", "BACKS"),
        ),
    ],
)
def test_no_owner_of_an_act(text: str, wrong):
    assert not any(e[:2] == wrong for e in events(text))
