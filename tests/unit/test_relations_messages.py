"""Shapes of rules_message, rules_travel, rules_decree and the appositive country list, each
on a hand-built parse (no model). Rows are (word, lemma, POS, tag, dependency, head index), as
the English pipeline parsed these invented sentences."""

from __future__ import annotations

import pytest

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

FRA_GOV = Entity("FRA:GOV", "French government", "Group", "FRA")
IRN_GOV = Entity("IRN:GOV", "Iranian government", "Group", "IRN")
JPN_GOV = Entity("JPN:GOV", "Japanese government", "Group", "JPN")
CHN_GOV = Entity("CHN:GOV", "Chinese government", "Group", "CHN")
OBAMA = Entity("person:barack-obama", "Barack Obama", "Person", "USA")
TRUMP = Entity("person:donald-trump", "Donald Trump", "Person", "USA")
USA = Entity("USA", "United States", "Country", "USA")
UKR = Entity("UKR", "Ukraine", "Country", "UKR")

# "The French foreign minister has written to the Iranian president demanding the release of
# the journalists.": the participle hung on the addressee.
WRITTEN_TO: list[Row] = [
    ("The", "the", "DET", "DT", "det", 3),
    ("French", "french", "ADJ", "JJ", "amod", 3),
    ("foreign", "foreign", "ADJ", "JJ", "amod", 3),
    ("minister", "minister", "NOUN", "NN", "nsubj", 5),
    ("has", "have", "AUX", "VBZ", "aux", 5),
    ("written", "write", "VERB", "VBN", "ROOT", 5),
    ("to", "to", "ADP", "IN", "prep", 5),
    ("the", "the", "DET", "DT", "det", 9),
    ("Iranian", "iranian", "ADJ", "JJ", "amod", 9),
    ("president", "president", "NOUN", "NN", "pobj", 6),
    ("demanding", "demand", "VERB", "VBG", "acl", 9),
    ("the", "the", "DET", "DT", "det", 12),
    ("release", "release", "NOUN", "NN", "dobj", 10),
    ("of", "of", "ADP", "IN", "prep", 12),
    ("the", "the", "DET", "DT", "det", 15),
    ("journalists", "journalist", "NOUN", "NNS", "pobj", 13),
    (".", ".", "PUNCT", ".", "punct", 5),
]


def test_message_addressee_written_to_demanding():
    spans = [ActorSpan(1, 4, 3, FRA_GOV), ActorSpan(8, 10, 9, IRN_GOV)]
    rows = _rows(WRITTEN_TO, spans)
    assert ("FRA:GOV", "DEMANDS", "IRN:GOV", "asserted", "message-addressee") in rows


def test_message_addressee_needs_a_message_verb():
    # the same tree with "spoken" for "written": no message, no demand to the addressee
    rows_in = [
        r if r[0] != "written" else ("spoken", "speak", "VERB", "VBN", "ROOT", 5)
        for r in WRITTEN_TO
    ]
    spans = [ActorSpan(1, 4, 3, FRA_GOV), ActorSpan(8, 10, 9, IRN_GOV)]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "DEMANDS"}


# "The Japanese ambassador sent a letter asking the Chinese government for an explanation."
LETTER_ASKING: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("Japanese", "japanese", "ADJ", "JJ", "amod", 2),
    ("ambassador", "ambassador", "NOUN", "NN", "nsubj", 3),
    ("sent", "send", "VERB", "VBD", "ROOT", 3),
    ("a", "a", "DET", "DT", "det", 5),
    ("letter", "letter", "NOUN", "NN", "dobj", 3),
    ("asking", "ask", "VERB", "VBG", "acl", 5),
    ("the", "the", "DET", "DT", "det", 9),
    ("Chinese", "chinese", "ADJ", "JJ", "amod", 9),
    ("government", "government", "NOUN", "NN", "dobj", 6),
    ("for", "for", "ADP", "IN", "prep", 6),
    ("an", "an", "DET", "DT", "det", 12),
    ("explanation", "explanation", "NOUN", "NN", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_message_sender_letter_asking():
    spans = [ActorSpan(1, 3, 2, JPN_GOV), ActorSpan(8, 10, 9, CHN_GOV)]
    rows = _rows(LETTER_ASKING, spans)
    assert ("JPN:GOV", "APPEALS_TO", "CHN:GOV", "asserted", "message-sender") in rows


# "Canada warned its citizens against travel to Haiti."
WARNED_AGAINST_TRAVEL: list[Row] = [
    ("Canada", "Canada", "PROPN", "NNP", "nsubj", 1),
    ("warned", "warn", "VERB", "VBD", "ROOT", 1),
    ("its", "its", "PRON", "PRP$", "poss", 3),
    ("citizens", "citizen", "NOUN", "NNS", "dobj", 1),
    ("against", "against", "ADP", "IN", "prep", 1),
    ("travel", "travel", "NOUN", "NN", "pobj", 4),
    ("to", "to", "ADP", "IN", "prep", 5),
    ("Haiti", "Haiti", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_travel_ban_advice_against_travel():
    spans = [
        ActorSpan(0, 1, 0, _country("CAN", "Canada")),
        ActorSpan(7, 8, 7, _country("HTI", "Haiti")),
    ]
    rows = _rows(WARNED_AGAINST_TRAVEL, spans)
    assert ("CAN", "SANCTIONS", "HTI", "asserted", "travel-ban") in rows
    assert not {r for r in rows if r[1] == "WARNS"}


# "Saudi Arabia banned flights to Qatar."
BANNED_FLIGHTS: list[Row] = [
    ("Saudi", "Saudi", "PROPN", "NNP", "compound", 1),
    ("Arabia", "Arabia", "PROPN", "NNP", "nsubj", 2),
    ("banned", "ban", "VERB", "VBD", "ROOT", 2),
    ("flights", "flight", "NOUN", "NNS", "dobj", 2),
    ("to", "to", "ADP", "IN", "prep", 3),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_travel_ban_curbed_flights():
    spans = [
        ActorSpan(0, 2, 1, _country("SAU", "Saudi Arabia")),
        ActorSpan(5, 6, 5, _country("QAT", "Qatar")),
    ]
    rows = _rows(BANNED_FLIGHTS, spans)
    assert ("SAU", "SANCTIONS", "QAT", "asserted", "travel-ban") in rows


def test_travel_ban_needs_a_curbing_verb():
    # "Saudi Arabia booked flights to Qatar": no curb, no sanction
    booked = [
        r if r[0] != "banned" else ("booked", "book", "VERB", "VBD", "ROOT", 2)
        for r in BANNED_FLIGHTS
    ]
    spans = [
        ActorSpan(0, 2, 1, _country("SAU", "Saudi Arabia")),
        ActorSpan(5, 6, 5, _country("QAT", "Qatar")),
    ]
    assert not {r for r in _rows(booked, spans) if r[1] == "SANCTIONS"}


def _with_verb(form: str, lemma: str) -> list[Row]:
    """BANNED_FLIGHTS with another verb: "Saudi Arabia <form> flights to Qatar." """
    return [
        r if r[0] != "banned" else (form, lemma, "VERB", "VBD", "ROOT", 2) for r in BANNED_FLIGHTS
    ]


@pytest.mark.parametrize(
    ("form", "lemma", "curbs"),
    [
        ("suspended", "suspend", True),  # a <travel_curbs> verb
        # cues whose object noun is the act: "announce <sanctions> against", "use
        # <riot_control> on"; with another object the verb curbs nothing
        ("announced", "announce", False),
        ("used", "use", False),
    ],
)
def test_travel_ban_reads_the_object_of_the_verb_s_cue(form: str, lemma: str, curbs: bool):
    spans = [
        ActorSpan(0, 2, 1, _country("SAU", "Saudi Arabia")),
        ActorSpan(5, 6, 5, _country("QAT", "Qatar")),
    ]
    rows = {r for r in _rows(_with_verb(form, lemma), spans) if r[4] == "travel-ban"}
    assert bool(rows) is curbs, rows


# "Obama's executive order barred Cuban exiles from entering."
ORDER_BARRED: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "poss", 3),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("executive", "executive", "ADJ", "JJ", "amod", 3),
    ("order", "order", "NOUN", "NN", "nsubj", 4),
    ("barred", "bar", "VERB", "VBD", "ROOT", 4),
    ("Cuban", "cuban", "ADJ", "JJ", "amod", 6),
    ("exiles", "exile", "NOUN", "NNS", "dobj", 4),
    ("from", "from", "ADP", "IN", "prep", 4),
    ("entering", "enter", "VERB", "VBG", "pcomp", 7),
    (".", ".", "PUNCT", ".", "punct", 4),
]


def test_decree_subject_owner_of_an_order_acts():
    spans = [ActorSpan(0, 1, 0, OBAMA), ActorSpan(5, 6, 5, _country("CUB", "Cuba"))]
    rows = _rows(ORDER_BARRED, spans)
    assert (OBAMA.id, "COERCES", "CUB", "asserted", "decree-subject") in rows


def test_decree_subject_needs_an_owner():
    # "The executive order barred Cuban exiles": no one named owns the order
    rows_in = [("The", "the", "DET", "DT", "det", 3), *ORDER_BARRED[1:]]
    spans = [ActorSpan(5, 6, 5, _country("CUB", "Cuba"))]
    assert not _rows(rows_in, spans)


# "Trump imposed a suspension on people from three countries - Iran, Iraq and Yemen."
LISTED_COUNTRIES: list[Row] = [
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 1),
    ("imposed", "impose", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("suspension", "suspension", "NOUN", "NN", "dobj", 1),
    ("on", "on", "ADP", "IN", "prep", 3),
    ("people", "people", "NOUN", "NNS", "pobj", 4),
    ("from", "from", "ADP", "IN", "prep", 5),
    ("three", "three", "NUM", "CD", "nummod", 8),
    ("countries", "country", "NOUN", "NNS", "pobj", 6),
    ("-", "-", "PUNCT", ":", "punct", 8),
    ("Iran", "Iran", "PROPN", "NNP", "appos", 8),
    (",", ",", "PUNCT", ",", "punct", 10),
    ("Iraq", "Iraq", "PROPN", "NNP", "conj", 10),
    ("and", "and", "CCONJ", "CC", "cc", 12),
    ("Yemen", "Yemen", "PROPN", "NNP", "conj", 12),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_appositive_list_gives_one_triple_per_country():
    spans = [
        ActorSpan(0, 1, 0, TRUMP),
        ActorSpan(10, 11, 10, _country("IRN", "Iran")),
        ActorSpan(12, 13, 12, _country("IRQ", "Iraq")),
        ActorSpan(14, 15, 14, _country("YEM", "Yemen")),
    ]
    rows = {(s, r, o) for s, r, o, _, _ in _rows(LISTED_COUNTRIES, spans)}
    assert {(TRUMP.id, "SANCTIONS", c) for c in ("IRN", "IRQ", "YEM")} <= rows


def test_appositive_list_of_people_is_no_target_list():
    # the listed names are people, not countries: the list is not spread over its members
    # (at most the apposition's own first name, as before this rule)
    people = [Entity(f"person:p{i}", f"P{i}", "Person", "IRN") for i in range(3)]
    spans = [
        ActorSpan(0, 1, 0, TRUMP),
        *(ActorSpan(i, i + 1, i, p) for i, p in zip((10, 12, 14), people, strict=True)),
    ]
    targets = {r[2] for r in _rows(LISTED_COUNTRIES, spans) if r[1] == "SANCTIONS"}
    assert targets <= {"person:p0"}


# "Egypt's ban on flights to Qatar angered Doha."
BAN_ON_FLIGHTS: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("ban", "ban", "NOUN", "NN", "nsubj", 7),
    ("on", "on", "ADP", "IN", "prep", 2),
    ("flights", "flight", "NOUN", "NNS", "pobj", 3),
    ("to", "to", "ADP", "IN", "prep", 4),
    ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 5),
    ("angered", "anger", "VERB", "VBD", "ROOT", 7),
    ("Doha", "Doha", "PROPN", "NNP", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 7),
]


def test_travel_ban_noun_owner_curbs_travel():
    spans = [
        ActorSpan(0, 1, 0, _country("EGY", "Egypt")),
        ActorSpan(6, 7, 6, _country("QAT", "Qatar")),
        ActorSpan(8, 9, 8, _country("QAT", "Qatar")),
    ]
    rows = _rows(BAN_ON_FLIGHTS, spans)
    assert ("EGY", "SANCTIONS", "QAT", "asserted", "travel-ban") in rows


def test_message_sender_not_the_receiver():
    # "The Japanese ambassador received a letter asking the Chinese government ...": the
    # receiver sent nothing
    received = [
        r if r[0] != "sent" else ("received", "receive", "VERB", "VBD", "ROOT", 3)
        for r in LETTER_ASKING
    ]
    spans = [ActorSpan(1, 3, 2, JPN_GOV), ActorSpan(8, 10, 9, CHN_GOV)]
    assert not {r for r in _rows(received, spans) if r[4] == "message-sender"}


# "The Japanese government issued a statement accusing the Chinese government of spying.": a
# document put out under a name (verbal14).
STATEMENT_ACCUSING: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("Japanese", "japanese", "ADJ", "JJ", "amod", 2),
    ("government", "government", "NOUN", "NN", "nsubj", 3),
    ("issued", "issue", "VERB", "VBD", "ROOT", 3),
    ("a", "a", "DET", "DT", "det", 5),
    ("statement", "statement", "NOUN", "NN", "dobj", 3),
    ("accusing", "accuse", "VERB", "VBG", "acl", 5),
    ("the", "the", "DET", "DT", "det", 9),
    ("Chinese", "chinese", "ADJ", "JJ", "amod", 9),
    ("government", "government", "NOUN", "NN", "dobj", 6),
    ("of", "of", "ADP", "IN", "prep", 6),
    ("spying", "spy", "VERB", "VBG", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_message_sender_statement_issued_accusing():
    spans = [ActorSpan(1, 3, 2, JPN_GOV), ActorSpan(8, 10, 9, CHN_GOV)]
    rows = _rows(STATEMENT_ACCUSING, spans)
    assert ("JPN:GOV", "CRITICIZES", "CHN:GOV", "asserted", "message-sender") in rows


def test_message_sender_statement_received_is_no_one_s_accusation():
    # the same tree with "received" for "issued": the receiver put nothing out
    rows_in = [
        r if r[0] != "issued" else ("received", "receive", "VERB", "VBD", "ROOT", 3)
        for r in STATEMENT_ACCUSING
    ]
    spans = [ActorSpan(1, 3, 2, JPN_GOV), ActorSpan(8, 10, 9, CHN_GOV)]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "CRITICIZES"}


# "The United Nations issued a report that strongly criticized Israel."
REPORT_THAT: list[Row] = [
    ("The", "the", "DET", "DT", "det", 2),
    ("United", "United", "PROPN", "NNP", "compound", 2),
    ("Nations", "Nations", "PROPN", "NNP", "nsubj", 3),
    ("issued", "issue", "VERB", "VBD", "ROOT", 3),
    ("a", "a", "DET", "DT", "det", 5),
    ("report", "report", "NOUN", "NN", "dobj", 3),
    ("that", "that", "PRON", "WDT", "nsubj", 8),
    ("strongly", "strongly", "ADV", "RB", "advmod", 8),
    ("criticized", "criticize", "VERB", "VBD", "relcl", 5),
    ("Israel", "Israel", "PROPN", "NNP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 3),
]
UN = Entity("igo:un", "United Nations", "IGO")


def test_message_relative_report_that():
    spans = [ActorSpan(0, 3, 2, UN), ActorSpan(9, 10, 9, _country("ISR", "Israel"))]
    rows = _rows(REPORT_THAT, spans)
    assert ("igo:un", "CRITICIZES", "ISR", "asserted", "message-relative") in rows


def test_message_relative_needs_a_message_noun():
    # the same tree with "soldier" for "report": the relative is the soldier's, no actor's
    rows_in = [
        r if r[0] != "report" else ("soldier", "soldier", "NOUN", "NN", "dobj", 3)
        for r in REPORT_THAT
    ]
    spans = [ActorSpan(0, 3, 2, UN), ActorSpan(9, 10, 9, _country("ISR", "Israel"))]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "CRITICIZES"}


# "China issued a statement on Monday. The statement urged Washington to lift the sanctions."
STATEMENT_ISSUED: list[Row] = [
    ("China", "China", "PROPN", "NNP", "nsubj", 1),
    ("issued", "issue", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("statement", "statement", "NOUN", "NN", "dobj", 1),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
    ("The", "the", "DET", "DT", "det", 8),
    ("statement", "statement", "NOUN", "NN", "nsubj", 9),
    ("urged", "urge", "VERB", "VBD", "ROOT", 9),
    ("Washington", "Washington", "PROPN", "NNP", "dobj", 9),
    ("to", "to", "PART", "TO", "aux", 12),
    ("lift", "lift", "VERB", "VB", "xcomp", 9),
    ("the", "the", "DET", "DT", "det", 14),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 12),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_antecedent_author_issued_the_statement_before():
    spans = [ActorSpan(0, 1, 0, _country("CHN", "China")), ActorSpan(10, 11, 10, USA)]
    rows = _rows(STATEMENT_ISSUED, spans)
    assert ("CHN", "APPEALS_TO", "USA", "asserted", "antecedent-author") in rows


def test_antecedent_author_needs_an_issuing_verb():
    # "Reporters read a statement ...": reading a statement is not putting it out
    rows_in = [
        r if r[0] != "issued" else ("read", "read", "VERB", "VBD", "ROOT", 1)
        for r in STATEMENT_ISSUED
    ]
    spans = [ActorSpan(0, 1, 0, _country("CHN", "China")), ActorSpan(10, 11, 10, USA)]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "APPEALS_TO"}


def test_antecedent_author_needs_a_definite_document():
    # "... A statement urged Washington ...": another statement, not the one issued
    rows_in = [r if r[0] != "The" else ("A", "a", "DET", "DT", "det", 8) for r in STATEMENT_ISSUED]
    spans = [ActorSpan(0, 1, 0, _country("CHN", "China")), ActorSpan(10, 11, 10, USA)]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "APPEALS_TO"}


# "Russia's statement accused Ukraine of shelling the plant."
STATEMENT_ACCUSED: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("statement", "statement", "NOUN", "NN", "nsubj", 3),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 3),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 3),
    ("of", "of", "ADP", "IN", "prep", 3),
    ("shelling", "shell", "VERB", "VBG", "pcomp", 5),
    ("the", "the", "DET", "DT", "det", 8),
    ("plant", "plant", "NOUN", "NN", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_decree_subject_owned_statement_criticizes():
    spans = [ActorSpan(0, 1, 0, _country("RUS", "Russia")), ActorSpan(4, 5, 4, UKR)]
    rows = _rows(STATEMENT_ACCUSED, spans)
    assert ("RUS", "CRITICIZES", "UKR", "asserted", "decree-subject") in rows


def test_decree_subject_organisation_report_criticizes_no_one():
    # "The Times's report accused Ukraine ...": a newspaper reports, it does not accuse
    times = Entity("org:times", "The Times", "Organization", "GBR")
    rows_in = [
        r if r[0] != "statement" else ("report", "report", *r[2:]) for r in STATEMENT_ACCUSED
    ]
    spans = [ActorSpan(0, 1, 0, times), ActorSpan(4, 5, 4, UKR)]
    assert not {r for r in _rows(rows_in, spans) if r[1] == "CRITICIZES"}
