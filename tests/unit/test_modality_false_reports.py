"""What a report says is not asserted when the report is judged false or withdrawn ("a report
that Iran had supplied missiles ... was false", "the story ... is wrong and was withdrawn"):
kgraph.extract.modality.clause_modality. Hand-built parses, no model; rows are (word, lemma,
POS, tag, dependency, head index), as the English pipeline parsed the invented sentences.
"""

from __future__ import annotations

import pytest

from kgraph.extract.modality import Modality, clause_modality
from tests.unit.test_relations_shapes import Row, _build

HEAD: list[Row] = [
    ("A", "a", "DET", "DT", "det", 1),
    ("report", "report", "NOUN", "NN", "nsubj", 10),
    ("that", "that", "SCONJ", "IN", "mark", 5),
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 5),
    ("had", "have", "AUX", "VBD", "aux", 5),
    ("supplied", "supply", "VERB", "VBN", "relcl", 1),
    ("missiles", "missile", "NOUN", "NNS", "dobj", 5),
    ("to", "to", "ADP", "IN", "prep", 5),
    ("the", "the", "DET", "DT", "det", 9),
    ("Houthis", "Houthis", "PROPN", "NNP", "pobj", 7),
]

# "A report that Iran had supplied missiles to the Houthis was false."
FALSE: list[Row] = [
    *HEAD,
    ("was", "be", "AUX", "VBD", "ROOT", 10),
    ("false", "false", "ADJ", "JJ", "acomp", 10),
    (".", ".", "PUNCT", ".", "punct", 10),
]

# "A report that Iran had supplied missiles to the Houthis was withdrawn."
WITHDRAWN: list[Row] = [
    *[r if r[0] != "report" else ("report", "report", "NOUN", "NN", "nsubjpass", 11) for r in HEAD],
    ("was", "be", "AUX", "VBD", "auxpass", 11),
    ("withdrawn", "withdraw", "VERB", "VBN", "ROOT", 11),
    (".", ".", "PUNCT", ".", "punct", 11),
]

# "A report that Iran had supplied missiles to the Houthis was published."
PUBLISHED: list[Row] = [
    *[r if r[0] != "report" else ("report", "report", "NOUN", "NN", "nsubjpass", 11) for r in HEAD],
    ("was", "be", "AUX", "VBD", "auxpass", 11),
    ("published", "publish", "VERB", "VBN", "ROOT", 11),
    (".", ".", "PUNCT", ".", "punct", 11),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (FALSE, Modality("reported", True, False)),
        (WITHDRAWN, Modality("reported", True, False)),
        (PUBLISHED, Modality("reported", False, False)),
    ],
)
def test_what_a_report_says(rows, expected):
    doc = _build(rows)
    assert clause_modality(doc[5]) == expected
