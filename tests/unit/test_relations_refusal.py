"""refusal-object and the speaker behind "we/our", on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows


def _refused(act: str, prep: bool) -> list[Row]:
    """ "Cuba refused to accept Spain's proposal." / "... to comment on Spain's proposal." """
    shift = int(prep)
    rows: list[Row] = [
        ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        (act, act, "VERB", "VB", "xcomp", 1),
    ]
    if prep:
        rows.append(("on", "on", "ADP", "IN", "prep", 3))
    return [
        *rows,
        ("Spain", "Spain", "PROPN", "NNP", "poss", 6 + shift),
        ("'s", "'s", "PART", "POS", "case", 4 + shift),
        ("proposal", "proposal", "NOUN", "NN", "pobj" if prep else "dobj", 4 if prep else 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def _cuba_spain(prep: bool) -> list[ActorSpan]:
    at = 4 + int(prep)
    return [
        ActorSpan(0, 1, 0, _country("CUB", "Cuba")),
        ActorSpan(at, at + 1, at, _country("ESP", "Spain")),
    ]


def test_refusing_anothers_proposal_rejects_its_owner():
    rows = _rows(_refused("accept", prep=False), _cuba_spain(False))
    assert ("CUB", "REJECTS", "ESP", "asserted", "refusal-object") in rows


def test_refusing_to_comment_rejects_no_one():
    rows = _rows(_refused("comment", prep=True), _cuba_spain(True))
    assert not any(r[1] == "REJECTS" for r in rows)


OUR_PLAN: list[Row] = [
    ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
    ("refused", "refuse", "VERB", "VBD", "ccomp", 11),
    ("to", "to", "PART", "TO", "aux", 3),
    ("engage", "engage", "VERB", "VB", "xcomp", 1),
    ("on", "on", "ADP", "IN", "prep", 3),
    ("our", "our", "PRON", "PRP$", "poss", 6),
    ("plan", "plan", "NOUN", "NN", "pobj", 4),
    (",", ",", "PUNCT", ",", "punct", 11),
    ("a", "a", "DET", "DT", "det", 10),
    ("Chilean", "Chilean", "PROPN", "NNP", "compound", 10),
    ("spokesman", "spokesman", "NOUN", "NN", "nsubj", 11),
    ("said", "say", "VERB", "VBD", "ROOT", 11),
    (".", ".", "PUNCT", ".", "punct", 11),
]
CHILE_GOV = Entity("CHL:GOV", "Chilean government", "Group", "CHL")


def test_our_in_a_spokesmans_words_is_the_speakers_side():
    spans = [ActorSpan(0, 1, 0, _country("PER", "Peru")), ActorSpan(9, 11, 10, CHILE_GOV)]
    rows = _rows(OUR_PLAN, spans)
    assert ("PER", "REJECTS", "CHL:GOV", "reported", "refusal-object") in rows


def test_our_outside_reported_speech_names_no_one():
    rows = [r for r in OUR_PLAN[:7]] + [(".", ".", "PUNCT", ".", "punct", 1)]
    rows[1] = ("refused", "refuse", "VERB", "VBD", "ROOT", 1)
    assert not any(
        r[1] == "REJECTS" for r in _rows(rows, [ActorSpan(0, 1, 0, _country("PER", "Peru"))])
    )


def _stance(aux: str, tag: str, lemma: str = "support") -> list[Row]:
    """ "Japan does not support China's proposal." (or "did", "would" for ``aux``)."""
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 3),
        (aux, "do" if tag != "MD" else aux, "AUX", tag, "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        (lemma, lemma, "VERB", "VB", "ROOT", 3),
        ("China", "China", "PROPN", "NNP", "poss", 6),
        ("'s", "'s", "PART", "POS", "case", 4),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


def _japan_china() -> list[ActorSpan]:
    return [
        ActorSpan(0, 1, 0, _country("JPN", "Japan")),
        ActorSpan(4, 5, 4, _country("CHN", "China")),
    ]


def test_a_present_denied_stance_is_an_asserted_rejection():
    rows = _rows(_stance("does", "VBZ"), _japan_china())
    assert ("JPN", "REJECTS", "CHN", "asserted", "negated-stance") in rows


def test_a_denied_stance_keeps_its_negated_backing():
    doc_rows = _stance("does", "VBZ", "back")
    rows = _rows(doc_rows, _japan_china())
    assert ("JPN", "REJECTS", "CHN", "asserted", "negated-stance") in rows
    assert any(r[1] == "BACKS" for r in rows)


def test_a_past_backing_not_given_rejects_no_one():
    rows = _rows(_stance("did", "VBD"), _japan_china())
    assert not any(r[4] == "negated-stance" for r in rows)


def test_a_stance_verb_without_negation_rejects_no_one():
    doc_rows = _stance("does", "VBZ")
    doc_rows[2] = ("really", "really", "ADV", "RB", "advmod", 3)
    rows = _rows(doc_rows, _japan_china())
    assert not any(r[1] == "REJECTS" for r in rows)


def test_a_denied_stance_of_a_verb_of_no_stance_rejects_no_one():
    rows = _rows(_stance("does", "VBZ", "discuss"), _japan_china())
    assert not any(r[1] == "REJECTS" for r in rows)


# reject26: what a refused act takes was proposed, sent or deported by the party rejected.
PROPOSED_BY: list[Row] = [
    ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
    ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("accept", "accept", "VERB", "VB", "xcomp", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("plan", "plan", "NOUN", "NN", "dobj", 3),
    ("proposed", "propose", "VERB", "VBN", "acl", 5),
    ("by", "by", "ADP", "IN", "agent", 6),
    ("Spain", "Spain", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _cuba_spain_at(at: int) -> list[ActorSpan]:
    return [
        ActorSpan(0, 1, 0, _country("CUB", "Cuba")),
        ActorSpan(at, at + 1, at, _country("ESP", "Spain")),
    ]


def test_refusing_what_a_party_proposed_rejects_the_party():
    rows = _rows(PROPOSED_BY, _cuba_spain_at(8))
    assert ("CUB", "REJECTS", "ESP", "asserted", "refusal-object") in rows


def test_refusing_what_a_party_merely_caused_rejects_no_one():
    # "Cuba refused to accept migrants displaced by Spain": displacing is no proposal
    rows: list[Row] = [
        ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("accept", "accept", "VERB", "VB", "xcomp", 1),
        ("migrants", "migrant", "NOUN", "NNS", "dobj", 3),
        ("displaced", "displace", "VERB", "VBN", "acl", 4),
        ("by", "by", "ADP", "IN", "agent", 5),
        ("Spain", "Spain", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert not any(r[1] == "REJECTS" for r in _rows(rows, _cuba_spain_at(7)))


# "Cuba refused to take back citizens after they were deported from Spain."
DEPORTED_FROM: list[Row] = [
    ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
    ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("take", "take", "VERB", "VB", "xcomp", 1),
    ("back", "back", "ADV", "RB", "advmod", 3),
    ("citizens", "citizen", "NOUN", "NNS", "dobj", 3),
    ("after", "after", "SCONJ", "IN", "mark", 9),
    ("they", "they", "PRON", "PRP", "nsubjpass", 9),
    ("were", "be", "AUX", "VBD", "auxpass", 9),
    ("deported", "deport", "VERB", "VBN", "advcl", 3),
    ("from", "from", "ADP", "IN", "prep", 9),
    ("Spain", "Spain", "PROPN", "NNP", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_refusing_to_take_back_deportees_rejects_the_deporting_country():
    rows = _rows(DEPORTED_FROM, _cuba_spain_at(11))
    assert ("CUB", "REJECTS", "ESP", "asserted", "refusal-object") in rows


# "Chile criticized Peru's refusal to accept Bolivia's plan."
REFUSAL_NOUN: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("Peru", "Peru", "PROPN", "NNP", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("refusal", "refusal", "NOUN", "NN", "dobj", 1),
    ("to", "to", "PART", "TO", "aux", 6),
    ("accept", "accept", "VERB", "VB", "acl", 4),
    ("Bolivia", "Bolivia", "PROPN", "NNP", "poss", 9),
    ("'s", "'s", "PART", "POS", "case", 7),
    ("plan", "plan", "NOUN", "NN", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_refusal_noun_rejects_the_owner_of_what_is_refused():
    spans = [
        ActorSpan(0, 1, 0, _country("CHL", "Chile")),
        ActorSpan(2, 3, 2, _country("PER", "Peru")),
        ActorSpan(7, 8, 7, _country("BOL", "Bolivia")),
    ]
    rows = _rows(REFUSAL_NOUN, spans)
    assert ("PER", "REJECTS", "BOL", "asserted", "refusal-object") in rows


def _would_not(verb: str, tail: list[Row]) -> list[Row]:
    """ "Japan said it would not <verb> ..." """
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("it", "it", "PRON", "PRP", "nsubj", 5),
        ("would", "would", "AUX", "MD", "aux", 5),
        ("not", "not", "PART", "RB", "neg", 5),
        (verb, verb, "VERB", "VB", "ccomp", 1),
        *tail,
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def test_saying_one_would_not_accept_a_partys_proposal_rejects_it():
    tail: list[Row] = [
        ("China", "China", "PROPN", "NNP", "poss", 8),
        ("'s", "'s", "PART", "POS", "case", 6),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 5),
    ]
    rows = _rows(_would_not("accept", tail), _japan_china_at(6))
    stated = {r[3] for r in rows if r[:3] == ("JPN", "REJECTS", "CHN") and r[4] == "stated-intent"}
    assert stated and "hypothetical" not in stated


def test_saying_one_would_not_offer_aid_rejects_no_one():
    tail: list[Row] = [
        ("aid", "aid", "NOUN", "NN", "dobj", 5),
        ("to", "to", "ADP", "IN", "prep", 5),
        ("China", "China", "PROPN", "NNP", "pobj", 7),
    ]
    rows = _rows(_would_not("offer", tail), _japan_china_at(8))
    assert not any(r[1] == "REJECTS" for r in rows)


def _japan_china_at(at: int) -> list[ActorSpan]:
    return [
        ActorSpan(0, 1, 0, _country("JPN", "Japan")),
        ActorSpan(at, at + 1, at, _country("CHN", "China")),
    ]


# "Iran tested a missile in defiance of U.N. sanctions."
IN_DEFIANCE: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("tested", "test", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("missile", "missile", "NOUN", "NN", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("defiance", "defiance", "NOUN", "NN", "pobj", 4),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("U.N.", "U.N.", "PROPN", "NNP", "compound", 8),
    ("sanctions", "sanction", "NOUN", "NNS", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]
UN = Entity("igo:un", "United Nations", "IGO", None)


def test_an_act_in_defiance_of_a_partys_measure_rejects_the_party():
    spans = [ActorSpan(0, 1, 0, _country("IRN", "Iran")), ActorSpan(7, 8, 7, UN)]
    rows = _rows(IN_DEFIANCE, spans)
    assert ("IRN", "REJECTS", "igo:un", "asserted", "nominal-adjunct") in rows


def test_in_defiance_hung_on_the_object_is_still_the_subjects():
    rows = list(IN_DEFIANCE)
    rows[4] = ("in", "in", "ADP", "IN", "prep", 3)  # the parser's other attachment
    spans = [ActorSpan(0, 1, 0, _country("IRN", "Iran")), ActorSpan(7, 8, 7, UN)]
    assert ("IRN", "REJECTS", "igo:un", "asserted", "nominal-adjunct") in _rows(rows, spans)


# reject26: "Russia's retaliation against new U.S. sanctions": the sanctions were aimed at Russia.
RETALIATION_NOUN: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("retaliation", "retaliation", "NOUN", "NN", "nsubj", 7),
    ("against", "against", "ADP", "IN", "prep", 2),
    ("new", "new", "ADJ", "JJ", "amod", 6),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 6),
    ("sanctions", "sanction", "NOUN", "NNS", "pobj", 3),
    ("was", "be", "AUX", "VBD", "ROOT", 7),
    ("swift", "swift", "ADJ", "JJ", "acomp", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]
RETALIATION_VERB: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("retaliated", "retaliate", "VERB", "VBD", "ROOT", 1),
    ("against", "against", "ADP", "IN", "prep", 1),
    ("new", "new", "ADJ", "JJ", "amod", 5),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 5),
    ("sanctions", "sanction", "NOUN", "NNS", "pobj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _russia_us(at: int) -> list[ActorSpan]:
    return [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(at, at + 1, at, _country("USA", "United States")),
    ]


def test_retaliation_against_a_partys_sanctions_names_their_target():
    rows = _rows(RETALIATION_NOUN, _russia_us(5))
    assert ("USA", "SANCTIONS", "RUS", "asserted", "nominal-recipient") in rows


def test_retaliating_against_a_partys_sanctions_names_their_target():
    rows = _rows(RETALIATION_VERB, _russia_us(4))
    assert ("USA", "SANCTIONS", "RUS", "asserted", "nominal-recipient") in rows


def test_refusing_to_hand_someone_over_rejects_the_receiver_not_the_person():
    # "Cuba refused to hand over Lopez to Spain.": Lopez is what is given up, Spain the party
    rows: list[Row] = [
        ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("hand", "hand", "VERB", "VB", "xcomp", 1),
        ("over", "over", "ADP", "RP", "prt", 3),
        ("Lopez", "Lopez", "PROPN", "NNP", "dobj", 3),
        ("to", "to", "ADP", "IN", "prep", 3),
        ("Spain", "Spain", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    lopez = Entity("person:maria-lopez", "Maria Lopez", "Person", "CUB")
    spans = [
        ActorSpan(0, 1, 0, _country("CUB", "Cuba")),
        ActorSpan(5, 6, 5, lopez),
        ActorSpan(7, 8, 7, _country("ESP", "Spain")),
    ]
    found = _rows(rows, spans)
    assert not any(r[1] == "REJECTS" and r[2] == lopez.id for r in found)
    assert any(r[:3] == ("CUB", "REJECTS", "ESP") for r in found)
