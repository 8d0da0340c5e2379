"""Light verbs (kgraph.extract.rules_nominal) on hand-built parses, no model: the lexicon's
<light_verbs> class ("Germany voiced criticism of Turkey" -> DEU CRITICIZES TUR), a light
verb whose own cue lacks the noun's phrase ("extended sanctions against"), and a light verb's
participle carrying the noun's target ("U.S. sanctions imposed on Russia").

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.lexicon import load_lexicon
from kgraph.extract.rules_nominal_actors import LIGHT_VERBS
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

DEU = Entity("DEU", "Germany", "Country", "DEU")
TUR = Entity("TUR", "Turkey", "Country", "TUR")
FRA = Entity("FRA", "France", "Country", "FRA")
LBN = Entity("LBN", "Lebanon", "Country", "LBN")
EU = Entity("igo:eu", "European Union", "IGO")
RUS = Entity("RUS", "Russia", "Country", "RUS")
USA = Entity("USA", "United States", "Country", "USA")

# "The EU extended sanctions against Russia." (the lexicon's verb cue: "extend <sanctions> on")
EXTENDED_AGAINST: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("EU", "EU", "PROPN", "NNP", "nsubj", 2),
    ("extended", "extend", "VERB", "VBD", "ROOT", 2),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 2),
    ("against", "against", "ADP", "IN", "prep", 3),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "U.S. sanctions imposed on Russia hurt ties."
IMPOSED_ON: list[Row] = [
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 1),
    ("sanctions", "sanction", "NOUN", "NNS", "nsubj", 5),
    ("imposed", "impose", "VERB", "VBN", "acl", 1),
    ("on", "on", "ADP", "IN", "prep", 2),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
    ("hurt", "hurt", "VERB", "VBD", "ROOT", 5),
    ("ties", "tie", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 5),
]

# "U.S. sanctions aimed on Russia hurt ties." (no light verb's participle)
AIMED_ON: list[Row] = [(("aimed", "aim", *r[2:]) if r[0] == "imposed" else r) for r in IMPOSED_ON]

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


def test_a_light_verb_whose_cue_lacks_the_nouns_phrase_lends_its_subject():
    rows = _rows(EXTENDED_AGAINST, [ActorSpan(0, 2, 1, EU), ActorSpan(5, 6, 5, RUS)])
    assert ("igo:eu", "SANCTIONS", "RUS", "asserted", "nominal-light-verb") in rows


def test_a_light_verbs_participle_carries_the_nouns_target():
    rows = _rows(IMPOSED_ON, [ActorSpan(0, 1, 0, USA), ActorSpan(4, 5, 4, RUS)])
    assert ("USA", "SANCTIONS", "RUS", "asserted", "nominal-modifier") in rows


def test_another_participle_carries_no_target():
    rows = _rows(AIMED_ON, [ActorSpan(0, 1, 0, USA), ActorSpan(4, 5, 4, RUS)])
    assert not [r for r in rows if r[1] == "SANCTIONS"]
