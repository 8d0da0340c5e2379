"""CAMEO patterns whose "object" is a particle ("* DOWN" of VOTE) or whose phrase starts with
one ("* (OFF SANCTIONS)" of SHRUG), matched on frozen parses where the parser tags the particle
"prt" and makes the noun after it the direct object (particles19)."""

from __future__ import annotations

import functools

from spacy.lang.en import English
from spacy.tokens import Doc

from kgraph.extract.cameo import parse_cameo, parse_filter
from kgraph.extract.lexicon import parse_lexicon

Row = tuple[str, str, str, str, str, int]

PARSES: dict[str, list[Row]] = {
    "Iran voted down Iraq 's proposal .": [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("voted", "vote", "VERB", "VBD", "ROOT", 1),
        ("down", "down", "ADP", "RP", "prt", 1),
        ("Iraq", "Iraq", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Iran voted Iraq 's proposal .": [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("voted", "vote", "VERB", "VBD", "ROOT", 1),
        ("Iraq", "Iraq", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Iran polled down Iraq 's proposal .": [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("polled", "poll", "VERB", "VBD", "ROOT", 1),
        ("down", "down", "ADP", "RP", "prt", 1),
        ("Iraq", "Iraq", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Iran shrugged off Iraq 's sanctions .": [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("shrugged", "shrug", "VERB", "VBD", "ROOT", 1),
        ("off", "off", "ADP", "RP", "prt", 1),
        ("Iraq", "Iraq", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
}

# The rows of cameo_verbs.tsv for "- * DOWN [120] # VOTE" in a block with POLL, and
# "- * (OFF SANCTIONS) [128] # SHRUG".
VERBS = (
    "verb\tvote\tvote\t\t\t---\t-\tname\t1\n"
    "verb\tvote\tpoll\t\t\t---\t-\tblock\t2\n"
    "pattern\tvote\tdown\t\t\t\t120\tREJECTS\tvote\t3\n"
    "verb\tshrug\tshrug\t\t\t---\t-\tname\t4\n"
    "pattern\tshrug\t\t\toff sanction\t\t128\tREJECTS\tshrug\t5\n"
)


@functools.cache
def _lexicon():  # type: ignore[no-untyped-def]
    hand = parse_lexicon("verb\treject\tREJECTS\tREJECT\t12\t3\n")
    # the vote block coherent: its object patterns hold for POLL too, but not its particles
    return parse_cameo(VERBS, hand, parse_filter("block\tvote\n"))


def _match(text: str, verb_word: str) -> list[tuple[str, str, str | None, str | None]]:
    words, lemmas, pos, tags, deps, heads = zip(*PARSES[text], strict=True)
    doc = Doc(
        English().vocab,
        words=list(words),
        lemmas=list(lemmas),
        pos=list(pos),
        tags=list(tags),
        deps=list(deps),
        heads=list(heads),
    )
    verb = next(t for t in doc if t.text == verb_word)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [(c.relation, c.cameo, c.particle, c.prep) for c in _lexicon().match(verb, objects)]


def test_a_particle_pattern_needs_the_particle_and_targets_the_direct_object():
    found = _match("Iran voted down Iraq 's proposal .", "voted")
    assert ("REJECTS", "120", "down", None) in found
    assert _match("Iran voted Iraq 's proposal .", "voted") == []


def test_a_particle_pattern_holds_only_for_the_verbs_it_was_written_for():
    assert _match("Iran polled down Iraq 's proposal .", "polled") == []


def test_a_phrase_opened_by_a_particle_is_the_particle_and_the_direct_object():
    found = _match("Iran shrugged off Iraq 's sanctions .", "shrugged")
    assert [f[:2] for f in found] == [("REJECTS", "128")]
