"""Targets and their descriptions, with the real model, on invented sentences: the members a
singular collective noun names ("the international community, including China"), a noun of
relation conjoined after an apposition ("a close friend of X" describes the object, no second
target), a person's staff ("X's legal team" is not X), and "its" in a by-gerund bound to the
gerund's doer (kgraph.extract.args_plural, rules_targets, args_pronouns)."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Syrian opposition called on the international community, including China, to "
            "press the government.",
            ("SYR:OPP", "APPEALS_TO", "CHN"),
        ),
        (
            "Iran criticized the Western alliance, including France, over the new sanctions.",
            ("IRN", "CRITICIZES", "FRA"),
        ),
    ],
)
def test_collective_noun_names_its_members(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


def test_relation_noun_after_an_apposition_is_a_description() -> None:
    found = events(
        "Prosecutors accused Emilio Lozoya, the former head of Pemex, and a close friend of "
        "President Enrique Pena Nieto, of taking bribes."
    )
    assert not any(t[2] == "person:enrique-pena-nieto" for t in found)


def test_a_named_second_object_after_an_apposition_stays() -> None:
    found = events("Obama hosted Putin, the Russian president, and the foreign minister of China.")
    assert ("person:barack-obama", "HOSTS", "CHN:GOV") in found


def test_a_persons_staff_is_not_the_person() -> None:
    found = events("Senator Hoeven met with Trump's transition team on Monday.")
    assert not any("person:donald-trump" in (t[0], t[2]) for t in found)


def test_its_in_a_by_gerund_is_the_gerunds_doer() -> None:
    found = events(
        "Merkel urged Russia to take a tougher stance against Syria by rethinking its alliance "
        "with Assad."
    )
    assert not any(t[0] == "SYR" and t[1] == "COOPERATES_WITH" for t in found)


def test_their_of_an_unnamed_plural_subject_is_no_actor() -> None:
    found = events(
        "Many social media users took to Twitter to voice their anger over Ford's remarks."
    )
    assert not any(t[0] == "org:twitter" for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the treated are a country's people: their own state is the one who treats them
        (
            "Thousands of Malaysians marched to the Thai embassy to protest against the "
            "persecution of Rohingya Muslims.",
            ("MYS", "PROTESTS", "MMR"),
        ),
        # a by-phrase names who treats them
        (
            "Activists in London protested against the abuse of Iraqi prisoners by American "
            "soldiers.",
            ("GBR:OPP", "PROTESTS", "USA:MIL"),
        ),
    ],
)
def test_the_treated_are_not_the_target_of_a_protest(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = events(text)
    assert expected in found
    assert not any(t[2].endswith(":CVL") or t[2] == "IRQ:CVL" for t in found)


def test_treated_people_of_no_state_give_no_target() -> None:
    found = events(
        "Hundreds of Pakistanis rallied outside the Indian embassy in Islamabad to protest "
        "against the treatment of Kashmiri Muslims."
    )
    assert not any(t[2] == "person:kashmiri-muslims" for t in found)


def test_the_place_of_a_speech_is_not_its_owner() -> None:
    found = events("Varadkar welcomed a speech in Florence by Boris Johnson on the Brexit talks.")
    assert not any(t[2] == "ITA" for t in found)


def test_a_by_phrase_doer_is_the_target_not_the_one_done_to() -> None:
    found = events("Germany protested the arrest of a German journalist by Turkish police.")
    assert ("DEU", "PROTESTS", "TUR:COP") in found
    assert ("DEU", "PROTESTS", "DEU:MED") not in found
