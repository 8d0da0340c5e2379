"""A prepared act (kgraph.extract.modality.cue_modality) and a participle describing a
labelled group (kgraph.extract.rules_senses.labelled_doer), on hand-built parses (no model).
Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import OBAMA, Row, _country, _rows

MLI_REB = Entity("MLI:REB", "Malian rebels", "Group", "MLI")


def _acted(verb: str, lemma: str) -> list[Row]:
    """ "Rebels <verb> an attack in Mali." """
    return [
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3),
        ("attack", "attack", "NOUN", "NN", "dobj", 1),
        ("in", "in", "ADP", "IN", "prep", 3),
        ("Mali", "Mali", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def _attacks(verb: str, lemma: str) -> set[str]:
    spans = [ActorSpan(0, 1, 0, MLI_REB), ActorSpan(5, 6, 5, _country("MLI", "Mali"))]
    rows = _rows(_acted(verb, lemma), spans)
    return {r[3] for r in rows if r[:3] == ("MLI:REB", "ATTACKS", "MLI")}


def test_prepared_an_attack_prepared_has_not_happened():
    # CAMEO's "prepare ... attack in" pattern names the attack; preparing it is no attack yet
    assert _attacks("prepared", "prepare") == {"hypothetical"}
    assert _attacks("plotted", "plot") <= {"hypothetical"}


def test_prepared_an_attack_carried_out_is_asserted():
    assert "asserted" in _attacks("launched", "launch")


# 'Obama dismissed the protesters as "paid activists" backing Russia.': the parser hangs the
# participle on "as" beside its noun
DISMISSED_AS: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("dismissed", "dismiss", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("protesters", "protester", "NOUN", "NNS", "dobj", 1),
    ("as", "as", "ADP", "IN", "prep", 1),
    ('"', '"', "PUNCT", "``", "punct", 7),
    ("paid", "pay", "VERB", "VBN", "amod", 7),
    ("activists", "activist", "NOUN", "NNS", "pobj", 4),
    ('"', '"', "PUNCT", "''", "punct", 4),
    ("backing", "back", "VERB", "VBG", "pcomp", 4),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_labelled_doer_the_speaker_does_not_do_the_labelled_groups_act():
    spans = [ActorSpan(0, 1, 0, OBAMA), ActorSpan(10, 11, 10, _country("RUS", "Russia"))]
    assert not {r for r in _rows(DISMISSED_AS, spans) if r[1] == "BACKS"}


# "Russia persisted in backing Syria.": a preposition with no noun of its own
PERSISTED_IN: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("persisted", "persist", "VERB", "VBD", "ROOT", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("backing", "back", "VERB", "VBG", "pcomp", 2),
    ("Syria", "Syria", "PROPN", "NNP", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_labelled_doer_a_bare_prepositional_participle_keeps_its_subject():
    spans = [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(4, 5, 4, _country("SYR", "Syria")),
    ]
    assert ("RUS", "BACKS", "SYR") in {r[:3] for r in _rows(PERSISTED_IN, spans)}
