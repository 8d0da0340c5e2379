"""Refusing or denying a party's request, offer or invitation rejects the party (REJECTS, the
lexicon's <owned_requests>), accepting its proposal offers cooperation (OFFERS,
<owned_acceptances>), and cues whose preposition is "alongside" or "beside", with the real
model, on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway refused Sweden's request on Tuesday.", ("NOR", "REJECTS", "SWE")),
        ("Chile denied a request by Peru to extradite the banker.", ("CHL", "REJECTS", "PER")),
        ("Egypt refused an invitation from Qatar.", ("EGY", "REJECTS", "QAT")),
        ("Chile resisted pressure from Peru to close the border.", ("CHL", "REJECTS", "PER")),
        ("Chile refused talks with Bolivia on Monday.", ("CHL", "REJECTS", "BOL")),
        ("Chile declined a meeting with the Bolivian envoy.", ("CHL", "REJECTS", "BOL:GOV")),
    ],
)
def test_refusing_a_partys_request_rejects_the_party(text: str, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile denied the charges on Tuesday.",  # a denial (CAMEO 016), no party rejected
        "Chile denied Peru's accusation.",  # a denial of an accusation codes no event
        "Chile refused the request.",  # no owner
        "Chile denied Peruvian lawmakers access to the base.",  # no request
        "Chilean troops resisted the Peruvian attack.",  # resisting an attack is no rejection
        "Chile denied secret talks with Bolivia.",  # denies that they were held (CAMEO 016)
    ],
)
def test_a_denial_without_a_partys_request_rejects_no_one(text: str):
    assert not any(r == "REJECTS" for _, r, _ in events(text))


def test_working_alongside_a_party_cooperates_with_it():
    found = events("French special forces work alongside Malian soldiers.")
    assert ("FRA:MIL", "COOPERATES_WITH", "MLI:MIL") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway accepted Sweden's proposal on Tuesday.", ("NOR", "OFFERS", "SWE")),
        ("Egypt accepted an invitation from Qatar.", ("EGY", "OFFERS", "QAT")),
    ],
)
def test_accepting_a_partys_proposal_offers_cooperation(text: str, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway accepted the proposal.",  # no owner
        "Norway accepted refugees from Syria.",  # no proposal
        "Norway did not accept Sweden's proposal.",
    ],
)
def test_no_acceptance_without_a_partys_proposal_accepted(text: str):
    assert not any(r == "OFFERS" for _, r, _ in events(text))
