"""Meetings, calls and talks, with the real model on invented sentences: a conversation "with"
someone is consultation (MEETS, CAMEO 040), not the negotiation (046) CAMEO's synset pattern
gives every verb of speaking (lexicon row "speak with")."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Dutch premier said he had spoken with Chancellor Angela Merkel about the budget.",
            ("NLD:GOV", "person:angela-merkel"),
        ),
        ("Macron spoke with Putin on Monday.", ("person:emmanuel-macron", "person:vladimir-putin")),
        (
            "Erdogan spoke by phone with Rouhani on Sunday.",
            ("person:recep-tayyip-erdogan", "person:hassan-rouhani"),
        ),
    ],
)
def test_speaking_with_someone_is_consultation(text: str, pair: tuple[str, str]) -> None:
    found = asserted_events(text)
    relations = {r for s, r, o in found if {s, o} == set(pair)}
    assert relations == {"MEETS"}


def test_joint_subjects_who_spoke_need_not_have_spoken_to_each_other() -> None:
    found = asserted_events("Merkel and Macron spoke in favor of the deal on Monday.")
    assert not any(r in ("MEETS", "NEGOTIATES_WITH") for _, r, _ in found)
    # by phone, the two did speak to each other (phone-call)
    found = asserted_events("Merkel and Macron spoke by phone on Monday.")
    assert ("person:angela-merkel", "MEETS", "person:emmanuel-macron") in found


@pytest.mark.parametrize(
    "text",
    [
        "Putin told Erdogan at a meeting in Sochi that Russia would help.",
        "Erdogan assured Putin over dinner that Turkey would buy the missiles.",
        "Putin urged Erdogan during their talks to reopen the border.",
    ],
)
def test_telling_someone_at_a_meeting_meets_them(text: str) -> None:
    found = asserted_events(text)
    pair = {"person:vladimir-putin", "person:recep-tayyip-erdogan"}
    assert any(r == "MEETS" and {s, o} == pair for s, r, o in found)


@pytest.mark.parametrize(
    "text",
    [
        # the meeting's partner is named: the one told is not it
        "Putin told Erdogan at a meeting with Rouhani that Russia would help.",
        # the press and a body in session are told, not met
        "Putin told Reuters at a dinner in Sochi that Russia would help.",
        "Haley told the Security Council at a meeting on Monday that Iran was to blame.",
    ],
)
def test_telling_at_a_meeting_meets_no_press_body_or_non_partner(text: str) -> None:
    found = asserted_events(text)
    assert not any(
        r == "MEETS"
        and "person:recep-tayyip-erdogan" in (s, o)
        and "person:vladimir-putin" in (s, o)
        for s, r, o in found
    )
    assert not any(r == "MEETS" and ({s, o} & {"org:reuters", "igo:unsc"}) for s, r, o in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Merkel spoke to Putin on Monday about Ukraine.", ("angela-merkel", "vladimir-putin")),
        ("Macron talked to Rouhani about the nuclear deal.", ("emmanuel-macron", "hassan-rouhani")),
    ],
)
def test_speaking_to_a_person_is_consultation(text: str, pair: tuple[str, str]) -> None:
    found = asserted_events(text)
    people = {f"person:{p}" for p in pair}
    assert any(r == "MEETS" and {s, o} == people for s, r, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Obama spoke to the U.N. General Assembly on Tuesday.",
        "Trump spoke to Congress on Tuesday night.",
        "Erdogan spoke to Turkish troops in Qatar on Friday.",
    ],
)
def test_speaking_to_an_audience_is_no_meeting(text: str) -> None:
    assert not any(r == "MEETS" for _, r, _ in asserted_events(text))


def test_playing_host_to_a_leader_hosts_them() -> None:
    found = asserted_events(
        "Trump played host to Japanese Prime Minister Shinzo Abe at his resort."
    )
    assert ("person:donald-trump", "HOSTS", "person:shinzo-abe") in found
    # an event played host to has no guest
    assert not any(
        r == "HOSTS" for _, r, _ in asserted_events("Qatar played host to the World Cup.")
    )
