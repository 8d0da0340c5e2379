"""Negation and modality with the real model, on invented sentences: a "no" argument, an
alleged act, the content of an accusation, a feared act, what a question is about and what is
asked for, a mandate's complement and a past tense misattached to a mandative verb."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document
from tests.integration.news import asserted_events, events, keyed

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela shipped no fuel to Cuba last year.",
        "No Ugandan troops attacked Sudan during the war.",
    ],
)
def test_a_no_argument_denies_the_act(text: str):
    keys = keyed(text)
    assert keys, "the cue must still be read"
    assert not asserted_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerry asked about Russia's attacks on Ukraine.", ("RUS", "ATTACKS", "UKR")),
        (
            "Merkel asked Putin about Moscow's retaliation against Kiev.",
            ("RUS", "SANCTIONS", "UKR"),
        ),
    ],
)
def test_what_a_question_is_about_happened(text: str, expected):
    assert expected in asserted_events(text)


def test_what_is_asked_for_has_not_happened():
    text = "Kerry asked for Russia's attacks on Ukraine to stop."
    assert ("RUS", "ATTACKS", "UKR") not in asserted_events(text)


@pytest.mark.parametrize(
    "text",
    ["The Kenyan minister said he feared traveling to Somalia.", "Kenya dreads meeting Somalia."],
)
def test_a_feared_act_has_not_happened(text: str):
    assert not any(k[1] in ("VISITS", "MEETS") for k in asserted_events(text))


def _modalities(text: str) -> dict[tuple[str, str, str], str]:
    triples = extract(Document("s", text))
    return {(t.subject.id, t.relation, t.object.id): t.modality for t in triples}


def test_an_alleged_act_is_not_asserted() -> None:
    found = _modalities("Ugandan police allegedly arrested Kenyan protesters.")
    assert found.get(("UGA:COP", "COERCES", "KEN:OPP")) == "hypothetical", found
    found = _modalities("Ugandan police arrested Kenyan protesters.")
    assert found.get(("UGA:COP", "COERCES", "KEN:OPP")) == "asserted", found


def test_the_content_of_an_accusation_is_not_asserted() -> None:
    found = _modalities("Ghana accused Togo of attacking Burkina Faso.")
    assert found.get(("GHA", "CRITICIZES", "TGO")) == "asserted", found
    assert found.get(("TGO", "ATTACKS", "BFA")) == "hypothetical", found


def test_a_past_tense_misattached_to_a_mandative_verb_happened():
    found = events(
        "Tom Cotton is expected to be asked about reports late Tuesday that he met with "
        "China's envoy in March."
    )
    assert ("CHN:GOV", "MEETS", "person:tom-cotton") in found


def test_a_mandate_complement_has_still_not_happened():
    found = events("Turkey demanded that the United States extradite the cleric to Ankara.")
    assert ("TUR", "DEMANDS", "USA") in found
    assert not any(r == "COERCES" for _, r, _ in found)


@pytest.mark.parametrize(
    ("text", "done", "denied"),
    [
        (
            "Russia is not attacking the rebels but instead helping Assad.",
            ("RUS", "SUPPLIES", "person:bashar-al-assad"),
            "ATTACKS",
        ),
        (
            "Iran does not attack the rebels but rather supports Assad.",
            ("IRN", "BACKS", "person:bashar-al-assad"),
            "ATTACKS",
        ),
    ],
)
def test_the_act_done_instead_of_a_denied_one_is_asserted(text: str, done, denied: str):
    keys = keyed(text)
    assert (*done, "asserted", False) in keys
    assert not any(rel == denied and not neg for _, rel, _, _, neg in keys)


def test_a_conjunct_sharing_the_denial_stays_denied():
    keys = keyed("Russia did not attack the rebels and did not help Assad.")
    assert {rel for _, rel, _, _, neg in keys if neg} >= {"ATTACKS", "SUPPLIES"}
    assert not any(not neg for _, rel, _, _, neg in keys if rel != "LEADER_OF")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul sought to calm Tokyo after Putin's phone call with Kim Jong Un.",
            ("person:vladimir-putin", "MEETS", "person:kim-jong-un"),
        ),
        (
            "Macron agreed to deepen ties during a phone call with Merkel.",
            ("person:angela-merkel", "MEETS", "person:emmanuel-macron"),
        ),
    ],
)
def test_an_event_in_a_time_phrase_under_a_past_purpose_happened(text: str, expected):
    found = _modalities(text)
    assert any(
        set(k[::2]) == set(expected[::2]) and k[1] == expected[1] and m == "asserted"
        for k, m in found.items()
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Macron plans to raise trade during his visit to Germany.",
        "Macron will seek to raise trade after his meeting with Merkel.",
        "Macron agreed to raise trade during his visit to Germany next month.",
    ],
)
def test_an_event_in_a_time_phrase_under_a_plan_is_still_ahead(text: str):
    found = _modalities(text)
    assert found and all(
        m == "hypothetical" for k, m in found.items() if k[1] in ("MEETS", "VISITS")
    ), found


def test_an_act_decided_in_the_past_happened():
    found = _modalities("Ghana decided to recognize Togo's new government.")
    assert "asserted" in {m for (_, r, _), m in found.items() if r == "RECOGNIZES"}, found


@pytest.mark.parametrize(
    "text", ["Ghana could decide to attack Togo.", "Ghana decides to attack Togo next week."]
)
def test_an_act_still_to_decide_has_not_happened(text: str):
    found = _modalities(text)
    assert found.get(("GHA", "ATTACKS", "TGO")) == "hypothetical", found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Abe spoke during a visit aimed at deepening ties and pushing back against China.",
            "pushing",
        ),
        ("Ghana launched talks aimed at ending its dispute with Togo.", "ending"),
    ],
)
def test_what_a_visit_is_aimed_at_is_a_purpose(text: str, word: str):
    import spacy

    from kgraph.extract.modality import clause_modality
    from kgraph.extract.packages import model_name

    doc = spacy.load(model_name())(text)
    verb = next(t for t in doc if t.text == word)
    assert clause_modality(verb).modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ghana was forced to withdraw its troops from Togo.", "asserted"),
        ("Ghana threatened to force Togo to withdraw its troops from Ghana.", "hypothetical"),
    ],
)
def test_an_act_forced_on_someone_happened(text: str, modality: str):
    found = _modalities(text)
    assert {m for (_, r, _), m in found.items() if r == "CONCEDES_TO"} == {modality}, found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "The Ghanaian government on Tuesday expelled 15 Togolese diplomats to protest "
            "Togo's failure to protect its embassy.",
            "asserted",
        ),
        ("Ghana will expel Togolese diplomats to protest Togo's failure.", "hypothetical"),
    ],
)
def test_a_protest_made_by_an_act_done_happened(text: str, modality: str):
    found = _modalities(text)
    # a government's protest is an official complaint (CRITICIZES 114), a country's PROTESTS
    protests = {m for (_, r, _), m in found.items() if r in ("PROTESTS", "CRITICIZES")}
    assert protests == {modality}, found


def test_a_material_purpose_has_not_happened():
    assert _modalities("Ghana sent troops to attack Togo.").get(("GHA", "ATTACKS", "TGO")) == (
        "hypothetical"
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Ghanaian Senate voted on Thursday to impose sanctions on Togo.", "asserted"),
        ("The Ghanaian Senate will vote next week to impose sanctions on Togo.", "hypothetical"),
    ],
)
def test_an_act_voted_in_the_past_happened(text: str, modality: str):
    assert _modalities(text).get(("GHA:LEG", "SANCTIONS", "TGO")) == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "The Kenyan president was speaking alongside the Ugandan president to announce the "
            "signing of trade deals between Kenyan and Ugandan firms.",
            "asserted",
        ),
        (
            "The Kenyan president will speak alongside the Ugandan president to announce the "
            "signing of trade deals between Kenyan and Ugandan firms.",
            "hypothetical",
        ),
    ],
)
def test_an_announcement_made_by_an_act_going_on_then_happened(text: str, modality: str):
    assert _modalities(text).get(("KEN:BUS", "AGREES_WITH", "UGA:BUS")) == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Thousands of Kenyans gathered in Nairobi to show support for the Ugandan opposition.",
            "asserted",
        ),
        (
            "Thousands of Kenyans will gather in Nairobi to show support for the Ugandan"
            " opposition.",
            "hypothetical",
        ),
    ],
)
def test_support_shown_by_an_act_done_happened(text: str, modality: str):
    assert _modalities(text).get(("KEN", "BACKS", "UGA:OPP")) == modality


@pytest.mark.parametrize(
    ("text", "opposed"),
    [
        ("Beijing firmly opposes Taiwan having contact with U.S. officials.", ("TWN", "MEETS")),
        ("Brazil opposes sending troops to Haiti.", ("BRA", "DEPLOYS_TO")),
        ("Austria opposed sending weapons to Libya.", ("AUT", "SUPPLIES")),
    ],
)
def test_an_act_opposed_is_not_told_as_done(text: str, opposed):
    keys = keyed(text)
    assert any(k[:2] == opposed and k[3] == "hypothetical" for k in keys), keys
    assert not any(k[:2] == opposed for k in asserted_events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland's ambassador was fired for failing to disclose the content of his talks"
            " with the Kremlin.",
            ("POL:GOV", "NEGOTIATES_WITH", "RUS:GOV"),
        ),
        ("Japan did not condemn Beijing's raid on Taiwan.", ("CHN", "ATTACKS", "TWN")),
    ],
)
def test_a_denial_does_not_reach_an_event_that_happened(text: str, expected):
    """The clause's negation denies the disclosure or the condemnation, not the talks held or
    the raid owned ("the content of his talks", a reacted-to event)."""
    assert expected in asserted_events(text)


def test_an_event_in_its_lead_up_has_not_happened() -> None:
    for text in (
        "Ahead of Trump's visit to China, the drills marked a show of force.",
        "On the eve of Modi's visit to Japan, officials signed three accords.",
        "In the run-up to Trump's visit to China, officials met in Beijing.",
    ):
        assert not [t for t in asserted_events(text) if t[1] == "VISITS"], text
    assert ("person:donald-trump", "VISITS", "CHN") in asserted_events(
        "Ahead of Trump's visit to China last week, the drills marked a show of force."
    )
