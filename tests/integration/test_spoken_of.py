"""Pronouns of what a body or a speaker says and the seats of bodies visited, with the real
model, on invented sentences: "we" of a spokesman is the body in his title, "it" or "they"
bound by a speaker that is no actor names no one, an object "it" in what a country says or
complains of is the country (not of a conjoined verb), and "its" on an object its clause's subject
cannot own is the speaker's."""

from __future__ import annotations

import pytest

from tests.integration.news import events, extracted

pytestmark = pytest.mark.integration


def _visits(text: str) -> set[tuple[str, str]]:
    return {(t.subject.id, t.object.id) for t in extracted(text) if t.relation == "VISITS"}


def test_he_in_what_a_ministry_says_is_the_one_person_its_sentence_names():
    found = _visits(
        "Trump met Xi in Florida on Monday. The State Department gave no details of "
        "Tillerson's trip to Japan, but said he would visit Brussels on Friday."
    )
    assert ("person:rex-tillerson", "BEL") in found
    assert not any(s == "person:donald-trump" for s, _ in found)


def test_he_in_what_a_ministry_says_stays_open_between_two_people():
    found = _visits(
        "Trump met Xi in Florida on Monday. Russia's foreign ministry said Trump and Putin "
        "discussed Syria and that he would visit Moscow."
    )
    assert not any(s == "person:vladimir-putin" for s, _ in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pompeo will visit Brussels next week.", ("person:mike-pompeo", "BEL")),
        ("Pompeo visited Moscow on Monday.", ("person:mike-pompeo", "RUS")),
    ],
)
def test_a_visited_seat_of_a_body_is_its_city(text: str, pair: tuple[str, str]) -> None:
    assert pair in _visits(text)


def _meets(text: str) -> set[tuple[str, str]]:
    return {(t.subject.id, t.object.id) for t in extracted(text) if t.relation == "MEETS"}


def test_he_in_what_a_spokesman_says_is_the_other_person_named():
    found = _meets(
        "Xi met Trump in Florida. Asked about Tillerson's visit, Chinese Foreign Ministry "
        "spokesman Lu Kang said he would meet Wang Yi."
    )
    assert ("person:rex-tillerson", "person:wang-yi") in found
    assert not any("person:lu-kang" in pair for pair in found)


def test_he_in_what_a_spokesman_says_is_not_the_spokesman():
    found = _meets(
        "Xi met Trump in Florida. Chinese Foreign Ministry spokesman Lu Kang said he would "
        "meet Putin."
    )
    assert not any("person:lu-kang" in pair for pair in found)


def test_a_participle_s_speaker_binds_its_pronoun():
    found = _visits(
        "Merkel met Obama in Berlin. Putin spoke with Erdogan on Monday, saying he would "
        "visit Turkey."
    )
    assert ("person:vladimir-putin", "TUR") in found


def test_they_is_no_singular_name_ending_in_ss():
    triples = extracted(
        "The International Committee of the Red Cross said on Wednesday that it had sent "
        "doctors to Aden. The Saudi-led coalition has been fighting the Houthis since they "
        "seized parts of Yemen in 2015."
    )
    found = {(t.subject.id, t.object.id) for t in triples}
    assert not any(s == "igo:icrc" and o == "YEM" for s, o in found)
    assert ("org:houthis", "YEM") in found


@pytest.mark.parametrize(
    "text",
    [
        "Germany criticized the plan. Merkel said it was crucial to meet with Russia soon.",
        "Russia criticized the plan. It is illegal to send weapons to North Korea.",
    ],
)
def test_an_extraposed_it_is_no_actor(text: str) -> None:
    triples = extracted(text)
    assert not any(t.subject.id in ("DEU", "RUS") and t.relation != "CRITICIZES" for t in triples)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "China criticized the plan on Monday. The bill is meant to punish North Korea for "
            "its missile tests. If signed by Trump, it would impose sanctions on Iran.",
            "PRK",
        ),
        (
            "Germany praised the deal. The sanctions had targeted Russian banks. They blocked "
            "British companies from investing in Iran.",
            "RUS:BUS",
        ),
    ],
)
def test_it_or_they_first_in_a_sentence_continues_a_thing_the_sentence_before_was_about(
    text: str, actor: str
) -> None:
    assert not any(t.subject.id == actor for t in extracted(text))


def _triples(text: str) -> set[tuple[str, str, str]]:
    from tests.integration.news import extracted

    return {(t.subject.id, t.relation, t.object.id) for t in extracted(text)}


def test_spokesmans_we_is_the_body_in_his_title() -> None:
    found = _triples(
        "\u201cWe strongly condemn the attack by Russia,\u201d Turkish Foreign Ministry "
        "spokesman Hami Aksoy said on Monday."
    )
    assert ("TUR:GOV", "CRITICIZES", "RUS") in found
    assert not any(s.startswith("person:") for s, _, _ in found)


def test_spokesmans_we_with_no_body_named_is_no_one() -> None:
    found = _triples(
        "\u201cWe strongly condemn the attack by Russia,\u201d spokesman Hami Aksoy said."
    )
    assert not any(s == "person:hami-aksoy" for s, _, _ in found)


def test_a_pronoun_whose_speaker_is_no_actor_names_no_one():
    found = events(
        "Saudi Arabia cut ties with Qatar. The group said it had attacked Turkish troops."
    )
    assert not any(r == "ATTACKS" for _, r, _ in found)


def test_plural_pronoun_of_an_actorless_speaker_is_no_earlier_country():
    found = events(
        "Russia denied the report on Friday. Local militias said they came under attack "
        "from Syrian government forces."
    )
    assert not any(r == "ATTACKS" and "RUS" in (s, o) for s, r, o in found)


def test_a_speaker_actor_still_binds_its_pronoun():
    found = events("Saudi Arabia said it had attacked Turkish troops.")
    assert ("SAU", "ATTACKS", "TUR:MIL") in found


def test_a_country_reporting_an_attack_on_itself_accuses_the_attacker():
    found = events("Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.")
    assert {("PSE", "ATTACKS", "ISR"), ("ISR", "CRITICIZES", "PSE")} <= found


def test_it_in_reported_speech_is_no_thing_of_a_conjoined_verb():
    found = events(
        "Turkey said the United States has isolated itself by recognizing Jerusalem as "
        "Israel's capital and accused it of threatening countries."
    )
    assert ("USA", "CRITICIZES", "TUR") not in found


def test_an_object_it_in_what_a_country_complains_of_is_the_country():
    found = events("Turkey complained that Syria had shelled it.")
    assert ("SYR", "ATTACKS", "TUR") in found


def test_its_on_an_object_the_clause_subject_cannot_own_is_the_speakers():
    found = events("Egypt said Libya had shelled its troops near the border.")
    assert ("LBY", "ATTACKS", "EGY:MIL") in found
    found = events("Egypt said its troops had shelled Libya.")
    assert ("EGY:MIL", "ATTACKS", "LBY") in found
