"""Stated intents and schedules (``stated-intent``), with the real model, on invented
sentences: readiness, plans and schedules as offers, a dated future or simple-present meeting or
visit, a scheduled motion as a planned visit, the finer CAMEO codes of an announced meeting or
mediation, "will never negotiate" as a rejection; and none without the subject's own readiness,
a date, or with a condition."""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events, extracted, keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentina is ready to resume talks with Chile.", ("ARG", "OFFERS", "CHL")),
        ("Poland said it was willing to negotiate with Belarus.", ("POL", "OFFERS", "BLR")),
        (
            "The Greek prime minister is scheduled to visit Turkey next month.",
            ("GRC:GOV", "OFFERS", "TUR"),
        ),
        ("Kenya plans to hold talks with Somalia in May.", ("KEN", "OFFERS", "SOM")),
    ],
)
def test_stated_and_scheduled_intents(text: str, expected: tuple[str, str, str]):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina is not ready to resume talks with Chile.",
        "The Greek prime minister is not expected to visit Turkey next month.",
        "Athens expects the Turkish prime minister to visit Greece next month.",
    ],
)
def test_no_intent_without_the_subjects_own_readiness_or_schedule(text: str):
    assert not any(k[1] in ("OFFERS", "REJECTS") for k in asserted_events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greek prime minister will visit Turkey next month.", ("GRC:GOV", "OFFERS", "TUR")),
        (
            "Kenya's foreign minister will meet Somali officials in Nairobi on Friday.",
            ("KEN:GOV", "OFFERS", "SOM:GOV"),
        ),
        (
            "The Chilean president will travel to Argentina later in the month.",
            ("CHL:GOV", "OFFERS", "ARG"),
        ),
    ],
)
def test_a_dated_future_meeting_or_visit_is_on_the_schedule(text: str, expected):
    assert expected in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek prime minister will visit Turkey.",  # no date: a bare future
        "The Greek prime minister would visit Turkey next month if invited.",
        "The Greek prime minister will not visit Turkey next month.",
        "The Greek prime minister will criticize Turkey on Friday.",  # no meeting or visit
    ],
)
def test_no_schedule_without_a_date_or_with_a_condition(text: str):
    assert not any(k[1] in ("OFFERS", "REJECTS", "WARNS") for k in asserted_events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greek prime minister visits Turkey in March.", ("GRC:GOV", "OFFERS", "TUR")),
        ("The Chilean president travels to Argentina next week.", ("CHL:GOV", "OFFERS", "ARG")),
    ],
)
def test_a_dated_simple_present_visit_is_on_the_schedule(text: str, expected):
    keys = keyed(text)
    assert expected in {k[:3] for k in keys if k[3] == "asserted"}
    assert not any(k[1] == "VISITS" and k[3] == "asserted" for k in keys)


def test_a_past_dated_visit_happened():
    keys = keyed("The Greek prime minister visited Turkey in March.")
    assert ("GRC:GOV", "VISITS", "TUR", "asserted", False) in keys
    assert not any(k[1] == "OFFERS" for k in keys)


def test_a_scheduled_visit_has_not_happened():
    keys = keyed("The Greek prime minister is scheduled to visit Turkey next month.")
    assert not any(k[1] == "VISITS" and k[3] == "asserted" for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president goes to Uganda in March.", ("KEN:GOV", "OFFERS", "UGA")),
        (
            "The Kenyan president is due to arrive in Kampala on Tuesday.",
            ("KEN:GOV", "OFFERS", "UGA"),
        ),
        ("The Kenyan president will go to Uganda next month.", ("KEN:GOV", "OFFERS", "UGA")),
    ],
)
def test_a_scheduled_motion_is_a_planned_visit(text: str, expected):
    keys = keyed(text)
    assert expected in {k[:3] for k in keys if k[3] == "asserted"}
    assert not any(k[1] == "VISITS" and k[3] == "asserted" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president went to Uganda after his defeat.",
        "The Kenyan president arrived in Uganda as an exile.",
        "The Kenyan president comes to Uganda every month.",
    ],
)
def test_a_past_or_bare_motion_is_no_visit(text: str):
    assert not any(k[1] in ("VISITS", "OFFERS") for k in asserted_events(text))


def test_never_negotiating_is_a_negated_hypothetical_and_a_rejection():
    triples = extracted(
        '"We will never negotiate with Hamas," Israeli Prime Minister Benjamin Netanyahu said.'
    )
    talks = [t for t in triples if t.relation == "NEGOTIATES_WITH"]
    assert talks and all(t.negated and t.modality == "hypothetical" for t in talks)
    assert any(
        t.relation == "REJECTS" and t.object.id == "org:hamas" and not t.negated for t in triples
    )


@pytest.mark.parametrize(
    ("text", "relation", "code"),
    [
        ("The French president will visit Algeria next month.", "OFFERS", "036"),
        ("Sweden offered to mediate between Ethiopia and Eritrea.", "OFFERS", "039"),
        ("Erdogan refused to meet the Dutch prime minister.", "REJECTS", "125"),
    ],
)
def test_an_announced_meeting_or_mediation_has_its_finer_cameo_code(text, relation, code):
    found = [t for t in extracted(text) if t.relation == relation and t.rule == "stated-intent"]
    assert found and all(t.cameo == code for t in found)
