"""Light verbs of the lexicon's <light_verbs> class (kgraph.extract.rules_nominal) on
hand-built parses, no model: "Germany voiced criticism of Turkey" -> DEU CRITICIZES TUR.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.lexicon import load_lexicon
from kgraph.extract.rules_nominal import LIGHT_VERBS
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

DEU = Entity("DEU", "Germany", "Country", "DEU")
TUR = Entity("TUR", "Turkey", "Country", "TUR")
FRA = Entity("FRA", "France", "Country", "FRA")
LBN = Entity("LBN", "Lebanon", "Country", "LBN")

# "Germany voiced criticism of Turkey."
VOICED_CRITICISM: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
    ("voiced", "voice", "VERB", "VBD", "ROOT", 1),
    ("criticism", "criticism", "NOUN", "NN", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 2),
    ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "France expressed support for Lebanon."
EXPRESSED_SUPPORT: list[Row] = [
    ("France", "France", "PROPN", "NNP", "nsubj", 1),
    ("expressed", "express", "VERB", "VBD", "ROOT", 1),
    ("support", "support", "NOUN", "NN", "dobj", 1),
    ("for", "for", "ADP", "IN", "prep", 2),
    ("Lebanon", "Lebanon", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "France praised support for Lebanon." (no light verb: praising support is no support)
PRAISED_SUPPORT: list[Row] = [
    (w, "praise" if lem == "express" else lem, p, t, d, h)
    for (w, lem, p, t, d, h) in (
        (("praised", *r[1:]) if r[0] == "expressed" else r) for r in EXPRESSED_SUPPORT
    )
]


def test_light_verb_class_is_data_apart_from_the_built_in_list():
    light = load_lexicon().classes["light_verbs"]
    assert {"express", "voice", "reiterate"} <= light
    assert not light & LIGHT_VERBS  # one place for each verb


def test_voiced_criticism_of_a_country_criticizes_it():
    rows = _rows(VOICED_CRITICISM, [ActorSpan(0, 1, 0, DEU), ActorSpan(4, 5, 4, TUR)])
    assert ("DEU", "CRITICIZES", "TUR", "asserted", "nominal-light-verb") in rows


def test_expressed_support_for_a_country_backs_it():
    rows = _rows(EXPRESSED_SUPPORT, [ActorSpan(0, 1, 0, FRA), ActorSpan(4, 5, 4, LBN)])
    assert ("FRA", "BACKS", "LBN", "asserted", "nominal-light-verb") in rows


def test_a_verb_outside_the_class_lends_no_subject():
    rows = _rows(PRAISED_SUPPORT, [ActorSpan(0, 1, 0, FRA), ActorSpan(4, 5, 4, LBN)])
    assert not [r for r in rows if r[4] == "nominal-light-verb"]
