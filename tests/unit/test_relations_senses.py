"""The copula-adjective rule and the sense checks of rules_senses, on hand-built parses.

Rows are (word, lemma, POS, tag, dependency, head index), as the English pipeline parses these
invented sentences.
"""

from __future__ import annotations

from kgraph.extract.args_context import Arg
from kgraph.extract.lexicon import Cue
from kgraph.extract.relations import extract_relations
from kgraph.extract.rules_senses import UNDATED_YEAR, text_year, unplaced_visit
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_relations_shapes import OBAMA, PUTIN, Row, _build, _country, _rows

RUS_GOV = Entity("RUS:GOV", "Russian government", "Group", "RUS")
NATO = Entity("igo:nato", "NATO", "IGO", None)
SYR_REB = Entity("SYR:REB", "Syrian rebels", "Group", "SYR")
PAUL = Entity("person:rand-paul", "Rand Paul", "Person", "USA")
KEN = _country("KEN", "Kenya")
KENTUCKY = Entity("loc:kentucky", "Kentucky", "Place", "USA")
NAIROBI = Entity("loc:nairobi", "Nairobi", "Place", "KEN")
EU = Entity("igo:eu", "European Union", "IGO", None)
RUS = _country("RUS", "Russia")
USA = _country("USA", "United States")
CRIMEA = Entity("loc:crimea", "Crimea", "Place", "UKR")

# "The Kremlin is hostile to NATO and grateful to China."
HOSTILE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("Kremlin", "Kremlin", "PROPN", "NNP", "nsubj", 2),
    ("is", "be", "AUX", "VBZ", "ROOT", 2),
    ("hostile", "hostile", "ADJ", "JJ", "acomp", 2),
    ("to", "to", "ADP", "IN", "prep", 3),
    ("NATO", "NATO", "PROPN", "NNP", "pobj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("critical", "critical", "ADJ", "JJ", "conj", 3),
    ("of", "of", "ADP", "IN", "prep", 7),
    ("Washington", "Washington", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_copula_adjective_and_its_conjunct():
    rows = _rows(
        HOSTILE,
        [ActorSpan(0, 2, 1, RUS_GOV), ActorSpan(5, 6, 5, NATO), ActorSpan(9, 10, 9, USA)],
    )
    assert (RUS_GOV.id, "CRITICIZES", NATO.id, "asserted", "copula-adjective") in rows
    assert (RUS_GOV.id, "CRITICIZES", USA.id, "asserted", "copula-adjective") in rows


# "Iran was not supportive of the Syrian rebels."
NOT_SUPPORTIVE: list[Row] = [
    ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
    ("was", "be", "AUX", "VBD", "ROOT", 1),
    ("not", "not", "PART", "RB", "neg", 1),
    ("supportive", "supportive", "ADJ", "JJ", "acomp", 1),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("the", "the", "DET", "DT", "det", 7),
    ("Syrian", "syrian", "ADJ", "JJ", "amod", 7),
    ("rebels", "rebel", "NOUN", "NNS", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_copula_adjective_takes_the_copulas_negation():
    iran = _country("IRN", "Iran")
    doc = _build(NOT_SUPPORTIVE)
    spans = [ActorSpan(0, 1, 0, iran), ActorSpan(5, 8, 7, SYR_REB)]
    triples = extract_relations(doc, spans, Document(id="neg", text=doc.text))
    found = [(t.subject.id, t.relation, t.object.id, t.negated, t.rule) for t in triples]
    assert found == [(iran.id, "BACKS", SYR_REB.id, True, "copula-adjective")]


def test_copula_adjective_needs_the_cue_preposition():
    # "The Kremlin is hostile at NATO": no "to", no cue
    rows = [r if r[0] != "to" else ("at", "at", "ADP", "IN", "prep", 3) for r in HOSTILE[:6]]
    rows.append((".", ".", "PUNCT", ".", "punct", 2))
    found = _rows(rows, [ActorSpan(0, 2, 1, RUS_GOV), ActorSpan(5, 6, 5, NATO)])
    assert not any(r[4] == "copula-adjective" for r in found)


# "The EU has kept sanctions on Moscow over its annexation of Crimea."
OVER_ITS: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("EU", "EU", "PROPN", "NNP", "nsubj", 3),
    ("has", "have", "AUX", "VBZ", "aux", 3),
    ("kept", "keep", "VERB", "VBN", "ROOT", 3),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 3),
    ("on", "on", "ADP", "IN", "prep", 4),
    ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 5),
    ("over", "over", "ADP", "IN", "prep", 3),
    ("its", "its", "PRON", "PRP$", "poss", 9),
    ("annexation", "annexation", "NOUN", "NN", "pobj", 7),
    ("of", "of", "ADP", "IN", "prep", 9),
    ("Crimea", "Crimea", "PROPN", "NNP", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 3),
]
OVER_SPANS = [ActorSpan(0, 2, 1, EU), ActorSpan(6, 7, 6, RUS), ActorSpan(11, 12, 11, CRIMEA)]


def test_background_reason_over_phrase_is_no_fresh_event():
    rows = _rows(OVER_ITS, OVER_SPANS)
    assert not any(r[1] == "COERCES" for r in rows)


def test_the_same_event_noun_outside_a_reason_phrase_stays():
    # "The EU has kept sanctions on Moscow after its annexation of Crimea."
    rows = [r if r[0] != "over" else ("after", "after", "ADP", "IN", "prep", 3) for r in OVER_ITS]
    found = _rows(rows, OVER_SPANS)
    assert (RUS.id, "COERCES", CRIMEA.id) in {r[:3] for r in found}


# "Washington imposed sanctions on Moscow for annexing Crimea."
FOR_ANNEXING: list[Row] = [
    ("Washington", "Washington", "PROPN", "NNP", "nsubj", 1),
    ("imposed", "impose", "VERB", "VBD", "ROOT", 1),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1),
    ("on", "on", "ADP", "IN", "prep", 2),
    ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 3),
    ("for", "for", "ADP", "IN", "prep", 1),
    ("annexing", "annex", "VERB", "VBG", "pcomp", 5),
    ("Crimea", "Crimea", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_background_reason_for_phrase_of_a_sanction():
    spans = [ActorSpan(0, 1, 0, USA), ActorSpan(4, 5, 4, RUS), ActorSpan(7, 8, 7, CRIMEA)]
    found = {r[:3] for r in _rows(FOR_ANNEXING, spans)}
    assert (USA.id, "SANCTIONS", RUS.id) in found
    assert not any(rel == "COERCES" for _, rel, _ in found)


# "Senator Rand Paul held a campaign rally in Kentucky." / "... held a rally in Kentucky."
def _rally(campaign: bool, subject: Entity) -> list[Row]:
    rows: list[Row] = [
        ("Senator", "Senator", "PROPN", "NNP", "compound", 2),
        ("Rand", "Rand", "PROPN", "NNP", "compound", 2),
        ("Paul", "Paul", "PROPN", "NNP", "nsubj", 3),
        ("held", "hold", "VERB", "VBD", "ROOT", 3),
        ("a", "a", "DET", "DT", "det", 6),
        ("campaign", "campaign", "NOUN", "NN", "compound", 6),
        ("rally", "rally", "NOUN", "NN", "dobj", 3),
        ("in", "in", "ADP", "IN", "prep", 3),
        ("Kentucky", "Kentucky", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    if not campaign:
        rows[5] = ("big", "big", "ADJ", "JJ", "amod", 6)
    return rows


def test_a_politicians_rally_is_no_protest():
    spans = [ActorSpan(0, 3, 2, PAUL), ActorSpan(8, 9, 8, KENTUCKY, is_place=True)]
    assert not any(r[1] == "PROTESTS" for r in _rows(_rally(False, PAUL), spans))
    assert not any(r[1] == "PROTESTS" for r in _rows(_rally(True, PAUL), spans))


def test_a_crowds_rally_stays_a_protest_but_not_a_campaign_rally():
    spans = [ActorSpan(0, 3, 2, KEN), ActorSpan(8, 9, 8, NAIROBI, is_place=True)]
    found = {r[:3] for r in _rows(_rally(False, KEN), spans)}
    assert (KEN.id, "PROTESTS", NAIROBI.id) in found
    assert not any(r[1] == "PROTESTS" for r in _rows(_rally(True, KEN), spans))


# "In a meeting with Petro Poroshenko, Trump criticized North Korea."
IN_A_MEETING: list[Row] = [
    ("In", "in", "ADP", "IN", "prep", 8),
    ("a", "a", "DET", "DT", "det", 2),
    ("meeting", "meeting", "NOUN", "NN", "pobj", 0),
    ("with", "with", "ADP", "IN", "prep", 2),
    ("Petro", "Petro", "PROPN", "NNP", "compound", 5),
    ("Poroshenko", "Poroshenko", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 5),
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 8),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 8),
    ("North", "North", "PROPN", "NNP", "compound", 10),
    ("Korea", "Korea", "PROPN", "NNP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]
POROSHENKO = Entity("person:petro-poroshenko", "Petro Poroshenko", "Person", "UKR")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")
XI = Entity("person:xi-jinping", "Xi Jinping", "Person", "CHN")


def test_nominal_adjunct_meeting_is_the_clause_subjects():
    spans = [
        ActorSpan(4, 6, 5, POROSHENKO),
        ActorSpan(7, 8, 7, TRUMP),
        ActorSpan(9, 11, 10, _country("PRK", "North Korea")),
    ]
    rows = _rows(IN_A_MEETING, spans)
    meets = {r for r in rows if r[1] == "MEETS"}
    assert {(r[4], *sorted((r[0], r[2]))) for r in meets} == {
        ("nominal-adjunct", TRUMP.id, POROSHENKO.id)
    }


# "Xi Jinping welcomed Trump during a visit to China." (Trump's visit: Xi is at home)
WELCOMED_DURING: list[Row] = [
    ("Xi", "Xi", "PROPN", "NNP", "compound", 1),
    ("Jinping", "Jinping", "PROPN", "NNP", "nsubj", 2),
    ("welcomed", "welcome", "VERB", "VBD", "ROOT", 2),
    ("Trump", "Trump", "PROPN", "NNP", "dobj", 2),
    ("during", "during", "ADP", "IN", "prep", 2),
    ("a", "a", "DET", "DT", "det", 6),
    ("visit", "visit", "NOUN", "NN", "pobj", 4),
    ("to", "to", "ADP", "IN", "prep", 6),
    ("China", "China", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_nominal_adjunct_nobody_visits_their_own_country():
    china = _country("CHN", "China")
    spans = [ActorSpan(0, 2, 1, XI), ActorSpan(3, 4, 3, TRUMP), ActorSpan(8, 9, 8, china)]
    rows = _rows(WELCOMED_DURING, spans)
    assert not any(r[1] == "VISITS" for r in rows)
    # the same shape with a visitor from elsewhere as the subject
    rows = _rows(WELCOMED_DURING, [ActorSpan(0, 2, 1, TRUMP), ActorSpan(8, 9, 8, china)])
    assert (TRUMP.id, "VISITS", "CHN", "asserted", "nominal-adjunct") in rows


# "ISMAILIA, Egypt (Reuters) - Militants attacked a police convoy in Egypt on Monday.": the
# dateline parsed as a first subject of the lede's verb.
DATELINE_SUBJECT: list[Row] = [
    ("ISMAILIA", "ISMAILIA", "NOUN", "NNS", "nsubj", 8),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("Egypt", "Egypt", "PROPN", "NNP", "conj", 0),
    ("(", "(", "PUNCT", "-LRB-", "punct", 2),
    ("Reuters", "Reuters", "PROPN", "NNP", "appos", 2),
    (")", ")", "PUNCT", "-RRB-", "punct", 4),
    ("-", "-", "PUNCT", ":", "punct", 0),
    ("Militants", "Militants", "PROPN", "NNPS", "nsubj", 8),
    ("attacked", "attack", "VERB", "VBD", "ROOT", 8),
    ("a", "a", "DET", "DT", "det", 11),
    ("police", "police", "NOUN", "NN", "compound", 11),
    ("convoy", "convoy", "NOUN", "NN", "dobj", 8),
    ("in", "in", "ADP", "IN", "prep", 8),
    ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 12),
    ("on", "on", "ADP", "IN", "prep", 8),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 14),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def test_dateline_parsed_as_a_first_subject_gives_way_to_the_real_one():
    egy_reb = Entity("EGY:REB", "Egyptian rebels", "Group", "EGY")
    egypt = _country("EGY", "Egypt")
    spans = [ActorSpan(7, 8, 7, egy_reb), ActorSpan(13, 14, 13, egypt)]
    rows = _rows(DATELINE_SUBJECT, spans)
    assert (egy_reb.id, "ATTACKS", egypt.id) in {r[:3] for r in rows}
    # a lower-case first subject that resolves to nothing is no dateline: no triple
    slipped = [("Smugglers", "smuggler", "NOUN", "NNS", "nsubj", 8), *DATELINE_SUBJECT[1:]]
    slipped[6] = (",", ",", "PUNCT", ",", "punct", 0)
    assert not {r for r in _rows(slipped, spans) if r[1] == "ATTACKS" and r[4] == "active-svo"}


RYAN = Entity("person:paul-ryan", "Paul Ryan", "Person", "USA")

# "Ryan, a Republican who criticized Trump, spoke."
APPOS_WHO: list[Row] = [
    ("Ryan", "Ryan", "PROPN", "NNP", "nsubj", 8),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("a", "a", "DET", "DT", "det", 3),
    ("Republican", "Republican", "PROPN", "NNP", "appos", 0),
    ("who", "who", "PRON", "WP", "nsubj", 5),
    ("criticized", "criticize", "VERB", "VBD", "relcl", 3),
    ("Trump", "Trump", "PROPN", "NNP", "dobj", 5),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]


def test_relative_who_on_an_apposition_is_the_named_person():
    rows = _rows(APPOS_WHO, [ActorSpan(0, 1, 0, RYAN), ActorSpan(6, 7, 6, TRUMP)])
    assert (RYAN.id, "CRITICIZES", TRUMP.id, "asserted", "relative-clause") in rows
    # "that" may describe a thing beside the name: no actor
    that = [r if r[0] != "who" else ("that", "that", "PRON", "WDT", "nsubj", 5) for r in APPOS_WHO]
    assert not _rows(that, [ActorSpan(0, 1, 0, RYAN), ActorSpan(6, 7, 6, TRUMP)])


# "The deal, negotiated by Iran and backed by Russia, was signed."
CONJ_PARTICIPLE: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("deal", "deal", "NOUN", "NN", "nsubjpass", 12),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("negotiated", "negotiate", "VERB", "VBN", "acl", 1),
    ("by", "by", "ADP", "IN", "agent", 3),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("backed", "back", "VERB", "VBN", "conj", 3),
    ("by", "by", "ADP", "IN", "agent", 7),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 8),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("was", "be", "AUX", "VBD", "auxpass", 12),
    ("signed", "sign", "VERB", "VBN", "ROOT", 12),
    (".", ".", "PUNCT", ".", "punct", 12),
]


def test_conjoined_participle_with_its_own_agent_is_a_reduced_relative():
    # the modified noun is an actor here: "Theresa May, weakened by ... and criticized by EU"
    may = Entity("person:theresa-may", "Theresa May", "Person", "GBR")
    spans = [
        ActorSpan(1, 2, 1, may),
        ActorSpan(5, 6, 5, _country("IRN", "Iran")),
        ActorSpan(9, 10, 9, RUS),
    ]
    rows = _rows(CONJ_PARTICIPLE, spans)
    assert (RUS.id, "BACKS", may.id, "asserted", "reduced-relative") in rows


# "Ryan criticized a tweet posted by Trump."
AUTHOR: list[Row] = [
    ("Ryan", "Ryan", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("tweet", "tweet", "NOUN", "NN", "dobj", 1),
    ("posted", "post", "VERB", "VBN", "acl", 3),
    ("by", "by", "ADP", "IN", "agent", 4),
    ("Trump", "Trump", "PROPN", "NNP", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_the_author_of_a_thing_criticized_is_the_target():
    rows = _rows(AUTHOR, [ActorSpan(0, 1, 0, RYAN), ActorSpan(6, 7, 6, TRUMP)])
    assert (RYAN.id, "CRITICIZES", TRUMP.id, "asserted", "active-svo") in rows
    # an attack on a thing made by someone is no attack on its maker
    attacked = [
        r if r[0] != "criticized" else ("attacked", "attack", "VERB", "VBD", "ROOT", 1)
        for r in AUTHOR
    ]
    found = _rows(attacked, [ActorSpan(0, 1, 0, RYAN), ActorSpan(6, 7, 6, TRUMP)])
    assert not {r for r in found if r[1] in ("ATTACKS", "CRITICIZES")}


# "Xi urged restraint in a call with Merkel.": the call is a circumstance of the appeal, not
# the thing appealed for ("called for talks with ...")
URGED_IN_A_CALL: list[Row] = [
    ("Xi", "Xi", "PROPN", "NNP", "nsubj", 1),
    ("urged", "urge", "VERB", "VBD", "ROOT", 1),
    ("restraint", "restraint", "NOUN", "NN", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("call", "call", "NOUN", "NN", "pobj", 3),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Merkel", "Merkel", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_circumstance_of_an_appeal_is_asserted():
    merkel = Entity("person:angela-merkel", "Angela Merkel", "Person", "DEU")
    rows = _rows(URGED_IN_A_CALL, [ActorSpan(0, 1, 0, XI), ActorSpan(7, 8, 7, merkel)])
    assert (merkel.id, "MEETS", XI.id, "asserted", "nominal-adjunct") in rows
    # "Xi urged a call with Merkel": the call is what is urged, not yet made
    urged: list[Row] = [
        ("Xi", "Xi", "PROPN", "NNP", "nsubj", 1),
        ("urged", "urge", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("call", "call", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Merkel", "Merkel", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    rows = _rows(urged, [ActorSpan(0, 1, 0, XI), ActorSpan(5, 6, 5, merkel)])
    assert not any(r[1] == "MEETS" and r[3] == "asserted" for r in rows)


# "Russian strikes in the north of Syria killed ten people."
IN_THE_NORTH_OF: list[Row] = [
    ("Russian", "russian", "ADJ", "JJ", "amod", 1),
    ("strikes", "strike", "NOUN", "NNS", "nsubj", 7),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("north", "north", "NOUN", "NN", "pobj", 2),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("Syria", "Syria", "PROPN", "NNP", "pobj", 5),
    ("killed", "kill", "VERB", "VBD", "ROOT", 7),
    ("ten", "ten", "NUM", "CD", "nummod", 9),
    ("people", "people", "NOUN", "NNS", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]


def test_a_part_of_a_place_is_in_its_country():
    syria = _country("SYR", "Syria")
    rows = _rows(IN_THE_NORTH_OF, [ActorSpan(0, 1, 0, RUS), ActorSpan(6, 7, 6, syria)])
    assert (RUS.id, "ATTACKS", syria.id, "asserted", "locative-target") in rows
    # "in the wake of Syria ...": no part of a place
    wake = [
        r if r[0] != "north" else ("wake", "wake", "NOUN", "NN", "pobj", 2) for r in IN_THE_NORTH_OF
    ]
    assert not _rows(wake, [ActorSpan(0, 1, 0, RUS), ActorSpan(6, 7, 6, syria)])


# "Russia attacked the U.S. decision." / "Russia attacked the U.S. army."
def _attacked(noun: str) -> list[Row]:
    return [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("U.S.", "U.S.", "PROPN", "NNP", "compound", 4),
        (noun, noun, "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def test_an_attack_on_a_decision_is_criticism():
    spans = [ActorSpan(0, 1, 0, RUS), ActorSpan(3, 4, 3, USA)]
    found = {r[:3] for r in _rows(_attacked("decision"), spans)}
    assert found == {(RUS.id, "CRITICIZES", USA.id)}
    usa_mil = Entity("USA:MIL", "US military", "Group", "USA")
    army = [ActorSpan(0, 1, 0, RUS), ActorSpan(3, 5, 4, usa_mil)]
    assert {r[:3] for r in _rows(_attacked("army"), army)} == {(RUS.id, "ATTACKS", usa_mil.id)}


# "Paul spoke at a rally he held in Kentucky.": the rally is the relative clause's object
RALLY_HE_HELD: list[Row] = [
    ("Paul", "Paul", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    ("at", "at", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 4),
    ("rally", "rally", "NOUN", "NN", "pobj", 2),
    ("he", "he", "PRON", "PRP", "nsubj", 6),
    ("held", "hold", "VERB", "VBD", "relcl", 4),
    ("in", "in", "ADP", "IN", "prep", 6),
    ("Kentucky", "Kentucky", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_rally_a_politician_held_in_a_relative_clause_is_no_protest():
    spans = [ActorSpan(0, 1, 0, PAUL), ActorSpan(8, 9, 8, KENTUCKY, is_place=True)]
    assert not any(r[1] == "PROTESTS" for r in _rows(RALLY_HE_HELD, spans))
    # a crowd's rally in the same shape stays a protest
    crowd = [ActorSpan(0, 1, 0, KEN), ActorSpan(8, 9, 8, NAIROBI, is_place=True)]
    rows = _rows(
        [r if r[0] != "he" else ("they", "they", "PRON", "PRP", "nsubj", 6) for r in RALLY_HE_HELD],
        crowd,
    )
    assert (KEN.id, "PROTESTS", NAIROBI.id) in {r[:3] for r in rows}


def _visit(host: Entity) -> Candidate:
    cue = Cue("verb", "visit", "visit", "VISITS", "CONSULT", "042", 1)
    return Candidate(Arg(PAUL, 0), "VISITS", Arg(host, 2), cue, "active-svo", 1)


def test_a_visit_to_a_place_of_no_country_or_region_has_no_host():
    site = Entity("loc:fort-zed", "Fort Zed", "Location", None)
    assert unplaced_visit(_visit(site))


def test_a_visit_to_a_region_a_country_or_a_placed_city_keeps_its_host():
    asia = Entity("loc:asia", "Asia", "Location", None)
    assert not unplaced_visit(_visit(asia))
    assert not unplaced_visit(_visit(KEN))
    assert not unplaced_visit(_visit(Entity("loc:nairobi", "Nairobi", "Location", "KEN")))


IRQ_MIL = Entity("IRQ:MIL", "Iraqi soldiers", "Group", "IRQ")

TUR_CVL = Entity("TUR:CVL", "Turkish hostages", "Group", "TUR")


def _freed(subject: str) -> list[Row]:
    """ "Iraqi <soldiers | rebels> freed Turkish hostages in Mosul." """
    return [
        ("Iraqi", "iraqi", "ADJ", "JJ", "amod", 1),
        (subject, subject[:-1], "NOUN", "NNS", "nsubj", 2),
        ("freed", "free", "VERB", "VBD", "ROOT", 2),
        ("Turkish", "turkish", "ADJ", "JJ", "amod", 4),
        ("hostages", "hostage", "NOUN", "NNS", "dobj", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("Mosul", "Mosul", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def _concessions(subject: str, entity: Entity) -> set[tuple[str, str]]:
    spans = [ActorSpan(0, 2, 1, entity), ActorSpan(3, 5, 4, TUR_CVL)]
    rows = _rows(_freed(subject), spans)
    return {(r[0], r[2]) for r in rows if r[1] == "CONCEDES_TO"}


def test_soldiers_freeing_hostages_rescue_them():
    assert _concessions("soldiers", IRQ_MIL) == set()


IRQ_REB = Entity("IRQ:REB", "Iraqi rebels", "Group", "IRQ")


def test_captors_freeing_hostages_yield():
    assert _concessions("rebels", IRQ_REB) == {("IRQ:REB", "TUR:CVL")}


def _warned(clause: list[Row]) -> set[tuple[str, str, str]]:
    rows: list[Row] = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("warned", "warn", "VERB", "VBD", "ROOT", 1),
        ("Turkey", "Turkey", "PROPN", "NNP", "dobj", 1),
        *clause,
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    spans = [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(2, 3, 2, _country("TUR", "Turkey")),
    ]
    return {r[:3] for r in _rows(rows, spans) if r[1] == "WARNS"}


def test_a_warning_of_the_warner_s_own_act_is_a_threat():
    # "Russia warned Turkey that it would impose sanctions."
    clause: list[Row] = [
        ("that", "that", "SCONJ", "IN", "mark", 6),
        ("it", "it", "PRON", "PRP", "nsubj", 6),
        ("would", "would", "AUX", "MD", "aux", 6),
        ("impose", "impose", "VERB", "VB", "ccomp", 1),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 6),
    ]
    assert _warned(clause) == {("RUS", "WARNS", "TUR")}


def test_a_warning_that_names_neither_side_is_a_caution():
    # "Russia warned Turkey that the risk would grow."
    clause: list[Row] = [
        ("that", "that", "SCONJ", "IN", "mark", 7),
        ("the", "the", "DET", "DT", "det", 5),
        ("risk", "risk", "NOUN", "NN", "nsubj", 7),
        ("would", "would", "AUX", "MD", "aux", 7),
        ("grow", "grow", "VERB", "VB", "ccomp", 1),
    ]
    assert _warned(clause) == set()


LIB_DEMS = Entity("org:liberal-democrats", "Liberal Democrats", "Organization", "GBR")

LABOUR = Entity("org:labour-party-gbr", "Labour", "Organization", "GBR")

TORIES = Entity("org:conservative-party-gbr", "Tories", "Organization", "GBR")


def _warned_in_danger(modal: bool) -> set[tuple[str, str]]:
    """ "The Liberal Democrats have warned Labour and the Tories they <were | would be> in
    danger." """
    first: list[Row] = [
        ("The", "the", "DET", "DT", "det", 2),
        ("Liberal", "Liberal", "PROPN", "NNP", "amod", 2),
        ("Democrats", "Democrats", "PROPN", "NNPS", "nsubj", 4),
        ("have", "have", "AUX", "VBP", "aux", 4),
        ("warned", "warn", "VERB", "VBN", "ROOT", 4),
        ("Labour", "Labour", "PROPN", "NNP", "dobj", 4),
        ("and", "and", "CCONJ", "CC", "cc", 5),
        ("the", "the", "DET", "DT", "det", 8),
        ("Tories", "Tories", "PROPN", "NNPS", "conj", 5),
    ]
    clause: list[Row] = (
        [
            ("they", "they", "PRON", "PRP", "nsubj", 11),
            ("would", "would", "AUX", "MD", "aux", 11),
            ("be", "be", "AUX", "VB", "ccomp", 4),
            ("in", "in", "ADP", "IN", "prep", 11),
            ("danger", "danger", "NOUN", "NN", "pobj", 12),
        ]
        if modal
        else [
            ("they", "they", "PRON", "PRP", "nsubj", 10),
            ("were", "be", "AUX", "VBD", "ccomp", 4),
            ("in", "in", "ADP", "IN", "prep", 10),
            ("danger", "danger", "NOUN", "NN", "pobj", 11),
        ]
    )
    rows = [*first, *clause, (".", ".", "PUNCT", ".", "punct", 4)]
    spans = [ActorSpan(0, 3, 2, LIB_DEMS), ActorSpan(5, 6, 5, LABOUR), ActorSpan(7, 9, 8, TORIES)]
    return {(r[1], r[2]) for r in _rows(rows, spans) if r[0] == LIB_DEMS.id and r[2] == LABOUR.id}


def test_a_warning_describing_the_warned_one_s_state_is_criticism():
    assert _warned_in_danger(modal=False) == {("CRITICIZES", LABOUR.id)}


def test_a_warning_of_what_would_be_stays_a_warning():
    assert _warned_in_danger(modal=True) == {("WARNS", LABOUR.id)}


def test_effusive_about_backs():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("was", "be", "AUX", "VBD", "ROOT", 1),
        ("effusive", "effusive", "ADJ", "JJ", "acomp", 1),
        ("about", "about", "ADP", "IN", "prep", 2),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [ActorSpan(0, 1, 0, OBAMA), ActorSpan(4, 5, 4, PUTIN)])
    assert (OBAMA.id, "BACKS", PUTIN.id, "asserted", "copula-adjective") in found


# "The talks collapsed in 2014." / "Obama took office in January 2009." / "The talks will
# resume in 2019." / "The dispute has festered since 2015."
COLLAPSED: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 2),
    ("collapsed", "collapse", "VERB", "VBD", "ROOT", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("2014", "2014", "NUM", "CD", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 2),
]
TOOK_OFFICE: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("took", "take", "VERB", "VBD", "ROOT", 1),
    ("office", "office", "NOUN", "NN", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("January", "January", "PROPN", "NNP", "pobj", 3),
    ("2009", "2009", "NUM", "CD", "nummod", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]
WILL_RESUME: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 3),
    ("will", "will", "AUX", "MD", "aux", 3),
    ("resume", "resume", "VERB", "VB", "ROOT", 3),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("2019", "2019", "NUM", "CD", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 3),
]
FESTERED: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("dispute", "dispute", "NOUN", "NN", "nsubj", 3),
    ("has", "have", "AUX", "VBZ", "aux", 3),
    ("festered", "fester", "VERB", "VBN", "ROOT", 3),
    ("since", "since", "SCONJ", "IN", "prep", 3),
    ("2015", "2015", "NUM", "CD", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_text_year_is_the_latest_past_date_of_the_text():
    assert text_year(_build(COLLAPSED)) == 2014
    assert text_year(_build(TOOK_OFFICE)) == 2009  # a month's year
    assert text_year(_build(FESTERED)) == 2015  # a perfect's since-phrase
    assert text_year(_build(WILL_RESUME)) == UNDATED_YEAR  # a date to come is no past
