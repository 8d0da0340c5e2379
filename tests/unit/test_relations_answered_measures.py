"""Acts on a party's measure or request, not on the party: a retaliation against non-violent
sanctions is no attack, a law struck down is no criticism of its owner, a demand refused was
still made, and an "it" accused of a deed is an actor.
Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as the
English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_relations_modality import _c, _status
from tests.unit.test_relations_shapes import Row, _build

# "Iran will not accept U.S. demands."
NOT_ACCEPT: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
    ("will", "will", "AUX", "MD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("accept", "accept", "VERB", "VB", "ROOT", 3),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 5),
    ("demands", "demand", "NOUN", "NNS", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Iran will not accept any U.S. demands."
NOT_ANY: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
    ("will", "will", "AUX", "MD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("accept", "accept", "VERB", "VB", "ROOT", 3),
    ("any", "any", "DET", "DT", "det", 6),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 6),
    ("demands", "demand", "NOUN", "NNS", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Russia retaliated against new U.S. sanctions."
RETALIATED: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("retaliated", "retaliate", "VERB", "VBD", "ROOT", 1),
    ("against", "against", "ADP", "IN", "prep", 1),
    ("new", "new", "ADJ", "JJ", "amod", 5),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 5),
    ("sanctions", "sanction", "NOUN", "NNS", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Israel retaliated against Hamas."
RETALIATED_PARTY: list[Row] = [
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
    ("retaliated", "retaliate", "VERB", "VBD", "ROOT", 1),
    ("against", "against", "ADP", "IN", "prep", 1),
    ("Hamas", "Hamas", "PROPN", "NNP", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "The court struck down a Texas law."
STRUCK_DOWN: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("court", "court", "NOUN", "NN", "nsubj", 2),
    ("struck", "strike", "VERB", "VBD", "ROOT", 2),
    ("down", "down", "ADP", "RP", "prt", 2),
    ("a", "a", "DET", "DT", "det", 6),
    ("Texas", "Texas", "PROPN", "NNP", "compound", 6),
    ("law", "law", "NOUN", "NN", "dobj", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Russia criticized Ukraine. Moscow accused it of exporting weapons."
ACCUSED_IT: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 5),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 5),
    ("it", "it", "PRON", "PRP", "dobj", 5),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("exporting", "export", "VERB", "VBG", "pcomp", 7),
    ("weapons", "weapon", "NOUN", "NNS", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 5),
]

HAMAS = Entity("org:hamas", "Hamas", "Organization", "PSE")
COURT = Entity("org:supreme-court", "Supreme Court", "Organization", None)
TEXAS = Entity("loc:texas", "Texas", "Location", "USA")


def test_a_demand_not_accepted_was_still_made():
    rows = _status(NOT_ACCEPT, [_c(0, "IRN", "Iran"), _c(4, "USA", "United States")])
    assert ("USA", "DEMANDS", "IRN", "asserted") in rows


def test_any_demand_not_accepted_is_none_made():
    rows = _status(NOT_ANY, [_c(0, "IRN", "Iran"), _c(5, "USA", "United States")])
    assert not any(r[1] == "DEMANDS" and r[3] == "asserted" for r in rows)


def test_retaliation_against_sanctions_is_no_attack():
    rows = _status(RETALIATED, [_c(0, "RUS", "Russia"), _c(4, "USA", "United States")])
    assert not any(r[1] == "ATTACKS" for r in rows)
    assert ("USA", "SANCTIONS", "RUS", "asserted") in rows


def test_retaliation_against_a_party_stays_an_attack():
    rows = _status(RETALIATED_PARTY, [_c(0, "ISR", "Israel"), ActorSpan(3, 4, 3, HAMAS)])
    assert ("ISR", "ATTACKS", HAMAS.id, "asserted") in rows


def test_a_law_struck_down_is_no_criticism_of_its_country():
    spans = [ActorSpan(0, 2, 1, COURT), ActorSpan(5, 6, 5, TEXAS, is_place=True)]
    assert not _status(STRUCK_DOWN, spans)


def test_it_accused_of_a_deed_is_the_last_party_named():
    spans = [_c(0, "RUS", "Russia"), _c(2, "UKR", "Ukraine"), _c(4, "RUS", "Russia")]
    doc = _build(ACCUSED_IT)
    text = " ".join(r[0] for r in ACCUSED_IT)
    triples = extract_relations(doc, spans, Document(id="it", text=text, date="2020-01-01"))
    accused = [t for t in triples if t.evidence.sentence.startswith("Moscow")]
    assert [(t.subject.id, t.relation, t.object.id) for t in accused] == [
        ("RUS", "CRITICIZES", "UKR")
    ]
