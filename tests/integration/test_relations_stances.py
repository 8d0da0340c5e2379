"""Stances after a copula, spoken criticism, rejection and praise, and harsh labels (speech22),
with the real model, on invented sentences (issue 8)."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _found(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.rule)
        for t in extract(Document("s", text, date="2017-06-01"))
        if t.modality in ("asserted", "reported") and not t.negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stances after a copula
        (
            "Vietnam is deeply suspicious of China.",
            ("VNM", "CRITICIZES", "CHN", "copula-adjective"),
        ),
        (
            "Poland has long been distrustful of Russia.",
            ("POL", "CRITICIZES", "RUS", "copula-adjective"),
        ),
        (
            "Ecuador was scathing about Colombia's border policy.",
            ("ECU", "CRITICIZES", "COL", "copula-adjective"),
        ),
        (
            "Estonia is increasingly alarmed at Russia's conduct.",
            ("EST", "CRITICIZES", "RUS", "copula-adjective"),
        ),
        (
            "Nepal remains indebted to India for its help after the earthquake.",
            ("NPL", "BACKS", "IND", "copula-adjective"),
        ),
        # spoken criticism, rejection, praise
        (
            "Sweden took issue with Hungary's remarks on refugees.",
            ("SWE", "CRITICIZES", "HUN", "prep-object"),
        ),
        (
            "Germany poured cold water on France's proposal.",
            ("DEU", "REJECTS", "FRA", "prep-object"),
        ),
        ("Ghana paid tribute to Nigeria.", ("GHA", "BACKS", "NGA", "prep-object")),
        # harsh labels
        (
            "Peru called Chile's new policy unfair and aggressive.",
            ("PER", "CRITICIZES", "CHL", "label-object"),
        ),
        (
            "Brazil described Venezuela as an embarrassment to the region.",
            ("BRA", "CRITICIZES", "VEN", "label-object"),
        ),
        (
            "Kenya called Ethiopia's decision courageous.",
            ("KEN", "BACKS", "ETH", "label-object"),
        ),
    ],
)
def test_stance_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no actor stance: a label on a thing nobody owns, a stance denied
        "Trump called the trade pact a disaster.",
        "Poland has never been suspicious of Russia.",
        "Sweden did not take issue with Hungary's remarks.",
    ],
)
def test_stance_not_found(text: str) -> None:
    assert not {f for f in _found(text) if f[1] in ("CRITICIZES", "REJECTS", "BACKS")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # demands and appeals in what a speaker says another actor must or should do
        (
            "Germany said Russia must withdraw its troops from the border.",
            ("DEU", "DEMANDS", "RUS", "quoted-demand"),
        ),
        (
            '"Serbia has to recognise the vote," Albania said on Monday.',
            ("ALB", "DEMANDS", "SRB", "quoted-demand"),
        ),
        (
            "Japan should stop whaling in the Antarctic, Australia insisted.",
            ("AUS", "APPEALS_TO", "JPN", "quoted-demand"),
        ),
        (  # a concession is no condition
            "Germany said Russia must withdraw its troops, even if the talks fail.",
            ("DEU", "DEMANDS", "RUS", "quoted-demand"),
        ),
        (  # one subject of the speaker's own country: still asked
            "The White House said the U.S. Congress should pass the budget this week.",
            ("USA:GOV", "APPEALS_TO", "USA:LEG", "quoted-demand"),
        ),
        # telling someone to act
        (
            "Egypt told Ethiopia to halt the filling of the dam.",
            ("EGY", "DEMANDS", "ETH", "told-to"),
        ),
    ],
)
def test_demand_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a guess, a passive, a negation, one's own country, a medium, a purpose
        "Germany said Russia must have known about the attack.",
        "Germany said Russia must be held accountable.",
        "Germany did not say Russia must withdraw.",
        "Germany said Germany must act now.",
        "The newspaper said China needs to cast aside its illusions.",
        "Egypt told Ethiopian television ahead of the summit to discuss the dam.",
        "Egypt told reporters to expect a deal.",
        # telling civilians to act is advice, no demand of a party
        "The Egyptian government told residents to stay home during the storm.",
        # a condition, what is not yet done, a state, a leader's own government
        "Germany said its army was ready, should Russia act unwisely.",
        "Germany said Russia had yet to convince its neighbours.",
        "Germany said the fund should become an EU institution.",
        "Brazilian President Michel Temer said the government had to consult lawmakers.",
        # a condition on the act asked, before or after it; partners joined to the speaker's side
        "Germany said that if the talks fail, then Russia must withdraw.",
        "Germany said Russia should withdraw if the talks fail.",
        "Japan said Australia and Japan should work together on trade.",
        # an act refused ("no role"), not asked
        "Germany said Russia should play no role in the talks.",
    ],
)
def test_demand_not_found(text: str) -> None:
    assert not {f for f in _found(text) if f[1] in ("DEMANDS", "APPEALS_TO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed an actor owns, called a wrong in what a speaker says
        (
            "Georgia said Russia's aggressive policies threaten the region.",
            ("GEO", "CRITICIZES", "RUS", "owned-wrong"),
        ),
        (
            "Ukraine said Russian aggression must end.",
            ("UKR", "CRITICIZES", "RUS", "owned-wrong"),
        ),
    ],
)
def test_owned_wrong_found(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no speaker, a medium, a negation, the speaker's own country
        "Russia's aggression continues in Ukraine.",
        "The newspaper said Russia's aggression was growing.",
        "Georgia said Russia's aggression was not the cause.",
        "Germany said Germany's aggressive stance would pay off.",
        # a hedge: an allegation, an inquiry; a pronoun speaker
        "Germany said it would investigate alleged Russian meddling.",
        "Germany said it had raised allegations of Russian interference with Moscow.",
        "Poland's aggression is a threat, he said.",
    ],
)
def test_owned_wrong_not_found(text: str) -> None:
    assert not {f for f in _found(text) if f[3] == "owned-wrong"}
