"""A relative clause on a message noun is its author's act (``message-relative``), a commitment
adjective's gerund the copula's subject's intent, with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, keyed, ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United Nations issued a report that strongly criticized Israel.",
            ("igo:un", "CRITICIZES", "ISR", "message-relative"),
        ),
        (
            "Amnesty International released a statement that condemned Egypt.",
            ("org:amnesty-international", "CRITICIZES", "EGY", "message-relative"),
        ),
        (
            "China's foreign ministry issued a statement which condemned Japan.",
            ("CHN:GOV", "CRITICIZES", "JPN", "message-relative"),
        ),
        (
            "Russia's statement, which also accused Ukraine of shelling, angered Kiev.",
            ("RUS", "CRITICIZES", "UKR", "message-relative"),
        ),
        (
            "Trump hammered Goldman during the campaign, releasing an ad that criticized Obama.",
            ("person:donald-trump", "CRITICIZES", "person:barack-obama", "message-relative"),
        ),
    ],
)
def test_message_relative_is_its_authors_act(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in ruled(text)


def test_passive_issuer_is_no_author() -> None:
    # the verb that put the message out must be active: its subject is the message
    assert not asserted_events("A report that criticized Israel was released yesterday.")


@pytest.mark.parametrize(
    ("text", "pair", "relation"),
    [
        ("The United States remains committed to helping Mexico.", ("USA", "MEX"), "SUPPLIES"),
        (
            "The United States is committed to fighting Islamic State.",
            ("USA", "org:islamic-state"),
            "ATTACKS",
        ),
    ],
)
def test_commitment_adjective_gerund_is_an_intent(
    text: str, pair: tuple[str, str], relation: str
) -> None:
    found = keyed(text)
    assert any(k[0] == pair[0] and k[1] == relation and k[2] == pair[1] for k in found)
    assert (pair[0], relation, pair[1]) not in asserted_events(text)


def test_other_adjective_gerund_has_no_subject() -> None:
    # "capable of attacking": no act, nor one intended
    assert not any(k[1] == "ATTACKS" for k in keyed("Iran is capable of attacking Israel."))


def test_obstructionist_is_a_label() -> None:
    found = asserted_events("Reid called Grassley the most obstructionist chairman ever.")
    assert ("person:harry-reid", "CRITICIZES", "person:chuck-grassley") in found
