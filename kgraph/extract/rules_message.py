"""Demands and appeals made in a message: the participle after "wrote to", "sent a letter".

Two shapes, each the ``rule`` of its triples:

* ``message-addressee``: "The Tory leader has written to the prime minister demanding an
  explanation", "Paris sent a letter to Tehran urging restraint", "she telephoned the Egyptian
  president asking for help". A demanding or appealing participle with no actor object of its
  own is aimed at the message's addressee (the to-phrase of the message verb or noun, or the
  one telephoned); its actor is the message's sender. The parser often hangs the participle on
  the addressee's name ("written to [Blair demanding]"); that is read the same.
* ``message-sender``: "The senator sent a letter asking the White House for details". A
  demanding or appealing participle on a message noun whose own object is an actor: the sender
  of the message is its actor. The same on a document put out under a name ("Trump issued a
  statement accusing Cruz of dirty politics", "Congress passed a resolution urging Obama to
  ...", "lawmakers signed a letter calling on May to ..."): the one who issued, passed or
  signed it.

A message carries a demand, an appeal or a criticism ("a statement accusing Cruz"); a warning
in a letter is mostly a comment, and praise in one a courtesy, but a document put out in public
warns ("issued a joint statement warning the United States against ...").

The message verbs and nouns are word classes of the lexicon (``<message_verbs>``,
``<messages>``; documents put out, and the verbs that put them out: ``<issued_messages>``,
``<issuing_verbs>``); the participle's cue is the lexicon's (``demand``, ``urge``, ``ask``,
``accuse`` ...).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import (
    Arg,
    SentenceContext,
)
from kgraph.extract.args_plural import (
    resolve_all,
)
from kgraph.extract.rules_verbal import (
    Candidate,
    verb_cues,
)
from kgraph.extract.rules_verbal_subjects import (
    is_passive,
    subjects,
)
from kgraph.extract.rules_verbal_targets import (
    verb_targets,
)

# What a message can carry: a demand, an appeal or a criticism (a warning in a letter is mostly
# a comment).
MESSAGE_RELATIONS = frozenset({"DEMANDS", "APPEALS_TO", "CRITICIZES"})
# What is aimed at the addressee when the participle names no one ("wrote to Blair demanding
# an explanation"); a criticism in a letter to X is of what it names, not of X.
ADDRESSED = frozenset({"DEMANDS", "APPEALS_TO"})
# What a document put out in public can carry besides: a warning ("issued a joint statement
# warning the United States against ...").
PUBLIC = frozenset({"WARNS"})
# Verbs whose object is a message received from its from-phrase ("received a letter from X").
RECEIVING_VERBS = frozenset({"receive", "get"})
ADDRESSEE = "message-addressee"
SENDER = "message-sender"


def _message(ctx: SentenceContext, participle: Token) -> tuple[Token, list[Token]] | None:
    """The message verb a participle belongs to, and the tokens that may name the addressee
    (the verb, the message noun): None when the participle is no part of a message."""
    verbs = ctx.lexicon.classes.get("message_verbs", frozenset())
    nouns = ctx.lexicon.classes.get("messages", frozenset())
    head = participle.head
    if participle.dep_ == "advcl" and head.lemma_.lower() in verbs:
        # "has written to Blair, demanding an explanation"
        return head, [head]
    if participle.dep_ != "acl":
        return None
    if head.dep_ in ("dobj", "nsubjpass"):
        # "sent a letter to Tehran urging restraint"; not
        # "received a letter from X asking": only a sending verb's subject sent it
        noun, governor = head.lemma_.lower(), head.head.lemma_.lower()
        classes = ctx.lexicon.classes
        sent = noun in nouns and governor in verbs
        # "issued a statement accusing Cruz", "passed a resolution urging Obama to ..."
        documents = nouns | classes.get("issued_messages", frozenset())
        issued = noun in documents and governor in classes.get("issuing_verbs", frozenset())
        if (sent or issued) and not is_passive(head.head):
            return head.head, [head.head, head]
        return None
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in verbs:
        # "has written to [Blair demanding an explanation]": hung on the addressee
        return prep.head, [prep.head]
    return None


def _received(ctx: SentenceContext, participle: Token) -> tuple[list[Arg], Token] | None:
    """ "Congress received a letter from the Chinese consulate asking them not to meet Tsai":
    the senders named by the from-phrase of a message noun that a receiving verb
    (:data:`RECEIVING_VERBS`) takes as its object, and that verb (whose subject the message
    is addressed to). Also with the participle hung on the sender ("from [China asking]")."""
    nouns = ctx.lexicon.classes.get("messages", frozenset())
    if participle.dep_ != "acl":
        return None
    noun = participle.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "from":
        noun = noun.head.head
    if noun.lemma_.lower() not in nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in RECEIVING_VERBS or is_passive(verb):
        return None
    senders = [
        arg
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for arg in resolve_all(ctx, pobj)
    ]
    return senders, verb


def _addressees(ctx: SentenceContext, holders: list[Token], exclude: set[str]) -> list[Arg]:
    """The one a message goes to: "to X" on the message verb or noun, "sent X a letter",
    "telephoned X"."""
    verb = holders[0]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        args = resolve_all(ctx, pobj, exclude)
                        if args:
                            return args
    nouns = ctx.lexicon.classes.get("messages", frozenset())
    for child in verb.children:
        if child.dep_ == "dative" or (child.dep_ == "dobj" and child.lemma_.lower() not in nouns):
            args = resolve_all(ctx, child, exclude)
            if args:
                return args
    return []


def message_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Demands and appeals carried by a message (the shapes in this module's docstring)."""
    for participle in ctx.sent:
        if participle.tag_ != "VBG" or participle.dep_ not in ("acl", "advcl"):
            continue
        cues = [c for c in verb_cues(ctx, participle) if c.relation in MESSAGE_RELATIONS | PUBLIC]
        if not cues:
            continue
        found = _message(ctx, participle)
        received = None if found is not None else _received(ctx, participle)
        if found is not None:
            verb, holders = found
            senders = [a for a in subjects(ctx, verb)[0] if a.entity.kind != "Topic"]
        elif received is not None:
            senders, verb = received
            senders = [a for a in senders if a.entity.kind != "Topic"]
            holders = []
        else:
            continue
        if verb.lemma_.lower() not in ctx.lexicon.classes.get("issuing_verbs", frozenset()):
            cues = [c for c in cues if c.relation in MESSAGE_RELATIONS]
        if not senders:
            continue
        exclude = {s.entity.id for s in senders}
        for cue in cues:
            fit = verb_targets(ctx, participle, cue, exclude)
            if fit is None:
                continue
            targets, rule = fit[0], SENDER
            if received is not None and any(t.via == "pronoun" for t in targets):
                # "received a letter from X asking them ...": "them" are the receivers
                targets = []
            if not targets and cue.relation in ADDRESSED:
                if received is not None:
                    # the receiver is the one addressed ("received a letter demanding ...")
                    targets = [a for a in subjects(ctx, verb)[0] if a.entity.id not in exclude]
                else:
                    targets = _addressees(ctx, holders, exclude)
                rule = ADDRESSEE
            for sender in senders:
                for target in targets:
                    if target.entity.kind != "Topic" and target.entity.id != sender.entity.id:
                        yield Candidate(sender, cue.relation, target, cue, rule, participle.i)
            break


TOLD = "told-to"


def told_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Trump told the Treasury Department to examine two powers" -> Trump DEMANDS USA:GOV: a
    telling verb (the lexicon's ``<telling_verbs>``) with an actor object and an active
    infinitive complement (xcomp) after it, the act the one told is to do (the cue of the
    lexicon's "order", DEMANDS 10). An infinitive the parser hangs on the verb as an adverbial
    clause is a purpose, not an order ("told RTE ahead of a meeting to discuss the issue")."""
    telling = ctx.lexicon.classes.get("telling_verbs", frozenset())
    cues = [c for c in ctx.lexicon.verbs.get("order", []) if c.relation == "DEMANDS"]
    if not telling or not cues:
        return
    for verb in ctx.of_pos("VERB"):
        if verb.lemma_.lower() not in telling or is_passive(verb):
            continue
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if told is None:
            continue
        infinitive = next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.i > told.i and c.pos_ == "VERB"),
            None,
        )
        if infinitive is None or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
        ):
            continue
        if any(c.dep_ == "auxpass" for c in infinitive.children):
            continue  # "told the guards to be released": nothing asked of them
        tellers = [s for s in subjects(ctx, verb)[0] if s.entity.kind != "Topic"]
        exclude = {s.entity.id for s in tellers}
        targets = [t for t in resolve_all(ctx, told, exclude) if t.entity.kind != "Topic"]
        for teller in tellers:
            for target in targets:
                if target.entity.id != teller.entity.id:
                    yield Candidate(teller, "DEMANDS", target, cues[0], TOLD, verb.i)
