"""An office noun of the lexicon's <office_holders> class stands for the body, country or
demonym that owns it ("the UN relief coordinator" -> the UN); a person's office holder is no
one. Hand-built parses of invented sentences, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed them.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

UN = Entity("igo:un", "United Nations", "IGO", None)
ETH = Entity("ETH", "Ethiopia", "Country", "ETH")
OBAMA = Entity("person:barack-obama", "Barack Obama", "Person", "USA")
CHN_GOV = Entity("CHN:GOV", "Chinese government", "Group", "CHN")

# "The UN relief coordinator urged Ethiopia to reopen the roads."
COORDINATOR_URGED: list[Row] = [
    ("The", "the", "DET", "DT", "det", 3),
    ("UN", "UN", "PROPN", "NNP", "compound", 3),
    ("relief", "relief", "NOUN", "NN", "compound", 3),
    ("coordinator", "coordinator", "NOUN", "NN", "nsubj", 4),
    ("urged", "urge", "VERB", "VBD", "ROOT", 4),
    ("Ethiopia", "Ethiopia", "PROPN", "NNP", "dobj", 4),
    ("to", "to", "PART", "TO", "aux", 7),
    ("reopen", "reopen", "VERB", "VB", "xcomp", 4),
    ("the", "the", "DET", "DT", "det", 9),
    ("roads", "road", "NOUN", "NNS", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Obama's chief of staff criticized Chinese officials."
PERSONS_CHIEF: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("chief", "chief", "NOUN", "NN", "nsubj", 5),
    ("of", "of", "ADP", "IN", "prep", 2),
    ("staff", "staff", "NOUN", "NN", "pobj", 3),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 5),
    ("Chinese", "chinese", "ADJ", "JJ", "amod", 7),
    ("officials", "official", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def _pairs(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _, _ in _rows(rows, spans)}


def test_office_holder_acts_for_the_body_of_its_compound():
    spans = [ActorSpan(1, 2, 1, UN), ActorSpan(5, 6, 5, ETH)]
    assert _pairs(COORDINATOR_URGED, spans) == {("igo:un", "APPEALS_TO", "ETH")}


def test_office_holder_without_an_owner_is_no_one():
    rows = [
        ("The", "the", "DET", "DT", "det", 3),
        ("new", "new", "ADJ", "JJ", "amod", 3),
        *COORDINATOR_URGED[2:],
    ]
    assert _pairs(rows, [ActorSpan(5, 6, 5, ETH)]) == set()


def test_a_persons_office_holder_is_not_the_person():
    spans = [ActorSpan(0, 1, 0, OBAMA), ActorSpan(6, 8, 7, CHN_GOV)]
    assert _pairs(PERSONS_CHIEF, spans) == set()
