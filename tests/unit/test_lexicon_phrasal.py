"""Particles of phrasal cues in the packaged lexicon ("hit back at": "back" a particle, not an
object noun; "turn down *": "down" a particle, the direct object the target)."""

from __future__ import annotations

import pytest

from kgraph.errors import KgraphError
from kgraph.extract.lexicon import load_lexicon, parse_lexicon


def _cue(head: str, text: str):  # type: ignore[no-untyped-def]
    return next(c for c in load_lexicon().verbs[head] if c.text == text)


def test_back_is_a_particle_of_hit_back_at():
    cue = _cue("hit", "hit back at")
    assert (cue.particle, cue.prep, cue.objects) == ("back", "at", frozenset())


def test_up_is_a_particle_of_stand_up_to():
    cue = _cue("stand", "stand up to")
    assert (cue.particle, cue.prep) == ("up", "to")


def test_forces_is_the_object_noun_of_join_forces_with():
    cue = _cue("join", "join forces with")
    assert (cue.objects, cue.prep) == (frozenset({"forces"}), "with")


def test_a_final_star_makes_the_word_before_it_a_particle_with_a_direct_object_target():
    cue = _cue("turn", "turn down *")
    assert (cue.particle, cue.prep, cue.objects) == ("down", None, frozenset())
    cue = _cue("brush", "brush aside *")
    assert (cue.particle, cue.prep, cue.objects) == ("aside", None, frozenset())


def test_without_the_star_a_final_particle_word_introduces_the_target():
    cue = _cue("call", "call on")
    assert (cue.particle, cue.prep) == (None, "on")


def test_a_star_after_no_particle_is_an_error():
    with pytest.raises(KgraphError, match="must follow a particle"):
        parse_lexicon("verb\tturn *\tREJECTS\tREJECT\t12\t3\n")
    with pytest.raises(KgraphError, match="must follow a particle"):
        parse_lexicon("verb\tturn <requests> *\tREJECTS\tREJECT\t12\t3\nclass\trequests\toffer\n")
