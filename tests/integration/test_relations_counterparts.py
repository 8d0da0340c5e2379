"""Those related to an actor ("U.S. friends", "China's neighbors", "Washington's allies") are
other actors: the owner of such a noun is no target (the lexicon's <counterparts>), while the
owner of a thing or an act still is. Sentences written for this rule."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The decision upset U.S. friends and adversaries alike.", "USA"),
        ("Trump criticized U.S. allies in Asia.", "USA"),
        ("Trump's remarks angered China's neighbors.", "CHN"),
        ("Putin condemned Germany's partners in the coalition.", "DEU"),
        ("Trump met with his Indian business partners last week.", "IND"),
    ],
)
def test_a_counterpart_of_an_actor_is_not_the_actor(text: str, owner: str) -> None:
    found = events(text)
    assert not any(owner in (s, o) for s, _, o in found), (text, found)


def test_beside_a_possessive_a_modifier_names_the_counterparts() -> None:
    assert ("org:al-shabaab", "ATTACKS", "igo:au") in events(
        "Al Shabaab is waging an insurgency against the government and its African Union allies."
    )


def test_the_owner_of_a_thing_or_an_act_is_still_the_target() -> None:
    assert ("person:donald-trump", "CRITICIZES", "CHN") in events(
        "Trump criticized China's policies."
    )
    assert ("CHN", "CRITICIZES", "person:donald-trump") in events("Trump's decision angered China.")
