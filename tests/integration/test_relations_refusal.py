"""What a refusal rejects (``refusal-object``), with the real model, on invented sentences:
the owner of what is refused; no rejection from a refused comment or attack."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuba refused to accept Spain's proposal on the debt.", ("CUB", "REJECTS", "ESP")),
        (
            "Peru has refused to engage on our plan, a spokesman for the Chilean embassy said.",
            ("PER", "REJECTS", "CHL:GOV"),
        ),
        # reject26: what the party proposed, wanted or deported; a refusal noun; defiance
        ("Greece refused to hand over two officers wanted by Turkey.", ("GRC", "REJECTS", "TUR")),
        (
            "Several countries, including Cuba and Laos, have refused to take back citizens "
            "after they were ordered deported from Canada.",
            ("CUB", "REJECTS", "CAN"),
        ),
        (
            "Brazil's refusal to accept an IMF program worried the banks.",
            ("BRA", "REJECTS", "igo:imf"),
        ),
        (
            "North Korea fired two missiles in defiance of U.N. sanctions.",
            ("PRK", "REJECTS", "igo:un"),
        ),
        (
            "Germany said it would not accept Russia's proposal on the pipeline.",
            ("DEU", "REJECTS", "RUS"),
        ),
    ],
)
def test_a_refusal_rejects_the_owner_of_what_is_refused(text: str, expected: tuple[str, str, str]):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cuba refused to comment on Spain's proposal on the debt.",
        "Pakistan refused to attack India during the crisis.",
        "Brazil and Mexico are both refusing to alter their positions at the OAS talks.",
        "Cuba refused to accept migrants displaced by the storm in Haiti.",
        "Germany said it would not offer aid to Russia.",
        "The Security Council sanctioned North Korea for pursuing missile programs in defiance "
        "of U.N. resolutions.",
    ],
)
def test_no_rejection_from_a_refused_comment_or_attack(text: str):
    assert not any(k[1] == "REJECTS" for k in asserted_events(text))


def test_retaliation_against_sanctions_names_the_sanctioning_party():
    text = "Analysts asked about Moscow's retaliation against new U.S. sanctions."
    assert ("USA", "SANCTIONS", "RUS") in asserted_events(text)
