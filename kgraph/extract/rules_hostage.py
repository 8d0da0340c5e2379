"""The captive-object rule: "Gunmen took two Turkish engineers hostage" -> ATTACKS (CAMEO 181).

==============  =====  =======================================================================
rule            base   shape
==============  =====  =======================================================================
captive-object  0.70   "Gunmen took two Turkish engineers hostage", "militants are holding
                       three aid workers captive", "two Japanese were taken hostage by the
                       militants", "the Chinese hostages held by his group": whoever takes,
                       holds or keeps someone as a hostage or captive (a secondary predicate
                       of the verb, or the verb's participle on the captive noun) abducts them.
held-by-armed   0.60   "Coleman and Boyle were held by the Haqqani network", "a couple who had
                       been held by the Taliban": a person (or a civilian group) held or kept
                       by an armed group (a REB group or an organisation the gazetteer types
                       as armed; not an army or police, whose holding is a detention) with no
                       captive word is its captive all the same.
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
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue
from kgraph.extract.rules_conflict import armed_party
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive, subjects
from kgraph.ontology import ARMED_SECTORS, STATE_SECTORS

RULE = "captive-object"
CONFIDENCE = 0.70
HELD_RULE = "held-by-armed"
# Sectors of captives held by armed groups: not armed men themselves (prisoners of war,
# "fighters held by the rebels") nor a state body.
ARMED_OR_STATE = ARMED_SECTORS | STATE_SECTORS
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
            yield from _held_by_armed(ctx, verb, cue)
            continue
        subs = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        exclude = {s.entity.id for s in subs}
        for captive in captives:
            for target in resolve_targets(ctx, captive, exclude):
                if target.entity.kind in ("Topic", "Location"):
                    continue
                for sub in subs:
                    yield Candidate(sub, cue.relation, target, cue, RULE, verb.i)


def _held_by_armed(ctx: SentenceContext, verb: Token, cue: Cue) -> Iterator[Candidate]:
    """ "Coleman and Boyle were held by the Haqqani network": a passive verb of holding whose
    by-agent is an armed group holds its passive subject captive (a person, or a civilian
    group)."""
    if not is_passive(verb):
        return
    agent = by_agent(verb)
    if agent is None:
        return
    captors = [a for a in resolve_all(ctx, agent) if armed_party(a.entity)]
    if not captors:
        return
    exclude = {a.entity.id for a in captors}
    for held in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for target in resolve_targets(ctx, held, exclude):
            entity = target.entity
            if entity.kind == "Group" and entity.id.rpartition(":")[2] in ARMED_OR_STATE:
                continue
            if entity.kind not in ("Person", "Group"):
                continue
            for captor in captors:
                yield Candidate(captor, cue.relation, target, cue, HELD_RULE, verb.i)
