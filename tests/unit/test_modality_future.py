"""Events that may yet come: a time clause of a future main clause, and an event noun under a
prospect noun; on hand-built parses.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parses these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.modality import clause_modality, cue_modality, noun_modality
from kgraph.extract.modality_time import present_schedule
from tests.unit.test_relations_shapes import Row, _build

# "When Kerry travels to Moscow, he will meet Lavrov."
WHEN_FUTURE: list[Row] = [
    ("When", "when", "SCONJ", "WRB", "advmod", 2),
    ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 2),
    ("travels", "travel", "VERB", "VBZ", "advcl", 8),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 8),
    ("he", "he", "PRON", "PRP", "nsubj", 8),
    ("will", "will", "AUX", "MD", "aux", 8),
    ("meet", "meet", "VERB", "VB", "ROOT", 8),
    ("Lavrov", "Lavrov", "PROPN", "NNP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]

# "When Kerry travelled to Moscow, he met Lavrov."
WHEN_PAST: list[Row] = [
    ("When", "when", "SCONJ", "WRB", "advmod", 2),
    ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 2),
    ("travelled", "travel", "VERB", "VBD", "advcl", 7),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("he", "he", "PRON", "PRP", "nsubj", 7),
    ("met", "meet", "VERB", "VBD", "ROOT", 7),
    ("Lavrov", "Lavrov", "PROPN", "NNP", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]

# "France doubts the prospects of a deal with Iran."
PROSPECTS: list[Row] = [
    ("France", "France", "PROPN", "NNP", "nsubj", 1),
    ("doubts", "doubt", "VERB", "VBZ", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("prospects", "prospect", "NOUN", "NNS", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("deal", "deal", "NOUN", "NN", "pobj", 4),
    ("with", "with", "ADP", "IN", "prep", 6),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "France welcomed the terms of a deal with Iran."
TERMS: list[Row] = [
    ("France", "France", "PROPN", "NNP", "nsubj", 1),
    ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("terms", "term", "NOUN", "NNS", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("deal", "deal", "NOUN", "NN", "pobj", 4),
    ("with", "with", "ADP", "IN", "prep", 6),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_present_time_clause_of_a_future_clause_has_not_happened():
    doc = _build(WHEN_FUTURE)
    assert clause_modality(doc[2]).modality == "hypothetical"
    assert clause_modality(doc[8]).modality == "hypothetical"


def test_a_past_time_clause_keeps_its_own_tense():
    doc = _build(WHEN_PAST)
    assert clause_modality(doc[2]).modality == "asserted"


def test_an_event_noun_under_a_prospect_noun_is_hypothetical():
    doc = _build(PROSPECTS)
    assert noun_modality(doc[6], doc[1]).modality == "hypothetical"


def test_an_event_noun_under_another_noun_keeps_its_governor():
    doc = _build(TERMS)
    assert noun_modality(doc[6], doc[1]).modality == "asserted"


# "Russia is no closer to a deal with Ukraine."
NO_CLOSER: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("is", "be", "AUX", "VBZ", "ROOT", 1),
    ("no", "no", "ADV", "RB", "neg", 3),
    ("closer", "close", "ADJ", "JJR", "acomp", 1),
    ("to", "to", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("deal", "deal", "NOUN", "NN", "pobj", 4),
    ("with", "with", "ADP", "IN", "prep", 6),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Russia remains far from a deal with Ukraine."
FAR_FROM: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("remains", "remain", "VERB", "VBZ", "ROOT", 1),
    ("far", "far", "ADV", "RB", "advmod", 1),
    ("from", "from", "ADP", "IN", "prep", 2),
    ("a", "a", "DET", "DT", "det", 5),
    ("deal", "deal", "NOUN", "NN", "pobj", 3),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_event_one_is_no_closer_to_or_far_from_has_not_happened():
    doc = _build(NO_CLOSER)
    assert noun_modality(doc[6], doc[1]).modality == "hypothetical"
    doc = _build(FAR_FROM)
    assert noun_modality(doc[5], doc[1]).modality == "hypothetical"


# "The risk of Russia attacking Ukraine is growing."
RISK_OF_ATTACKING: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("risk", "risk", "NOUN", "NN", "nsubj", 7),
    ("of", "of", "ADP", "IN", "prep", 1),
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 4),
    ("attacking", "attack", "VERB", "VBG", "pcomp", 2),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 4),
    ("is", "be", "AUX", "VBZ", "aux", 7),
    ("growing", "grow", "VERB", "VBG", "ROOT", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]


def test_modality_a_gerund_under_a_prospect_noun_may_yet_come():
    doc = _build(RISK_OF_ATTACKING)
    assert clause_modality(doc[4]).modality == "hypothetical"


def test_modality_a_gerund_under_another_noun_keeps_its_clause():
    # "The fact of Russia attacking Ukraine is growing." (same shape, no prospect noun)
    rows = [r if r[0] != "risk" else ("fact", "fact", "NOUN", "NN", "nsubj", 7)
            for r in RISK_OF_ATTACKING]  # fmt: skip
    assert clause_modality(_build(rows)[4]).modality == "asserted"


def test_modality_a_typographic_apostrophe_contraction_is_future():
    # "When Kerry travels to Moscow, he’ll meet Lavrov." (the apostrophe of typeset news)
    rows = [r if r[0] != "will" else ("\u2019ll", "will", "AUX", "MD", "aux", 8)
            for r in WHEN_FUTURE]  # fmt: skip
    doc = _build(rows)
    assert clause_modality(doc[8]).modality == "hypothetical"
    assert clause_modality(doc[2]).modality == "hypothetical"


def _visits(when: str) -> list[Row]:
    """ "Obama visits Britain <when> week." """
    return [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("visits", "visit", "VERB", "VBZ", "ROOT", 1),
        ("Britain", "Britain", "PROPN", "NNP", "dobj", 1),
        (when, when, "ADJ", "JJ", "amod", 4),
        ("week", "week", "NOUN", "NN", "npadvmod", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def test_modality_an_act_dated_next_week_has_not_happened():
    assert clause_modality(_build(_visits("next"))[1]).modality == "hypothetical"
    # "last week" is done
    assert clause_modality(_build(_visits("last"))[1]).modality == "asserted"


# "Obama's trip to Britain later this week ..." (the time phrase on the event noun)
TRIP_LATER: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("trip", "trip", "NOUN", "NN", "nsubj", 9),
    ("to", "to", "ADP", "IN", "prep", 2),
    ("Britain", "Britain", "PROPN", "NNP", "pobj", 3),
    ("later", "later", "ADV", "RB", "advmod", 7),
    ("this", "this", "DET", "DT", "det", 7),
    ("week", "week", "NOUN", "NN", "npadvmod", 2),
    ("is", "be", "AUX", "VBZ", "aux", 9),
    ("planned", "plan", "VERB", "VBN", "ROOT", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_modality_an_event_noun_later_this_week_has_not_happened():
    doc = _build(TRIP_LATER)
    assert noun_modality(doc[2], None).modality == "hypothetical"


def test_modality_a_possibility_adverb_makes_the_act_possible_only():
    # "Obama possibly visits Britain last week."
    shifted = [(w, lem, p, t, d, h + 1) for w, lem, p, t, d, h in _visits("last")]
    rows = [shifted[0], ("possibly", "possibly", "ADV", "RB", "advmod", 2), *shifted[1:]]
    assert clause_modality(_build(rows)[2]).modality == "hypothetical"


def _contended(verb: str, lemma: str) -> list[Row]:
    """ "The states <verb> that Obama usurped the authority of Congress." """
    return [
        ("The", "the", "DET", "DT", "det", 1),
        ("states", "state", "NOUN", "NNS", "nsubj", 2),
        (verb, lemma, "VERB", "VBP", "ROOT", 2),
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 5),
        ("usurped", "usurp", "VERB", "VBD", "ccomp", 2),
        ("the", "the", "DET", "DT", "det", 7),
        ("authority", "authority", "NOUN", "NN", "dobj", 5),
        ("of", "of", "ADP", "IN", "prep", 7),
        ("Congress", "Congress", "PROPN", "NNP", "pobj", 8),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def test_modality_what_a_party_contends_is_a_charge_not_an_event():
    assert clause_modality(_build(_contended("contend", "contend"))[5]).modality == "hypothetical"
    # what is merely said is reported
    assert clause_modality(_build(_contended("say", "say"))[5]).modality == "reported"


# "Kerry visits Moscow next week."
PRESENT_DATED: list[Row] = [
    ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 1),
    ("visits", "visit", "VERB", "VBZ", "ROOT", 1),
    ("Moscow", "Moscow", "PROPN", "NNP", "dobj", 1),
    ("next", "next", "ADJ", "JJ", "amod", 4),
    ("week", "week", "NOUN", "NN", "npadvmod", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Kerry visited Moscow last week."
PAST_DATED: list[Row] = [
    ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 1),
    ("visited", "visit", "VERB", "VBD", "ROOT", 1),
    ("Moscow", "Moscow", "PROPN", "NNP", "dobj", 1),
    ("last", "last", "ADJ", "JJ", "amod", 4),
    ("week", "week", "NOUN", "NN", "npadvmod", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_dated_simple_present_meeting_or_visit_is_on_the_schedule():
    doc = _build(PRESENT_DATED)
    assert present_schedule(doc[1])
    scheduled = cue_modality(doc[1], "VISITS", frozenset())
    assert (scheduled.modality, scheduled.intent) == ("hypothetical", True)


def test_a_past_visit_or_a_present_stance_is_no_schedule():
    assert not present_schedule(_build(PAST_DATED)[1])
    # the same present with a stance relation keeps its clause's modality (no intent)
    stance = cue_modality(_build(PRESENT_DATED)[1], "CRITICIZES", frozenset())
    assert not stance.intent


# "Kenya's accusation that Somalia armed the rebels angered Mogadishu."
ACCUSATION_THAT: list[Row] = [
    ("Kenya", "Kenya", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("accusation", "accusation", "NOUN", "NN", "nsubj", 8),
    ("that", "that", "SCONJ", "IN", "mark", 5),
    ("Somalia", "Somalia", "PROPN", "NNP", "nsubj", 5),
    ("armed", "arm", "VERB", "VBD", "acl", 2),
    ("the", "the", "DET", "DT", "det", 7),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 5),
    ("angered", "anger", "VERB", "VBD", "ROOT", 8),
    ("Mogadishu", "Mogadishu", "PROPN", "NNP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def test_the_content_of_an_allegation_noun_is_not_asserted():
    doc = _build(ACCUSATION_THAT)
    assert clause_modality(doc[5]).modality == "hypothetical"
    # a report noun's content stays reported
    words = [r if r[0] != "accusation" else ("report", "report", *r[2:]) for r in ACCUSATION_THAT]
    assert clause_modality(_build(words)[5]).modality == "reported"


# "Ahead of Trump's visit to Asia last week, the drills began."
AHEAD_OF: list[Row] = [
    ("Ahead", "ahead", "ADV", "RB", "advmod", 12),
    ("of", "of", "ADP", "IN", "prep", 0),
    ("Trump", "Trump", "PROPN", "NNP", "poss", 4),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("visit", "visit", "NOUN", "NN", "pobj", 1),
    ("to", "to", "ADP", "IN", "prep", 4),
    ("Asia", "Asia", "PROPN", "NNP", "pobj", 5),
    ("last", "last", "ADJ", "JJ", "amod", 8),
    ("week", "week", "NOUN", "NN", "npadvmod", 4),
    (",", ",", "PUNCT", ",", "punct", 12),
    ("the", "the", "DET", "DT", "det", 11),
    ("drills", "drill", "NOUN", "NNS", "nsubj", 12),
    ("began", "begin", "VERB", "VBD", "ROOT", 12),
    (".", ".", "PUNCT", ".", "punct", 12),
]


def _without_date(rows: list[Row]) -> list[Row]:
    """The same sentence without "last week" (tokens 7 and 8)."""
    kept = [r for i, r in enumerate(rows) if i not in (7, 8)]
    return [(w, lemma, pos, tag, dep, h - 2 if h > 8 else h) for w, lemma, pos, tag, dep, h in kept]


# "In the run-up to the talks, officials met."
RUN_UP: list[Row] = [
    ("In", "in", "ADP", "IN", "prep", 10),
    ("the", "the", "DET", "DT", "det", 4),
    ("run", "run", "NOUN", "NN", "compound", 4),
    ("-", "-", "PUNCT", "HYPH", "punct", 4),
    ("up", "up", "NOUN", "NN", "pobj", 0),
    ("to", "to", "ADP", "IN", "prep", 4),
    ("the", "the", "DET", "DT", "det", 7),
    ("talks", "talk", "NOUN", "NNS", "pobj", 5),
    (",", ",", "PUNCT", ",", "punct", 10),
    ("officials", "official", "NOUN", "NNS", "nsubj", 10),
    ("met", "meet", "VERB", "VBD", "ROOT", 10),
    (".", ".", "PUNCT", ".", "punct", 10),
]


def test_an_event_noun_in_its_lead_up_has_not_happened():
    doc = _build(_without_date(AHEAD_OF))
    assert doc[10].text == "began" and noun_modality(doc[4], doc[10]).modality == "hypothetical"
    run_up = _build(RUN_UP)
    assert noun_modality(run_up[7], run_up[10]).modality == "hypothetical"


def test_an_event_noun_in_its_lead_up_with_a_past_date_happened():
    doc = _build(AHEAD_OF)
    assert noun_modality(doc[4], doc[12]).modality == "asserted"
