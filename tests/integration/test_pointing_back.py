"""Descriptions and pronouns that point back, with the model, on sentences written for these
rules: "the president", "the kingdom", "the alliance", "the group", "the bloc", "the country"
(also as the salient subject of the sentence before), "the agency", "the two countries", and
"I" in reported speech."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import extracted

pytestmark = pytest.mark.integration


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(t.subject.id, t.relation, t.object.id) for t in extracted(text) if t.plover}


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "Chilean President Michelle Bachelet arrived in Lima on Monday. "
            "The president criticised Venezuela for jailing opposition leaders.",
            {("person:michelle-bachelet", "CRITICIZES", "VEN")},
        ),
        (
            "Saudi Arabia recalled its ambassador on Sunday. "
            "The kingdom accused Qatar of funding militants.",
            {("SAU", "CRITICIZES", "QAT")},
        ),
        (
            "NATO held a summit in Brussels. "
            "The alliance warned Russia against further incursions.",
            {("igo:nato", "WARNS", "RUS")},
        ),
        (
            "Islamic State claimed the bombing. The group also attacked Iraqi troops near Mosul.",
            {("org:islamic-state", "ATTACKS", "IRQ:MIL")},
        ),
        (
            "The European Union agreed new rules on steel. "
            "The bloc accused China of dumping cheap steel.",
            {("igo:eu", "CRITICIZES", "CHN")},
        ),
        (
            "Kenya held elections in August. The country expelled two Somali diplomats on Friday.",
            # expelling diplomats reduces relations (SANCTIONS 161, rules_coerce)
            {("KEN", "SANCTIONS", "SOM:GOV")},
        ),
        (
            "Japan and South Korea held talks in Tokyo on Friday. "
            "The two countries urged North Korea to halt its missile tests.",
            {("JPN", "APPEALS_TO", "PRK"), ("KOR", "APPEALS_TO", "PRK")},
        ),
        (
            '"I urge Iran to release the British sailors," Prime Minister Theresa May said.',
            {("person:theresa-may", "APPEALS_TO", "IRN")},
        ),
    ],
)
def test_pointing_back_finds_the_actor_named_before(
    text: str, expect: set[tuple[str, str, str]]
) -> None:
    assert expect <= _events(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # two presidents named: "the president" is neither
        (
            "US President Donald Trump and French President Emmanuel Macron met in Paris. "
            "The president criticised Iran.",
            "IRN",
        ),
        # "the president of Brazil" is not the Argentine president named before
        (
            "Argentine President Mauricio Macri spoke in Buenos Aires. "
            "The president of Brazil criticised Venezuela.",
            "VEN",
        ),
        # two countries named: "the country" is neither
        (
            "Kenya and Uganda signed a pipeline deal. "
            "The country expelled two Somali diplomats on Friday.",
            "SOM:GOV",
        ),
    ],
)
def test_pointing_back_names_nobody_when_unsure(text: str, target: str) -> None:
    found = _events(text)
    wrong = {"person:donald-trump", "person:emmanuel-macron", "person:mauricio-macri"}
    assert not any(obj == target and subj in wrong | {"KEN", "UGA"} for subj, _, obj in found)


def _resolved(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.entity.id, m.entity.country) for m in entity_mentions([Document("t", text)])}


def test_the_agency_points_back_to_the_institution_named_before() -> None:
    text = (
        "The FBI questioned the two bankers on Monday. "
        "The agency later accused them of moving money for a cartel."
    )
    assert _resolved(text)["The agency"] == ("USA:COP", "USA")


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_subject_description_names_the_salient_country_of_the_sentence_before() -> None:
    text = (
        "China criticized the United States over arms sales to Taiwan. "
        "The country also warned Japan."
    )
    assert _ids(text)["The country"] == "CHN"


@pytest.mark.parametrize(
    ("text", "mention", "expect"),
    [
        # the one coalition the article names, however far back
        (
            "The U.S.-led coalition said on Monday it had finished its review. "
            "Oil prices fell in Asia. Markets were calm. Traders waited for the data. "
            "The coalition later attacked Islamic State positions near Raqqa.",
            "The coalition",
            "USA:MIL",
        ),
        # the one armed group named, four sentences back
        (
            "Islamic State claimed the bombing on Sunday. Shops were shut. Schools were closed. "
            "Nobody could leave the town. The group then attacked Iraqi troops near Mosul.",
            "The group",
            "org:islamic-state",
        ),
        # epithets of a country named before
        (
            "Taiwan held air force drills on Monday. China warned the self-ruled "
            "island on Tuesday.",
            "the self-ruled island",
            "TWN",
        ),
        (
            "Israel closed its border crossings. Iran condemned the Jewish state on Friday.",
            "the Jewish state",
            "ISR",
        ),
    ],
)
def test_pointing_back_past_the_window_and_epithets(text: str, mention: str, expect: str) -> None:
    assert _ids(text)[mention] == expect


def test_pointing_back_past_the_window_needs_one_candidate_in_the_article() -> None:
    text = (
        "Islamic State claimed the bombing on Sunday. The Taliban denied any role. "
        "Shops were shut. Schools were closed. The group then attacked Iraqi troops."
    )
    assert "The group" not in _ids(text)


def test_a_coalition_strike_is_the_coalition_named_before() -> None:
    text = (
        "The Saudi-led coalition said on Monday it would reopen the port. "
        "Residents said a coalition air strike killed 12 Yemeni civilians in Saada."
    )
    assert ("SAU:MIL", "ATTACKS", "YEM:CVL") in _events(text)


def test_a_news_outlet_spoken_to_is_no_antecedent() -> None:
    text = "A Taliban commander told Reuters that Pakistan had attacked them."
    assert not any(obj == "org:reuters" for _, _, obj in _events(text))


def test_the_legislature_after_the_european_parliament_is_the_parliament() -> None:
    text = (
        "Britain and the EU resumed talks in Brussels. Lawmakers in the European Parliament "
        "voted on Tuesday. The legislature, which must approve the treaty, criticized Britain."
    )
    assert _ids(text)["The legislature"] == "igo:ep"
