"""A document as the subject of an appeal, a demand or a criticism: its author acts, named on
the document ("Russia's statement accused ...") or on its earlier mention ("China issued a
statement on Monday. The statement urged ..."), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China issued a statement on Monday. The statement urged Washington to lift the "
            "sanctions.",
            ("CHN", "APPEALS_TO", "USA", "antecedent-author"),
        ),
        (
            "Beijing said in a statement that it opposed the sale. The statement also urged "
            "Washington to cancel the deal.",
            ("CHN", "APPEALS_TO", "USA", "antecedent-author"),
        ),
        (
            "The Security Council adopted a resolution on Friday. The resolution calls on "
            "Khartoum to end the violence.",
            ("igo:unsc", "APPEALS_TO", "SDN", "antecedent-author"),
        ),
        (
            "Russia's statement accused Ukraine of shelling the plant.",
            ("RUS", "CRITICIZES", "UKR", "decree-subject"),
        ),
        (
            "A statement by the Kremlin accused Ukraine of shelling the plant.",
            ("RUS:GOV", "CRITICIZES", "UKR", "decree-subject"),
        ),
    ],
)
def test_document_author_acts(text: str, expected: tuple[str, str, str, str]) -> None:
    found = ruled(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # read, not put out: the statement is not the reporters'
        "Reporters read the statement. The statement urged Washington to lift the sanctions.",
        # a newspaper's report accuses no one in the paper's name
        "A New York Times report accused Trump of lying.",
        # another statement than the one issued
        "China issued a statement on Monday. A statement urged Washington to lift the sanctions.",
    ],
)
def test_document_with_no_author_gives_nothing(text: str) -> None:
    found = ruled(text)
    assert not {f for f in found if f[1] in ("APPEALS_TO", "CRITICIZES")}, found


def test_a_newspaper_publishing_a_letter_is_no_author() -> None:
    found = ruled(
        "The New York Times published a letter on Sunday. The letter urged Obama to close the "
        "prison."
    )
    assert not {f for f in found if f[1] == "APPEALS_TO"}, found
