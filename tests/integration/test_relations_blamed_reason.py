"""A for-reason on an act against someone, with the real model on invented sentences: "a tirade
against America for recognizing Jerusalem" says America recognized it, not the speaker
(``rules_verbal_subjects._blamed_target``)."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan launched a tirade against America for recognizing Jerusalem as Israel's capital.",
        "The suspect said he carried out an attack against America for recognizing Jerusalem as "
        "Israel's capital.",
    ],
)
def test_the_one_acted_against_did_the_reason(text: str) -> None:
    found = asserted_events(text)
    assert ("USA", "RECOGNIZES", "ISR") in found
    assert not any(r == "RECOGNIZES" and s != "USA" for s, r, _ in found)


def test_a_reason_of_ones_own_act_stays_the_subjects() -> None:
    # no against- or on-phrase: the subject's own reason ("by", "for" with no one blamed)
    found = asserted_events("Erdogan praised his ministers for recognizing Palestine.")
    assert not any(r == "RECOGNIZES" and s != "person:recep-tayyip-erdogan" for s, r, _ in found)
