"""Sentences the parser cut or ran together in news copy, with the real model: a stock ticker
with a share class in lower case, the first words of the lead after a dateline, a name after an
abbreviated rank; and a travel noun taken by a verb that curbs something else."""

from __future__ import annotations

import pytest

from kgraph.extract.nlp import load_nlp
from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Trade Representative backed Ford Motor Co's (F.N) claims against Japanese "
        "rival Toyota's (TOYOb.T) new hybrid cars, drawing a threat from Japan.",
        "WASHINGTON (Reuters) - President Barack Obama on Friday signed into law a measure that "
        "pledges support.",
        "WASHINGTON (Reuters) - FBI Director James Comey was driven in part by a fear of leaks.",
        "We want to speak to the man about this theft, Det. Sgt. Nick Thompson from British "
        "Transport Police said.",
    ],
)
def test_one_sentence_stays_whole(text: str) -> None:
    assert len(list(load_nlp()(text).sents)) == 1 + text.startswith("WASHINGTON")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany criticized Volkswagen's (VOWG_p.DE) new diesel engines, drawing a threat "
            "from France to ban the cars.",
            ("FRA", "WARNS", "DEU"),
        ),
        (
            "Russia praised Shell's (RDSa.L) new gas project, drawing a protest from Ukraine.",
            ("UKR", "CRITICIZES", "RUS"),
        ),
    ],
)
def test_a_ticker_no_longer_cuts_off_the_rest_of_its_sentence(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = {(s, r, o) for s, r, o, _ in ruled(text)}
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Britain used flights to Libya to evacuate its citizens.",
        "Trump announced a trip to China.",
    ],
)
def test_a_travel_noun_taken_by_another_act_is_no_travel_ban(text: str) -> None:
    assert not [t for t in ruled(text) if t[3] == "travel-ban"]
