"""Sense checks that drop a candidate whose cue, read in its sentence, names no act between the
two actors (kgraph/extract/relations.py applies them with those of ``rules_senses``).

=================  ==========================================================================
check              shape
=================  ==========================================================================
left-body          "Burundi withdrew from the International Criminal Court", "the first
                   nation to pull out of the court": a RETREAT cue (CAMEO 087) whose target
                   is an IGO or an organisation leaves a body; no forces retreat from a party.
unsupplied-thing   "the island has provided more than 320,000 jobs to the American people":
                   a SUPPLIES cue whose direct object is a word of the lexicon's
                   ``<unsupplied_things>`` (jobs, evidence, testimony) gives no aid.
talked-about-act   "a video showing Trump boasting about grabbing women", "joked about
                   invading Venezuela": an act named by a gerund after "about" is what
                   someone talks, boasts or worries about, not an act done.
advance-notice     "it had warned the United States well in advance of its operational
                   plans": a warning given "in advance" notifies; it threatens nothing
                   (WARNS is CAMEO 13).
requester-target   "the Security Council met at the request of France", "on Russia's
                   invitation": the one at whose request (a noun of the lexicon's
                   ``<request_nouns>``) an act is done asked for it; it is not the act's
                   target (the request itself is read as APPEALS_TO by the nominal rules).
                   A request refused or accepted ("refused Ukraine's request"), or a stance
                   taken in the cue's own phrase ("scoffed at Britain's suggestion"), is no
                   such phrase and keeps its owner.
hosted-event       "decided not to host the first U.S. presidential debate", "will host the
                   Chinese New Year festival": an event hosted (a noun of the lexicon's
                   ``<hosted_events>``) is no guest, nor is the owner its adjective or compound
                   names; "host the Russian delegation" stays.
view-topic         "the Kremlin stood by its assessment of Tillerson", "rejected the U.N.'s
                   report on Iran": an actor named only in the of-, about- or on-phrase of a
                   view or statement (the lexicon's ``<view_nouns>``) the verb takes is what
                   the view is about; the verb acts on the view, not on that actor.
=================  ==========================================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon import in_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.extract.lexicon import Lexicon
    from kgraph.extract.rules_verbal import Candidate

BODY_KINDS = frozenset({"IGO", "Organization"})
# relations of a stance taken on what a party put forward ("scoffed at Britain's suggestion")
STANCES = frozenset({"CRITICIZES", "REJECTS", "BACKS", "AGREES_WITH"})


def left_body(cand: Candidate) -> bool:
    """Whether a RETREAT candidate withdraws from an IGO or an organisation (see the table)."""
    return cand.cue.plover == "RETREAT" and cand.object.entity.kind in BODY_KINDS


def unsupplied_thing(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a SUPPLIES verb's direct object is a thing given as no aid (see the table)."""
    if cand.relation != "SUPPLIES" or cand.noun is not None:
        return False
    things = lexicon.classes.get("unsupplied_things", frozenset())
    return any(c.dep_ == "dobj" and in_class(c, things) for c in doc[cand.anchor].children)


def talked_about_act(cand: Candidate, doc: Doc) -> bool:
    """Whether the candidate's verb is a gerund after "about" (see the table)."""
    if cand.noun is not None:
        return False
    verb = doc[cand.anchor]
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "about"


def advance_notice(cand: Candidate, doc: Doc) -> bool:
    """Whether a WARNS verb is done "in advance" (see the table)."""
    if cand.relation != "WARNS" or cand.noun is not None:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ == "advance" for c in prep.children)
        for prep in doc[cand.anchor].children
    )


def owning_noun(owner: Token, deps: tuple[str, ...]) -> Token | None:
    """The noun an actor owns through "of" or a modifier of ``deps`` ("the request of France
    and Britain", "Suu Kyi's freedom"), from the first of its conjuncts; None otherwise."""
    while owner.dep_ == "conj" and owner.head.i != owner.i:
        owner = owner.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "of":
        return owner.head.head
    return owner.head if owner.dep_ in deps else None


def requester_target(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether the target is read as the owner of a request the act answers (see the table)."""
    if cand.relation == "APPEALS_TO" or cand.object.via != "owner":
        return False
    noun = owning_noun(doc[cand.object.token], ("poss",))  # "at the request of France"
    if noun is None:
        return False
    # "at the request of France", "on Russia's invitation"; "refused Ukraine's request" stays,
    # and so does a stance taken in the cue's own phrase ("scoffed at Britain's suggestion"; a
    # meeting "at" a request is still no act on its maker)
    prep = noun.head.lower_
    if noun.dep_ != "pobj" or prep not in ("at", "on", "upon"):
        return False
    if prep == cand.cue.prep and cand.relation in STANCES:
        return False
    return in_class(noun, lexicon.classes.get("request_nouns", frozenset()))


def view_topic(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether the target is only the topic of a view the verb acts on (see the table)."""
    if cand.noun is not None or cand.object.via != "owner":
        return False
    topic = doc[cand.object.token]
    while topic.dep_ == "conj" and topic.head.i != topic.i:
        topic = topic.head
    prep = topic.head
    if topic.dep_ != "pobj" or prep.lower_ not in ("of", "about", "on"):
        return False
    view = prep.head
    verb = doc[cand.anchor]
    if view.head.i != verb.i and not (view.head.dep_ == "prep" and view.head.head.i == verb.i):
        return False
    return in_class(view, lexicon.classes.get("view_nouns", frozenset()))


def hosted_event(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a HOSTS target is the owner named on an event hosted (see the table)."""
    if cand.relation != "HOSTS" or cand.object.via != "owner":
        return False
    owner = doc[cand.object.token]
    if owner.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    return in_class(owner.head, lexicon.classes.get("hosted_events", frozenset()))
