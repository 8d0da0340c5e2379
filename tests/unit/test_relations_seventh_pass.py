"""Shapes of the seventh recall pass (issue 8), each on a hand-built parse (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_relations_shapes import OBAMA, PUTIN, TRUMP, Row, _build, _country, _rows

SMITH = Entity("person:jan-smith", "Jan Smith", "Person", "GBR")


def _c(at: int, code: str, name: str) -> ActorSpan:
    return ActorSpan(at, at + 1, at, _country(code, name))


def _status(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, status) of the triples: status says negated apart."""
    doc = _build(rows)
    text = " ".join(r[0] for r in rows)
    triples = extract_relations(doc, spans, Document(id="s7", text=text, date="2020-01-01"))
    return {(t.subject.id, t.relation, t.object.id, t.status) for t in triples}


ACCUSING_IT: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
    ("cut", "cut", "VERB", "VBD", "ROOT", 1),
    ("ties", "tie", "NOUN", "NNS", "dobj", 1),
    ("with", "with", "ADP", "IN", "prep", 1),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("accusing", "accuse", "VERB", "VBG", "advcl", 1),
    ("it", "it", "PRON", "PRP", "dobj", 6),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("funding", "fund", "VERB", "VBG", "pcomp", 8),
    ("terrorism", "terrorism", "NOUN", "NN", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_accusing_it_accuses_the_actor_acted_on():
    rows = _rows(ACCUSING_IT, [_c(0, "EGY", "Egypt"), _c(4, "QAT", "Qatar")])
    assert ("EGY", "CRITICIZES", "QAT", "asserted", "participle-subject") in rows


def test_an_object_it_of_another_verb_is_still_a_thing():
    rows = list(ACCUSING_IT)
    rows[6] = ("funding", "fund", "VERB", "VBG", "advcl", 1)
    rows[9] = ("terrorism", "terrorism", "NOUN", "NN", "pobj", 8)
    found = _rows(rows, [_c(0, "EGY", "Egypt"), _c(4, "QAT", "Qatar")])
    assert not any(r[2] == "QAT" and r[1] != "SANCTIONS" for r in found)


DENIES_AND_BLAMES: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("denies", "deny", "VERB", "VBZ", "ROOT", 1),
    ("arming", "arm", "VERB", "VBG", "xcomp", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 2),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("blames", "blame", "VERB", "VBZ", "conj", 2),
    ("the", "the", "DET", "DT", "det", 8),
    ("war", "war", "NOUN", "NN", "dobj", 6),
    ("on", "on", "ADP", "IN", "prep", 6),
    ("Riyadh", "Riyadh", "PROPN", "NNP", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_finite_conjunct_of_a_denied_gerund_is_not_denied():
    rows = _status(DENIES_AND_BLAMES, [_c(0, "IRN", "Iran"), _c(10, "SAU", "Riyadh")])
    assert ("IRN", "CRITICIZES", "SAU", "asserted") in rows


VISIT_UNMENTIONED: list[Row] = [
    ("During", "during", "ADP", "IN", "prep", 9),
    ("a", "a", "DET", "DT", "det", 2),
    ("visit", "visit", "NOUN", "NN", "pobj", 0),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 9),
    ("did", "do", "AUX", "VBD", "aux", 9),
    ("not", "not", "PART", "RB", "neg", 9),
    ("mention", "mention", "VERB", "VB", "ROOT", 9),
    ("the", "the", "DET", "DT", "det", 11),
    ("vote", "vote", "NOUN", "NN", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_a_negated_verb_does_not_deny_the_visit_it_happened_during():
    rows = _status(VISIT_UNMENTIONED, [_c(4, "KEN", "Kenya"), ActorSpan(6, 7, 6, OBAMA)])
    assert (OBAMA.id, "VISITS", "KEN", "asserted") in rows


def test_calling_for_someones_extradition_appeals_to_no_one_named():
    rows: list[Row] = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("for", "for", "ADP", "IN", "prep", 1),
        ("Smith", "Smith", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("extradition", "extradition", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "PER", "Peru"), ActorSpan(3, 4, 3, SMITH)])
    assert not any(r[2] == SMITH.id for r in found)


def test_whose_subject_makes_no_object_gap():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 10),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("whose", "whose", "DET", "WP$", "poss", 3),
        ("administration", "administration", "NOUN", "NN", "nsubj", 5),
        ("had", "have", "AUX", "VBD", "aux", 5),
        ("lobbied", "lobby", "VERB", "VBN", "relcl", 0),
        ("against", "against", "ADP", "IN", "prep", 5),
        ("the", "the", "DET", "DT", "det", 8),
        ("bill", "bill", "NOUN", "NN", "pobj", 6),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("signed", "sign", "VERB", "VBD", "ROOT", 10),
        ("it", "it", "PRON", "PRP", "dobj", 10),
        (".", ".", "PUNCT", ".", "punct", 10),
    ]
    found = _rows(rows, [ActorSpan(0, 1, 0, OBAMA)])
    assert not any(r[1] == "APPEALS_TO" for r in found)


def test_hit_out_at_criticizes():
    rows: list[Row] = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("hit", "hit", "VERB", "VBD", "ROOT", 1),
        ("out", "out", "ADP", "RP", "prt", 1),
        ("at", "at", "ADP", "IN", "prep", 1),
        ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "IRN", "Iran"), _c(4, "EGY", "Egypt")])
    assert ("IRN", "CRITICIZES", "EGY", "asserted", "prep-object") in found


def test_effusive_about_backs():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("was", "be", "AUX", "VBD", "ROOT", 1),
        ("effusive", "effusive", "ADJ", "JJ", "acomp", 1),
        ("about", "about", "ADP", "IN", "prep", 2),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [ActorSpan(0, 1, 0, OBAMA), ActorSpan(4, 5, 4, PUTIN)])
    assert (OBAMA.id, "BACKS", PUTIN.id, "asserted", "copula-adjective") in found


def test_securing_an_agreement_with_agrees():
    rows: list[Row] = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("secured", "secure", "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3),
        ("agreement", "agreement", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "CHL", "Chile"), _c(5, "PER", "Peru")])
    assert any(r[1] == "AGREES_WITH" and {r[0], r[2]} == {"CHL", "PER"} for r in found)


def test_lobbying_a_state_to_act_appeals_to_it():
    rows: list[Row] = [
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
        ("lobbied", "lobby", "VERB", "VBD", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "NNP", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("curb", "curb", "VERB", "VB", "xcomp", 1),
        ("Iran", "Iran", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "ISR", "Israel"), _c(2, "RUS", "Russia"), _c(5, "IRN", "Iran")])
    assert ("ISR", "APPEALS_TO", "RUS", "asserted", "active-svo") in found


WELCOMED_WHAT_IT_CALLED: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
    ("what", "what", "PRON", "WP", "dobj", 4),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("called", "call", "VERB", "VBD", "ccomp", 1),
    ("Peru", "Peru", "PROPN", "NNP", "poss", 8),
    ("'s", "'s", "PART", "POS", "case", 5),
    ("new", "new", "ADJ", "JJ", "amod", 8),
    ("policy", "policy", "NOUN", "NN", "oprd", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]
CONDEMNED_WHAT_IT_DESCRIBED: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
    ("what", "what", "PRON", "WP", "dobj", 4),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("described", "describe", "VERB", "VBD", "ccomp", 1),
    ("as", "as", "ADP", "IN", "prep", 4),
    ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 7),
    ("interference", "interference", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
CRITICIZED_WHAT_IT_SAID_WAS: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("what", "what", "PRON", "WP", "nsubj", 5),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("said", "say", "VERB", "VBD", "ccomp", 1),
    ("was", "be", "AUX", "VBD", "ccomp", 4),
    ("a", "a", "DET", "DT", "det", 9),
    ("feeble", "feeble", "ADJ", "JJ", "amod", 9),
    ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 9),
    ("reaction", "reaction", "NOUN", "NN", "attr", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_what_it_called_stands_for_the_thing_named():
    found = _rows(WELCOMED_WHAT_IT_CALLED, [_c(0, "CHL", "Chile"), _c(5, "PER", "Peru")])
    assert ("CHL", "BACKS", "PER", "asserted", "active-svo") in found


def test_what_it_described_as_stands_for_the_thing_named():
    found = _rows(CONDEMNED_WHAT_IT_DESCRIBED, [_c(0, "CHL", "Chile"), _c(6, "PER", "Peruvian")])
    assert ("CHL", "CRITICIZES", "PER", "asserted", "active-svo") in found


def test_what_it_said_was_stands_for_the_thing_named():
    found = _rows(CRITICIZED_WHAT_IT_SAID_WAS, [_c(0, "CHL", "Chile"), _c(8, "PER", "Peruvian")])
    assert ("CHL", "CRITICIZES", "PER", "asserted", "active-svo") in found


def test_a_news_conference_with_a_leader_is_a_meeting():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
        ("at", "at", "ADP", "IN", "prep", 1),
        ("a", "a", "DET", "DT", "det", 5),
        ("news", "news", "NOUN", "NN", "compound", 5),
        ("conference", "conference", "NOUN", "NN", "pobj", 2),
        ("with", "with", "ADP", "IN", "prep", 5),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [ActorSpan(0, 1, 0, OBAMA), ActorSpan(7, 8, 7, PUTIN)])
    assert any(r[1] == "MEETS" and {r[0], r[2]} == {OBAMA.id, PUTIN.id} for r in found)


HE_AFTER_HE: list[Row] = [
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("Ohio", "Ohio", "PROPN", "NNP", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("He", "he", "PRON", "PRP", "nsubj", 6),
    ("left", "leave", "VERB", "VBD", "ROOT", 6),
    ("Chicago", "Chicago", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
    ("He", "he", "PRON", "PRP", "nsubj", 10),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 10),
    ("Mexico", "Mexico", "PROPN", "NNP", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 10),
]


def test_he_continues_the_previous_sentences_he():
    found = _rows(HE_AFTER_HE, [ActorSpan(0, 1, 0, TRUMP), _c(11, "MEX", "Mexico")])
    assert (TRUMP.id, "CRITICIZES", "MEX", "asserted", "active-svo") in found


def test_he_after_another_subject_is_not_chained():
    rows = list(HE_AFTER_HE)
    rows[5] = ("It", "it", "PRON", "PRP", "nsubj", 6)
    found = _rows(rows, [ActorSpan(0, 1, 0, TRUMP), _c(11, "MEX", "Mexico")])
    assert not any(r[1] == "CRITICIZES" for r in found)


ALONGSIDE: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 5),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("alongside", "alongside", "ADP", "IN", "prep", 0),
    ("Bahrain", "Bahrain", "PROPN", "NNP", "pobj", 2),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("cut", "cut", "VERB", "VBD", "ROOT", 5),
    ("ties", "tie", "NOUN", "NNS", "dobj", 5),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 5),
]
TOGETHER_WITH: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("together", "together", "ADV", "RB", "advmod", 3),
    ("with", "with", "ADP", "IN", "prep", 0),
    ("Bahrain", "Bahrain", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("cut", "cut", "VERB", "VBD", "ROOT", 6),
    ("ties", "tie", "NOUN", "NNS", "dobj", 6),
    ("with", "with", "ADP", "IN", "prep", 6),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_a_subjects_companion_acts_too():
    spans = [_c(0, "EGY", "Egypt"), _c(3, "BHR", "Bahrain"), _c(8, "QAT", "Qatar")]
    found = _rows(ALONGSIDE, spans)
    assert ("EGY", "SANCTIONS", "QAT", "asserted", "prep-object") in found
    assert ("BHR", "SANCTIONS", "QAT", "asserted", "prep-object") in found


def test_together_with_names_a_companion():
    spans = [_c(0, "EGY", "Egypt"), _c(4, "BHR", "Bahrain"), _c(9, "QAT", "Qatar")]
    found = _rows(TOGETHER_WITH, spans)
    assert ("BHR", "SANCTIONS", "QAT", "asserted", "prep-object") in found


def test_a_companion_phrase_without_commas_is_no_companion():
    rows = [r for i, r in enumerate(ALONGSIDE) if i not in (1, 4)]
    rows = [(w, lem, pos, tag, dep, h - (h > 1) - (h > 4)) for w, lem, pos, tag, dep, h in rows]
    spans = [_c(0, "EGY", "Egypt"), _c(2, "BHR", "Bahrain"), _c(6, "QAT", "Qatar")]
    found = _rows(rows, spans)
    assert ("EGY", "SANCTIONS", "QAT", "asserted", "prep-object") in found
    assert not any(r[0] == "BHR" for r in found)


def _traded(obj: str, lemma: str) -> list[Row]:
    """ "Chile and Peru traded threats." (or another object)"""
    return [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("traded", "trade", "VERB", "VBD", "ROOT", 3),
        (obj, lemma, "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


def test_traded_threats_go_both_ways_and_are_no_trade():
    found = _rows(_traded("threats", "threat"), [_c(0, "CHL", "Chile"), _c(2, "PER", "Peru")])
    assert ("CHL", "WARNS", "PER", "asserted", "joint-subject") in found
    assert ("PER", "WARNS", "CHL", "asserted", "joint-subject") in found
    assert not any(r[1] == "COOPERATES_WITH" for r in found)


def test_traded_accusations_criticize_each_other():
    rows = _traded("accusations", "accusation")
    found = _rows(rows, [_c(0, "CHL", "Chile"), _c(2, "PER", "Peru")])
    assert ("CHL", "CRITICIZES", "PER", "asserted", "joint-subject") in found
    assert ("PER", "CRITICIZES", "CHL", "asserted", "joint-subject") in found


def test_telling_a_news_conference_with_a_leader_meets_them():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("told", "tell", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("news", "news", "NOUN", "NN", "compound", 4),
        ("conference", "conference", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 4),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _status(rows, [ActorSpan(0, 1, 0, OBAMA), ActorSpan(6, 7, 6, PUTIN)])
    assert any(
        r[1] == "MEETS" and {r[0], r[2]} == {OBAMA.id, PUTIN.id} and r[3] == "asserted"
        for r in found
    )
