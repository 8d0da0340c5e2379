"""Labels a party is held or designated to be ("views Iran as a threat", "is designated a
terrorist organization by Turkey"), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_viewing_a_country_as_a_threat_criticizes_it():
    found = events("Both Egypt and Jordan view Iran as the main threat to the region.")
    assert ("EGY", "CRITICIZES", "IRN") in found and ("JOR", "CRITICIZES", "IRN") in found


def test_a_group_designated_a_terrorist_group_by_states_is_criticized_by_each():
    found = events(
        "The PKK is designated a terrorist organization by Turkey and the United States."
    )
    assert ("TUR", "CRITICIZES", "org:pkk") in found and ("USA", "CRITICIZES", "org:pkk") in found


def test_regarding_a_country_as_a_partner_backs_it():
    found = events("Kazakhstan regards China as a partner.")
    assert ("KAZ", "BACKS", "CHN") in found


def test_seeing_threats_from_a_country_labels_no_one():
    found = events("Japan sees new threats from the sea every year.")
    assert not any(r == "CRITICIZES" for _, r, _ in found)
