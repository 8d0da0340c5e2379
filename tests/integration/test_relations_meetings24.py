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

