"""With the real model, on invented sentences: an event noun that says it happened is no act
of the modal above it ("could harm the existing cooperation between", "may respond to Russia's
attack on", "a statement about his contacts with"), while a planned or unowned one stays
ahead; a ranked noun's infinitive ("became the first country to sanction") is the copula
subject's act, in the copula's tense."""

from __future__ import annotations

import pytest

from kgraph.model import Document
from tests.integration.news import extract, keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The move could harm the existing cooperation between Iran and Iraq.",
            ("IRN", "COOPERATES_WITH", "IRQ"),
        ),
        ("Washington may respond to Russia's attack on Ukraine.", ("RUS", "ATTACKS", "UKR")),
        (
            "Putin will make a statement about his contacts with Obama.",
            ("person:barack-obama", "MEETS", "person:vladimir-putin"),
        ),
        (
            "Japan became the first country to sanction North Korea over the test.",
            ("JPN", "SANCTIONS", "PRK"),
        ),
        (
            "Canada will accept refugees under a deal struck between Chile and Peru.",
            ("CHL", "AGREES_WITH", "PER"),
        ),
        (
            "The visit will reinforce the partnership between Chile and Peru.",
            ("CHL", "COOPERATES_WITH", "PER"),
        ),
        ("Seoul was able to meet Beijing on the dispute.", ("CHN", "MEETS", "KOR")),
        (
            "The coalition will keep the port open despite a missile attack on Saudi Arabia "
            "by the Houthis.",
            ("org:houthis", "ATTACKS", "SAU"),
        ),
        ("Talks will go ahead in spite of Israel's raid on Gaza.", ("ISR", "ATTACKS", "PSE")),
        (
            "Egypt will discuss Trump's recognition of Jerusalem with Jordan.",
            ("person:donald-trump", "RECOGNIZES", "ISR"),
        ),
    ],
)
def test_a_happened_event_under_a_modal_is_asserted(text: str, expected):
    statuses = {
        (t.subject.id, t.relation, t.object.id): t.status
        for t in extract(Document("s", text, date="2017-06-01"))
    }
    assert statuses.get(expected) == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The move could harm the planned cooperation between Iran and Iraq.",
            ("IRN", "COOPERATES_WITH", "IRQ"),
        ),
        ("Washington may respond to an attack on Ukraine.", None),
        (
            "NATO may rebuild its defences after the shock of Russia's annexation of Crimea.",
            ("RUS", "COERCES", "loc:crimea"),
        ),
        ("Putin will make a statement about a meeting with Obama.", None),
        (
            "Canada will accept refugees under a deal planned between Chile and Peru.",
            ("CHL", "AGREES_WITH", "PER"),
        ),
        ("Seoul will be able to meet Beijing on the dispute.", ("CHN", "MEETS", "KOR")),
        (
            "The coalition will keep the port open despite any attack on Saudi Arabia by the "
            "Houthis.",
            ("org:houthis", "ATTACKS", "SAU"),
        ),
        ("Egypt will discuss Xi's visit to Israel.", ("person:xi-jinping", "VISITS", "ISR")),
        (
            "Aides will travel to Miami to allay concerns about Obama's trip to Cuba later "
            "this month.",
            ("person:barack-obama", "VISITS", "CUB"),
        ),
        ("Japan wants to be the first country to sanction North Korea.", None),
        ("Japan will be the next country to sanction North Korea.", None),
    ],
)
def test_an_event_ahead_stays_hypothetical(text: str, expected):
    keys = keyed(text)
    assert not any(k[3] in ("asserted", "reported") for k in keys), keys
    if expected is not None:
        assert any(k[:3] == expected for k in keys)
