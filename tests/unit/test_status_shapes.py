"""A bare "as" clause under a future main clause, an owned event an act is part of,
and a subject noun's between-phrase hung on its verb; on hand-built parses (no model). Rows
are (word, lemma, POS, tag, dependency, head index), shaped as the English pipeline parses
these invented sentences."""

from __future__ import annotations

from kgraph.extract.modality import clause_modality, noun_modality
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _build, _country, _rows

# "Kerry will testify as the committee investigates Russia."
AS_MEANWHILE: list[Row] = [
    ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 2),
    ("will", "will", "AUX", "MD", "aux", 2),
    ("testify", "testify", "VERB", "VB", "ROOT", 2),
    ("as", "as", "SCONJ", "IN", "mark", 6),
    ("the", "the", "DET", "DT", "det", 5),
    ("committee", "committee", "NOUN", "NN", "nsubj", 6),
    ("investigates", "investigate", "VERB", "VBZ", "advcl", 2),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Kerry will hold talks as he visits Russia."
AS_VISIT: list[Row] = [
    ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 2),
    ("will", "will", "AUX", "MD", "aux", 2),
    ("hold", "hold", "VERB", "VB", "ROOT", 2),
    ("talks", "talk", "NOUN", "NNS", "dobj", 2),
    ("as", "as", "SCONJ", "IN", "mark", 6),
    ("he", "he", "PRON", "PRP", "nsubj", 6),
    ("visits", "visit", "VERB", "VBZ", "advcl", 2),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Kerry will meet Lavrov as soon as he arrives."
AS_SOON_AS: list[Row] = [
    ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 2),
    ("will", "will", "AUX", "MD", "aux", 2),
    ("meet", "meet", "VERB", "VB", "ROOT", 2),
    ("Lavrov", "Lavrov", "PROPN", "NNP", "dobj", 2),
    ("as", "as", "ADV", "RB", "advmod", 5),
    ("soon", "soon", "ADV", "RB", "advmod", 2),
    ("as", "as", "SCONJ", "IN", "mark", 8),
    ("he", "he", "PRON", "PRP", "nsubj", 8),
    ("arrives", "arrive", "VERB", "VBZ", "advcl", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "The panel wants to hear him as part of its probe into Russia."
PART_OF_PROBE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("panel", "panel", "NOUN", "NN", "nsubj", 2),
    ("wants", "want", "VERB", "VBZ", "ROOT", 2),
    ("to", "to", "PART", "TO", "aux", 4),
    ("hear", "hear", "VERB", "VB", "xcomp", 2),
    ("him", "he", "PRON", "PRP", "dobj", 4),
    ("as", "as", "ADP", "IN", "prep", 4),
    ("part", "part", "NOUN", "NN", "pobj", 6),
    ("of", "of", "ADP", "IN", "prep", 7),
    ("its", "its", "PRON", "PRP$", "poss", 10),
    ("probe", "probe", "NOUN", "NN", "pobj", 8),
    ("into", "into", "ADP", "IN", "prep", 10),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 11),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "The panel wants to hear him as part of a probe into Russia."
PART_OF_A_PROBE: list[Row] = [
    ("a", "a", "DET", "DT", "det", 10) if r[0] == "its" else r for r in PART_OF_PROBE
]

# "Talks have stalled between Russia and Ukraine."
STALLED_BETWEEN: list[Row] = [
    ("Talks", "talk", "NOUN", "NNS", "nsubj", 2),
    ("have", "have", "AUX", "VBP", "aux", 2),
    ("stalled", "stall", "VERB", "VBN", "ROOT", 2),
    ("between", "between", "ADP", "IN", "prep", 2),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 4),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "conj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_bare_as_clause_of_a_future_clause_goes_on_now():
    doc = _build(AS_MEANWHILE)
    assert clause_modality(doc[6]).modality == "asserted"
    assert clause_modality(doc[2]).modality == "hypothetical"


def test_an_as_clause_of_a_trip_under_a_future_clause_is_ahead():
    doc = _build(AS_VISIT)
    assert clause_modality(doc[6]).modality == "hypothetical"


def test_an_as_soon_as_clause_of_a_future_clause_is_ahead():
    doc = _build(AS_SOON_AS)
    assert clause_modality(doc[8]).modality == "hypothetical"


def test_an_owned_event_an_act_is_part_of_goes_on():
    doc = _build(PART_OF_PROBE)
    assert noun_modality(doc[10], doc[4]).modality == "asserted"


def test_an_unowned_event_an_act_is_part_of_stays_with_its_clause():
    doc = _build(PART_OF_A_PROBE)
    assert noun_modality(doc[10], doc[4]).modality == "hypothetical"


def test_a_subject_nouns_between_phrase_on_its_verb_names_the_parties():
    spans = [
        ActorSpan(4, 5, 4, _country("RUS", "Russia")),
        ActorSpan(6, 7, 6, _country("UKR", "Ukraine")),
    ]
    rows = _rows(STALLED_BETWEEN, spans)
    assert any(
        r[1] == "NEGOTIATES_WITH" and {r[0], r[2]} == {"RUS", "UKR"} and r[3] == "asserted"
        for r in rows
    ), rows


# "Hernandez , a U.S. ally of the party , won ." (the of-phrase misattached to "ally")
ALLY_OF_PARTY: list[Row] = [
    ("Hernandez", "Hernandez", "PROPN", "NNP", "nsubj", 9),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("a", "a", "DET", "DT", "det", 4),
    ("U.S.", "U.S.", "PROPN", "NNP", "compound", 4),
    ("ally", "ally", "NOUN", "NN", "appos", 0),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("the", "the", "DET", "DT", "det", 7),
    ("Party", "Party", "PROPN", "NNP", "pobj", 5),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("won", "win", "VERB", "VBD", "ROOT", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_a_country_modified_agent_noun_takes_no_of_phrase_target():
    hernandez = Entity("person:juan-orlando-hernandez", "Hernandez", "Person", "HND")
    party = Entity("org:national-party-hnd", "National Party", "Organization", "HND")
    spans = [
        ActorSpan(0, 1, 0, hernandez),
        ActorSpan(3, 4, 3, _country("USA", "United States")),
        ActorSpan(6, 8, 7, party),
    ]
    rows = _rows(ALLY_OF_PARTY, spans)
    assert not any(r[2] == party.id for r in rows), rows
