"""An extradition sought from a country is an appeal to it (``sought-extradition``), with the
real model, on invented sentences; not from a city, nor with a to-phrase."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India wants to extradite Ravi Kumar from Britain.",
            ("IND", "APPEALS_TO", "GBR", "sought-extradition"),
        ),
        (
            "India is seeking the extradition of Ravi Kumar from Britain.",
            ("IND", "APPEALS_TO", "GBR", "sought-extradition"),
        ),
        (
            "Ankara wants to extradite the cleric from the United States.",
            ("TUR", "APPEALS_TO", "USA", "sought-extradition"),
        ),
    ],
)
def test_sought_extradition(text: str, expected: tuple[str, str, str, str]) -> None:
    found = ruled(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "India wants to extradite Ravi Kumar from London.",
        "The United States wants to extradite him from Spain to Texas.",
        "Britain extradited Ravi Kumar from India.",
    ],
)
def test_no_extradition_appeal(text: str) -> None:
    found = ruled(text)
    assert not {f for f in found if f[3] == "sought-extradition"}, found
