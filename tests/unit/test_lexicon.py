"""The packaged relation lexicon: it loads, and every record agrees with the ontology."""

from __future__ import annotations

import pytest

from kgraph.errors import KgraphError
from kgraph.extract.lexicon import allowed_plover, load_lexicon, parse_lexicon
from kgraph.ontology import RELATIONS

# ONTOLOGY.md: ATTACKS spans CAMEO 18-20; the PLOVER table files blockade and occupation
# (CAMEO 191, 192) under COERCE.
EXTRA_ROOTS = {"ATTACKS": ("19", "20"), "COERCES": ("19",)}


def test_lexicon_loads_from_package_once():
    assert load_lexicon() is load_lexicon()
    assert len(load_lexicon().cues()) > 200


def test_lexicon_codes_agree_with_ontology():
    for cue in load_lexicon().cues():
        rel = RELATIONS[cue.relation]
        assert not rel.structural, cue
        assert cue.plover in allowed_plover(cue.relation), cue
        assert cue.quad_class == rel.quad_class, cue
        roots = {(rel.cameo or "")[:2], *EXTRA_ROOTS.get(cue.relation, ())}
        assert cue.cameo[:2] in roots, cue


def test_lexicon_every_event_relation_has_a_verb_cue():
    covered = {c.relation for c in load_lexicon().cues() if c.kind == "verb"}
    events = {name for name, rel in RELATIONS.items() if not rel.structural}
    assert events <= covered, events - covered


def test_lexicon_parses_particles_objects_and_prepositions():
    lexicon = load_lexicon()
    hold = next(c for c in lexicon.verbs["hold"] if c.relation == "MEETS")
    assert hold.prep == "with" and "talk" in hold.objects
    pull = next(c for c in lexicon.verbs["pull"] if c.relation == "CONCEDES_TO")
    assert (pull.particle, pull.prep) == ("out", "of")
    call = next(c for c in lexicon.verbs["call"] if c.relation == "APPEALS_TO")
    assert call.prep == "on" and not call.objects
    receive = next(c for c in lexicon.verbs["receive"] if c.relation == "SUPPLIES")
    assert receive.inverse and receive.prep == "from"


def test_lexicon_class_named_again_adds_its_words():
    lexicon = parse_lexicon("class\tcontrol_only\twant push\nclass\tcontrol_only\tlike\n")
    assert lexicon.classes["control_only"] == frozenset({"want", "push", "like"})


def test_lexicon_specific_cues_come_first():
    for cues in load_lexicon().verbs.values():
        keys = [(not c.objects, c.prep is None) for c in cues]
        assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("verb\tmeet\tGREETS\tCONSULT\t040\t1", "unknown relation"),
        ("verb\tsend <tanks> to\tDEPLOYS_TO\tAID\t074\t2", "unknown class"),
        ("adverb\tfast\tMEETS\tCONSULT\t040\t1", "unknown kind"),
        ("verb\tmeet\tMEETS", "6 tab-separated columns"),
    ],
)
def test_lexicon_rejects_bad_records(text, message):
    with pytest.raises(KgraphError, match=message):
        parse_lexicon(text)
