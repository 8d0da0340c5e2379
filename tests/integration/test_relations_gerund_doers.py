"""Who does a gerund complement's act, with the real model: the actor the parser makes the
main verb's object right before the gerund ("condemned Japan sending warships"), else the
main verb's subject ("spent two days meeting Xi") (kgraph.extract.rules_verbal_subjects)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "done", "not_done"),
    [
        (
            "Vietnam condemned China sending warships to the Paracel Islands.",
            ("CHN", "DEPLOYS_TO"),
            ("VNM", "DEPLOYS_TO"),
        ),
        (
            "Moscow criticized NATO sending troops to Estonia.",
            ("igo:nato", "DEPLOYS_TO"),
            ("RUS", "DEPLOYS_TO"),
        ),
    ],
)
def test_the_actor_before_the_gerund_does_it(text: str, done, not_done):
    found = {e[:2] for e in events(text)}
    assert done in found, found
    assert not_done not in found


def test_with_no_actor_before_it_the_subject_does_it():
    assert ("person:angela-merkel", "MEETS", "person:xi-jinping") in events(
        "Merkel spent two days meeting Xi in Beijing."
    )
