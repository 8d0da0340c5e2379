""" "X, seeking to ..., accused Y": after a dateline the parser may hang the subject on the
participle clause set off after it; the finite verb still takes it
(kgraph.extract.rules_verbal_subjects). Real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, keyed

pytestmark = pytest.mark.integration


def test_the_subject_before_a_participle_clause_accuses() -> None:
    text = (
        "WASHINGTON (Reuters) - Democrat Hillary Clinton, seeking to dampen the appeal of the "
        "party with working-class voters, on Tuesday accused Russia of having cheered on the "
        "housing market crash."
    )
    asserted = {k[:3] for k in keyed(text) if k[3] == "asserted"}
    assert ("person:hillary-clinton", "CRITICIZES", "RUS") in asserted


def test_an_adverbial_clause_with_its_own_conjunction_keeps_its_subject() -> None:
    text = "While Russia was seeking new allies, Iran accused France of lying about the talks."
    asserted = {k[:3] for k in keyed(text) if k[3] == "asserted"}
    assert not any(s == "RUS" and r == "CRITICIZES" for s, r, _ in asserted)


def test_a_speakers_appeal_conjoined_to_what_the_speaker_reports() -> None:
    text = "France said the attack was a crime and called on Russia to withdraw its troops."
    assert ("FRA", "APPEALS_TO", "RUS") in asserted_events(text)


def test_one_accused_or_condemned_in_the_passive_does_the_gerunds_act() -> None:
    condemned = asserted_events("Turkey was condemned by France after attacking Syria.")
    assert ("TUR", "ATTACKS", "SYR") in condemned
    assert ("FRA", "ATTACKS", "SYR") not in condemned
    accused = {k[:3] for k in keyed("Iran was accused by the United States of attacking Israel.")}
    assert ("IRN", "ATTACKS", "ISR") in accused
    assert ("USA", "ATTACKS", "ISR") not in accused
