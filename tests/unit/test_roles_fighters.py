"""Bare armed men attacked by a state's forces (kgraph.resolve.roles._fighter_country) on
hand-built parses, no model: "Pakistani troops killed 20 militants" -> the militants are
Pakistan's, unless the article names another country ("near the Afghan border" is a place).

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parsed these
invented sentences.
"""

from __future__ import annotations

from kgraph.model import Entity
from kgraph.resolve.matcher import Candidate
from kgraph.resolve.roles import _fighter_country
from tests.unit.test_relations_shapes import Row, _build, _country

PAK_MIL = Entity("PAK:MIL", "Pakistani military", "Group", "PAK")
PAK_GOV = Entity("PAK:GOV", "Pakistani government", "Group", "PAK")

# "Pakistani troops killed 20 militants near the Afghan border."
KILLED: list[Row] = [
    ("Pakistani", "pakistani", "ADJ", "JJ", "amod", 1),
    ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
    ("killed", "kill", "VERB", "VBD", "ROOT", 2),
    ("20", "20", "NUM", "CD", "nummod", 4),
    ("militants", "militant", "NOUN", "NNS", "dobj", 2),
    ("near", "near", "ADP", "IN", "prep", 2),
    ("the", "the", "DET", "DT", "det", 8),
    ("Afghan", "afghan", "ADJ", "JJ", "amod", 8),
    ("border", "border", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Pakistani troops met 20 militants near the Afghan border." (no fight)
MET: list[Row] = [*KILLED[:2], ("met", "meet", "VERB", "VBD", "ROOT", 2), *KILLED[3:]]

# "Pakistani troops attacked the camp, killing 20 militants."
PARTICIPLE: list[Row] = [
    *KILLED[:2],
    ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("camp", "camp", "NOUN", "NN", "dobj", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("killing", "kill", "VERB", "VBG", "advcl", 2),
    ("20", "20", "NUM", "CD", "nummod", 8),
    ("militants", "militant", "NOUN", "NNS", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def _country_of(rows: list[Row], militants: int, *others: Candidate, agent: Entity = PAK_MIL):
    doc = _build(rows)
    taken = {i: Candidate(0, 2, agent, 60) for i in (0, 1)}
    for c in others:
        taken.update((i, c) for i in range(c.start, c.end))
    return _fighter_country(doc[militants], taken)


def test_fighters_of_a_state_force_are_its_own():
    afghan = Candidate(7, 8, _country("AFG", "Afghanistan"), 60)
    assert _country_of(KILLED, 4, afghan) == "PAK"


def test_fighters_killed_by_a_participle_are_its_subjects():
    assert _country_of(PARTICIPLE, 8) == "PAK"


def test_fighters_not_fought_take_no_country():
    assert _country_of(MET, 4) is None


def test_fighters_of_a_government_take_no_country():
    assert _country_of(KILLED, 4, agent=PAK_GOV) is None


def test_fighters_in_an_article_naming_another_country_take_none():
    iraq = Candidate(9, 10, _country("IRQ", "Iraq"), 60)
    assert _country_of(KILLED, 4, iraq) is None


# "Militants attacked an army checkpoint." (the army's country known: "Egyptian" elsewhere)
CHECKPOINT: list[Row] = [
    ("Militants", "militant", "NOUN", "NNS", "nsubj", 1),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
    ("an", "an", "DET", "DT", "det", 4),
    ("army", "army", "NOUN", "NN", "compound", 4),
    ("checkpoint", "checkpoint", "NOUN", "NN", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_fighters_attacking_a_state_post_are_its_own():
    doc = _build(CHECKPOINT)
    taken = {3: Candidate(3, 4, Entity("EGY:MIL", "Egyptian military", "Group", "EGY"), 60)}
    assert _fighter_country(doc[0], taken) == "EGY"
