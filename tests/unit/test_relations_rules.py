"""Each dependency rule of the relation extractor on a hand-built parse (no model needed)."""

from __future__ import annotations

import pytest

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from tests.unit.test_relations_parses import actors, document, parse
from tests.unit.test_relations_shapes import Row, _country
from tests.unit.test_relations_shapes import _rows as _shape_rows

# (example, subject, relation, object, modality, negated, rule)
CASES = [
    ("svo_supply", "RUS", "SUPPLIES", "VEN", "asserted", False, "prep-object"),
    ("impose_sanctions", "USA", "SANCTIONS", "IRN", "asserted", False, "prep-object"),
    (
        "meets_back",
        "person:nicolas-maduro",
        "MEETS",
        "person:vladimir-putin",
        "asserted",
        False,
        "active-svo",
    ),
    ("passive", "NOR", "MEDIATES", "topic:talks", "asserted", False, "passive-agent"),
    ("reduced_relative", "NOR", "MEDIATES", "topic:talks", "asserted", False, "reduced-relative"),
    ("conj_backers", "RUS", "SUPPLIES", "VEN", "asserted", False, "conj-subject"),
    (
        "conj_backers",
        "RUS",
        "BACKS",
        "person:nicolas-maduro",
        "asserted",
        False,
        "nominal-agentive",
    ),
    ("control", "RUS", "DEPLOYS_TO", "SYR", "hypothetical", False, "control-subject"),
    ("warned_against", "USA", "WARNS", "RUS", "asserted", False, "active-svo"),
    ("warned_against", "RUS", "DEPLOYS_TO", "SYR", "hypothetical", False, "control-object"),
    ("urged", "USA", "APPEALS_TO", "CHN", "asserted", False, "active-svo"),
    (
        "relative_pronoun",
        "person:vladimir-putin",
        "BACKS",
        "topic:talks",
        "reported",
        False,
        "active-svo",
    ),
    (
        "which_person",
        "RUS",
        "NEGOTIATES_WITH",
        "person:nicolas-maduro",
        "asserted",
        False,
        "prep-object",
    ),
    ("which_person", "CUB", "REJECTS", "topic:talks", "asserted", False, "active-svo"),
    ("locative", "RUS", "INVESTS_IN", "VEN", "asserted", False, "locative-relative"),
    (
        "joint",
        "person:nicolas-maduro",
        "MEETS",
        "person:vladimir-putin",
        "asserted",
        False,
        "joint-subject",
    ),
    ("list_subjects", "CHE", "MEETS", "USA", "asserted", False, "joint-subject"),
    ("nominal_poss", "RUS", "BACKS", "SYR", "asserted", False, "nominal-poss"),
    ("nominal_modifier", "RUS", "ATTACKS", "UKR", "asserted", False, "nominal-modifier"),
    ("visit", "person:nicolas-maduro", "VISITS", "RUS", "asserted", False, "nominal-light-verb"),
    ("inverse_receive", "RUS", "SUPPLIES", "VEN", "asserted", False, "prep-object"),
    ("owned_target", "ISR", "CONCEDES_TO", "PSE", "asserted", False, "active-svo"),
    ("locative_target", "TUR", "ATTACKS", "IRQ", "asserted", False, "locative-target"),
    ("accused_of", "person:barack-obama", "CRITICIZES", "IRN", "asserted", False, "active-svo"),
    ("accused_of", "IRN", "SUPPLIES", "org:hamas", "hypothetical", False, "control-object"),
    (
        "passive_control",
        "RUS",
        "DEMANDS",
        "person:barack-obama",
        "asserted",
        False,
        "passive-agent",
    ),
    (
        "passive_control",
        "person:barack-obama",
        "SUPPLIES",
        "IRN",
        "hypothetical",
        False,
        "control-object",
    ),
    ("relative_clause", "IRN", "BACKS", "org:hamas", "asserted", False, "relative-clause"),
    ("dative", "RUS", "SUPPLIES", "SYR", "asserted", False, "dative-object"),
    ("nominal_by", "RUS", "ATTACKS", "UKR", "asserted", False, "nominal-by"),
    (
        "participle",
        "person:nicolas-maduro",
        "VISITS",
        "RUS",
        "asserted",
        False,
        "participle-subject",
    ),
    ("between", "RUS", "NEGOTIATES_WITH", "UKR", "asserted", False, "nominal-between"),
]


def _rows(name: str) -> set[tuple[str, str, str, str, bool, str]]:
    doc = parse(name)
    triples = extract_relations(doc, actors(doc), document(name))
    return {(t.subject.id, t.relation, t.object.id, t.modality, t.negated, t.rule) for t in triples}


@pytest.mark.parametrize(
    ("name", "subject", "relation", "obj", "modality", "negated", "rule"),
    CASES,
    ids=[f"{c[0]}-{c[2]}" for c in CASES],
)
def test_relations_rule_finds_triple(name, subject, relation, obj, modality, negated, rule):
    assert (subject, relation, obj, modality, negated, rule) in _rows(name)


def test_relations_reported_speaker_is_not_the_actor():
    rows = _rows("reported")
    assert ("RUS", "ATTACKS", "UKR", "reported", False, "active-svo") in rows
    assert not any(r[0] == "CUB" and r[1] == "ATTACKS" for r in rows)


def test_relations_which_skips_a_person_antecedent():
    # "talks with Maduro, which Cuba has rejected": Cuba rejects the talks, not Maduro
    rows = _rows("which_person")
    assert not any(r[0] == "CUB" and r[2] == "person:nicolas-maduro" for r in rows)


def test_relations_pronoun_he_resolves_to_the_relative_antecedent():
    doc = parse("relative_pronoun")
    triples = extract_relations(doc, actors(doc), document("relative_pronoun"))
    backs = next(t for t in triples if t.relation == "BACKS")
    assert backs.subject.id == "person:vladimir-putin"
    meets = next(t for t in triples if t.relation == "MEETS")
    assert backs.confidence < meets.confidence  # a pronoun argument costs confidence


def test_relations_plural_pronoun_takes_coordinated_actors():
    rows = _rows("plural_pronoun")
    attackers = {r[0] for r in rows if r[1] == "ATTACKS"}
    assert attackers == {"person:barack-obama", "person:vladimir-putin"}


def test_relations_random_object_noun_makes_no_topic():
    assert _rows("topic_random") == set()


def test_relations_list_subjects_pair_each_once():
    pairs = {(r[0], r[2]) for r in _rows("list_subjects") if r[1] == "MEETS"}
    assert pairs == {("RUS", "USA"), ("CHE", "USA"), ("CHE", "RUS")}


def test_relations_object_control_binds_a_non_actor_object():
    # "Russia advised its citizens not to visit Ukraine": the citizens would visit, not Russia
    assert _rows("object_control_thing") == set()


def test_relations_negated_conjunct_is_no_target():
    rows = _rows("negated_conjunct")
    assert ("RUS", "CRITICIZES", "UKR", "asserted", False, "active-svo") in rows
    assert not any(r[2] == "CUB" for r in rows)


def test_relations_pronoun_prefers_the_subject_antecedent():
    # "While the US recognises China, it will help Taiwan": "it" is the US
    rows = _rows("subject_antecedent")
    assert ("USA", "SUPPLIES", "TWN", "hypothetical", False, "active-svo") in rows
    assert not any(r[0] == "CHN" for r in rows)


def test_relations_her_never_takes_a_known_man():
    # "Putin said Merkel's tenure was a success, citing her trip to Cuba": the subject Putin
    # is preferred for a pronoun, but "her" is a woman: Merkel visited Cuba, not Putin
    rows = _rows("pronoun_gender")
    assert ("person:angela-merkel", "VISITS", "CUB", "reported", False, "nominal-poss") in rows
    assert not any(r[0] == "person:vladimir-putin" and r[2] == "CUB" for r in rows)


def test_relations_attending_a_funeral_visits_no_one():
    # "Obama attended the funeral of a Russian soldier": the dead soldier's army is no host
    assert not any(r[1] == "VISITS" for r in _rows("funeral"))


def test_relations_no_country_annexes_its_own_land():
    # "Ukraine said its annexation of Crimea was a crime": "its" is no annexer of Crimea
    assert not any(r[1] == "COERCES" for r in _rows("own_annexation"))
    rows = _rows("annexation")
    assert ("RUS", "COERCES", "loc:crimea", "reported", False, "nominal-poss") in rows


def test_relations_engaging_in_talks_is_no_attack():
    # "Japan engaged Russia in talks": drawn into talks, not fought; "in Syria" still fights
    assert not any(r[1] == "ATTACKS" for r in _rows("engaged_in_talks"))
    assert ("JPN", "ATTACKS", "RUS", "asserted", False, "active-svo") in _rows("engaged_in_syria")


def test_relations_person_clash_is_no_attack():
    # "Obama clashed with Russia" is a quarrel (CAMEO 110); forces clashing is fighting
    rows = _rows("person_clash")
    assert not any(r[1] == "ATTACKS" for r in rows)
    assert {r[1] for r in rows} == {"CRITICIZES"}
    assert ("RUS:MIL", "ATTACKS", "UKR", "asserted", False, "prep-object") in _rows("forces_clash")
    # "Obama's forces clashed with Russia": a person's armed men clash by force
    rows = _rows("owner_forces_clash")
    assert any(r[1] == "ATTACKS" and r[2] == "RUS" for r in rows)
    assert not any(r[1] == "CRITICIZES" for r in rows)


def test_relations_reason_of_an_act_against_someone_is_theirs():
    # "launched strikes against Turkey for backing Ukraine": Turkey backs Ukraine, not Russia
    rows = _rows("blamed_reason")
    assert ("TUR", "BACKS", "UKR", "asserted", False, "control-object") in rows
    assert not any(r[0] == "RUS" and r[1] == "BACKS" for r in rows)


def test_relations_cue_preposition_overrides_direct_object():
    # "blamed Ukraine's troubles on a war by Iran": the blame goes to Iran, not Ukraine
    rows = _rows("blame_on")
    assert {(r[0], r[1], r[2]) for r in rows} == {("RUS", "CRITICIZES", "IRN")}


NATO = Entity("igo:nato", "NATO", "Organization", None)

# "NATO was not involved but has called on North Korea to abandon its programs."
PASSIVE_THEN_ACTIVE: list[Row] = [
    ("NATO", "NATO", "PROPN", "NNP", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("not", "not", "PART", "RB", "neg", 3),
    ("involved", "involve", "VERB", "VBN", "ROOT", 3),
    ("but", "but", "CCONJ", "CC", "cc", 3),
    ("has", "have", "AUX", "VBZ", "aux", 6),
    ("called", "call", "VERB", "VBN", "conj", 3),
    ("on", "on", "ADP", "IN", "prep", 6),
    ("North", "North", "PROPN", "NNP", "compound", 9),
    ("Korea", "Korea", "PROPN", "NNP", "pobj", 7),
    ("to", "to", "PART", "TO", "aux", 11),
    ("abandon", "abandon", "VERB", "VB", "xcomp", 6),
    ("its", "its", "PRON", "PRP$", "poss", 13),
    ("programs", "program", "NOUN", "NNS", "dobj", 11),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_an_active_verb_conjoined_to_a_passive_shares_its_subject():
    spans = [ActorSpan(0, 1, 0, NATO), ActorSpan(8, 10, 9, _country("PRK", "North Korea"))]
    rows = _shape_rows(PASSIVE_THEN_ACTIVE, spans)
    assert ("igo:nato", "APPEALS_TO", "PRK", "asserted", "conj-subject") in rows


# "Kathryn Steinle was shot and killed by Juan Lopez-Sanchez."
SHOT_AND_KILLED: list[Row] = [
    ("Kathryn", "Kathryn", "PROPN", "NNP", "compound", 1),
    ("Steinle", "Steinle", "PROPN", "NNP", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("shot", "shoot", "VERB", "VBN", "ROOT", 3),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("killed", "kill", "VERB", "VBN", "conj", 3),
    ("by", "by", "ADP", "IN", "agent", 5),
    ("Juan", "Juan", "PROPN", "NNP", "compound", 8),
    ("Lopez", "Lopez", "PROPN", "NNP", "compound", 10),
    ("-", "-", "PUNCT", "HYPH", "punct", 10),
    ("Sanchez", "Sanchez", "PROPN", "NNP", "pobj", 6),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_a_bare_participle_conjoined_to_a_passive_is_passive_too():
    steinle = Entity("person:kathryn-steinle", "Kathryn Steinle", "Person", "USA")
    killer = Entity("person:juan-lopez-sanchez", "Juan Lopez-Sanchez", "Person", "MEX")
    rows = _shape_rows(SHOT_AND_KILLED, [ActorSpan(0, 2, 1, steinle), ActorSpan(7, 11, 10, killer)])
    assert not any(r[0] == steinle.id for r in rows)


# "Russia criticized Iran after Putin, a leader, attacked Georgia." (the parser's reading of
# such sentences: the second verb joined to the first, with no conjunction)
UNJOINED_CLAUSE: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("Iran", "Iran", "PROPN", "NNP", "dobj", 1),
    ("after", "after", "ADP", "IN", "prep", 1),
    ("Putin", "Putin", "PROPN", "NNP", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("a", "a", "DET", "DT", "det", 7),
    ("leader", "leader", "NOUN", "NN", "appos", 4),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("attacked", "attack", "VERB", "VBD", "conj", 1),
    ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Russia criticized Iran and attacked Georgia."
JOINED_CLAUSE: list[Row] = [
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
    ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
    ("Iran", "Iran", "PROPN", "NNP", "dobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 1),
    ("attacked", "attack", "VERB", "VBD", "conj", 1),
    ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_finite_verb_joined_without_a_conjunction_keeps_no_subject():
    spans = [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(2, 3, 2, _country("IRN", "Iran")),
        ActorSpan(10, 11, 10, _country("GEO", "Georgia")),
    ]
    rows = _shape_rows(UNJOINED_CLAUSE, spans)
    assert ("RUS", "CRITICIZES", "IRN", "asserted", "active-svo") in rows
    assert not any(r[1] == "ATTACKS" for r in rows)


def test_a_finite_verb_joined_by_and_shares_the_subject():
    spans = [
        ActorSpan(0, 1, 0, _country("RUS", "Russia")),
        ActorSpan(2, 3, 2, _country("IRN", "Iran")),
        ActorSpan(5, 6, 5, _country("GEO", "Georgia")),
    ]
    rows = _shape_rows(JOINED_CLAUSE, spans)
    assert ("RUS", "ATTACKS", "GEO", "asserted", "conj-subject") in rows
