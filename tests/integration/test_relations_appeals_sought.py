"""Support sought of a party and pleas made to it are appeals (verbal22: lexicon "seek <sought>
of", "make <pleas> to"), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


def test_support_sought_of_a_party_appeals_to_it():
    found = events("Germany sought the support of France for the new budget rules.")
    assert ("DEU", "APPEALS_TO", "FRA") in found


def test_a_plea_made_to_a_party_appeals_to_it():
    found = events("Ukraine made a desperate plea to the European Union for more weapons.")
    assert ("UKR", "APPEALS_TO", "igo:eu") in found


def test_a_release_sought_of_prisoners_is_no_appeal_to_their_jailer():
    found = events("Germany sought the release of Turkey's prisoners.")
    assert ("DEU", "APPEALS_TO", "TUR") not in found
