"""A ranked noun's infinitive ("Japan became the first country to sanction North Korea") is
an act of the copula's subject in the copula's tense, not an act yet to come; "the next country
to" and a copula under a modal or an intent stay hypothetical.
Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as the
English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from kgraph.extract.modality import clause_modality
from kgraph.extract.modality_clauses import ranked_copula
from tests.unit.test_relations_shapes import Row, _build


def _rows(copula: tuple[str, str, str, str], rank: str, dep: str = "relcl") -> list[Row]:
    """ "Japan <copula> the <rank> country to sanction North Korea." """
    word, lemma, pos, tag = copula
    head = 4 if dep == "relcl" else 1
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
        (word, lemma, pos, tag, "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        (rank, rank, "ADJ", "JJ", "amod", 4),
        ("country", "country", "NOUN", "NN", "attr", 1),
        ("to", "to", "PART", "TO", "aux", 6),
        ("sanction", "sanction", "VERB", "VB", dep, head),
        ("North", "North", "PROPN", "NNP", "compound", 8),
        ("Korea", "Korea", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


BECAME = ("became", "become", "VERB", "VBD")
IS = ("is", "be", "AUX", "VBZ")


def test_the_first_country_to_act_did_it():
    doc = _build(_rows(BECAME, "first"))
    assert ranked_copula(doc[6]) == doc[1]
    assert clause_modality(doc[6]).modality == "asserted"


def test_the_infinitive_on_the_copula_is_the_same_act():
    doc = _build(_rows(IS, "only", dep="advcl"))
    assert ranked_copula(doc[6]) == doc[1]
    assert clause_modality(doc[6]).modality == "asserted"


def test_the_next_country_to_act_has_not_yet():
    doc = _build(_rows(BECAME, "next"))
    assert ranked_copula(doc[6]) is None
    assert clause_modality(doc[6]).modality == "hypothetical"


def test_a_ranked_copula_under_a_modal_stays_hypothetical():
    rows = _rows(("become", "become", "VERB", "VB"), "first")
    rows.insert(1, ("would", "would", "AUX", "MD", "aux", 2))
    rows = [(w, lem, p, t, d, h + 1 if h >= 1 else h) for w, lem, p, t, d, h in rows]
    rows[0] = ("Japan", "Japan", "PROPN", "NNP", "nsubj", 2)
    rows[1] = ("would", "would", "AUX", "MD", "aux", 2)
    doc = _build(rows)
    assert ranked_copula(doc[7]) == doc[2]
    assert clause_modality(doc[7]).modality == "hypothetical"
