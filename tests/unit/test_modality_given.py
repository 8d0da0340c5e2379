"""A clause's negation does not reach an event noun the clause takes as given, one in a time
phrase ("did not raise it during her talks with Putin"); it still reaches the event the verb
itself takes ("did not take part in the talks", "did not hold talks"), and an event under a
noun that presupposes it only as planned or done ("did not give details of Iran's talks with
Russia": the talks may be ahead) keeps the clause's negation.
Hand-built parses, no model; rows are (word, lemma, POS, tag, dependency, head index), as the
English pipeline parsed the invented sentences.
"""

from __future__ import annotations

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_relations_modality import _c, _status
from tests.unit.test_relations_shapes import OBAMA, PUTIN, Row, _build, _country

MERKEL = Entity("person:angela-merkel", "Angela Merkel", "Person", "DEU")
IRN = _country("IRN", "Iran")
RUS = _country("RUS", "Russia")

# "Merkel did not raise the issue during her talks with Putin."
DURING: list[Row] = [
    ("Merkel", "Merkel", "PROPN", "NNP", "nsubj", 3),
    ("did", "do", "AUX", "VBD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("raise", "raise", "VERB", "VB", "ROOT", 3),
    ("the", "the", "DET", "DT", "det", 5),
    ("issue", "issue", "NOUN", "NN", "dobj", 3),
    ("during", "during", "ADP", "IN", "prep", 3),
    ("her", "her", "PRON", "PRP$", "poss", 8),
    ("talks", "talk", "NOUN", "NNS", "pobj", 6),
    ("with", "with", "ADP", "IN", "prep", 8),
    ("Putin", "Putin", "PROPN", "NNP", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "The ministry did not give details of Iran's talks with Russia."
DETAILS: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("ministry", "ministry", "NOUN", "NN", "nsubj", 4),
    ("did", "do", "AUX", "VBD", "aux", 4),
    ("not", "not", "PART", "RB", "neg", 4),
    ("give", "give", "VERB", "VB", "ROOT", 4),
    ("details", "detail", "NOUN", "NNS", "dobj", 4),
    ("of", "of", "ADP", "IN", "prep", 5),
    ("Iran", "Iran", "PROPN", "NNP", "poss", 9),
    ("'s", "'s", "PART", "POS", "case", 7),
    ("talks", "talk", "NOUN", "NNS", "pobj", 6),
    ("with", "with", "ADP", "IN", "prep", 9),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 4),
]

# "Iran did not take part in the talks with Russia."
TAKE_PART: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
    ("did", "do", "AUX", "VBD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("take", "take", "VERB", "VB", "ROOT", 3),
    ("part", "part", "NOUN", "NN", "dobj", 3),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 7),
    ("talks", "talk", "NOUN", "NNS", "pobj", 5),
    ("with", "with", "ADP", "IN", "prep", 7),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Merkel did not hold talks with Putin."
HOLD: list[Row] = [
    ("Merkel", "Merkel", "PROPN", "NNP", "nsubj", 3),
    ("did", "do", "AUX", "VBD", "aux", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("hold", "hold", "VERB", "VB", "ROOT", 3),
    ("talks", "talk", "NOUN", "NNS", "dobj", 3),
    ("with", "with", "ADP", "IN", "prep", 4),
    ("Putin", "Putin", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def _talks(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, bool]]:
    """(subject, object, negated) of the NEGOTIATES_WITH or MEETS triples of a parse."""
    doc = _build(rows)
    text = " ".join(r[0] for r in rows)
    triples = extract_relations(doc, spans, Document(id="given", text=text, date="2020-01-01"))
    return {
        (t.subject.id, t.object.id, t.negated)
        for t in triples
        if t.relation in ("NEGOTIATES_WITH", "MEETS")
    }


def test_talks_in_a_time_phrase_of_a_negated_verb_stay_asserted():
    found = _talks(DURING, [ActorSpan(0, 1, 0, MERKEL), ActorSpan(10, 11, 10, PUTIN)])
    assert (MERKEL.id, PUTIN.id, False) in found
    assert not any(negated for _, _, negated in found)


def test_talks_whose_details_are_withheld_are_not_asserted():
    found = _talks(DETAILS, [ActorSpan(7, 8, 7, IRN), ActorSpan(11, 12, 11, RUS)])
    assert found
    assert all(negated for _, _, negated in found)


def test_talks_taken_part_in_are_negated_with_their_verb():
    found = _talks(TAKE_PART, [ActorSpan(0, 1, 0, IRN), ActorSpan(9, 10, 9, RUS)])
    assert found
    assert all(negated for _, _, negated in found)


def test_talks_held_are_negated_with_their_verb():
    found = _talks(HOLD, [ActorSpan(0, 1, 0, MERKEL), ActorSpan(6, 7, 6, PUTIN)])
    assert found
    assert all(negated for _, _, negated in found)


VISIT_UNMENTIONED: list[Row] = [
    ("During", "during", "ADP", "IN", "prep", 9),
    ("a", "a", "DET", "DT", "det", 2),
    ("visit", "visit", "NOUN", "NN", "pobj", 0),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 9),
    ("did", "do", "AUX", "VBD", "aux", 9),
    ("not", "not", "PART", "RB", "neg", 9),
    ("mention", "mention", "VERB", "VB", "ROOT", 9),
    ("the", "the", "DET", "DT", "det", 11),
    ("vote", "vote", "NOUN", "NN", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_a_negated_verb_does_not_deny_the_visit_it_happened_during():
    rows = _status(VISIT_UNMENTIONED, [_c(4, "KEN", "Kenya"), ActorSpan(6, 7, 6, OBAMA)])
    assert (OBAMA.id, "VISITS", "KEN", "asserted") in rows
