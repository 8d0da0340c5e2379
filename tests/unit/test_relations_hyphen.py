"""The hyphen-agent rule (kgraph.extract.rules_hyphen) on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index, space after), as the English pipeline
parsed these invented sentences: "Iran-backed" is three tokens, "U.S.-backed" one.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_partitive import SpacedRow, _rows

IRN = Entity("IRN", "Iran", "Country", "IRN")
HEZBOLLAH = Entity("org:hezbollah", "Hezbollah", "Organization", "LBN")
SYR_REB = Entity("SYR:REB", "Syrian rebels", "Group", "SYR")
AFG_GOV = Entity("AFG:GOV", "Afghan government", "Group", "AFG")

# "Iran-backed Hezbollah fighters attacked the base."
IRAN_BACKED: list[SpacedRow] = [
    ("Iran", "Iran", "PROPN", "NNP", "npadvmod", 2, False),
    ("-", "-", "PUNCT", "HYPH", "punct", 2, False),
    ("backed", "back", "VERB", "VBN", "amod", 4, True),
    ("Hezbollah", "Hezbollah", "PROPN", "NNP", "compound", 4, True),
    ("fighters", "fighter", "NOUN", "NNS", "nsubj", 5, True),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 5, True),
    ("the", "the", "DET", "DT", "det", 7, True),
    ("base", "base", "NOUN", "NN", "dobj", 5, False),
    (".", ".", "PUNCT", ".", "punct", 5, False),
]

# "Iran - backed Hezbollah fighters attacked the base." (spaced: a dash between words, no
# compound)
IRAN_DASH_SPACED = [(*row[:6], True) for row in IRAN_BACKED]

# "The U.S.-backed Syrian rebels seized the town."
US_BACKED: list[SpacedRow] = [
    ("The", "the", "DET", "DT", "det", 3, True),
    ("U.S.-backed", "u.s.-backed", "ADJ", "JJ", "amod", 3, True),
    ("Syrian", "syrian", "ADJ", "JJ", "amod", 3, True),
    ("rebels", "rebel", "NOUN", "NNS", "nsubj", 4, True),
    ("seized", "seize", "VERB", "VBD", "ROOT", 4, True),
    ("the", "the", "DET", "DT", "det", 6, True),
    ("town", "town", "NOUN", "NN", "dobj", 4, False),
    (".", ".", "PUNCT", ".", "punct", 4, False),
]

# "The Western-backed government fell." ("Western" names a region, no actor)
WESTERN_BACKED: list[SpacedRow] = [
    ("The", "the", "DET", "DT", "det", 4, True),
    ("Western", "western", "ADV", "RB", "npadvmod", 3, False),
    ("-", "-", "PUNCT", "HYPH", "punct", 3, False),
    ("backed", "back", "VERB", "VBN", "amod", 4, True),
    ("government", "government", "NOUN", "NN", "nsubj", 5, True),
    ("fell", "fall", "VERB", "VBD", "ROOT", 5, False),
    (".", ".", "PUNCT", ".", "punct", 5, False),
]


def test_a_name_hyphened_to_backed_backs_the_noun_it_modifies():
    spans = [ActorSpan(0, 1, 0, IRN), ActorSpan(3, 4, 3, HEZBOLLAH)]
    rows = _rows(IRAN_BACKED, spans)
    assert ("IRN", "BACKS", "org:hezbollah", "hyphen-agent") in rows


def test_a_dash_between_spaced_words_is_no_hyphened_name():
    spans = [ActorSpan(0, 1, 0, IRN), ActorSpan(3, 4, 3, HEZBOLLAH)]
    assert not [r for r in _rows(IRAN_DASH_SPACED, spans) if r[3] == "hyphen-agent"]


def test_one_token_name_and_participle_takes_the_gazetteer_actor():
    rows = _rows(US_BACKED, [ActorSpan(2, 4, 3, SYR_REB)])
    assert ("USA", "BACKS", "SYR:REB", "hyphen-agent") in rows


def test_a_bare_group_noun_with_a_guessed_country_is_no_target():
    # "rebels" alone, its country taken from elsewhere in the text
    rows = _rows(US_BACKED, [ActorSpan(3, 4, 3, SYR_REB)])
    assert not [r for r in rows if r[3] == "hyphen-agent"]


def test_a_region_hyphened_to_backed_backs_nothing():
    rows = _rows(WESTERN_BACKED, [ActorSpan(4, 5, 4, AFG_GOV)])
    assert not [r for r in rows if r[3] == "hyphen-agent"]
