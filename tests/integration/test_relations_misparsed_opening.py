"""A name opening the sentence that the tagger takes for a common noun ("Trump", read as
"trump") before a past tense it takes for a participle: the name is the verb's subject
(rules_verbal_objects.misparsed_opening), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration

TRUMP = "person:donald-trump"


def test_a_name_read_as_a_noun_presses_the_one_after_the_verb():
    found = events("Trump pressed China to do more to stop the flow of drugs.")
    assert (TRUMP, "APPEALS_TO", "CHN") in found


def test_a_name_read_as_a_noun_hosts_the_one_after_the_verb():
    found = events("Trump hosted Putin at the White House on Monday.")
    assert (TRUMP, "HOSTS", "person:vladimir-putin") in found


def test_a_participle_after_a_hyphened_name_is_no_act_of_the_name():
    found = events("The Iran-backed group attacked Israel on Sunday.")
    assert not any(s == "IRN" and r == "BACKS" for s, r, _ in found)
