"""An event told as done under a modal or intent clause: an event noun with a past participle
of a done act ("will accept refugees under a deal struck between Chile and Peru"), and the act
of an ability told in the past ("Lee was able to meet Kim"; "was unable to" denies it; "is able
to" is a capacity). Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency,
head index), as the English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.extract.modality import clause_modality, noun_modality
from kgraph.extract.modality_time import happened_event
from tests.unit.test_relations_shapes import Row, _build


def _deal(participle: tuple[str, str]) -> Doc:
    """ "Canada will accept refugees under a deal <participle> between Chile and Peru." """
    word, lemma = participle
    rows: list[Row] = [
        ("Canada", "Canada", "PROPN", "NNP", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("accept", "accept", "VERB", "VB", "ROOT", 2),
        ("refugees", "refugee", "NOUN", "NNS", "dobj", 2),
        ("under", "under", "ADP", "IN", "prep", 2),
        ("a", "a", "DET", "DT", "det", 6),
        ("deal", "deal", "NOUN", "NN", "pobj", 4),
        (word, lemma, "VERB", "VBN", "acl", 6),
        ("between", "between", "ADP", "IN", "prep", 7),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 8),
        ("and", "and", "CCONJ", "CC", "cc", 9),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 9),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    return _build(rows)


def _able(copula: tuple[str, str], adjective: str) -> Doc:
    """ "Lee <copula> <adjective> to meet Kim." """
    word, tag = copula
    rows: list[Row] = [
        ("Lee", "Lee", "PROPN", "NNP", "nsubj", 1),
        (word, "be", "AUX", tag, "ROOT", 1),
        (adjective, adjective, "ADJ", "JJ", "acomp", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("meet", "meet", "VERB", "VB", "xcomp", 2),
        ("Kim", "Kim", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    return _build(rows)


def test_deal_struck_between_happened_under_a_future():
    doc = _deal(("struck", "strike"))
    assert happened_event(doc[6])
    assert noun_modality(doc[6], doc[2]).modality == "asserted"


def test_deal_planned_between_stays_ahead():
    doc = _deal(("planned", "plan"))
    assert not happened_event(doc[6])
    assert noun_modality(doc[6], doc[2]).modality == "hypothetical"


def test_past_ability_is_done():
    modality = clause_modality(_able(("was", "VBD"), "able")[4])
    assert (modality.modality, modality.negated) == ("asserted", False)


def test_past_inability_is_denied():
    modality = clause_modality(_able(("was", "VBD"), "unable")[4])
    assert modality.negated
    assert modality.modality == "asserted"


def test_present_ability_is_a_capacity():
    assert clause_modality(_able(("is", "VBZ"), "able")[4]).modality == "hypothetical"


def _despite(determiner: str) -> Doc:
    """ "Chile will close the port despite <determiner> attack by Peru." """
    rows: list[Row] = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("close", "close", "VERB", "VB", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("port", "port", "NOUN", "NN", "dobj", 2),
        ("despite", "despite", "SCONJ", "IN", "prep", 2),
        (determiner, determiner, "DET", "DT", "det", 7),
        ("attack", "attack", "NOUN", "NN", "pobj", 5),
        ("by", "by", "ADP", "IN", "prep", 7),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 8),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    return _build(rows)


def _discuss(noun: str) -> Doc:
    """ "Chile will discuss Peru's <noun> on Bolivia." """
    rows: list[Row] = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("discuss", "discuss", "VERB", "VB", "ROOT", 2),
        ("Peru", "Peru", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        (noun, noun, "NOUN", "NN", "dobj", 2),
        ("on", "on", "ADP", "IN", "prep", 5),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    return _build(rows)


def test_an_attack_conceded_under_a_future_happened():
    doc = _despite("an")
    assert happened_event(doc[7])
    assert noun_modality(doc[7], doc[2]).modality == "asserted"


def test_any_attack_conceded_stays_ahead():
    doc = _despite("any")
    assert not happened_event(doc[7])


def test_an_owned_attack_discussed_happened():
    doc = _discuss("attack")
    assert happened_event(doc[5])
    assert noun_modality(doc[5], doc[2]).modality == "asserted"


def test_an_owned_visit_discussed_may_be_ahead():
    assert not happened_event(_discuss("visit")[5])
