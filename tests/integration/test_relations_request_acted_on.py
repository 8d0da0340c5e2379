"""A request or an invitation in an at-phrase ("sent troops at the request of the Malian
government") is the requester's appeal to the one who acts on it (nominal-recipient); with the
real model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France sent troops to Mali at the request of the Malian government.",
            ("MLI:GOV", "APPEALS_TO", "FRA"),
        ),
        (
            "Canada was about to extradite the banker at Mexico's request.",
            ("MEX", "APPEALS_TO", "CAN"),
        ),
    ],
)
def test_a_request_acted_on_is_an_appeal(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


def test_a_request_with_no_named_requester_gives_nothing() -> None:
    found = events("France sent troops to Mali at the request of local officials.")
    assert not [e for e in found if e[1] == "APPEALS_TO"]
