"""An event noun that says it happened keeps its own clause's status under a modal governor:
"could harm the existing cooperation between Iran and Iraq", "may respond to Russia's attack
on Ukraine"; "the planned cooperation", "an attack" stay hypothetical.
Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as the
English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.extract.modality import noun_modality
from kgraph.extract.modality_time import happened_event
from tests.unit.test_relations_shapes import Row, _build


def _harm(modifier: tuple[str, str, str]) -> list[Row]:
    """ "The move could harm the <modifier> cooperation between Iran and Iraq." """
    word, lemma, tag = modifier
    return [
        ("The", "the", "DET", "DT", "det", 1),
        ("move", "move", "NOUN", "NN", "nsubj", 3),
        ("could", "could", "AUX", "MD", "aux", 3),
        ("harm", "harm", "VERB", "VB", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 6),
        (word, lemma, "VERB", tag, "amod", 6),
        ("cooperation", "cooperation", "NOUN", "NN", "dobj", 3),
        ("between", "between", "ADP", "IN", "prep", 6),
        ("Iran", "Iran", "PROPN", "NNP", "pobj", 7),
        ("and", "and", "CCONJ", "CC", "cc", 8),
        ("Iraq", "Iraq", "PROPN", "NNP", "conj", 8),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


def _respond(owned: bool) -> Doc:
    """ "Washington may respond to Russia's attack on Ukraine." or "... to an attack ..." """
    owner: list[Row] = [
        ("Russia", "Russia", "PROPN", "NNP", "poss", 6),
        ("'s", "'s", "PART", "POS", "case", 4),
    ]
    rows: list[Row] = [
        ("Washington", "Washington", "PROPN", "NNP", "nsubj", 2),
        ("may", "may", "AUX", "MD", "aux", 2),
        ("respond", "respond", "VERB", "VB", "ROOT", 2),
        ("to", "to", "ADP", "IN", "prep", 2),
        *(owner if owned else [("an", "an", "DET", "DT", "det", 6)]),
        ("attack", "attack", "NOUN", "NN", "pobj", 3),
        ("on", "on", "ADP", "IN", "prep", 6),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    if not owned:  # one token fewer: shift the heads after it
        rows = [(w, lem, p, t, d, h - 1 if h >= 5 else h) for w, lem, p, t, d, h in rows]
    return _build(rows)


def test_existing_cooperation_under_a_modal_happened():
    doc = _build(_harm(("existing", "exist", "VBG")))
    assert happened_event(doc[6])
    assert noun_modality(doc[6], doc[3]).modality == "asserted"


def test_planned_cooperation_under_a_modal_is_ahead():
    doc = _build(_harm(("planned", "plan", "VBN")))
    assert not happened_event(doc[6])
    assert noun_modality(doc[6], doc[3]).modality == "hypothetical"


def test_an_owned_attack_responded_to_happened():
    doc = _respond(owned=True)
    assert happened_event(doc[6])
    assert noun_modality(doc[6], doc[2]).modality == "asserted"


def test_an_attack_with_no_owner_responded_to_may_not_have():
    doc = _respond(owned=False)
    assert doc[5].lower_ == "attack"
    assert not happened_event(doc[5])
    assert noun_modality(doc[5], doc[2]).modality == "hypothetical"


def _statement(owner: tuple[str, str, str, str]) -> Doc:
    """ "Putin will make a statement about his contacts with Obama." ("a contacts": no owner)"""
    word, lemma, pos, tag = owner
    return _build(
        [
            ("Putin", "Putin", "PROPN", "NNP", "nsubj", 2),
            ("will", "will", "AUX", "MD", "aux", 2),
            ("make", "make", "VERB", "VB", "ROOT", 2),
            ("a", "a", "DET", "DT", "det", 4),
            ("statement", "statement", "NOUN", "NN", "dobj", 2),
            ("about", "about", "ADP", "IN", "prep", 4),
            (word, lemma, pos, tag, "poss" if tag == "PRP$" else "det", 7),
            ("contacts", "contact", "NOUN", "NNS", "pobj", 5),
            ("with", "with", "ADP", "IN", "prep", 7),
            ("Obama", "Obama", "PROPN", "NNP", "pobj", 8),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )


def test_owned_contacts_spoken_about_happened():
    doc = _statement(("his", "his", "PRON", "PRP$"))
    assert happened_event(doc[7])
    assert noun_modality(doc[7], doc[2]).modality == "asserted"


def test_contacts_with_no_owner_spoken_about_may_be_ahead():
    doc = _statement(("any", "any", "DET", "DT"))
    assert not happened_event(doc[7])
    assert noun_modality(doc[7], doc[2]).modality == "hypothetical"


def _briefed(when: str) -> list[Row]:
    """ "She would brief peers on her visit to Washington <when> week.", with the date hung on
    "peers" (as the parser hangs it high in a longer sentence)."""
    return [
        ("She", "she", "PRON", "PRP", "nsubj", 2),
        ("would", "would", "AUX", "MD", "aux", 2),
        ("brief", "brief", "VERB", "VB", "ROOT", 2),
        ("peers", "peer", "NOUN", "NNS", "dobj", 2),
        ("on", "on", "ADP", "IN", "prep", 3),
        ("her", "her", "PRON", "PRP$", "poss", 6),
        ("visit", "visit", "NOUN", "NN", "pobj", 4),
        ("to", "to", "ADP", "IN", "prep", 6),
        ("Washington", "Washington", "PROPN", "NNP", "pobj", 7),
        (when, when, "ADJ", "JJ", "amod", 10),
        ("week", "week", "NOUN", "NN", "npadvmod", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def test_a_past_date_hung_above_the_noun_right_after_it_is_its_own():
    doc = _build(_briefed("last"))
    assert happened_event(doc[6])
    assert noun_modality(doc[6], doc[2]).modality == "asserted"


def test_a_date_ahead_hung_above_the_noun_is_no_past():
    doc = _build(_briefed("next"))
    assert not happened_event(doc[6])
