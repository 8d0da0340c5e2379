"""Opposition on hand-built parses (no model): opposing a party is CAMEO 110 disapproval,
opposing its proposal is a rejection (120), and an opposition softened yields (080) with no
rejection left over.

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document
from tests.unit.test_relations_shapes import Row, _build, _country

IRAN = ActorSpan(0, 1, 0, _country("IRN", "Iran"))


def _coded(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str, str, str]]:
    doc = _build(rows)
    text = " ".join(r[0] for r in rows)
    triples = extract_relations(doc, spans, Document(id="oppose", text=text, date="2020-01-01"))
    return {(t.subject.id, t.relation, t.object.id, t.modality, t.cameo or "") for t in triples}


def test_opposing_a_party_disapproves_of_it():
    rows: list[Row] = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("opposed", "oppose", "VERB", "VBD", "ROOT", 1),
        ("Egypt", "Egypt", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _coded(rows, [IRAN, ActorSpan(2, 3, 2, _country("EGY", "Egypt"))])
    assert ("IRN", "CRITICIZES", "EGY", "asserted", "110") in found
    assert not any(r == "REJECTS" for _, r, *_ in found)


def test_opposing_a_partys_proposal_rejects_its_owner():
    rows: list[Row] = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("opposed", "oppose", "VERB", "VBD", "ROOT", 1),
        ("Egypt", "Egypt", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _coded(rows, [IRAN, ActorSpan(2, 3, 2, _country("EGY", "Egypt"))])
    assert ("IRN", "REJECTS", "EGY", "asserted", "120") in found
    assert not any(r == "CRITICIZES" for _, r, *_ in found)


def test_a_softened_opposition_yields_and_rejects_nothing():
    rows: list[Row] = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("softened", "soften", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("opposition", "opposition", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 3),
        ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _coded(rows, [IRAN, ActorSpan(5, 6, 5, _country("EGY", "Egypt"))])
    assert ("IRN", "CONCEDES_TO", "EGY", "asserted", "080") in found
    assert not any(r == "REJECTS" for _, r, *_ in found)


# "Pakistan recalled its ambassador in protest over India's remarks.": the parser hangs both
# the in-phrase and the over-phrase on the object.
RECALLED_IN_PROTEST: list[Row] = [
    ("Pakistan", "Pakistan", "PROPN", "NNP", "nsubj", 1),
    ("recalled", "recall", "VERB", "VBD", "ROOT", 1),
    ("its", "its", "PRON", "PRP$", "poss", 3),
    ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("protest", "protest", "NOUN", "NN", "pobj", 4),
    ("over", "over", "ADP", "IN", "prep", 3),
    ("India", "India", "PROPN", "NNP", "poss", 9),
    ("'s", "'s", "PART", "POS", "case", 7),
    ("remarks", "remark", "NOUN", "NNS", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]
PROTEST_SPANS = [
    ActorSpan(0, 1, 0, _country("PAK", "Pakistan")),
    ActorSpan(7, 8, 7, _country("IND", "India")),
]


def test_a_state_acting_in_protest_at_a_deed_complains_of_its_owner():
    found = _coded(RECALLED_IN_PROTEST, PROTEST_SPANS)
    assert ("PAK", "CRITICIZES", "IND", "asserted", "114") in found


def test_a_demonstration_in_protest_is_a_protest():
    rows = [*RECALLED_IN_PROTEST]
    rows[1] = ("rallied", "rally", "VERB", "VBD", "ROOT", 1)
    found = _coded(rows, PROTEST_SPANS)
    assert ("PAK", "PROTESTS", "IND", "asserted", "14") in found


def test_a_protest_noun_with_a_determiner_is_no_in_protest_phrase():
    rows = [*RECALLED_IN_PROTEST]
    rows[2] = ("a", "a", "DET", "DT", "det", 5)
    found = _coded(rows, PROTEST_SPANS)
    assert not any(r == "CRITICIZES" for _, r, *_ in found)


def test_protests_in_the_plural_are_no_in_protest_phrase():
    rows = [*RECALLED_IN_PROTEST]
    rows[5] = ("protests", "protest", "NOUN", "NNS", "pobj", 4)
    found = _coded(rows, PROTEST_SPANS)
    assert not any(r == "CRITICIZES" for _, r, *_ in found)


def test_an_in_protest_phrase_on_a_change_in_amount_is_no_act():
    # "Pakistan faced its surge in protest over India's remarks."
    rows = [*RECALLED_IN_PROTEST]
    rows[1] = ("faced", "face", "VERB", "VBD", "ROOT", 1)
    rows[3] = ("surge", "surge", "NOUN", "NN", "dobj", 1)
    found = _coded(rows, PROTEST_SPANS)
    assert not any(r == "CRITICIZES" for _, r, *_ in found)


def test_the_nouns_of_an_owner_object_cue_are_no_light_verb_event_nouns():
    from kgraph.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert "oppose" in lexicon.classes["owner_object_verbs"]
    assert not {"plan", "idea", "initiative"} & lexicon.light_objects
