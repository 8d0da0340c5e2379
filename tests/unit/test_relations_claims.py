"""``claimed-responsibility`` and ``nominal-copula`` on hand-built parses (no model). Rows are
(word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these invented
sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

TALIBAN = Entity("org:taliban", "Taliban", "Organization", "AFG")
REB = Entity("SOM:REB", "Somali rebels", "Group", "SOM")

# "The Taliban claimed responsibility for the bombing of the Indian embassy."
CLAIMED_BOMBING: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("Taliban", "Taliban", "PROPN", "NNP", "nsubj", 2),
    ("claimed", "claim", "VERB", "VBD", "ROOT", 2),
    ("responsibility", "responsibility", "NOUN", "NN", "dobj", 2),
    ("for", "for", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("bombing", "bombing", "NOUN", "NN", "pobj", 4),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("the", "the", "DET", "DT", "det", 10),
    ("Indian", "indian", "ADJ", "JJ", "amod", 10),
    ("embassy", "embassy", "NOUN", "NN", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 2),
]
BOMBING_SPANS = [ActorSpan(1, 2, 1, TALIBAN), ActorSpan(9, 10, 9, _country("IND", "India"))]


def test_claimed_attack_hits_its_target():
    rows = _rows(CLAIMED_BOMBING, BOMBING_SPANS)
    assert (TALIBAN.id, "ATTACKS", "IND", "asserted", "claimed-responsibility") in rows


def test_denied_responsibility_claims_nothing():
    denied = [
        r if r[0] != "claimed" else ("denied", "deny", "VERB", "VBD", "ROOT", 2)
        for r in CLAIMED_BOMBING
    ]
    assert not {r for r in _rows(denied, BOMBING_SPANS) if r[1] == "ATTACKS"}


# "Rebels claimed responsibility for an attack in Kenya."
CLAIMED_IN: list[Row] = [
    ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1),
    ("claimed", "claim", "VERB", "VBD", "ROOT", 1),
    ("responsibility", "responsibility", "NOUN", "NN", "dobj", 1),
    ("for", "for", "ADP", "IN", "prep", 2),
    ("an", "an", "DET", "DT", "det", 5),
    ("attack", "attack", "NOUN", "NN", "pobj", 3),
    ("in", "in", "ADP", "IN", "prep", 5),
    ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_claimed_attack_with_no_target_hits_the_place():
    spans = [ActorSpan(0, 1, 0, REB), ActorSpan(7, 8, 7, _country("KEN", "Kenya"))]
    rows = _rows(CLAIMED_IN, spans)
    assert ("SOM:REB", "ATTACKS", "KEN", "asserted", "claimed-responsibility") in rows


# "Russia's decision was a rejection of the French proposal."
COPULA: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("decision", "decision", "NOUN", "NN", "nsubj", 3),
    ("was", "be", "AUX", "VBD", "ROOT", 3),
    ("a", "a", "DET", "DT", "det", 5),
    ("rejection", "rejection", "NOUN", "NN", "attr", 3),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("the", "the", "DET", "DT", "det", 9),
    ("French", "french", "ADJ", "JJ", "amod", 9),
    ("proposal", "proposal", "NOUN", "NN", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]
COPULA_SPANS = [
    ActorSpan(0, 1, 0, _country("RUS", "Russia")),
    ActorSpan(8, 9, 8, _country("FRA", "France")),
]


def test_nominal_copula_owner_of_the_subject_acts():
    rows = _rows(COPULA, COPULA_SPANS)
    assert ("RUS", "REJECTS", "FRA", "asserted", "nominal-copula") in rows


def test_nominal_copula_needs_the_copula():
    # "Russia's decision followed a rejection of the French proposal": not said of the subject
    followed = [
        r if r[0] != "was" else ("followed", "follow", "VERB", "VBD", "ROOT", 3) for r in COPULA
    ]
    followed = [r if r[0] != "rejection" else (*r[:4], "dobj", 3) for r in followed]
    assert not {r for r in _rows(followed, COPULA_SPANS) if r[4] == "nominal-copula"}


# "Kenya built the railway with the support of China."
WITH_SUPPORT: list[Row] = [
    ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
    ("built", "build", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("railway", "railway", "NOUN", "NN", "dobj", 1),
    ("with", "with", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 6),
    ("support", "support", "NOUN", "NN", "pobj", 4),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("China", "China", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]
HELP_SPANS = [
    ActorSpan(0, 1, 0, _country("KEN", "Kenya")),
    ActorSpan(8, 9, 8, _country("CHN", "China")),
]


def test_with_help_the_helper_backs_the_subject():
    rows = _rows(WITH_SUPPORT, HELP_SPANS)
    assert ("CHN", "BACKS", "KEN", "asserted", "with-help") in rows


def test_with_help_needs_a_help_noun():
    # "Kenya built the railway with the money of China": no help noun, no relation
    money = [
        r if r[0] != "support" else ("money", "money", "NOUN", "NN", "pobj", 4)
        for r in WITH_SUPPORT
    ]
    assert not {r for r in _rows(money, HELP_SPANS) if r[4] == "with-help"}
