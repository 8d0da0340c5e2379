"""Event nouns whose light verb is in a relative clause ("the conversations Flynn had with
Kislyak") or whose light verb has conjoined subjects ("Moscow and Washington are continuing a
dialogue") (kgraph.extract.rules_nominal), on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

RUS = Entity("RUS", "Russia", "Country", "RUS")
USA = Entity("USA", "United States", "Country", "USA")
SYR = Entity("SYR", "Syria", "Country", "SYR")
FLYNN = Entity("person:michael-flynn", "Michael Flynn", "Person", "USA")
KISLYAK = Entity("person:sergei-kislyak", "Sergei Kislyak", "Person", "RUS")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")
XI = Entity("person:xi-jinping", "Xi Jinping", "Person", "CHN")
SENATE = Entity("USA:LEG", "United States legislature", "Organization", "USA")

# "Investigators examined the conversations Flynn had with Kislyak."
CONVERSATIONS_HAD: list[Row] = [
    ("Investigators", "investigator", "NOUN", "NNS", "nsubj", 1),
    ("examined", "examine", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("conversations", "conversation", "NOUN", "NNS", "dobj", 1),
    ("Flynn", "Flynn", "PROPN", "NNP", "nsubj", 5),
    ("had", "have", "VERB", "VBD", "relcl", 3),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Kislyak", "Kislyak", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "The meeting Trump will hold with Xi was announced."
MEETING_WILL_HOLD: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("meeting", "meeting", "NOUN", "NN", "nsubjpass", 8),
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 4),
    ("will", "will", "AUX", "MD", "aux", 4),
    ("hold", "hold", "VERB", "VB", "relcl", 1),
    ("with", "with", "ADP", "IN", "prep", 4),
    ("Xi", "Xi", "PROPN", "NNP", "pobj", 5),
    ("was", "be", "AUX", "VBD", "auxpass", 8),
    ("announced", "announce", "VERB", "VBN", "ROOT", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]

# "Moscow and Washington are continuing a dialogue on Syria."
CONTINUING_DIALOGUE: list[Row] = [
    ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("Washington", "Washington", "PROPN", "NNP", "conj", 0),
    ("are", "be", "AUX", "VBP", "aux", 4),
    ("continuing", "continue", "VERB", "VBG", "ROOT", 4),
    ("a", "a", "DET", "DT", "det", 6),
    ("dialogue", "dialogue", "NOUN", "NN", "dobj", 4),
    ("on", "on", "ADP", "IN", "prep", 6),
    ("Syria", "Syria", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "The senators told a meeting that they were worried."
TOLD_MEETING: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("senators", "senator", "NOUN", "NNS", "nsubj", 2),
    ("told", "tell", "VERB", "VBD", "ROOT", 2),
    ("a", "a", "DET", "DT", "det", 4),
    ("meeting", "meeting", "NOUN", "NN", "dobj", 2),
    ("that", "that", "SCONJ", "IN", "mark", 7),
    ("they", "they", "PRON", "PRP", "nsubj", 7),
    ("were", "be", "AUX", "VBD", "ccomp", 2),
    ("worried", "worried", "ADJ", "JJ", "acomp", 7),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_relative_light_verb_lends_its_subject_and_its_with_phrase():
    rows = _rows(CONVERSATIONS_HAD, [ActorSpan(4, 5, 4, FLYNN), ActorSpan(7, 8, 7, KISLYAK)])
    assert (FLYNN.id, "MEETS", KISLYAK.id, "asserted", "nominal-light-verb") in rows


def test_a_relative_light_verb_gives_its_own_modality():
    rows = _rows(MEETING_WILL_HOLD, [ActorSpan(2, 3, 2, TRUMP), ActorSpan(6, 7, 6, XI)])
    assert {(r[0], r[1], r[2]) for r in rows} >= {(TRUMP.id, "MEETS", XI.id)}
    assert not [r for r in rows if r[1] == "MEETS" and r[3] == "asserted"]


def test_conjoined_light_verb_subjects_hold_a_symmetric_event_together():
    spans = [ActorSpan(0, 1, 0, RUS), ActorSpan(2, 3, 2, USA), ActorSpan(8, 9, 8, SYR)]
    rows = _rows(CONTINUING_DIALOGUE, spans)
    assert {(r[0], r[2], r[4]) for r in rows if r[1] == "NEGOTIATES_WITH"} == {
        ("RUS", "USA", "nominal-between")
    }


def test_a_meeting_told_is_an_audience_not_an_event():
    spans = [ActorSpan(1, 2, 1, SENATE)]
    assert not [r for r in _rows(TOLD_MEETING, spans) if r[1] == "MEETS"]
