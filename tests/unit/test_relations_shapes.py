"""Sentence shapes added for recall on general news: each on a hand-built parse (no model).

Rows are (word, lemma, POS, tag, dependency, head index), shaped like the English pipeline's
parses of such sentences (including its usual slips); the sentences are invented.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from tests.unit.test_relations_parses import _vocab

Row = tuple[str, str, str, str, str, int]

OBAMA = Entity("person:barack-obama", "Barack Obama", "Person", "USA")
PUTIN = Entity("person:vladimir-putin", "Vladimir Putin", "Person", "RUS")
LAVROV = Entity("person:sergei-lavrov", "Sergei Lavrov", "Person", "RUS")
KERRY = Entity("person:john-kerry", "John Kerry", "Person", "USA")
HADI = Entity("person:abd-rabbu-mansour-hadi", "Hadi", "Person", "YEM")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")


def _country(code: str, name: str) -> Entity:
    return Entity(code, name, "Country", code)


def _build(rows: list[Row]) -> Doc:
    words, lemmas, pos, tags, deps, heads = zip(*rows, strict=True)
    return Doc(
        _vocab(),
        words=list(words),
        lemmas=list(lemmas),
        pos=list(pos),
        tags=list(tags),
        deps=list(deps),
        heads=list(heads),
    )


def _rows(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str, str, str]]:
    doc = _build(rows)
    text = " ".join(r[0] for r in rows)
    triples = extract_relations(doc, spans, Document(id="shape", text=text, date="2020-01-01"))
    return {(t.subject.id, t.relation, t.object.id, t.modality, t.rule) for t in triples}


# "Barack Obama and Vladimir Putin will meet.": "Barack" taken for the subject, "Putin"
# conjoined to "Obama" inside the first name.
JOINT_SPLIT_NAME: list[Row] = [
    ("Barack", "barack", "ADP", "IN", "nsubj", 6),
    ("Obama", "Obama", "PROPN", "NNP", "pobj", 0),
    ("and", "and", "CCONJ", "CC", "cc", 1),
    ("Vladimir", "Vladimir", "PROPN", "NNP", "compound", 4),
    ("Putin", "Putin", "PROPN", "NNP", "conj", 1),
    ("will", "will", "AUX", "MD", "aux", 6),
    ("meet", "meet", "VERB", "VB", "ROOT", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_relations_joint_subject_split_across_a_name():
    rows = _rows(JOINT_SPLIT_NAME, [ActorSpan(0, 2, 0, OBAMA), ActorSpan(3, 5, 4, PUTIN)])
    assert (OBAMA.id, "MEETS", PUTIN.id, "hypothetical", "joint-subject") in rows


# "Israeli tank shelling in Gaza killed two people.": a demonym's weapon attacks where it is.
TANK_SHELLING: list[Row] = [
    ("Israeli", "israeli", "ADJ", "JJ", "amod", 1),
    ("tank", "tank", "NOUN", "NN", "nsubj", 5),
    ("shelling", "shell", "VERB", "VBG", "acl", 1),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("Gaza", "Gaza", "PROPN", "NNP", "pobj", 3),
    ("killed", "kill", "VERB", "VBD", "ROOT", 5),
    ("two", "two", "NUM", "CD", "nummod", 7),
    ("people", "people", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_relations_demonym_weapon_attacks_the_place_country():
    gaza = Entity("loc:gaza", "Gaza", "Location", "PSE")
    spans = [ActorSpan(0, 1, 0, _country("ISR", "Israel")), ActorSpan(4, 5, 4, gaza, is_place=True)]
    rows = _rows(TANK_SHELLING, spans)
    assert ("ISR:MIL", "ATTACKS", "PSE", "asserted", "locative-target") in rows


# "Egypt backs the internationally recognized President Hadi.": the participle describes Hadi.
RECOGNIZED_AMOD: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
    ("backs", "back", "VERB", "VBZ", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 6),
    ("internationally", "internationally", "ADV", "RB", "advmod", 4),
    ("recognized", "recognize", "VERB", "VBN", "amod", 6),
    ("President", "President", "PROPN", "NNP", "compound", 6),
    ("Hadi", "Hadi", "PROPN", "NNP", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]
# "They help Yemen's internationally recognized President Hadi.", misparsed with "Yemen" as
# the participle's subject.
RECOGNIZED_POSS: list[Row] = [
    ("They", "they", "PRON", "PRP", "nsubj", 1),
    ("help", "help", "VERB", "VBP", "ROOT", 1),
    ("Yemen", "Yemen", "PROPN", "NNP", "nsubj", 5),
    ("'s", "'s", "PART", "POS", "case", 2),
    ("internationally", "internationally", "ADV", "RB", "advmod", 5),
    ("recognized", "recognize", "VERB", "VBN", "ccomp", 1),
    ("President", "President", "PROPN", "NNP", "compound", 7),
    ("Hadi", "Hadi", "PROPN", "NNP", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]
# "Egypt has recognized Hadi.": the act itself.
RECOGNIZED_ACT: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 2),
    ("has", "have", "AUX", "VBZ", "aux", 2),
    ("recognized", "recognize", "VERB", "VBN", "ROOT", 2),
    ("Hadi", "Hadi", "PROPN", "NNP", "dobj", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_relations_participle_modifier_is_no_recognition():
    amod = _rows(
        RECOGNIZED_AMOD, [ActorSpan(0, 1, 0, _country("EGY", "Egypt")), ActorSpan(5, 7, 6, HADI)]
    )
    assert ("EGY", "BACKS", HADI.id, "asserted", "active-svo") in amod
    assert not any(r[1] == "RECOGNIZES" for r in amod)
    poss = _rows(
        RECOGNIZED_POSS, [ActorSpan(2, 3, 2, _country("YEM", "Yemen")), ActorSpan(6, 8, 7, HADI)]
    )
    assert not any(r[1] == "RECOGNIZES" for r in poss)


def test_relations_recognition_act_still_found():
    rows = _rows(
        RECOGNIZED_ACT, [ActorSpan(0, 1, 0, _country("EGY", "Egypt")), ActorSpan(3, 4, 3, HADI)]
    )
    # another country's act (Hadi is Yemen's own president in the leaders table)
    assert ("EGY", "RECOGNIZES", HADI.id, "asserted", "active-svo") in rows


# "Trump said China can fix this, urging Beijing to act and calling on Russia to help.":
# the participles hang on the reported clause and on its infinitive.
SPEECH_PARTICIPLES: list[Row] = [
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("China", "China", "PROPN", "NNP", "nsubj", 4),
    ("can", "can", "AUX", "MD", "aux", 4),
    ("fix", "fix", "VERB", "VB", "ccomp", 1),
    ("this", "this", "PRON", "DT", "dobj", 4),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("urging", "urge", "VERB", "VBG", "advcl", 4),
    ("Beijing", "Beijing", "PROPN", "NNP", "dobj", 7),
    ("to", "to", "PART", "TO", "aux", 10),
    ("act", "act", "VERB", "VB", "xcomp", 7),
    ("and", "and", "CCONJ", "CC", "cc", 10),
    ("calling", "call", "VERB", "VBG", "conj", 10),
    ("on", "on", "ADP", "IN", "prep", 12),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 13),
    ("to", "to", "PART", "TO", "aux", 16),
    ("help", "help", "VERB", "VB", "xcomp", 12),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_relations_speech_participle_belongs_to_the_speaker():
    china = _country("CHN", "China")
    spans = [
        ActorSpan(0, 1, 0, TRUMP),
        ActorSpan(2, 3, 2, china),
        ActorSpan(8, 9, 8, china),
        ActorSpan(14, 15, 14, _country("RUS", "Russia")),
    ]
    rows = {r[:4] for r in _rows(SPEECH_PARTICIPLES, spans)}
    # the speaker's own appeals, not a report of them
    assert (TRUMP.id, "APPEALS_TO", "CHN", "asserted") in rows
    assert (TRUMP.id, "APPEALS_TO", "RUS", "asserted") in rows
    assert not any(r[:3] == ("CHN", "APPEALS_TO", "RUS") for r in rows)


def _minister(first: str) -> list[Row]:
    """ "The <first>-time foreign minister Sergei Lavrov met Kerry." """
    return [
        ("The", "the", "DET", "DT", "det", 7),
        (first, first, "NUM", "CD", "nummod", 3),
        ("-", "-", "PUNCT", "HYPH", "punct", 3),
        ("time", "time", "NOUN", "NN", "nmod", 5),
        ("foreign", "foreign", "ADJ", "JJ", "amod", 5),
        ("minister", "minister", "NOUN", "NN", "compound", 7),
        ("Sergei", "Sergei", "PROPN", "NNP", "compound", 7),
        ("Lavrov", "Lavrov", "PROPN", "NNP", "nsubj", 8),
        ("met", "meet", "VERB", "VBD", "ROOT", 8),
        ("Kerry", "Kerry", "PROPN", "NNP", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]


def test_relations_count_of_terms_title_is_no_leader():
    russia = _country("RUS", "Russia")
    spans = [
        ActorSpan(6, 8, 7, LAVROV, role="foreign minister", leader_of=russia),
        ActorSpan(9, 10, 9, KERRY),
    ]
    rows = {r[:3] for r in _rows(_minister("two"), spans)}
    assert (LAVROV.id, "LEADER_OF", "RUS") not in rows
    assert (KERRY.id, "MEETS", LAVROV.id) in rows


# "A rocket was fired at Israel from Gaza.": a passive attack with no agent.
FIRED_FROM: list[Row] = [
    ("A", "a", "DET", "DT", "det", 1),
    ("rocket", "rocket", "NOUN", "NN", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("fired", "fire", "VERB", "VBN", "ROOT", 3),
    ("at", "at", "ADP", "IN", "prep", 3),
    ("Israel", "Israel", "PROPN", "NNP", "pobj", 4),
    ("from", "from", "ADP", "IN", "prep", 3),
    ("Gaza", "Gaza", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]
# "Turkish strikes in Syria continued.": an attack noun with a demonym and a place.
STRIKES_IN: list[Row] = [
    ("Turkish", "turkish", "ADJ", "JJ", "amod", 1),
    ("strikes", "strike", "NOUN", "NNS", "nsubj", 4),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("Syria", "Syria", "PROPN", "NNP", "pobj", 2),
    ("continued", "continue", "VERB", "VBD", "ROOT", 4),
    (".", ".", "PUNCT", ".", "punct", 4),
]


def test_relations_passive_attack_comes_from_the_origin_country():
    gaza = Entity("loc:gaza", "Gaza", "Location", "PSE")
    spans = [ActorSpan(5, 6, 5, _country("ISR", "Israel")), ActorSpan(7, 8, 7, gaza, is_place=True)]
    assert ("PSE", "ATTACKS", "ISR", "asserted", "passive-origin") in _rows(FIRED_FROM, spans)


def test_relations_attack_noun_hits_the_place_country():
    spans = [
        ActorSpan(0, 1, 0, _country("TUR", "Turkey")),
        ActorSpan(3, 4, 3, _country("SYR", "Syria")),
    ]
    assert ("TUR", "ATTACKS", "SYR", "asserted", "locative-target") in _rows(STRIKES_IN, spans)


# "Syria and Turkey clashed." / "Obama and Putin clashed.": joint subjects of a reciprocal
# attack cue attack each other; people clash only in words.
def _clashed(first: str) -> list[Row]:
    second = "Turkey" if first == "Syria" else "Putin"
    return [
        (first, first, "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        (second, second, "PROPN", "NNP", "conj", 0),
        ("clashed", "clash", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


def test_relations_joint_clash_goes_both_ways():
    spans = [
        ActorSpan(0, 1, 0, _country("SYR", "Syria")),
        ActorSpan(2, 3, 2, _country("TUR", "Turkey")),
    ]
    rows = {r[:3] for r in _rows(_clashed("Syria"), spans)}
    assert {("SYR", "ATTACKS", "TUR"), ("TUR", "ATTACKS", "SYR")} <= rows
    people = _rows(_clashed("Obama"), [ActorSpan(0, 1, 0, OBAMA), ActorSpan(2, 3, 2, PUTIN)])
    assert not any(r[1] == "ATTACKS" for r in people)
    # people clash in words, each with the other
    assert {(r[0], r[1], r[2]) for r in people} == {
        (OBAMA.id, "CRITICIZES", PUTIN.id),
        (PUTIN.id, "CRITICIZES", OBAMA.id),
    }


# "Clashes between Syria and Turkey continued."
CLASHES_BETWEEN: list[Row] = [
    ("Clashes", "clash", "NOUN", "NNS", "nsubj", 5),
    ("between", "between", "ADP", "IN", "prep", 0),
    ("Syria", "Syria", "PROPN", "NNP", "pobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("Turkey", "Turkey", "PROPN", "NNP", "conj", 2),
    ("continued", "continue", "VERB", "VBD", "ROOT", 5),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_relations_clashes_between_go_both_ways():
    spans = [
        ActorSpan(2, 3, 2, _country("SYR", "Syria")),
        ActorSpan(4, 5, 4, _country("TUR", "Turkey")),
    ]
    rows = {r[:3] for r in _rows(CLASHES_BETWEEN, spans)}
    assert {("SYR", "ATTACKS", "TUR"), ("TUR", "ATTACKS", "SYR")} <= rows


# "A US think tank criticized China.": a weapon noun in another sense is no military.
THINK_TANK: list[Row] = [
    ("A", "a", "DET", "DT", "det", 3),
    ("US", "US", "PROPN", "NNP", "compound", 3),
    ("think", "think", "NOUN", "NN", "compound", 3),
    ("tank", "tank", "NOUN", "NN", "nsubj", 4),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 4),
    ("China", "China", "PROPN", "NNP", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 4),
]


def test_relations_think_tank_is_no_military():
    spans = [
        ActorSpan(1, 2, 1, _country("USA", "United States")),
        ActorSpan(5, 6, 5, _country("CHN", "China")),
    ]
    assert not any(r[0] == "USA:MIL" for r in _rows(THINK_TANK, spans))


# "Ukraine endorsed an agreement with Egypt.": endorsing one's own agreement with a party.
ENDORSED_AGREEMENT: list[Row] = [
    ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 1),
    ("endorsed", "endorse", "VERB", "VBD", "ROOT", 1),
    ("an", "an", "DET", "DT", "det", 3),
    ("agreement", "agreement", "NOUN", "NN", "dobj", 1),
    ("with", "with", "ADP", "IN", "prep", 3),
    ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_relations_endorsed_agreement_with_a_party():
    spans = [
        ActorSpan(0, 1, 0, _country("UKR", "Ukraine")),
        ActorSpan(5, 6, 5, _country("EGY", "Egypt")),
    ]
    rows = {r[:3] for r in _rows(ENDORSED_AGREEMENT, spans)}
    assert ("EGY", "AGREES_WITH", "UKR") in rows or ("UKR", "AGREES_WITH", "EGY") in rows


# "Obama gave permission to Russia to help Israel.": the one permitted acts, not the giver.
PERMISSION: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("gave", "give", "VERB", "VBD", "ROOT", 1),
    ("permission", "permission", "NOUN", "NN", "dobj", 1),
    ("to", "to", "ADP", "IN", "dative", 1),
    ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
    ("to", "to", "PART", "TO", "aux", 6),
    ("help", "help", "VERB", "VB", "advcl", 1),
    ("Israel", "Israel", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_relations_permission_recipient_acts():
    spans = [
        ActorSpan(0, 1, 0, OBAMA),
        ActorSpan(4, 5, 4, _country("RUS", "Russia")),
        ActorSpan(7, 8, 7, _country("ISR", "Israel")),
    ]
    rows = {r[:3] for r in _rows(PERMISSION, spans)}
    assert ("RUS", "SUPPLIES", "ISR") in rows
    assert (OBAMA.id, "SUPPLIES", "ISR") not in rows


# "Trump banned travelers from Iran, Libya and Somalia.": the from-phrase that placed the
# group lists three countries, each a target (the group's sector for each).
PLACED_LIST: list[Row] = [
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 1),
    ("banned", "ban", "VERB", "VBD", "ROOT", 1),
    ("travelers", "traveler", "NOUN", "NNS", "dobj", 1),
    ("from", "from", "ADP", "IN", "prep", 2),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("Libya", "Libya", "PROPN", "NNP", "conj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 6),
    ("Somalia", "Somalia", "PROPN", "NNP", "conj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _civilians(code: str) -> Entity:
    return Entity(f"{code}:CVL", f"{code} civilians", "Group", code)


def test_relations_each_country_of_a_placing_phrase_is_a_target():
    spans = [
        ActorSpan(0, 1, 0, TRUMP),
        ActorSpan(2, 5, 2, _civilians("IRN")),
        ActorSpan(6, 7, 6, _country("LBY", "Libya")),
        ActorSpan(8, 9, 8, _country("SOM", "Somalia")),
    ]
    rows = {r[:3] for r in _rows(PLACED_LIST, spans)}
    assert {o for s, r, o in rows if s == TRUMP.id and r == "COERCES"} == {
        "IRN:CVL",
        "LBY:CVL",
        "SOM:CVL",
    }


def test_relations_a_person_in_the_placing_phrase_is_no_target_group():
    # "Trump banned travelers from Iran, Libya and Obama": only countries are distributed
    spans = [
        ActorSpan(0, 1, 0, TRUMP),
        ActorSpan(2, 5, 2, _civilians("IRN")),
        ActorSpan(6, 7, 6, _country("LBY", "Libya")),
        ActorSpan(8, 9, 8, OBAMA),
    ]
    rows = {r[:3] for r in _rows(PLACED_LIST, spans)}
    targets = {o for s, r, o in rows if s == TRUMP.id and r == "COERCES"}
    assert "LBY:CVL" in targets
    assert "USA:CVL" not in targets and f"{OBAMA.id}:CVL" not in targets


# "Brazil spoke . While the leaders due to meet have stepped up pressure on Maduro , they are
# wary .": the parser hangs "leaders" on "due" and makes "have stepped" an adverbial clause of
# "are"; with a tensed auxiliary it is a finite clause whose own subject was lost, not a
# participle clause going on with the main subject ("they", read as Brazil).
FINITE_ADVCL: list[Row] = [
    ("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("While", "while", "SCONJ", "IN", "mark", 6),
    ("the", "the", "DET", "DT", "det", 5),
    ("leaders", "leader", "NOUN", "NNS", "nsubj", 6),
    ("due", "due", "ADJ", "JJ", "advcl", 10),
    ("to", "to", "PART", "TO", "aux", 8),
    ("meet", "meet", "VERB", "VB", "xcomp", 6),
    ("have", "have", "AUX", "VBP", "aux", 10),
    ("stepped", "step", "VERB", "VBN", "advcl", 17),
    ("up", "up", "ADP", "RP", "prt", 10),
    ("pressure", "pressure", "NOUN", "NN", "dobj", 10),
    ("on", "on", "ADP", "IN", "prep", 12),
    ("Maduro", "Maduro", "PROPN", "NNP", "pobj", 13),
    (",", ",", "PUNCT", ",", "punct", 17),
    ("they", "they", "PRON", "PRP", "nsubj", 17),
    ("are", "be", "AUX", "VBP", "ROOT", 17),
    ("wary", "wary", "ADJ", "JJ", "acomp", 17),
    (".", ".", "PUNCT", ".", "punct", 17),
]
MADURO = Entity("person:nicolas-maduro", "Nicolas Maduro", "Person", "VEN")


def test_relations_tensed_adverbial_clause_takes_no_main_subject():
    spans = [ActorSpan(0, 1, 0, _country("BRA", "Brazil")), ActorSpan(14, 15, 14, MADURO)]
    rows = {r[:3] for r in _rows(FINITE_ADVCL, spans)}
    assert not any(o == MADURO.id for _, _, o in rows)


def test_relations_untensed_participle_clause_takes_the_main_subject():
    # "Having stepped up pressure on Maduro, Brazil is wary": the participle goes on with it
    rows_ = [
        ("Having", "have", "AUX", "VBG", "aux", 1),
        ("stepped", "step", "VERB", "VBN", "advcl", 8),
        ("up", "up", "ADP", "RP", "prt", 1),
        ("pressure", "pressure", "NOUN", "NN", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 3),
        ("Maduro", "Maduro", "PROPN", "NNP", "pobj", 4),
        (",", ",", "PUNCT", ",", "punct", 8),
        ("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 8),
        ("is", "be", "AUX", "VBZ", "ROOT", 8),
        ("wary", "wary", "ADJ", "JJ", "acomp", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    spans = [ActorSpan(7, 8, 7, _country("BRA", "Brazil")), ActorSpan(5, 6, 5, MADURO)]
    rows = {r[:3] for r in _rows(rows_, spans)}
    assert ("BRA", "DEMANDS", MADURO.id) in rows


def test_relations_they_after_an_adverbial_clause_is_its_plural_noun():
    # "Brazil spoke. While the leaders due to meet have stepped up pressure on Maduro, they
    # criticized Cuba.": "they" is the leaders (no actor), not Brazil
    rows_ = [
        *FINITE_ADVCL[:17],
        ("criticized", "criticize", "VERB", "VBD", "ROOT", 17),
        ("Cuba", "Cuba", "PROPN", "NNP", "dobj", 17),
        (".", ".", "PUNCT", ".", "punct", 17),
    ]
    spans = [
        ActorSpan(0, 1, 0, _country("BRA", "Brazil")),
        ActorSpan(14, 15, 14, MADURO),
        ActorSpan(18, 19, 18, _country("CUB", "Cuba")),
    ]
    rows = {r[:3] for r in _rows(rows_, spans)}
    assert ("BRA", "CRITICIZES", "CUB") not in rows
    # with an actor for subject of that clause, "they" still finds an actor
    named = [*spans, ActorSpan(5, 6, 5, Entity("VEN:OPP", "VEN opposition", "Group", "VEN"))]
    assert ("VEN:OPP", "CRITICIZES", "CUB") in {r[:3] for r in _rows(rows_, named)}


# "Russia spoke . Trump interrupted his rivals and called them liars .": "them" is the rivals
# (no actor) of the verb before, not Russia.
CONJOINED_OBJECT: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 4),
    ("interrupted", "interrupt", "VERB", "VBD", "ROOT", 4),
    ("his", "his", "PRON", "PRP$", "poss", 6),
    ("rivals", "rival", "NOUN", "NNS", "dobj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 4),
    ("called", "call", "VERB", "VBD", "conj", 4),
    ("them", "they", "PRON", "PRP", "dobj", 8),
    ("liars", "liar", "NOUN", "NNS", "oprd", 8),
    (".", ".", "PUNCT", ".", "punct", 4),
]


def test_relations_them_after_a_plural_object_of_the_verb_before():
    rows_ = CONJOINED_OBJECT
    spans = [ActorSpan(0, 1, 0, _country("RUS", "Russia")), ActorSpan(3, 4, 3, TRUMP)]
    rows = {r[:3] for r in _rows(rows_, spans)}
    assert not any(s == TRUMP.id and o == "RUS" for s, _, o in rows)
    # an actor for that object: "them" still finds an actor
    named = [*spans, ActorSpan(6, 7, 6, Entity("USA:OPP", "US opposition", "Group", "USA"))]
    assert (TRUMP.id, "CRITICIZES", "USA:OPP") in {r[:3] for r in _rows(rows_, named)}


# "Russia and Ukraine clashed , with soldiers firing .": the with-phrase is an absolute clause
# (a participle with its own subject), no target phrase of "clash with"; the joint subjects
# clash with each other.
ABSOLUTE_WITH: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "conj", 0),
    ("clashed", "clash", "VERB", "VBD", "ROOT", 3),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("with", "with", "ADP", "IN", "prep", 3),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 7),
    ("firing", "fire", "VERB", "VBG", "pcomp", 5),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_relations_an_absolute_with_clause_is_no_target_phrase():
    spans = [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(2, 3, 2, _country("UKR", "Ukraine")),
    ]
    rows = {r[:3] + (r[4],) for r in _rows(ABSOLUTE_WITH, spans)}
    assert ("RUS", "ATTACKS", "UKR", "joint-subject") in rows
    assert ("UKR", "ATTACKS", "RUS", "joint-subject") in rows


SMITH = Entity("person:jan-smith", "Jan Smith", "Person", "GBR")


def _c(at: int, code: str, name: str) -> ActorSpan:
    return ActorSpan(at, at + 1, at, _country(code, name))


def test_calling_for_someones_extradition_appeals_to_no_one_named():
    rows: list[Row] = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("for", "for", "ADP", "IN", "prep", 1),
        ("Smith", "Smith", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("extradition", "extradition", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [_c(0, "PER", "Peru"), ActorSpan(3, 4, 3, SMITH)])
    assert not any(r[2] == SMITH.id for r in found)


WELCOMED_WHAT_IT_CALLED: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
    ("what", "what", "PRON", "WP", "dobj", 4),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("called", "call", "VERB", "VBD", "ccomp", 1),
    ("Peru", "Peru", "PROPN", "NNP", "poss", 8),
    ("'s", "'s", "PART", "POS", "case", 5),
    ("new", "new", "ADJ", "JJ", "amod", 8),
    ("policy", "policy", "NOUN", "NN", "oprd", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_what_it_called_stands_for_the_thing_named():
    found = _rows(WELCOMED_WHAT_IT_CALLED, [_c(0, "CHL", "Chile"), _c(5, "PER", "Peru")])
    assert ("CHL", "BACKS", "PER", "asserted", "active-svo") in found


CONDEMNED_WHAT_IT_DESCRIBED: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
    ("what", "what", "PRON", "WP", "dobj", 4),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("described", "describe", "VERB", "VBD", "ccomp", 1),
    ("as", "as", "ADP", "IN", "prep", 4),
    ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 7),
    ("interference", "interference", "NOUN", "NN", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_what_it_described_as_stands_for_the_thing_named():
    found = _rows(CONDEMNED_WHAT_IT_DESCRIBED, [_c(0, "CHL", "Chile"), _c(6, "PER", "Peruvian")])
    assert ("CHL", "CRITICIZES", "PER", "asserted", "active-svo") in found


CRITICIZED_WHAT_IT_SAID_WAS: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("what", "what", "PRON", "WP", "nsubj", 5),
    ("it", "it", "PRON", "PRP", "nsubj", 4),
    ("said", "say", "VERB", "VBD", "ccomp", 1),
    ("was", "be", "AUX", "VBD", "ccomp", 4),
    ("a", "a", "DET", "DT", "det", 9),
    ("feeble", "feeble", "ADJ", "JJ", "amod", 9),
    ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 9),
    ("reaction", "reaction", "NOUN", "NN", "attr", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_what_it_said_was_stands_for_the_thing_named():
    found = _rows(CRITICIZED_WHAT_IT_SAID_WAS, [_c(0, "CHL", "Chile"), _c(8, "PER", "Peruvian")])
    assert ("CHL", "CRITICIZES", "PER", "asserted", "active-svo") in found


def test_a_news_conference_with_a_leader_is_a_meeting():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
        ("at", "at", "ADP", "IN", "prep", 1),
        ("a", "a", "DET", "DT", "det", 5),
        ("news", "news", "NOUN", "NN", "compound", 5),
        ("conference", "conference", "NOUN", "NN", "pobj", 2),
        ("with", "with", "ADP", "IN", "prep", 5),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _rows(rows, [ActorSpan(0, 1, 0, OBAMA), ActorSpan(7, 8, 7, PUTIN)])
    assert any(r[1] == "MEETS" and {r[0], r[2]} == {OBAMA.id, PUTIN.id} for r in found)


ALONGSIDE: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 5),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("alongside", "alongside", "ADP", "IN", "prep", 0),
    ("Bahrain", "Bahrain", "PROPN", "NNP", "pobj", 2),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("cut", "cut", "VERB", "VBD", "ROOT", 5),
    ("ties", "tie", "NOUN", "NNS", "dobj", 5),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_a_subjects_companion_acts_too():
    spans = [_c(0, "EGY", "Egypt"), _c(3, "BHR", "Bahrain"), _c(8, "QAT", "Qatar")]
    found = _rows(ALONGSIDE, spans)
    assert ("EGY", "SANCTIONS", "QAT", "asserted", "prep-object") in found
    assert ("BHR", "SANCTIONS", "QAT", "asserted", "prep-object") in found


TOGETHER_WITH: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("together", "together", "ADV", "RB", "advmod", 3),
    ("with", "with", "ADP", "IN", "prep", 0),
    ("Bahrain", "Bahrain", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("cut", "cut", "VERB", "VBD", "ROOT", 6),
    ("ties", "tie", "NOUN", "NNS", "dobj", 6),
    ("with", "with", "ADP", "IN", "prep", 6),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 8),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_together_with_names_a_companion():
    spans = [_c(0, "EGY", "Egypt"), _c(4, "BHR", "Bahrain"), _c(9, "QAT", "Qatar")]
    found = _rows(TOGETHER_WITH, spans)
    assert ("BHR", "SANCTIONS", "QAT", "asserted", "prep-object") in found


def test_a_companion_phrase_without_commas_is_no_companion():
    rows = [r for i, r in enumerate(ALONGSIDE) if i not in (1, 4)]
    rows = [(w, lem, pos, tag, dep, h - (h > 1) - (h > 4)) for w, lem, pos, tag, dep, h in rows]
    spans = [_c(0, "EGY", "Egypt"), _c(2, "BHR", "Bahrain"), _c(6, "QAT", "Qatar")]
    found = _rows(rows, spans)
    assert ("EGY", "SANCTIONS", "QAT", "asserted", "prep-object") in found
    assert not any(r[0] == "BHR" for r in found)


def _status(rows: list[Row], spans: list[ActorSpan]) -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, status) of the triples: status says negated apart."""
    doc = _build(rows)
    text = " ".join(r[0] for r in rows)
    triples = extract_relations(doc, spans, Document(id="s7", text=text, date="2020-01-01"))
    return {(t.subject.id, t.relation, t.object.id, t.status) for t in triples}


def test_telling_a_news_conference_with_a_leader_meets_them():
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("told", "tell", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("news", "news", "NOUN", "NN", "compound", 4),
        ("conference", "conference", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 4),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = _status(rows, [ActorSpan(0, 1, 0, OBAMA), ActorSpan(6, 7, 6, PUTIN)])
    assert any(
        r[1] == "MEETS" and {r[0], r[2]} == {OBAMA.id, PUTIN.id} and r[3] == "asserted"
        for r in found
    )


# "The Senate voted down Obama's nominee.": the parser tags "down" a particle and hangs the
# noun under it as its object.
PARTICLE_OBJECT: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("Senate", "Senate", "PROPN", "NNP", "nsubj", 2),
    ("voted", "vote", "VERB", "VBD", "ROOT", 2),
    ("down", "down", "ADP", "IN", "prt", 2),
    ("Obama", "Obama", "PROPN", "NNP", "poss", 6),
    ("'s", "'s", "PART", "POS", "case", 4),
    ("nominee", "nominee", "NOUN", "NN", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_relations_a_noun_under_a_particle_is_the_cues_target():
    senate = Entity("USA:LEG", "U.S. Congress", "Group", "USA")
    spans = [ActorSpan(0, 2, 1, senate), ActorSpan(4, 5, 4, OBAMA)]
    rows = _rows(PARTICLE_OBJECT, spans)
    assert ("USA:LEG", "REJECTS", OBAMA.id, "asserted", "prep-object") in rows
