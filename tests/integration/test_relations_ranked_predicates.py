"""The infinitive of a ranked predicate noun ("the first senator to endorse", "the only
country to recognize") is the copula's subject's act, told in the copula's tense
(``rules_verbal_subjects`` with ``modality_clauses.ranked_copula``); in apposition, the act of
the name it describes, told as done (``ranked_apposition``); with the real model on invented
sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sessions was the first senator to endorse Trump.",
            ("person:jeff-sessions", "BACKS", "person:donald-trump", "control-subject"),
        ),
        (
            "Japan is one of the first countries to recognize Kosovo.",
            ("JPN", "RECOGNIZES", "XKX", "control-subject"),
        ),
        (
            "Chile became the latest country to criticize Venezuela.",
            ("CHL", "CRITICIZES", "VEN", "control-subject"),
        ),
    ],
)
def test_a_ranked_predicates_infinitive_is_the_subjects_act(text, expected):
    assert expected in ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will be the next country to sanction North Korea.",
        "Japan wants to be the first country to sanction North Korea.",
        "Japan was the country that hoped to sanction North Korea.",
    ],
)
def test_a_ranked_predicate_ahead_or_unranked_asserts_nothing(text):
    assert not ruled(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Obama, the first U.S. president to visit Cuba since 1928, met Castro.",
            ("person:barack-obama", "VISITS", "CUB", "control-subject"),
        ),
        (
            "Sessions, the first senator to endorse Trump, was named attorney general.",
            ("person:jeff-sessions", "BACKS", "person:donald-trump", "control-subject"),
        ),
    ],
)
def test_a_ranked_noun_in_apposition_tells_the_names_act_as_done(text: str, expected):
    assert expected in ruled(text)
