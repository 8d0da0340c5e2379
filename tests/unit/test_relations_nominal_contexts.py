"""Event nouns read through an intensifying light verb, a despite/amid-phrase or a call taken
(kgraph.extract.rules_nominal, kgraph.extract.rules_recipient), on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.lexicon import load_lexicon
from kgraph.extract.rules_nominal_actors import LIGHT_PHRASALS, LIGHT_VERBS
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

SAU = Entity("SAU", "Saudi Arabia", "Country", "SAU")
IRN = Entity("IRN", "Iran", "Country", "IRN")
JPN = Entity("JPN", "Japan", "Country", "JPN")
SYR = Entity("SYR", "Syria", "Country", "SYR")
PRK = Entity("PRK", "North Korea", "Country", "PRK")
FRA = Entity("FRA", "France", "Country", "FRA")
DEU = Entity("DEU", "Germany", "Country", "DEU")
UN = Entity("igo:un", "United Nations", "IGO")
GOP = Entity("org:republican-party-usa", "Republican Party", "Organization", "USA")
SANDERS = Entity("person:bernie-sanders", "Bernie Sanders", "Person", "USA")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")
BOEHNER = Entity("person:john-boehner", "John Boehner", "Person", "USA")
TSAI = Entity("person:tsai-ing-wen", "Tsai Ing-wen", "Person", "TWN")

# "Saudi Arabia has ratcheted up pressure on Iran."
RATCHETED: list[Row] = [
    ("Saudi", "Saudi", "PROPN", "NNP", "compound", 1),
    ("Arabia", "Arabia", "PROPN", "NNP", "nsubj", 3),
    ("has", "have", "AUX", "VBZ", "aux", 3),
    ("ratcheted", "ratchet", "VERB", "VBN", "ROOT", 3),
    ("up", "up", "ADP", "RP", "prt", 3),
    ("pressure", "pressure", "NOUN", "NN", "dobj", 3),
    ("on", "on", "ADP", "IN", "prep", 5),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Sanders turned up the pressure on Trump."
TURNED_UP: list[Row] = [
    ("Sanders", "Sanders", "PROPN", "NNP", "nsubj", 1),
    ("turned", "turn", "VERB", "VBD", "ROOT", 1),
    ("up", "up", "ADP", "RP", "prt", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("pressure", "pressure", "NOUN", "NN", "dobj", 1),
    ("on", "on", "ADP", "IN", "prep", 4),
    ("Trump", "Trump", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Japan turned down an offer of aid to Syria."
TURNED_DOWN: list[Row] = [
    ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
    ("turned", "turn", "VERB", "VBD", "ROOT", 1),
    ("down", "down", "ADP", "RP", "prt", 1),
    ("an", "an", "DET", "DT", "det", 4),
    ("offer", "offer", "NOUN", "NN", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("aid", "aid", "NOUN", "NN", "pobj", 5),
    ("to", "to", "ADP", "IN", "prep", 4),
    ("Syria", "Syria", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Boehner resigned amid opposition from Republicans."
AMID_OPPOSITION: list[Row] = [
    ("Boehner", "Boehner", "PROPN", "NNP", "nsubj", 1),
    ("resigned", "resign", "VERB", "VBD", "ROOT", 1),
    ("amid", "amid", "ADP", "IN", "prep", 1),
    ("opposition", "opposition", "NOUN", "NN", "pobj", 2),
    ("from", "from", "ADP", "IN", "prep", 3),
    ("Republicans", "Republicans", "PROPN", "NNPS", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "North Korea fired missiles in defiance of U.N. sanctions."
IN_DEFIANCE: list[Row] = [
    ("North", "North", "PROPN", "NNP", "compound", 1),
    ("Korea", "Korea", "PROPN", "NNP", "nsubj", 2),
    ("fired", "fire", "VERB", "VBD", "ROOT", 2),
    ("missiles", "missile", "NOUN", "NNS", "dobj", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("defiance", "defiance", "NOUN", "NN", "pobj", 4),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("U.N.", "U.N.", "PROPN", "NNP", "compound", 8),
    ("sanctions", "sanction", "NOUN", "NNS", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Despite criticism of Iran from France, Germany signed the deal."
DESPITE_OWN_TARGET: list[Row] = [
    ("Despite", "despite", "SCONJ", "IN", "prep", 8),
    ("criticism", "criticism", "NOUN", "NN", "pobj", 0),
    ("of", "of", "ADP", "IN", "prep", 1),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 2),
    ("from", "from", "ADP", "IN", "prep", 1),
    ("France", "France", "PROPN", "NNP", "pobj", 4),
    (",", ",", "PUNCT", ",", "punct", 8),
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 8),
    ("signed", "sign", "VERB", "VBD", "ROOT", 8),
    ("the", "the", "DET", "DT", "det", 10),
    ("deal", "deal", "NOUN", "NN", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]

# "Trump took a call from Tsai."
TOOK_CALL: list[Row] = [
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 1),
    ("took", "take", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("call", "call", "NOUN", "NN", "dobj", 1),
    ("from", "from", "ADP", "IN", "prep", 3),
    ("Tsai", "Tsai", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Trump made a call from Tsai." (no verb of taking a call)
MADE_CALL: list[Row] = [(("made", "make", *r[2:]) if r[0] == "took" else r) for r in TOOK_CALL]


def test_intensifying_verbs_are_no_lexicon_light_verbs():
    assert {"ratchet", "ramp", "heap", "increase"} <= LIGHT_VERBS
    assert not load_lexicon().classes["light_verbs"] & LIGHT_VERBS
    assert ("turn", "up") in LIGHT_PHRASALS and ("turn", "down") not in LIGHT_PHRASALS


def test_ratcheted_up_pressure_on_a_country_demands_of_it():
    rows = _rows(RATCHETED, [ActorSpan(0, 2, 1, SAU), ActorSpan(7, 8, 7, IRN)])
    assert ("SAU", "DEMANDS", "IRN", "asserted", "nominal-light-verb") in rows


def test_turned_up_the_pressure_lends_the_subject():
    rows = _rows(TURNED_UP, [ActorSpan(0, 1, 0, SANDERS), ActorSpan(6, 7, 6, TRUMP)])
    assert (SANDERS.id, "DEMANDS", TRUMP.id, "asserted", "nominal-light-verb") in rows


def test_turned_down_an_offer_supplies_nothing():
    rows = _rows(TURNED_DOWN, [ActorSpan(0, 1, 0, JPN), ActorSpan(8, 9, 8, SYR)])
    assert not [r for r in rows if r[1] == "SUPPLIES"]


def test_opposition_amid_which_one_resigns_rejects_the_one_resigning():
    rows = _rows(AMID_OPPOSITION, [ActorSpan(0, 1, 0, BOEHNER), ActorSpan(5, 6, 5, GOP)])
    assert (GOP.id, "REJECTS", BOEHNER.id, "asserted", "nominal-concessive") in rows


def test_sanctions_defied_are_the_owners_sanctions_on_the_subject():
    rows = _rows(IN_DEFIANCE, [ActorSpan(0, 2, 1, PRK), ActorSpan(7, 8, 7, UN)])
    assert ("igo:un", "SANCTIONS", "PRK", "asserted", "nominal-concessive") in rows


def test_a_despite_noun_with_its_own_target_is_left_to_the_nominal_rules():
    spans = [ActorSpan(3, 4, 3, IRN), ActorSpan(5, 6, 5, FRA), ActorSpan(7, 8, 7, DEU)]
    rows = _rows(DESPITE_OWN_TARGET, spans)
    assert ("FRA", "CRITICIZES", "IRN", "asserted", "nominal-by") in rows
    assert not [r for r in rows if r[4] == "nominal-concessive"]


def test_a_call_taken_from_a_leader_is_a_meeting():
    rows = _rows(TOOK_CALL, [ActorSpan(0, 1, 0, TRUMP), ActorSpan(5, 6, 5, TSAI)])
    assert {(r[0], r[1], r[2], r[4]) for r in rows} & {
        (TRUMP.id, "MEETS", TSAI.id, "nominal-recipient"),
        (TSAI.id, "MEETS", TRUMP.id, "nominal-recipient"),
    }


def test_a_call_made_is_not_read_as_received():
    rows = _rows(MADE_CALL, [ActorSpan(0, 1, 0, TRUMP), ActorSpan(5, 6, 5, TSAI)])
    assert not [r for r in rows if r[4] == "nominal-recipient"]


MEX = Entity("MEX", "Mexico", "Country", "MEX")

# "Relations soured after Trump's demand that Mexico pay for the wall."
DEMAND_THAT: list[Row] = [
    ("Relations", "relation", "NOUN", "NNS", "ROOT", 0),
    ("soured", "sour", "VERB", "VBN", "acl", 0),
    ("after", "after", "ADP", "IN", "prep", 1),
    ("Trump", "Trump", "PROPN", "NNP", "poss", 5),
    ("'s", "'s", "PART", "POS", "case", 3),
    ("demand", "demand", "NOUN", "NN", "pobj", 2),
    ("that", "that", "SCONJ", "IN", "mark", 8),
    ("Mexico", "Mexico", "PROPN", "NNP", "nsubj", 8),
    ("pay", "pay", "VERB", "VBP", "acl", 5),
    ("for", "for", "ADP", "IN", "prep", 8),
    ("the", "the", "DET", "DT", "det", 11),
    ("wall", "wall", "NOUN", "NN", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 0),
]

# "Relations soured after Trump's claim that Mexico pay for the wall." (a claim asks nothing)
CLAIM_THAT: list[Row] = [
    (("claim", "claim", *r[2:]) if r[0] == "demand" else r) for r in DEMAND_THAT
]

# "Relations soured after Trump's request that Mexico pay for the wall."
REQUEST_THAT: list[Row] = [
    (("request", "request", *r[2:]) if r[0] == "demand" else r) for r in DEMAND_THAT
]


def test_a_demand_that_a_country_act_demands_of_it():
    rows = _rows(DEMAND_THAT, [ActorSpan(3, 4, 3, TRUMP), ActorSpan(7, 8, 7, MEX)])
    assert (TRUMP.id, "DEMANDS", "MEX", "asserted", "nominal-demand") in rows


def test_a_request_that_a_country_act_appeals_to_it():
    rows = _rows(REQUEST_THAT, [ActorSpan(3, 4, 3, TRUMP), ActorSpan(7, 8, 7, MEX)])
    assert (TRUMP.id, "APPEALS_TO", "MEX", "asserted", "nominal-demand") in rows


def test_a_claim_that_a_country_act_asks_nothing():
    rows = _rows(CLAIM_THAT, [ActorSpan(3, 4, 3, TRUMP), ActorSpan(7, 8, 7, MEX)])
    assert not [r for r in rows if r[4] in ("nominal-demand", "nominal-allegation")]


QAT = Entity("QAT", "Qatar", "Country", "QAT")

# "Saudi Arabia's trade war with Qatar hurt farmers."
TRADE_WAR: list[Row] = [
    ("Saudi", "Saudi", "PROPN", "NNP", "compound", 1),
    ("Arabia", "Arabia", "PROPN", "NNP", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 1),
    ("trade", "trade", "NOUN", "NN", "compound", 4),
    ("war", "war", "NOUN", "NN", "nsubj", 7),
    ("with", "with", "ADP", "IN", "prep", 4),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 5),
    ("hurt", "hurt", "VERB", "VBP", "ROOT", 7),
    ("farmers", "farmer", "NOUN", "NNS", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]

# "Saudi Arabia's war with Qatar hurt farmers." (no modifier: an armed war)
WAR: list[Row] = [
    (w, lem, p, t, d, h - 1 if h > 3 else h)
    for (w, lem, p, t, d, h) in (r for r in TRADE_WAR if r[0] != "trade")
]


def test_a_war_with_a_country_attacks_it():
    rows = _rows(WAR, [ActorSpan(0, 2, 1, SAU), ActorSpan(5, 6, 5, QAT)])
    assert ("SAU", "ATTACKS", "QAT", "asserted", "nominal-poss") in rows


def test_a_trade_war_attacks_no_one():
    rows = _rows(TRADE_WAR, [ActorSpan(0, 2, 1, SAU), ActorSpan(6, 7, 6, QAT)])
    assert not [r for r in rows if r[1] == "ATTACKS"]


# "Tillerson is expected in Moscow for talks with Lavrov."
EXPECTED_FOR_TALKS: list[Row] = [
    ("Tillerson", "Tillerson", "PROPN", "NNP", "nsubjpass", 2),
    ("is", "be", "AUX", "VBZ", "auxpass", 2),
    ("expected", "expect", "VERB", "VBN", "ROOT", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 3),
    ("for", "for", "ADP", "IN", "prep", 2),
    ("talks", "talk", "NOUN", "NNS", "pobj", 5),
    ("with", "with", "ADP", "IN", "prep", 6),
    ("Lavrov", "Lavrov", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_the_one_expected_for_talks_holds_them_hypothetically():
    tillerson = Entity("person:rex-tillerson", "Rex Tillerson", "Person", "USA")
    lavrov = Entity("person:sergei-lavrov", "Sergei Lavrov", "Person", "RUS")
    spans = [ActorSpan(0, 1, 0, tillerson), ActorSpan(8, 9, 8, lavrov)]
    rows = {(r[0], r[1], r[2], r[3]) for r in _rows(EXPECTED_FOR_TALKS, spans)}
    pair = {tillerson.id, lavrov.id}
    assert any(
        r[1] == "NEGOTIATES_WITH" and {r[0], r[2]} == pair and r[3] == "hypothetical" for r in rows
    ), rows


# "Hamas dropped some of its demands on Israel." (the parser's tree)
DROPPED_SOME: list[Row] = [
    ("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 1),
    ("dropped", "drop", "VERB", "VBD", "ROOT", 1),
    ("some", "some", "DET", "DT", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 2),
    ("its", "its", "PRON", "PRP$", "poss", 5),
    ("demands", "demand", "NOUN", "NNS", "pobj", 3),
    ("on", "on", "ADP", "IN", "prep", 5),
    ("Israel", "Israel", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_demands_dropped_through_a_quantity_demand_nothing():
    hamas = Entity("org:hamas", "Hamas", "Organization", "PSE")
    isr = Entity("ISR", "Israel", "Country", "ISR")
    spans = [ActorSpan(0, 1, 0, hamas), ActorSpan(7, 8, 7, isr)]
    assert not any(r[1] == "DEMANDS" for r in _rows(DROPPED_SOME, spans))
    # the same tree with the demands made, not dropped
    made = [
        ("made", "make", "VERB", "VBD", "ROOT", 1) if r[0] == "dropped" else r for r in DROPPED_SOME
    ]
    assert ("org:hamas", "DEMANDS", "ISR", "asserted") in {r[:4] for r in _rows(made, spans)}


# "The EU lifted its sanctions on Iran."
LIFTED_ITS: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("EU", "EU", "PROPN", "NNP", "nsubj", 2),
    ("lifted", "lift", "VERB", "VBD", "ROOT", 2),
    ("its", "its", "PRON", "PRP$", "poss", 4),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 2),
    ("on", "on", "ADP", "IN", "prep", 4),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_sanctions_lifted_are_no_fresh_sanctions():
    eu = Entity("igo:eu", "European Union", "IGO")
    rows = {r[:3] for r in _rows(LIFTED_ITS, [ActorSpan(0, 2, 1, eu), ActorSpan(6, 7, 6, IRN)])}
    assert ("igo:eu", "SANCTIONS", "IRN") not in rows
    assert ("igo:eu", "CONCEDES_TO", "IRN") in rows
