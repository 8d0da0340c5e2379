"""The captive-object rule: "Gunmen took two Turkish engineers hostage" -> ATTACKS (CAMEO 181).

==============  =====  =======================================================================
rule            base   shape
==============  =====  =======================================================================
captive-object  0.70   "Gunmen took two Turkish engineers hostage", "militants are holding
                       three aid workers captive", "two Japanese were taken hostage by the
                       militants", "the Chinese hostages held by his group": whoever takes,
                       holds or keeps someone as a hostage or captive (a secondary predicate
                       of the verb, or the verb's participle on the captive noun) abducts them.
==============  =====  =======================================================================

The words are data: the lexicon's ``<captive_words>`` and ``<captor_verbs>`` classes; the cue
is the lexicon's "kidnap" (ATTACKS, ASSAULT, 181). Only the sentence's verbs
(``SentenceContext.of_pos``, shared with other rules) are looked up, by lemma hash.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Token

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import is_passive, subjects

RULE = "captive-object"
CONFIDENCE = 0.70
# How the parser hangs "hostage" on "took X hostage" (besides a direct object).
PREDICATE_DEPS = frozenset(
    {"oprd", "ccomp", "xcomp", "advcl", "advmod", "npadvmod", "acomp", "dep"}
)


@functools.cache
def _hashes(words: frozenset[str]) -> frozenset[int]:
    """String hashes of words: one integer lookup per token (``Token.lower``)."""
    return frozenset(get_string_id(w) for w in words)


def _captives(word: Token, verb: Token) -> list[Token]:
    """The nouns held as captives when ``word`` ("hostage") is a predicate of ``verb``."""
    if word.dep_ == "dobj":
        # "took three Turkish engineers hostage" parsed with "engineers" compound to "hostage"
        return [c for c in word.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if word.dep_ not in PREDICATE_DEPS:
        return []
    held = ("nsubjpass",) if is_passive(verb) else ("dobj",)
    return [c for c in verb.children if c.dep_ in held and c.i != word.i]


def _held(verb: Token, captive_words: frozenset[str]) -> list[Token]:
    """The captives of a verb of taking or holding: its object or passive subject when a
    captive word is its predicate ("holding two journalists hostage"), or the captive noun it
    modifies as a participle ("the hostages held by his group")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in captive_words:
        return [verb.head]
    for word in verb.children:
        if word.lower_ in captive_words:
            return _captives(word, verb)
    return []


def hostage_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every captive-object relation of the sentence."""
    classes = ctx.lexicon.classes
    captive_words = classes.get("captive_words", frozenset())
    captor_verbs = classes.get("captor_verbs", frozenset())
    cues = ctx.lexicon.verbs.get("kidnap")
    if not captive_words or not captor_verbs or not cues:
        return
    cue = cues[0]
    lemmas = _hashes(captor_verbs)
    for verb in ctx.of_pos("VERB"):
        if verb.lemma not in lemmas:
            continue
        captives = _held(verb, captive_words)
        if not captives:
            continue
        subs = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        exclude = {s.entity.id for s in subs}
        for captive in captives:
            for target in resolve_targets(ctx, captive, exclude):
                if target.entity.kind in ("Topic", "Location"):
                    continue
                for sub in subs:
                    yield Candidate(sub, cue.relation, target, cue, RULE, verb.i)
