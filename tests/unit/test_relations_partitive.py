"""Partitive objects (kgraph.extract.rules_verbal_objects.through_partitive) on hand-built parses,
no model: "launched thousands of air strikes against X" reads the of-phrase as the object.

Rows are (word, lemma, POS, tag, dependency, head index, space after), as the English pipeline
parsed these invented sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_relations_parses import _vocab

SpacedRow = tuple[str, str, str, str, str, int, bool]  # ... and a space after the word

SAU_MIL = Entity("SAU:MIL", "Saudi military", "Group", "SAU")
YEM_REB = Entity("YEM:REB", "Yemeni rebels", "Group", "YEM")

# "The coalition launched thousands of air strikes against the rebels."
THOUSANDS_OF_STRIKES: list[SpacedRow] = [
    ("The", "the", "DET", "DT", "det", 1, True),
    ("coalition", "coalition", "NOUN", "NN", "nsubj", 2, True),
    ("launched", "launch", "VERB", "VBD", "ROOT", 2, True),
    ("thousands", "thousand", "NOUN", "NNS", "dobj", 2, True),
    ("of", "of", "ADP", "IN", "prep", 3, True),
    ("air", "air", "NOUN", "NN", "compound", 6, True),
    ("strikes", "strike", "NOUN", "NNS", "pobj", 4, True),
    ("against", "against", "ADP", "IN", "prep", 6, True),
    ("the", "the", "DET", "DT", "det", 9, True),
    ("rebels", "rebel", "NOUN", "NNS", "pobj", 7, False),
    (".", ".", "PUNCT", ".", "punct", 2, False),
]

# "The coalition launched thousands of leaflets against the rebels." (no attack noun)
THOUSANDS_OF_LEAFLETS: list[SpacedRow] = [
    (w, "leaflet" if w == "leaflets" else lem, p, t, d, h, s)
    for (w, lem, p, t, d, h, s) in (
        (("leaflets", *row[1:]) if row[0] == "strikes" else row) for row in THOUSANDS_OF_STRIKES
    )
]


def _rows(rows: list[SpacedRow], spans: list[ActorSpan]) -> set[tuple[str, str, str, str]]:
    words, lemmas, pos, tags, deps, heads, spaces = zip(*rows, strict=True)
    doc = Doc(
        _vocab(),
        words=list(words),
        spaces=list(spaces),
        lemmas=list(lemmas),
        pos=list(pos),
        tags=list(tags),
        deps=list(deps),
        heads=list(heads),
    )
    triples = extract_relations(doc, spans, Document(id="hyphen", text=doc.text, date="2020-01-01"))
    return {(t.subject.id, t.relation, t.object.id, t.rule) for t in triples}


def test_a_partitive_object_stands_for_its_of_phrase():
    spans = [ActorSpan(0, 2, 1, SAU_MIL), ActorSpan(8, 10, 9, YEM_REB)]
    rows = _rows(THOUSANDS_OF_STRIKES, spans)
    assert ("SAU:MIL", "ATTACKS", "YEM:REB", "prep-object") in rows


def test_a_partitive_of_no_attack_noun_is_no_attack():
    spans = [ActorSpan(0, 2, 1, SAU_MIL), ActorSpan(8, 10, 9, YEM_REB)]
    rows = _rows(THOUSANDS_OF_LEAFLETS, spans)
    assert not [r for r in rows if r[1] == "ATTACKS"]
