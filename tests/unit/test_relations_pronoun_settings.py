"""Pronoun and relative antecedents on hand-built parses (no model): a country named in a
place phrase is no antecedent of "it" or "they", and a relative on an apposition is the person
beside it (kgraph.extract.rules_args). Rows are (word, lemma, POS, tag, dependency, head
index), as the English pipeline parsed these invented sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

USA_LEG = Entity("USA:LEG", "U.S. legislature", "Group", "USA")
THEY_CRITICIZED: list[Row] = [
    ("They", "they", "PRON", "PRP", "nsubj", 9),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 9),
    ("the", "the", "DET", "DT", "det", 11),
    ("senators", "senator", "NOUN", "NNS", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]

# "Farmers sell goods in Canada and Mexico. They criticized the senators."
SOLD_IN: list[Row] = [
    ("Farmers", "farmer", "NOUN", "NNS", "nsubj", 1),
    ("sell", "sell", "VERB", "VBP", "ROOT", 1),
    ("goods", "good", "NOUN", "NNS", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("Canada", "Canada", "PROPN", "NNP", "pobj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 4),
    ("Mexico", "Mexico", "PROPN", "NNP", "conj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
    *THEY_CRITICIZED,
]

# "Canada and Mexico sell goods to farmers. They criticized the senators."
THEY_SOLD: list[Row] = [
    ("Canada", "Canada", "PROPN", "NNP", "nsubj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("Mexico", "Mexico", "PROPN", "NNP", "conj", 0),
    ("sell", "sell", "VERB", "VBP", "ROOT", 3),
    ("goods", "good", "NOUN", "NNS", "dobj", 3),
    ("to", "to", "ADP", "IN", "dative", 3),
    ("farmers", "farmer", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 3),
    *THEY_CRITICIZED,
]


def _critics(rows: list[Row], canada: int, mexico: int) -> set[str]:
    spans = [
        ActorSpan(canada, canada + 1, canada, _country("CAN", "Canada")),
        ActorSpan(mexico, mexico + 1, mexico, _country("MEX", "Mexico")),
        ActorSpan(10, 12, 11, USA_LEG),
    ]
    return {r[0] for r in _rows(rows, spans) if r[1:3] == ("CRITICIZES", "USA:LEG")}


def test_pronoun_a_country_where_something_is_is_no_antecedent():
    assert _critics(SOLD_IN, 4, 6) == set()


def test_pronoun_a_country_acting_is_an_antecedent():
    assert _critics(THEY_SOLD, 0, 2) & {"CAN", "MEX"}


# "Ann Lee, a Harvard student who criticized China, was detained."
STUDENT_WHO: list[Row] = [
    ("Ann", "Ann", "PROPN", "NNP", "compound", 1),
    ("Lee", "Lee", "PROPN", "NNP", "nsubjpass", 11),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("Harvard", "Harvard", "PROPN", "NNP", "compound", 5),
    ("student", "student", "NOUN", "NN", "appos", 1),
    ("who", "who", "PRON", "WP", "nsubj", 7),
    ("criticized", "criticize", "VERB", "VBD", "relcl", 5),
    ("China", "China", "PROPN", "NNP", "dobj", 7),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("was", "be", "AUX", "VBD", "auxpass", 11),
    ("detained", "detain", "VERB", "VBN", "ROOT", 11),
    (".", ".", "PUNCT", ".", "punct", 11),
]


def test_relative_on_an_apposition_is_the_person_not_the_appositions_owner():
    lee = Entity("person:ann-lee", "Ann Lee", "Person", None)
    harvard = Entity("org:harvard", "Harvard University", "Organization", "USA")
    spans = [
        ActorSpan(0, 2, 1, lee),
        ActorSpan(4, 5, 4, harvard),
        ActorSpan(8, 9, 8, _country("CHN", "China")),
    ]
    critics = {r[0] for r in _rows(STUDENT_WHO, spans) if r[1:3] == ("CRITICIZES", "CHN")}
    assert critics == {"person:ann-lee"}


BILL = Entity("person:bill-clinton", "Bill Clinton", "Person", "USA")
HILLARY = Entity("person:hillary-clinton", "Hillary Clinton", "Person", "USA")
HE_CRITICIZED: list[Row] = [
    ("He", "he", "PRON", "PRP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("Hillary", "Hillary", "PROPN", "NNP", "compound", 3),
    ("Clinton", "Clinton", "PROPN", "NNP", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _after(first: list[Row]) -> list[Row]:
    n = len(first)
    return first + [(w, lem, p, t, d, h + n) for w, lem, p, t, d, h in HE_CRITICIZED]


def test_pronoun_a_name_deep_in_a_nouns_phrase_is_no_antecedent_of_the_next_sentence():
    # "Voters disliked the infidelities of Bill Clinton. He criticized Hillary Clinton."
    first: list[Row] = [
        ("Voters", "voter", "NOUN", "NNS", "nsubj", 1),
        ("disliked", "dislike", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("infidelities", "infidelity", "NOUN", "NNS", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("Bill", "Bill", "PROPN", "NNP", "compound", 6),
        ("Clinton", "Clinton", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    spans = [ActorSpan(5, 7, 6, BILL), ActorSpan(10, 12, 11, HILLARY)]
    assert not {r for r in _rows(_after(first), spans) if r[0] == BILL.id}


def test_pronoun_the_subject_of_the_sentence_before_is_an_antecedent():
    # "Bill Clinton disliked the voters. He criticized Hillary Clinton."
    first: list[Row] = [
        ("Bill", "Bill", "PROPN", "NNP", "compound", 1),
        ("Clinton", "Clinton", "PROPN", "NNP", "nsubj", 2),
        ("disliked", "dislike", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("voters", "voter", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    spans = [ActorSpan(0, 2, 1, BILL), ActorSpan(8, 10, 9, HILLARY)]
    assert (BILL.id, "CRITICIZES", HILLARY.id) in {r[:3] for r in _rows(_after(first), spans)}
