"""Conjoined arguments, with the real model, on invented sentences: a participle conjoined to
one that modifies a noun modifies that noun too ("Iranian officials, angered by the sanctions
and accusing Washington of bad faith, ..." is the officials' accusation), and a noun standing
for the organisation of its of-phrase stands for each one conjoined there ("the chief
executives of Google and Facebook")."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Iranian officials, angered by the new sanctions and accusing Washington of bad "
            "faith, walked out of the meeting.",
            ("IRN:GOV", "CRITICIZES", "USA", "participle-subject"),
        ),
        (
            "Russia, backed by China and criticizing the United States, blocked the plan.",
            ("RUS", "CRITICIZES", "USA", "participle-subject"),
        ),
    ],
)
def test_a_participle_conjoined_to_a_noun_modifier_is_the_nouns_act(
    text: str, triple: tuple[str, str, str, str]
) -> None:
    assert triple in ruled(text)


def test_a_passive_conjunct_still_needs_its_own_agent():
    found = ruled("Russia, backed by China and criticized by the United States, blocked the plan.")
    assert not any(t[:3] == ("RUS", "CRITICIZES", "USA") for t in found)


def test_a_noun_of_conjoined_organisations_stands_for_each():
    found = ruled("Obama criticized the chief executives of Google, Facebook and Twitter.")
    for org in ("org:google", "org:facebook", "org:twitter"):
        assert ("person:barack-obama", "CRITICIZES", org, "active-svo") in found


def test_a_noun_of_a_country_and_an_organisation_stands_for_no_more_than_its_own():
    found = ruled("Obama criticized the chief executives of Google and China.")
    assert not any(t[2] == "CHN" for t in found)
