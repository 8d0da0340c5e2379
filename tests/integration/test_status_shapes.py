"""With the real model on invented sentences: a bare "as" clause under a future main
clause goes on now ("will testify as the committee investigates"), while a trip or meeting in
one, or an "as soon as" clause, stays ahead; an owned event an act is part of goes on ("as part
of its probe into"); a subject noun's between-phrase hung on its verb names the noun's parties
("talks have stalled between X and Y"); a state's official name in lower case is the country
("the kingdom of Saudi Arabia")."""

from __future__ import annotations

import pytest

from tests.integration.news import keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy will travel to Paris next week as France investigates the Iranian plot.",
            ("FRA", "INVESTIGATES", "IRN"),
        ),
        (
            "A U.S. Senate panel has issued a subpoena to force the lobbyist to appear at a "
            "hearing as part of its probe into Russia's role in the election.",
            ("USA:LEG", "INVESTIGATES", "RUS"),
        ),
        ("Talks have stalled between Russia and Ukraine.", ("RUS", "NEGOTIATES_WITH", "UKR")),
        ("The kingdom of Saudi Arabia met Iran on Monday.", ("IRN", "MEETS", "SAU")),
        (
            "Negotiations are deadlocked between Britain and the European Union on the "
            "divorce bill.",
            ("GBR", "NEGOTIATES_WITH", "igo:eu"),
        ),
    ],
)
def test_the_event_is_asserted(text: str, expected):
    keys = keyed(text)
    assert any(k[:3] == expected and k[3] in ("asserted", "reported") and not k[4] for k in keys), (
        keys
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kerry will hold talks with Lavrov as he visits Russia.",
            ("person:john-kerry", "VISITS", "RUS"),
        ),
        (
            "Kerry will meet Lavrov as soon as he arrives in Moscow.",
            ("person:john-kerry", "MEETS", "person:sergei-lavrov"),
        ),
        (
            "Talks are planned between Russia and Ukraine next week.",
            ("RUS", "NEGOTIATES_WITH", "UKR"),
        ),
        ("No talks took place between Russia and Ukraine.", ("RUS", "NEGOTIATES_WITH", "UKR")),
    ],
)
def test_the_event_is_not_asserted(text: str, expected):
    keys = keyed(text)
    assert not any(
        k[:3] == expected and k[3] in ("asserted", "reported") and not k[4] for k in keys
    ), keys
