"""A name opening its clause that the tagger took for a common noun ("trump"), followed by the
past tense it took for a participle modifying the object ("Trump [pressed Xi]"), is the verb's
subject, and the noun the participle modifies its object (rules_verbal_objects.misparsed_opening);
a participle with words of its own before it describes its noun. A past tense with a direct
object that the parser hung as a reduced relative on the noun before it is that noun's act
(rules_verbal_objects.misparsed_relative). On hand-built parses.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parses these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import TRUMP, Row, _rows

XI = Entity("person:xi-jinping", "Xi Jinping", "Person", "CHN")

# "Trump pressed Xi to do more."
PRESSED: list[Row] = [
    ("Trump", "trump", "NOUN", "NN", "ROOT", 0),
    ("pressed", "press", "VERB", "VBN", "amod", 2),
    ("Xi", "Xi", "PROPN", "NNP", "dobj", 0),
    ("to", "to", "PART", "TO", "aux", 4),
    ("do", "do", "VERB", "VB", "xcomp", 0),
    ("more", "more", "ADJ", "JJR", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 0),
]

SPANS = [ActorSpan(0, 1, 0, TRUMP), ActorSpan(2, 3, 2, XI)]


def test_a_name_the_tagger_took_for_a_noun_is_the_subject_of_the_misparsed_verb():
    rows = _rows(PRESSED, SPANS)
    assert (TRUMP.id, "APPEALS_TO", XI.id, "asserted", "active-svo") in rows


def test_a_participle_after_an_article_describes_its_noun():
    # "The Trump pressed Xi ...": a word of its own before the name makes it a modifier
    rows_in: list[Row] = [("The", "the", "DET", "DT", "det", 1)] + [
        (w, lemma, pos, tag, dep, head + 1) for w, lemma, pos, tag, dep, head in PRESSED
    ]
    spans = [ActorSpan(1, 2, 1, TRUMP), ActorSpan(3, 4, 3, XI)]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "APPEALS_TO"}


SYR_REB = Entity("SYR:REB", "Syrian rebels", "Group", "SYR")
TUR_MIL = Entity("TUR:MIL", "Turkish military", "Group", "TUR")

# "Officials said rebels attacked Turkish troops.", with "attacked" hung on "rebels" as a
# reduced relative (the parse the model gives "..., IS militants seized the town")
RELATIVE: list[Row] = [
    ("Officials", "official", "NOUN", "NNS", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 1),
    ("attacked", "attack", "VERB", "VBD", "acl", 2),
    ("Turkish", "turkish", "ADJ", "JJ", "amod", 5),
    ("troops", "troop", "NOUN", "NNS", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]
RELATIVE_SPANS = [ActorSpan(2, 3, 2, SYR_REB), ActorSpan(4, 6, 5, TUR_MIL)]


def test_a_past_tense_with_an_object_hung_on_the_noun_before_it_is_that_nouns_act():
    rows = _rows(RELATIVE, RELATIVE_SPANS)
    assert (SYR_REB.id, "ATTACKS", TUR_MIL.id, "asserted", "active-svo") in rows


def test_a_participle_without_an_object_on_the_noun_before_it_is_no_act_of_that_noun():
    # "rebels backed by Turkish troops" has its agent; "rebels linked to ..." no object
    rows_in: list[Row] = [
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 1),
        ("linked", "link", "VERB", "VBN", "acl", 2),
        ("to", "to", "ADP", "IN", "prep", 3),
        ("Turkish", "turkish", "ADJ", "JJ", "amod", 6),
        ("troops", "troop", "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    spans = [ActorSpan(2, 3, 2, SYR_REB), ActorSpan(5, 7, 6, TUR_MIL)]
    assert not {r for r in _rows(rows_in, spans) if r[0] == SYR_REB.id}
