"""nominal-control and nominal-recipient on hand-built parses (no model).

Rows are (word, lemma, POS, tag, dependency, head index) as the English pipeline parsed these
invented sentences once.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from tests.unit.test_relations_shapes import Row, _country, _rows


def _owned(noun: str, governor: tuple[str, str]) -> list[Row]:
    """ "Chile <governor> Peru's <noun> to back Bolivia." """
    return [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        (governor[0], governor[1], "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        (noun, noun, "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 6),
        ("back", "back", "VERB", "VB", "acl", 4),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


CHILE_PERU_BOLIVIA = [
    ActorSpan(0, 1, 0, _country("CHL", "Chile")),
    ActorSpan(2, 3, 2, _country("PER", "Peru")),
    ActorSpan(7, 8, 7, _country("BOL", "Bolivia")),
]


def _negated(rows: list[Row], spans: list[ActorSpan]) -> dict[tuple[str, str, str, str], bool]:
    from kgraph.extract.relations import extract_relations
    from kgraph.model import Document
    from tests.unit.test_relations_shapes import _build

    triples = extract_relations(_build(rows), spans, Document("n", " ".join(r[0] for r in rows)))
    return {(t.subject.id, t.relation, t.object.id, t.rule): t.negated for t in triples}


def test_a_refusal_noun_lends_its_owner_to_the_refused_act():
    found = _negated(_owned("refusal", ("criticized", "criticize")), CHILE_PERU_BOLIVIA)
    assert found[("PER", "BACKS", "BOL", "nominal-control")] is True
    assert found[("PER", "REJECTS", "BOL", "stated-intent")] is False


def test_a_pledge_noun_is_an_offer_and_the_act_has_not_happened():
    rows = _rows(_owned("pledge", ("welcomed", "welcome")), CHILE_PERU_BOLIVIA)
    assert ("PER", "BACKS", "BOL", "hypothetical", "nominal-control") in rows
    assert ("PER", "OFFERS", "BOL", "asserted", "stated-intent") in rows


def test_a_decision_noun_reports_the_act():
    rows = _rows(_owned("decision", ("welcomed", "welcome")), CHILE_PERU_BOLIVIA)
    assert ("PER", "BACKS", "BOL", "asserted", "nominal-control") in rows
    assert not any(r[1] == "OFFERS" for r in rows)


def test_an_effort_noun_lends_no_owner():
    rows = _rows(_owned("effort", ("welcomed", "welcome")), CHILE_PERU_BOLIVIA)
    assert not any(r[0] == "PER" for r in rows)


def _faced(prep: str) -> list[Row]:
    return [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("faced", "face", "VERB", "VBD", "ROOT", 1),
        ("criticism", "criticism", "NOUN", "NN", "dobj", 1),
        (prep, prep, "ADP", "IN", "prep", 2),
        ("France", "France", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


IRAN_FRANCE = [
    ActorSpan(0, 1, 0, _country("IRN", "Iran")),
    ActorSpan(4, 5, 4, _country("FRA", "France")),
]


def test_criticism_from_x_faced_by_y_is_aimed_at_y():
    rows = _rows(_faced("from"), IRAN_FRANCE)
    assert ("FRA", "CRITICIZES", "IRN", "asserted", "nominal-recipient") in rows


def test_criticism_of_x_names_its_own_target():
    rows = _rows(_faced("of"), IRAN_FRANCE)
    assert not any(r[4] == "nominal-recipient" for r in rows)


IN_TALKS: list[Row] = [
    ("Colombia", "Colombia", "PROPN", "NNP", "nsubj", 1),
    ("is", "be", "AUX", "VBZ", "ROOT", 1),
    ("currently", "currently", "ADV", "RB", "advmod", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("peace", "peace", "NOUN", "NN", "compound", 5),
    ("talks", "talk", "NOUN", "NNS", "pobj", 3),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Venezuela", "Venezuela", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_being_in_talks_with_someone_negotiates_with_them():
    spans = [
        ActorSpan(0, 1, 0, _country("COL", "Colombia")),
        ActorSpan(7, 8, 7, _country("VEN", "Venezuela")),
    ]
    rows = _rows(IN_TALKS, spans)
    assert any(
        {r[0], r[2]} == {"COL", "VEN"} and r[1] == "NEGOTIATES_WITH" and r[3] == "asserted"
        for r in rows
    )
