"""The infinitive of a ranked predicate noun ("the first senator to endorse", "the only
country to recognize") is the copula's subject's act, told in the copula's tense
(``rules_verbal_subjects`` with ``modality_clauses.ranked_copula``), with the real model on
invented sentences."""

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
