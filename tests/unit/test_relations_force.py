"""Force shapes on hand-built parses (no model): armed forces seizing power (seized-power),
people barred from returning (CAMEO 191), and people counted by a quantity noun as the patients
of an act of state (state-patient).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_relations_shapes import Row, _build, _rows

ZIMBABWE_ARMY = Entity("ZWE:MIL", "Zimbabwean military", "Group", "ZWE")
ECUADOR_POLICE = Entity("ECU:COP", "Ecuadorean police", "Group", "ECU")
ECUADOR_JUDGES = Entity("ECU:JUD", "Ecuadorean judiciary", "Group", "ECU")
TURKISH_POLICE = Entity("TUR:COP", "Turkish police", "Group", "TUR")


def _cameo(rows: list[Row], spans: list[ActorSpan]) -> dict[tuple[str, str, str], str | None]:
    doc = _build(rows)
    text = " ".join(r[0] for r in rows)
    triples = extract_relations(doc, spans, Document(id="shape", text=text, date="2020-01-01"))
    return {(t.subject.id, t.relation, t.object.id): t.cameo for t in triples}


def _seized(verb: str, lemma: str, coup: bool) -> list[Row]:
    """ "Zimbabwe's army <seized | took> power [in a coup]." """
    rows: list[Row] = [
        ("Zimbabwe", "Zimbabwe", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("army", "army", "NOUN", "NN", "nsubj", 3),
        (verb, lemma, "VERB", "VBD", "ROOT", 3),
        ("power", "power", "NOUN", "NN", "dobj", 3),
    ]
    if coup:
        rows += [
            ("in", "in", "ADP", "IN", "prep", 3),
            ("a", "a", "DET", "DT", "det", 7),
            ("coup", "coup", "NOUN", "NN", "pobj", 5),
        ]
    return [*rows, (".", ".", "PUNCT", ".", "punct", 3)]


def test_armed_forces_seizing_power_coerce_their_government():
    rows = _rows(_seized("seized", "seize", False), [ActorSpan(0, 3, 2, ZIMBABWE_ARMY)])
    assert ("ZWE:MIL", "COERCES", "ZWE:GOV", "asserted", "seized-power") in rows


def test_taking_power_is_a_coup_only_with_a_coup_word():
    spans = [ActorSpan(0, 3, 2, ZIMBABWE_ARMY)]
    assert not any(r[4] == "seized-power" for r in _rows(_seized("took", "take", False), spans))
    rows = _rows(_seized("took", "take", True), spans)
    assert ("ZWE:MIL", "COERCES", "ZWE:GOV", "asserted", "seized-power") in rows


def _barred(move: str, lemma: str) -> list[Row]:
    """ "Ecuadorean police barred the judges from <returning | speaking>." """
    return [
        ("Ecuadorean", "ecuadorean", "ADJ", "JJ", "amod", 1),
        ("police", "police", "NOUN", "NNS", "nsubj", 2),
        ("barred", "bar", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("judges", "judge", "NOUN", "NNS", "dobj", 2),
        ("from", "from", "ADP", "IN", "prep", 2),
        (move, lemma, "VERB", "VBG", "pcomp", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def test_barring_people_from_returning_restricts_their_movement():
    spans = [ActorSpan(0, 2, 1, ECUADOR_POLICE), ActorSpan(3, 5, 4, ECUADOR_JUDGES)]
    key = ("ECU:COP", "COERCES", "ECU:JUD")
    assert _cameo(_barred("returning", "return"), spans)[key] == "191"
    assert _cameo(_barred("speaking", "speak"), spans)[key] != "191"


def test_people_counted_by_a_quantity_noun_are_an_act_of_state_s_patients():
    rows: list[Row] = [
        ("Turkish", "turkish", "ADJ", "JJ", "amod", 1),
        ("police", "police", "NOUN", "NNS", "nsubj", 2),
        ("detained", "detain", "VERB", "VBD", "ROOT", 2),
        ("dozens", "dozen", "NOUN", "NNS", "dobj", 2),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("journalists", "journalist", "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    found = _rows(rows, [ActorSpan(0, 2, 1, TURKISH_POLICE)])
    assert ("TUR:COP", "COERCES", "TUR:MED", "asserted", "state-patient") in found
