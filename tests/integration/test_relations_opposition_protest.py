"""Opposition and protest as CAMEO codes them (petr26), on sentences written for these rules:
opposing a party or its act is disapproval (110), opposing its proposal a rejection (120), an
opposition softened a concession (080); an act done in protest at a party's deed protests it
(an official complaint, 114, when a state acts)."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def _coded(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.cameo or "")
        for t in extracted(text)
        if t.plover and t.modality in ("asserted", "reported") and not t.negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany opposed the Russian deployment in Syria.", ("DEU", "CRITICIZES", "RUS", "110")),
        ("Japan has long opposed China's claims.", ("JPN", "CRITICIZES", "CHN", "110")),
        ("Italy opposed France's proposal on migrants.", ("ITA", "REJECTS", "FRA", "120")),
    ],
)
def test_opposing(text: str, expected: tuple[str, str, str, str]) -> None:
    found = _coded(text)
    assert expected in found, found


def test_a_softened_opposition_is_a_concession() -> None:
    found = events("The United States softened its opposition to Israeli settlements.")
    assert ("USA", "CONCEDES_TO", "ISR") in found
    assert not any(r == "REJECTS" for _, r, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan recalled its ambassador in protest over India's remarks.",
            ("PAK", "CRITICIZES", "IND", "114"),
        ),
        (
            "Iran summoned the Swiss envoy in protest over U.S. sanctions.",
            ("IRN", "CRITICIZES", "USA", "114"),
        ),
        (
            "Thousands of Ukrainians rallied in Kiev in protest at Russia's annexation of Crimea.",
            ("UKR", "PROTESTS", "RUS", "14"),
        ),
    ],
)
def test_in_protest(text: str, expected: tuple[str, str, str, str]) -> None:
    found = _coded(text)
    assert expected in found, found


def test_a_protest_at_an_act_done_to_a_party_is_no_protest_against_it() -> None:
    # the of-phrase names the one arrested, not the one protested against
    found = events("Kenya recalled its envoy in protest at the arrest of Raila Odinga.")
    assert not any(r in ("CRITICIZES", "PROTESTS") for _, r, _ in found), found


def test_a_surge_in_protests_is_no_protest_by_the_one_facing_it() -> None:
    found = events("Egypt faced a surge in protests against Sudan's new dam on the Nile.")
    assert not any(s == "EGY" and r in ("CRITICIZES", "PROTESTS") for s, r, _ in found), found
