"""Acts of an actor named by a noun whose owner is not its possessive or by-phrase
(kgraph.extract.args_acts): "the Saudi-led air strikes" (the leader), "the announcement of new
sanctions by the United States" (a by-phrase on the of-phrase's noun), "cut its tariffs, a
move that drew praise from India" (an appositive summing up its clause). Hand-built parses, no
model; rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline
parsed the invented sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows

IRN, SAU, YEM = _country("IRN", "Iran"), _country("SAU", "Saudi Arabia"), _country("YEM", "Yemen")
DEU, USA = _country("DEU", "Germany"), _country("USA", "United States")
JPN, IND = _country("JPN", "Japan"), _country("IND", "India")
RUS, GBR = _country("RUS", "Russia"), _country("GBR", "Britain")

SAUDI_LED_STRIKES: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 7),
    ("Saudi", "Saudi", "PROPN", "NNP", "npadvmod", 5),
    ("-", "-", "PUNCT", "HYPH", "punct", 5),
    ("led", "lead", "VERB", "VBN", "amod", 7),
    ("air", "air", "NOUN", "NN", "compound", 7),
    ("strikes", "strike", "NOUN", "NNS", "dobj", 1),
    ("on", "on", "ADP", "IN", "prep", 7),
    ("Yemen", "Yemen", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]
ANNOUNCEMENT_BY: list[Row] = [
    ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("announcement", "announcement", "NOUN", "NN", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("new", "new", "ADJ", "JJ", "amod", 6),
    ("sanctions", "sanction", "NOUN", "NNS", "pobj", 4),
    ("by", "by", "ADP", "IN", "prep", 6),
    ("the", "the", "DET", "DT", "det", 10),
    ("United", "United", "PROPN", "NNP", "compound", 10),
    ("States", "States", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]
MOVE_PRAISED: list[Row] = [
    ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
    ("cut", "cut", "VERB", "VBD", "ROOT", 1),
    ("its", "its", "PRON", "PRP$", "poss", 3),
    ("tariffs", "tariff", "NOUN", "NNS", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("move", "move", "NOUN", "NN", "appos", 3),
    ("that", "that", "PRON", "WDT", "nsubj", 8),
    ("drew", "draw", "VERB", "VBD", "relcl", 6),
    ("praise", "praise", "NOUN", "NN", "dobj", 8),
    ("from", "from", "ADP", "IN", "prep", 8),
    ("India", "India", "PROPN", "NNP", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]
STEP_ANGERED: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
    ("20", "20", "NUM", "CD", "nummod", 3),
    ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("step", "step", "NOUN", "NN", "appos", 3),
    ("that", "that", "PRON", "WDT", "nsubj", 8),
    ("angered", "anger", "VERB", "VBD", "relcl", 6),
    ("Britain", "Britain", "PROPN", "NNP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_x_led_attack_is_the_leaders():
    spans = [ActorSpan(0, 1, 0, IRN), ActorSpan(3, 4, 3, SAU), ActorSpan(9, 10, 9, YEM)]
    rows = _rows(SAUDI_LED_STRIKES, spans)
    assert ("IRN", "CRITICIZES", "SAU", "asserted", "active-svo") in rows
    assert ("SAU", "ATTACKS", "YEM", "asserted", "nominal-modifier") in rows


def test_a_by_phrase_on_the_of_phrase_names_the_doer():
    spans = [ActorSpan(0, 1, 0, DEU), ActorSpan(8, 11, 10, USA)]
    rows = _rows(ANNOUNCEMENT_BY, spans)
    assert ("DEU", "CRITICIZES", "USA", "asserted", "active-svo") in rows


def test_a_summing_move_is_the_clause_subjects():
    rows = _rows(MOVE_PRAISED, [ActorSpan(0, 1, 0, JPN), ActorSpan(11, 12, 11, IND)])
    assert ("IND", "BACKS", "JPN", "asserted", "nominal-recipient") in rows


def test_a_summing_step_that_angered_is_criticized():
    rows = _rows(STEP_ANGERED, [ActorSpan(0, 1, 0, RUS), ActorSpan(9, 10, 9, GBR)])
    assert ("GBR", "CRITICIZES", "RUS", "asserted", "owned-subject") in rows
