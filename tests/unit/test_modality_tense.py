"""Tense across clauses (kgraph.extract.modality): a past conjunct of a modal verb has its own
tense, and a present time clause under a participle of a future clause has not happened.
Hand-built parses (no model) of invented sentences, shaped as the English pipeline parses them.
"""

from __future__ import annotations

import pytest

from kgraph.extract.modality import clause_modality, noun_modality
from tests.unit.test_relations_shapes import Row, _build


def _will_help(word: str, tag: str) -> list[Row]:
    # "The plan will help Syria and drew/send criticism from Turkey."
    return [
        ("The", "the", "DET", "DT", "det", 1),
        ("plan", "plan", "NOUN", "NN", "nsubj", 3),
        ("will", "will", "AUX", "MD", "aux", 3),
        ("help", "help", "VERB", "VB", "ROOT", 3),
        ("Syria", "Syria", "PROPN", "NNP", "dobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        (word, word, "VERB", tag, "conj", 3),
        ("criticism", "criticism", "NOUN", "NN", "dobj", 6),
        ("from", "from", "ADP", "IN", "prep", 7),
        ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 8),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


@pytest.mark.parametrize(
    ("word", "tag", "modality"),
    [("drew", "VBD", "asserted"), ("draw", "VB", "hypothetical")],
)
def test_modality_a_past_conjunct_of_a_modal_has_its_own_tense(word, tag, modality):
    doc = _build(_will_help(word, tag))
    assert clause_modality(doc[3]).modality == "hypothetical"
    assert clause_modality(doc[6]).modality == modality


def _when_meets(aux: str, tag: str) -> list[Row]:
    # "Trump would/did discuss fentanyl made in China when he meets Xi.": the parser hangs the
    # time clause on the participle
    return [
        ("Trump", "Trump", "PROPN", "NNP", "nsubj", 2),
        (aux, aux, "AUX", tag, "aux", 2),
        ("discuss", "discuss", "VERB", "VB", "ROOT", 2),
        ("fentanyl", "fentanyl", "NOUN", "NN", "dobj", 2),
        ("made", "make", "VERB", "VBN", "acl", 3),
        ("in", "in", "ADP", "IN", "prep", 4),
        ("China", "China", "PROPN", "NNP", "pobj", 5),
        ("when", "when", "ADV", "WRB", "advmod", 9),
        ("he", "he", "PRON", "PRP", "nsubj", 9),
        ("meets", "meet", "VERB", "VBZ", "advcl", 4),
        ("Xi", "Xi", "PROPN", "NNP", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


@pytest.mark.parametrize(
    ("aux", "tag", "modality"), [("would", "MD", "hypothetical"), ("did", "VBD", "asserted")]
)
def test_modality_a_present_time_clause_below_a_participle_of_a_future(aux, tag, modality):
    doc = _build(_when_meets(aux, tag))
    assert clause_modality(doc[9]).modality == modality


def _wants(verb: str) -> list[Row]:
    # "Russia wants to lift/impose sanctions on Iran."
    return [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("wants", "want", "VERB", "VBZ", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        (verb, verb, "VERB", "VB", "xcomp", 1),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 3),
        ("on", "on", "ADP", "IN", "prep", 4),
        ("Iran", "Iran", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


# "Russia did not lift sanctions on Iran."
DID_NOT_LIFT: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
    ("did", "do", "AUX", "VBD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("lift", "lift", "VERB", "VB", "ROOT", 3),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 3),
    ("on", "on", "ADP", "IN", "prep", 4),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 3),
]


@pytest.mark.parametrize(
    ("rows", "modality"),
    [(_wants("lift"), "asserted"), (DID_NOT_LIFT, "asserted"), (_wants("impose"), "hypothetical")],
)
def test_modality_a_presupposing_verb_takes_its_object_event_as_there(rows, modality):
    # what one wants to lift, or did not lift, is there; what one wants to impose is not yet
    doc = _build(rows)
    status = noun_modality(doc[4], doc[3])
    assert (status.modality, status.negated) == (modality, False)


def _set_to() -> list[Row]:
    # "Ryan is set to travel to Iraq on Friday."
    return [
        ("Ryan", "Ryan", "PROPN", "NNP", "nsubjpass", 2),
        ("is", "be", "AUX", "VBZ", "auxpass", 2),
        ("set", "set", "VERB", "VBN", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        ("travel", "travel", "VERB", "VB", "xcomp", 2),
        ("to", "to", "ADP", "IN", "prep", 4),
        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 5),
        ("on", "on", "ADP", "IN", "prep", 4),
        ("Friday", "Friday", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def test_modality_is_set_to_states_the_subjects_own_intent():
    # a participle with its passive auxiliary reads as the adjective ("is due to", "is ready to")
    doc = _build(_set_to())
    status = clause_modality(doc[4])
    assert (status.modality, status.intent) == ("hypothetical", True)
