"""Particles of phrasal cues in the packaged lexicon ("hit back at": "back" a particle, not an
object noun)."""

from __future__ import annotations

from kgraph.extract.lexicon import load_lexicon


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
