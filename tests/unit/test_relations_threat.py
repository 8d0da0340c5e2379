"""The conditional-threat rule (kgraph.extract.rules_threat) on hand-built parses, no model.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _rows

IRN = Entity("IRN", "Iran", "Country", "IRN")
ISR = Entity("ISR", "Israel", "Country", "ISR")
RUS = Entity("RUS", "Russia", "Country", "RUS")
NATO = Entity("igo:nato", "NATO", "IGO", None)

# "Iran said it would retaliate if Israel attacked."
SAID_WOULD: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("would", "would", "AUX", "MD", "aux", 4),
    ("retaliate", "retaliate", "VERB", "VB", "ccomp", 1),
    ("if", "if", "SCONJ", "IN", "mark", 7),
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 7),
    ("attacked", "attack", "VERB", "VBD", "advcl", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Moscow is ready to respond if NATO deploys troops." (the if-clause hung on "is")
READY_TO: list[Row] = [
    ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1),
    ("is", "be", "AUX", "VBZ", "ROOT", 1),
    ("ready", "ready", "ADJ", "JJ", "acomp", 1),
    ("to", "to", "PART", "TO", "aux", 4),
    ("respond", "respond", "VERB", "VB", "xcomp", 2),
    ("if", "if", "SCONJ", "IN", "mark", 7),
    ("NATO", "NATO", "PROPN", "NNP", "nsubj", 7),
    ("deploys", "deploy", "VERB", "VBZ", "advcl", 1),
    ("troops", "troop", "NOUN", "NNS", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Iran said it would not retaliate if Israel attacked."
WOULD_NOT: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("it", "it", "PRON", "PRP", "nsubj", 5),
    ("would", "would", "AUX", "MD", "aux", 5),
    ("not", "not", "PART", "RB", "neg", 5),
    ("retaliate", "retaliate", "VERB", "VB", "ccomp", 1),
    ("if", "if", "SCONJ", "IN", "mark", 8),
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 8),
    ("attacked", "attack", "VERB", "VBD", "advcl", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Iran could retaliate if Israel attacked." (the writer's guess, nobody's statement)
COULD: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 2),
    ("could", "could", "AUX", "MD", "aux", 2),
    ("retaliate", "retaliate", "VERB", "VB", "ROOT", 2),
    ("if", "if", "SCONJ", "IN", "mark", 5),
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 5),
    ("attacked", "attack", "VERB", "VBD", "advcl", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def _threats(rows: set[tuple[str, str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {r[:4] for r in rows if r[4] == "conditional-threat"}


def test_said_it_would_retaliate_threatens_the_condition_actor():
    rows = _rows(SAID_WOULD, [ActorSpan(0, 1, 0, IRN), ActorSpan(6, 7, 6, ISR)])
    # the threat is made (asserted), though the retaliation is hypothetical
    assert _threats(rows) == {("IRN", "WARNS", "ISR", "asserted")}


def test_ready_to_respond_with_the_if_clause_on_the_copula():
    rows = _rows(READY_TO, [ActorSpan(0, 1, 0, RUS), ActorSpan(6, 7, 6, NATO)])
    assert _threats(rows) == {("RUS", "WARNS", "igo:nato", "asserted")}


def test_would_not_retaliate_is_no_threat():
    rows = _rows(WOULD_NOT, [ActorSpan(0, 1, 0, IRN), ActorSpan(7, 8, 7, ISR)])
    assert not _threats(rows)


def test_a_modal_in_the_narration_is_no_threat():
    rows = _rows(COULD, [ActorSpan(0, 1, 0, IRN), ActorSpan(4, 5, 4, ISR)])
    assert not _threats(rows)


# "Iran threatened to sue Israel."
THREATENED_TO: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("threatened", "threaten", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("sue", "sue", "VERB", "VB", "xcomp", 1),
    ("Israel", "Israel", "PROPN", "NNP", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Russia's threat to cut trade with Israel angered Iran."
THREAT_NOUN: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("threat", "threat", "NOUN", "NN", "nsubj", 8),
    ("to", "to", "PART", "TO", "aux", 4),
    ("cut", "cut", "VERB", "VB", "acl", 2),
    ("trade", "trade", "NOUN", "NN", "dobj", 4),
    ("with", "with", "ADP", "IN", "prep", 4),
    ("Israel", "Israel", "PROPN", "NNP", "pobj", 6),
    ("angered", "anger", "VERB", "VBD", "ROOT", 8),
    ("Iran", "Iran", "PROPN", "NNP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]

# "The storm threatened to hit Israel." (no actor threatens)
STORM: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("storm", "storm", "NOUN", "NN", "nsubj", 2),
    ("threatened", "threaten", "VERB", "VBD", "ROOT", 2),
    ("to", "to", "PART", "TO", "aux", 4),
    ("hit", "hit", "VERB", "VB", "xcomp", 2),
    ("Israel", "Israel", "PROPN", "NNP", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def _acts(rows: set[tuple[str, str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {r[:4] for r in rows if r[4] == "threatened-act"}


def test_threatened_to_act_on_an_object_threatens_it():
    rows = _rows(THREATENED_TO, [ActorSpan(0, 1, 0, IRN), ActorSpan(4, 5, 4, ISR)])
    assert _acts(rows) == {("IRN", "WARNS", "ISR", "asserted")}


def test_a_threat_noun_with_an_owner_threatens_the_act_s_prepositional_target():
    rows = _rows(
        THREAT_NOUN,
        [ActorSpan(0, 1, 0, RUS), ActorSpan(7, 8, 7, ISR), ActorSpan(9, 10, 9, IRN)],
    )
    assert _acts(rows) == {("RUS", "WARNS", "ISR", "asserted")}


def test_no_actor_threatening_is_no_threat():
    rows = _rows(STORM, [ActorSpan(5, 6, 5, ISR)])
    assert not _acts(rows)


# "Iran warned that Israel would face consequences."
WARNED_FACE: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("warned", "warn", "VERB", "VBD", "ROOT", 1),
    ("that", "that", "SCONJ", "IN", "mark", 5),
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 5),
    ("would", "would", "AUX", "MD", "aux", 5),
    ("face", "face", "VERB", "VB", "ccomp", 1),
    ("consequences", "consequence", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Iran said Israel would not face consequences."
NOT_FACE: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 5),
    ("would", "would", "AUX", "MD", "aux", 5),
    ("not", "not", "PART", "RB", "neg", 5),
    ("face", "face", "VERB", "VB", "ccomp", 1),
    ("consequences", "consequence", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _penalties(rows: set[tuple[str, str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {r[:4] for r in rows if r[4] == "penalty-complement"}


def test_warning_that_one_will_face_consequences_threatens_it():
    rows = _rows(WARNED_FACE, [ActorSpan(0, 1, 0, IRN), ActorSpan(3, 4, 3, ISR)])
    assert _penalties(rows) == {("IRN", "WARNS", "ISR", "asserted")}


def test_consequences_not_faced_threaten_nothing():
    rows = _rows(NOT_FACE, [ActorSpan(0, 1, 0, IRN), ActorSpan(2, 3, 2, ISR)])
    assert not _penalties(rows)
