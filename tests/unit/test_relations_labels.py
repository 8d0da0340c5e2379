"""``label-object``, ``denied-charge``, the author of a statement noun and the cues of taking
ground and of official complaints, on hand-built parses (no model). Rows are (word, lemma, POS,
tag, dependency, head index), as the English pipeline parsed these invented sentences."""

from __future__ import annotations

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_shapes import Row, _country, _rows

VEN_GOV = Entity("VEN:GOV", "Venezuelan government", "Group", "VEN")
SOM_REB = Entity("SOM:REB", "Somali rebels", "Group", "SOM")
KEN_MIL = Entity("KEN:MIL", "Kenyan military", "Group", "KEN")

# "Brazil called the Venezuelan president a dictator."
CALLED_DICTATOR: list[Row] = [
    ("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1),
    ("called", "call", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("Venezuelan", "venezuelan", "ADJ", "JJ", "amod", 4),
    ("president", "president", "NOUN", "NN", "dobj", 1),
    ("a", "a", "DET", "DT", "det", 6),
    ("dictator", "dictator", "NOUN", "NN", "appos", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]
DICTATOR_SPANS = [ActorSpan(0, 1, 0, _country("BRA", "Brazil")), ActorSpan(2, 5, 4, VEN_GOV)]


def test_a_label_of_the_insult_class_is_criticism():
    rows = _rows(CALLED_DICTATOR, DICTATOR_SPANS)
    assert ("BRA", "CRITICIZES", "VEN:GOV", "asserted", "label-object") in rows


def test_a_label_outside_the_classes_says_nothing():
    rows = _rows(
        [
            r if r[0] != "dictator" else ("visitor", "visitor", "NOUN", "NN", "appos", 4)
            for r in CALLED_DICTATOR
        ],
        DICTATOR_SPANS,
    )
    assert not {r for r in rows if r[4] == "label-object"}


# "Chile called the Bolivian vote illegal."
CALLED_ILLEGAL: list[Row] = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("called", "call", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("Bolivian", "bolivian", "ADJ", "JJ", "amod", 4),
    ("vote", "vote", "NOUN", "NN", "dobj", 1),
    ("illegal", "illegal", "ADJ", "JJ", "oprd", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_an_adjective_label_of_an_owned_thing_criticizes_its_owner():
    spans = [
        ActorSpan(0, 1, 0, _country("CHL", "Chile")),
        ActorSpan(3, 4, 3, _country("BOL", "Bolivia")),
    ]
    assert ("CHL", "CRITICIZES", "BOL", "asserted", "label-object") in _rows(CALLED_ILLEGAL, spans)


# "Spain described Portugal as a partner."
DESCRIBED_PARTNER: list[Row] = [
    ("Spain", "Spain", "PROPN", "NNP", "nsubj", 1),
    ("described", "describe", "VERB", "VBD", "ROOT", 1),
    ("Portugal", "Portugal", "PROPN", "NNP", "dobj", 1),
    ("as", "as", "ADP", "IN", "prep", 1),
    ("a", "a", "DET", "DT", "det", 5),
    ("partner", "partner", "NOUN", "NN", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_praising_label_in_an_as_phrase_backs():
    spans = [
        ActorSpan(0, 1, 0, _country("ESP", "Spain")),
        ActorSpan(2, 3, 2, _country("PRT", "Portugal")),
    ]
    assert ("ESP", "BACKS", "PRT", "asserted", "label-object") in _rows(DESCRIBED_PARTNER, spans)


# "Egypt dismissed the allegation by Ethiopia." (the by-phrase hung on the verb)
DISMISSED_BY: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
    ("dismissed", "dismiss", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("allegation", "allegation", "NOUN", "NN", "dobj", 1),
    ("by", "by", "ADP", "IN", "prep", 1),
    ("Ethiopia", "Ethiopia", "PROPN", "NNP", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_the_author_of_a_rejected_statement_is_the_target():
    spans = [
        ActorSpan(0, 1, 0, _country("EGY", "Egypt")),
        ActorSpan(5, 6, 5, _country("ETH", "Ethiopia")),
    ]
    assert ("EGY", "REJECTS", "ETH", "asserted", "active-svo") in _rows(DISMISSED_BY, spans)


def test_a_by_phrase_on_a_thing_that_is_no_statement_names_no_author():
    rows = [
        r if r[0] != "allegation" else ("car", "car", "NOUN", "NN", "dobj", 1) for r in DISMISSED_BY
    ]
    spans = [
        ActorSpan(0, 1, 0, _country("EGY", "Egypt")),
        ActorSpan(5, 6, 5, _country("ETH", "Ethiopia")),
    ]
    assert not {r for r in _rows(rows, spans) if r[2] == "ETH"}


# "Kenya said Somalia had armed the rebels, a charge Mogadishu denied." (as parsed: the charge
# is the subject of "denied", Mogadishu its apposition)
CHARGE_DENIED: list[Row] = [
    ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("Somalia", "Somalia", "PROPN", "NNP", "nsubj", 4),
    ("had", "have", "AUX", "VBD", "aux", 4),
    ("armed", "arm", "VERB", "VBN", "ccomp", 1),
    ("the", "the", "DET", "DT", "det", 6),
    ("rebels", "rebel", "NOUN", "NNS", "dobj", 4),
    (",", ",", "PUNCT", ",", "punct", 11),
    ("a", "a", "DET", "DT", "det", 9),
    ("charge", "charge", "NOUN", "NN", "nsubj", 11),
    ("Mogadishu", "Mogadishu", "PROPN", "NNP", "appos", 9),
    ("denied", "deny", "VERB", "VBD", "ccomp", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]
SOM = _country("SOM", "Somalia")
CHARGE_SPANS = [
    ActorSpan(0, 1, 0, _country("KEN", "Kenya")),
    ActorSpan(2, 3, 2, SOM),
    ActorSpan(5, 7, 6, SOM_REB),
    ActorSpan(10, 11, 10, SOM),
]


def test_a_denied_charge_is_the_speakers_accusation():
    rows = _rows(CHARGE_DENIED, CHARGE_SPANS)
    assert ("KEN", "CRITICIZES", "SOM", "asserted", "denied-charge") in rows


def test_a_charge_not_denied_or_from_no_accusing_speaker_gives_nothing():
    # "a charge Mogadishu did not deny"
    negated = [
        *CHARGE_DENIED[:11],
        ("did", "do", "AUX", "VBD", "aux", 13),
        ("not", "not", "PART", "RB", "neg", 13),
        ("deny", "deny", "VERB", "VB", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    negated = [(w, lem, p, t, d, 13 if h == 11 else h) for w, lem, p, t, d, h in negated]
    assert not {r for r in _rows(negated, CHARGE_SPANS) if r[4] == "denied-charge"}
    # "A newspaper said ...": the media report, they do not accuse (no actor span for it)
    media = [("Reporters", "reporter", "NOUN", "NNS", "nsubj", 1), *CHARGE_DENIED[1:]]
    assert not {r for r in _rows(media, CHARGE_SPANS[1:]) if r[4] == "denied-charge"}


# "Kenyan troops recaptured the town from Somali militants."
RECAPTURED: list[Row] = [
    ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
    ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
    ("recaptured", "recapture", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("town", "town", "NOUN", "NN", "dobj", 2),
    ("from", "from", "ADP", "IN", "prep", 2),
    ("Somali", "somali", "ADJ", "JJ", "amod", 7),
    ("militants", "militant", "NOUN", "NNS", "pobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_ground_taken_from_a_party_is_fighting_it():
    spans = [ActorSpan(0, 2, 1, KEN_MIL), ActorSpan(6, 8, 7, SOM_REB)]
    assert ("KEN:MIL", "ATTACKS", "SOM:REB", "asserted", "prep-object") in _rows(RECAPTURED, spans)


# "Moldova's expulsion of Russian diplomats angered Moscow."
EXPULSION: list[Row] = [
    ("Moldova", "Moldova", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("expulsion", "expulsion", "NOUN", "NN", "nsubj", 6),
    ("of", "of", "ADP", "IN", "prep", 2),
    ("Russian", "russian", "ADJ", "JJ", "amod", 5),
    ("diplomats", "diplomat", "NOUN", "NNS", "pobj", 3),
    ("angered", "anger", "VERB", "VBD", "ROOT", 6),
    ("Moscow", "Moscow", "PROPN", "NNP", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]
RUS_GOV = Entity("RUS:GOV", "Russian government", "Group", "RUS")
EXPULSION_SPANS = [
    ActorSpan(0, 1, 0, _country("MDA", "Moldova")),
    ActorSpan(4, 6, 5, RUS_GOV),
    ActorSpan(7, 8, 7, _country("RUS", "Russia")),
]


def test_an_act_of_coercion_named_by_a_noun():
    rows = _rows(EXPULSION, EXPULSION_SPANS)
    # an expulsion of diplomats reduces relations (SANCTIONS 161, rules_coerce)
    assert ("MDA", "SANCTIONS", "RUS:GOV", "asserted", "nominal-poss") in rows


def _dated(rows: list[Row], year: str) -> list[Row]:
    """The rows with a year modifier before the event noun (token 2): "Moldova's 1999 ..."."""
    shifted = [(w, lem, p, t, d, h + 1 if h >= 2 else h) for w, lem, p, t, d, h in rows]
    return [*shifted[:2], (year, year, "NUM", "CD", "nummod", 3), *shifted[2:]]


def test_an_event_noun_dated_by_a_year_long_past_is_background():
    # "Moldova's 1999 expulsion of Russian diplomats angered Moscow." (the article is of 2020)
    dated = _dated(EXPULSION, "1999")
    spans = [
        ActorSpan(0, 1, 0, _country("MDA", "Moldova")),
        ActorSpan(5, 7, 6, RUS_GOV),
        ActorSpan(8, 9, 8, _country("RUS", "Russia")),
    ]
    assert not {r for r in _rows(dated, spans) if r[1] in ("COERCES", "SANCTIONS")}


# "Spain criticized the Lisbon treaty."
TREATY: list[Row] = [
    ("Spain", "Spain", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("Lisbon", "Lisbon", "PROPN", "NNP", "compound", 4),
    ("treaty", "treaty", "NOUN", "NN", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_city_naming_a_treaty_is_not_its_owner():
    lisbon = Entity("loc:lisbon", "Lisbon", "Location", "PRT")
    spans = [
        ActorSpan(0, 1, 0, _country("ESP", "Spain")),
        ActorSpan(3, 4, 3, lisbon, is_place=True),
    ]
    assert not {r for r in _rows(TREATY, spans) if r[2] == "PRT"}


# "Ghana's president told Togo's leader in a phone call that the border would reopen."
TOLD_BY_PHONE: list[Row] = [
    ("Ghana", "Ghana", "PROPN", "NNP", "poss", 2),
    ("'s", "'s", "PART", "POS", "case", 0),
    ("president", "president", "NOUN", "NN", "nsubj", 3),
    ("told", "tell", "VERB", "VBD", "ROOT", 3),
    ("Togo", "Togo", "PROPN", "NNP", "poss", 6),
    ("'s", "'s", "PART", "POS", "case", 4),
    ("leader", "leader", "NOUN", "NN", "dobj", 3),
    ("in", "in", "ADP", "IN", "prep", 3),
    ("a", "a", "DET", "DT", "det", 10),
    ("phone", "phone", "NOUN", "NN", "compound", 10),
    ("call", "call", "NOUN", "NN", "pobj", 7),
    ("that", "that", "PRON", "WDT", "dobj", 15),
    ("the", "the", "DET", "DT", "det", 13),
    ("border", "border", "NOUN", "NN", "nsubj", 15),
    ("would", "would", "AUX", "MD", "aux", 15),
    ("reopen", "reopen", "VERB", "VB", "relcl", 10),
    (".", ".", "PUNCT", ".", "punct", 3),
]
GHA_GOV = Entity("GHA:GOV", "Ghanaian government", "Group", "GHA")
TGO_GOV = Entity("TGO:GOV", "Togolese government", "Group", "TGO")
PHONE_SPANS = [ActorSpan(0, 3, 2, GHA_GOV), ActorSpan(4, 7, 6, TGO_GOV)]


def test_telling_someone_in_a_phone_call_is_a_telephone_consultation():
    rows = _rows(TOLD_BY_PHONE, PHONE_SPANS)
    assert ("GHA:GOV", "MEETS", "TGO:GOV", "asserted", "phone-call") in rows


def test_telling_someone_face_to_face_or_in_a_call_of_no_phone_is_no_phone_call():
    no_phone = [
        r if r[0] != "phone" else ("sales", "sale", "NOUN", "NNS", "compound", 10)
        for r in TOLD_BY_PHONE
    ]
    assert not {r for r in _rows(no_phone, PHONE_SPANS) if r[4] == "phone-call"}


# "Kenya and Uganda spoke by phone on Monday."
SPOKE_BY_PHONE: list[Row] = [
    ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("Uganda", "Uganda", "PROPN", "NNP", "conj", 0),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 3),
    ("by", "by", "ADP", "IN", "prep", 3),
    ("phone", "phone", "NOUN", "NN", "pobj", 4),
    ("on", "on", "ADP", "IN", "prep", 3),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_joint_subjects_speaking_by_phone_consult_each_other():
    spans = [
        ActorSpan(0, 1, 0, _country("KEN", "Kenya")),
        ActorSpan(2, 3, 2, _country("UGA", "Uganda")),
    ]
    assert ("KEN", "MEETS", "UGA", "asserted", "phone-call") in _rows(SPOKE_BY_PHONE, spans)


# "India accused Pakistan of sheltering militants, a charge Islamabad denies." (as parsed: the
# denial is the root, the accusation its complement, the charge its object)
ACCUSED_DENIED: list[Row] = [
    ("India", "India", "PROPN", "NNP", "nsubj", 1),
    ("accused", "accuse", "VERB", "VBD", "ccomp", 10),
    ("Pakistan", "Pakistan", "PROPN", "NNP", "dobj", 1),
    ("of", "of", "ADP", "IN", "prep", 1),
    ("sheltering", "shelter", "VERB", "VBG", "pcomp", 3),
    ("militants", "militant", "NOUN", "NNS", "dobj", 4),
    (",", ",", "PUNCT", ",", "punct", 10),
    ("a", "a", "DET", "DT", "det", 8),
    ("charge", "charge", "NOUN", "NN", "dobj", 10),
    ("Islamabad", "Islamabad", "PROPN", "NNP", "nsubj", 10),
    ("denies", "deny", "VERB", "VBZ", "ROOT", 10),
    (".", ".", "PUNCT", ".", "punct", 10),
]
PAK = _country("PAK", "Pakistan")
ACCUSED_SPANS = [
    ActorSpan(0, 1, 0, _country("IND", "India")),
    ActorSpan(2, 3, 2, PAK),
    ActorSpan(9, 10, 9, PAK),
]


def test_an_accusation_the_accused_denies_is_not_negated():
    rows = _rows(ACCUSED_DENIED, ACCUSED_SPANS)
    assert ("IND", "CRITICIZES", "PAK", "asserted", "active-svo") in rows


def test_the_content_of_a_denied_charge_is_no_reported_fact():
    rows = _rows(CHARGE_DENIED, CHARGE_SPANS)
    supplied = {r for r in rows if r[1] == "SUPPLIES"}
    assert supplied and all(r[3] == "hypothetical" for r in supplied)


def test_recent_background_named_by_a_dated_noun_is_coded():
    # "Moldova's 2016 expulsion of Russian diplomats angered Moscow." (the article is of 2020)
    dated = _dated(EXPULSION, "2016")
    spans = [
        ActorSpan(0, 1, 0, _country("MDA", "Moldova")),
        ActorSpan(5, 7, 6, RUS_GOV),
        ActorSpan(8, 9, 8, _country("RUS", "Russia")),
    ]
    assert ("MDA", "SANCTIONS", "RUS:GOV", "asserted", "nominal-poss") in _rows(dated, spans)


def test_an_undated_article_drops_only_old_history():
    from kgraph.extract.relations import extract_relations
    from kgraph.model import Document
    from tests.unit.test_relations_shapes import _build

    spans = [
        ActorSpan(0, 1, 0, _country("MDA", "Moldova")),
        ActorSpan(5, 7, 6, RUS_GOV),
        ActorSpan(8, 9, 8, _country("RUS", "Russia")),
    ]

    def coerces(year: str) -> bool:
        rows = _dated(EXPULSION, year)
        doc = _build(rows)
        text = " ".join(r[0] for r in rows)
        triples = extract_relations(doc, spans, Document(id="u", text=text))
        return any(t.relation == "SANCTIONS" for t in triples)

    assert coerces("2009") and not coerces("1956")


# "Kenya warned Kenyan tourists not to travel to Somalia."
WARNED_TOURISTS: list[Row] = [
    ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
    ("warned", "warn", "VERB", "VBD", "ROOT", 1),
    ("Kenyan", "Kenyan", "PROPN", "NNP", "compound", 3),
    ("tourists", "tourist", "NOUN", "NNS", "dobj", 1),
    ("not", "not", "PART", "RB", "neg", 6),
    ("to", "to", "PART", "TO", "aux", 6),
    ("travel", "travel", "VERB", "VB", "xcomp", 1),
    ("to", "to", "ADP", "IN", "prep", 6),
    ("Somalia", "Somalia", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_states_warning_to_its_own_civilians_is_advice_not_a_threat():
    ken_cvl = Entity("KEN:CVL", "Kenyan civilians", "Group", "KEN")
    som_cvl = Entity("SOM:CVL", "Somali civilians", "Group", "SOM")
    somalia = ActorSpan(8, 9, 8, _country("SOM", "Somalia"))
    kenya = ActorSpan(0, 1, 0, _country("KEN", "Kenya"))
    rows = _rows(WARNED_TOURISTS, [kenya, ActorSpan(2, 4, 3, ken_cvl), somalia])
    assert not {r for r in rows if r[1] == "WARNS"}
    # another country's civilians are warned, not advised
    rows = _rows(WARNED_TOURISTS, [kenya, ActorSpan(2, 4, 3, som_cvl), somalia])
    assert ("KEN", "WARNS", "SOM:CVL", "asserted", "active-svo") in rows


# "Obama visited Ohio and Mexico ."
VISITED_HOME: list[Row] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("visited", "visit", "VERB", "VBD", "ROOT", 1),
    ("Ohio", "Ohio", "PROPN", "NNP", "dobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("Mexico", "Mexico", "PROPN", "NNP", "conj", 2),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_visit_to_a_place_of_ones_own_country_is_no_visit_to_a_host():
    obama = Entity("person:barack-obama", "Barack Obama", "Person", "USA")
    ohio = ActorSpan(2, 3, 2, _country("USA", "United States"), is_place=True)
    mexico = ActorSpan(4, 5, 4, _country("MEX", "Mexico"), is_place=True)
    rows = _rows(VISITED_HOME, [ActorSpan(0, 1, 0, obama), ohio, mexico])
    visits = {(r[0], r[2]) for r in rows if r[1] == "VISITS"}
    assert visits == {("person:barack-obama", "MEX")}
    # someone of no known country keeps both
    guest = Entity("person:ann-lee", "Ann Lee", "Person", None)
    rows = _rows(VISITED_HOME, [ActorSpan(0, 1, 0, guest), ohio, mexico])
    assert {r[2] for r in rows if r[1] == "VISITS"} == {"USA", "MEX"}


def _as_a_massacre(verb: str, lemma: str) -> set[tuple[str, str, str]]:
    """ "Turkey <condemned | saw> the killings as a massacre, a charge Syria denied." """
    rows: list[Row] = [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("killings", "killing", "NOUN", "NNS", "dobj", 1),
        ("as", "as", "ADP", "IN", "prep", 1),
        ("a", "a", "DET", "DT", "det", 6),
        ("massacre", "massacre", "NOUN", "NN", "pobj", 4),
        (",", ",", "PUNCT", ",", "punct", 6),
        ("a", "a", "DET", "DT", "det", 9),
        ("charge", "charge", "NOUN", "NN", "appos", 6),
        ("Syria", "Syria", "PROPN", "NNP", "nsubj", 11),
        ("denied", "deny", "VERB", "VBD", "relcl", 9),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    spans = [
        ActorSpan(0, 1, 0, _country("TUR", "Turkey")),
        ActorSpan(10, 11, 10, _country("SYR", "Syria")),
    ]
    return {r[:3] for r in _rows(rows, spans) if r[4] == "denied-charge"}


def test_a_condemnation_the_text_calls_a_denied_charge_accuses_the_denier():
    assert _as_a_massacre("condemned", "condemn") == {("TUR", "CRITICIZES", "SYR")}


def test_a_view_held_is_no_charge_made():
    assert _as_a_massacre("saw", "see") == set()


PKK = Entity("org:pkk", "PKK", "Organization", None)

# "The PKK is designated a terrorist group by Turkey." (the by-phrase hung on the label)
DESIGNATED: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("PKK", "PKK", "PROPN", "NNP", "nsubjpass", 3),
    ("is", "be", "AUX", "VBZ", "auxpass", 3),
    ("designated", "designate", "VERB", "VBN", "ROOT", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("terrorist", "terrorist", "ADJ", "JJ", "amod", 6),
    ("group", "group", "NOUN", "NN", "dobj", 3),
    ("by", "by", "ADP", "IN", "prep", 6),
    ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Turkey considers the PKK a terrorist group." (a small clause: "group" a ccomp, "PKK" its
# subject)
CONSIDERS: list[Row] = [
    ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
    ("considers", "consider", "VERB", "VBZ", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3),
    ("PKK", "PKK", "PROPN", "NNP", "nsubj", 6),
    ("a", "a", "DET", "DT", "det", 6),
    ("terrorist", "terrorist", "ADJ", "JJ", "amod", 6),
    ("group", "group", "NOUN", "NN", "ccomp", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_designation_by_a_state_hung_on_the_label_is_its_criticism():
    spans = [ActorSpan(0, 2, 1, PKK), ActorSpan(8, 9, 8, _country("TUR", "Turkey"))]
    rows = _rows(DESIGNATED, spans)
    assert ("TUR", "CRITICIZES", "org:pkk", "asserted", "label-object") in rows


def test_a_designation_with_no_label_of_the_class_criticizes_no_one():
    rows = list(DESIGNATED)
    rows[5] = ("new", "new", "ADJ", "JJ", "amod", 6)
    spans = [ActorSpan(0, 2, 1, PKK), ActorSpan(8, 9, 8, _country("TUR", "Turkey"))]
    assert not any(r[1] == "CRITICIZES" for r in _rows(rows, spans))


def test_considering_a_party_a_terrorist_group_in_a_small_clause_criticizes_it():
    spans = [ActorSpan(0, 1, 0, _country("TUR", "Turkey")), ActorSpan(2, 4, 3, PKK)]
    rows = _rows(CONSIDERS, spans)
    assert ("TUR", "CRITICIZES", "org:pkk", "asserted", "label-object") in rows
