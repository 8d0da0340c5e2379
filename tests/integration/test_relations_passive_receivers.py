""" "The UAE envoy was summoned to the ministry", "was denied entry to the United States": acts
told in the passive with no agent whose doer is a state named elsewhere
(kgraph.extract.rules_summoned, kgraph.extract.rules_entry). Real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, keyed

pytestmark = pytest.mark.integration


def test_an_envoy_summoned_to_a_named_ministry() -> None:
    text = "The UAE charge d'affaires was summoned to the Qatari foreign ministry on Monday."
    assert ("QAT:GOV", "CRITICIZES", "ARE:GOV") in asserted_events(text)


def test_an_envoy_summoned_to_the_ministry_a_state_official_reports() -> None:
    text = (
        "A Turkish foreign ministry official said the UAE charge d'affaires was summoned to "
        "the ministry over the comments."
    )
    events = asserted_events(text)
    assert ("TUR:GOV", "CRITICIZES", "ARE:GOV") in events
    assert ("ARE:GOV", "CRITICIZES", "ARE:GOV") not in events


def test_an_envoy_summoned_to_a_ministry_in_a_capital() -> None:
    text = "The Russian ambassador was summoned to the foreign ministry in Berlin."
    assert ("DEU:GOV", "CRITICIZES", "RUS:GOV") in asserted_events(text)


def test_an_envoy_summoned_under_a_dateline() -> None:
    text = (
        "ANKARA (Reuters) - Turkey condemned the tweet. The UAE envoy was summoned to the "
        "ministry on Thursday."
    )
    assert ("TUR", "CRITICIZES", "ARE:GOV") in asserted_events(text)


def test_a_summons_in_a_condition_stays_hypothetical() -> None:
    text = (
        "If Turkey's ambassador were summoned to the German foreign ministry, Ankara would "
        "retaliate."
    )
    found = {k[:4] for k in keyed(text)}
    assert ("DEU:GOV", "CRITICIZES", "TUR:GOV", "hypothetical") in found
    assert ("DEU:GOV", "CRITICIZES", "TUR:GOV") not in asserted_events(text)


def test_a_judicial_summons_is_no_complaint() -> None:
    text = "An American journalist was summoned to a court in Moscow."
    assert not any(r == "CRITICIZES" for _, r, _ in asserted_events(text))


def test_denied_entry_to_a_country() -> None:
    text = "Venezuela's defense minister was denied entry to the United States."
    assert ("USA", "SANCTIONS", "VEN:MIL") in asserted_events(text)


def test_refused_visas_to_enter_a_country() -> None:
    text = "Two Venezuelan officials were refused visas to enter Colombia."
    assert ("COL", "SANCTIONS", "VEN:GOV") in asserted_events(text)


def test_entry_denied_by_a_country_in_the_active() -> None:
    text = "The United States denied entry to Venezuela's defense minister."
    assert ("USA", "SANCTIONS", "VEN:MIL") in asserted_events(text)


def test_entry_denied_with_no_country_named_has_no_refuser() -> None:
    text = "Those who would face hardship if denied entry can apply for waivers."
    assert not any(r == "SANCTIONS" for _, r, _ in asserted_events(text))


def test_a_visit_received_is_hosted() -> None:
    text = "Iran received a visit from Iraq's prime minister."
    assert ("IRN", "HOSTS", "IRQ:GOV") in asserted_events(text)
    letter = "Iran received a letter from Iraq's prime minister."
    assert ("IRN", "HOSTS", "IRQ:GOV") not in asserted_events(letter)
