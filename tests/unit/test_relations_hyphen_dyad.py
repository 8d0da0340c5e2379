"""The hyphen-dyad rule (kgraph.extract.rules_hyphen) on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index, space after) for invented sentences
in the shapes the English pipeline gives: "U.S.-China" one token, "Putin-Trump" three.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_partitive import SpacedRow, _rows

PUTIN = Entity("person:vladimir-putin", "Vladimir Putin", "Person", "RUS")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")

# "The U.S.-China talks ended." (no actor resolved: both sides from the gazetteer)
US_CHINA_TALKS: list[SpacedRow] = [
    ("The", "the", "DET", "DT", "det", 2, True),
    ("U.S.-China", "U.S.-China", "PROPN", "NNP", "compound", 2, True),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 3, True),
    ("ended", "end", "VERB", "VBD", "ROOT", 3, False),
    (".", ".", "PUNCT", ".", "punct", 3, False),
]

# "The Putin-Trump meeting ended."
PUTIN_TRUMP_MEETING: list[SpacedRow] = [
    ("The", "the", "DET", "DT", "det", 4, True),
    ("Putin", "Putin", "PROPN", "NNP", "compound", 3, False),
    ("-", "-", "PUNCT", "HYPH", "punct", 3, False),
    ("Trump", "Trump", "PROPN", "NNP", "compound", 4, True),
    ("meeting", "meeting", "NOUN", "NN", "nsubj", 5, True),
    ("ended", "end", "VERB", "VBD", "ROOT", 5, False),
    (".", ".", "PUNCT", ".", "punct", 5, False),
]

# "The Iran-Iraq war ended." (an attack noun: no symmetric cue)
IRAN_IRAQ_WAR: list[SpacedRow] = [
    ("The", "the", "DET", "DT", "det", 2, True),
    ("Iran-Iraq", "Iran-Iraq", "PROPN", "NNP", "compound", 2, True),
    ("war", "war", "NOUN", "NN", "nsubj", 3, True),
    ("ended", "end", "VERB", "VBD", "ROOT", 3, False),
    (".", ".", "PUNCT", ".", "punct", 3, False),
]

# "The Asia-Pacific summit ended." (two regions: no actors)
ASIA_PACIFIC_SUMMIT: list[SpacedRow] = [
    ("The", "the", "DET", "DT", "det", 2, True),
    ("Asia-Pacific", "Asia-Pacific", "PROPN", "NNP", "compound", 2, True),
    ("summit", "summit", "NOUN", "NN", "nsubj", 3, True),
    ("ended", "end", "VERB", "VBD", "ROOT", 3, False),
    (".", ".", "PUNCT", ".", "punct", 3, False),
]

# "The Putin - Trump meeting ended." (a spaced dash: no joined pair)
PUTIN_TRUMP_SPACED = [(*row[:6], True) for row in PUTIN_TRUMP_MEETING]


def _dyads(rows: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {r[:3] for r in rows if r[3] == "hyphen-dyad"}


def test_a_joined_pair_of_countries_are_the_parties_of_the_talks():
    assert _dyads(_rows(US_CHINA_TALKS, [])) == {("CHN", "NEGOTIATES_WITH", "USA")}


def test_a_dash_between_two_actors_before_a_meeting_noun():
    spans = [ActorSpan(1, 2, 1, PUTIN), ActorSpan(3, 4, 3, TRUMP)]
    rows = _dyads(_rows(PUTIN_TRUMP_MEETING, spans))
    assert rows == {("person:donald-trump", "MEETS", "person:vladimir-putin")}


def test_a_pair_before_a_war_names_no_attacker():
    assert not _dyads(_rows(IRAN_IRAQ_WAR, []))


def test_two_regions_are_no_parties():
    assert not _dyads(_rows(ASIA_PACIFIC_SUMMIT, []))


def test_a_spaced_dash_joins_no_pair():
    spans = [ActorSpan(1, 2, 1, PUTIN), ActorSpan(3, 4, 3, TRUMP)]
    assert not _dyads(_rows(PUTIN_TRUMP_SPACED, spans))


# "A Russia-Turkey deal was reached." (an indefinite agreement: sought, the rule keeps out)
A_RUSSIA_TURKEY_DEAL: list[SpacedRow] = [
    ("A", "a", "DET", "DT", "det", 2, True),
    ("Russia-Turkey", "Russia-Turkey", "PROPN", "NNP", "compound", 2, True),
    ("deal", "deal", "NOUN", "NN", "nsubjpass", 4, True),
    ("was", "be", "AUX", "VBD", "auxpass", 4, True),
    ("reached", "reach", "VERB", "VBN", "ROOT", 4, False),
    (".", ".", "PUNCT", ".", "punct", 4, False),
]
THE_RUSSIA_TURKEY_DEAL = [("The", "the", *A_RUSSIA_TURKEY_DEAL[0][2:]), *A_RUSSIA_TURKEY_DEAL[1:]]


def test_an_indefinite_agreement_is_only_sought():
    assert not _dyads(_rows(A_RUSSIA_TURKEY_DEAL, []))
    assert _dyads(_rows(THE_RUSSIA_TURKEY_DEAL, [])) == {("RUS", "AGREES_WITH", "TUR")}
