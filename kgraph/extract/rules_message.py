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
  signed it. And on a message its owner names ("Trump's remarks blaming violence on
  activists", "a tweet by Trump accusing Comey"): the owner sent it.

Two more shapes read what a speaker says or tells:

* ``quoted-demand``: "'Livingstone should stick to his guns,' Johnson insisted" -> APPEALS_TO
  (02), "Merkel said Russia must withdraw its troops", "has to", "needs to" -> DEMANDS (10): a
  that-clause (or a quote the reporting verb hangs on) whose subject is told it must or should
  act. The speaker must be one who speaks for a state (``rules_derived.accusing_speaker``: not
  the media, an organisation or an unknown person); not a guess ("must have known"), a passive,
  a negation, a state ("should become"), a condition ("should North Korea act", "if the
  allegations are true, Moore should step aside"), the speaker's own country or, for a person,
  its government, nor partners joined to the speaker's own side ("Chile and China should work
  together": a proposal, not an appeal).
* ``told-to``: "Trump told the Treasury Department to examine ..." -> DEMANDS (10): a telling
  verb with an actor object and an active infinitive complement after it; not civilians or
  workers ("told residents to stay home": advice or a rule, no demand made of a party).

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
from kgraph.extract.args_messages import named_owners
from kgraph.extract.args_plural import (
    clause_subjects,
    resolve_all,
)
from kgraph.extract.modality_negation import no_argument
from kgraph.extract.modality_words import CONDITIONAL_MARKS
from kgraph.extract.rules_derived import accusing_speaker
from kgraph.extract.rules_verbal import (
    Candidate,
    verb_cues,
)
from kgraph.extract.rules_verbal_subjects import (
    is_passive,
    subjects,
)
from kgraph.extract.rules_verbal_targets import (
    BLOCKED,
    PEOPLE_SECTORS,
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


def _owners(ctx: SentenceContext, participle: Token) -> list[Arg]:
    """ "Trump's remarks blaming violence on activists", "a tweet by Trump accusing Comey": the
    owners named on a message noun (the lexicon's ``<messages>``, ``<issued_messages>``,
    ``<authored_messages>``, ``<spoken_messages>``) that the participle modifies; [] when none."""
    noun = participle.head
    if participle.dep_ != "acl" or noun.pos_ != "NOUN":
        return []
    classes = ctx.lexicon.classes
    nouns = frozenset().union(
        *(
            classes.get(name, frozenset())
            for name in ("messages", "issued_messages", "authored_messages", "spoken_messages")
        )
    )
    if noun.lemma_.lower() not in nouns or ctx.actor(noun) is not None:
        return []
    # "a Facebook video he posted lambasting the government": a platform is no author
    platforms = classes.get("platforms", frozenset())
    return [a for a in named_owners(ctx, noun) if ctx.doc[a.token].lower_ not in platforms]


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
        owned = [] if found is not None or received is not None else _owners(ctx, participle)
        if owned:
            # "his remarks blaming violence on activists": the message's owner is its sender
            cues = [c for c in cues if c.relation in MESSAGE_RELATIONS]
            senders = [a for a in owned if a.entity.kind not in ("Topic", "Location")]
            verb, holders = participle, [participle.head]
        elif found is not None:
            verb, holders = found
            senders = [a for a in subjects(ctx, verb)[0] if a.entity.kind != "Topic"]
        elif received is not None:
            senders, verb = received
            senders = [a for a in senders if a.entity.kind != "Topic"]
            holders = []
        else:
            continue
        if owned or verb.lemma_.lower() not in ctx.lexicon.classes.get(
            "issuing_verbs", frozenset()
        ):
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
            if not targets and fit[1] != BLOCKED:
                # "a statement blaming Iran for the attack": "blame on" finds no on-phrase,
                # the verb's next cue ("blame") reads it (as the verbal rule does)
                continue
            for sender in senders:
                for target in targets:
                    if target.entity.kind != "Topic" and target.entity.id != sender.entity.id:
                        yield Candidate(sender, cue.relation, target, cue, rule, participle.i)
            break


QUOTED = "quoted-demand"
# Dependencies of a clause's verb that make it no act asked of its subject: a passive ("Iran
# must be held accountable" asks others), a perfect ("Russia must have known": a guess), a
# negation (kept out: "must not" may be a guess too).
NOT_ASKED = frozenset({"auxpass", "nsubjpass", "neg"})


def _obliged(ctx: SentenceContext, clause: Token) -> tuple[Token, str] | None:
    """The verb a that-clause obliges its subject to do and the relation of that obligation:
    "Russia must withdraw" (DEMANDS), "has to withdraw", "needs to withdraw" (the lexicon's
    ``<demand_modals>`` and ``<obliging_verbs>``), "Livingstone should stick to his guns"
    (APPEALS_TO, ``<appeal_modals>``); None for anything else, a copula or a perfect included
    ("must be", "must have known": a state or a guess, not an act asked for; the lexicon's
    ``<status_verbs>``), a condition ("should North Korea act") and what is not yet done ("had
    yet to convince")."""
    classes = ctx.lexicon.classes
    demand = classes.get("demand_modals", frozenset())
    appeal = classes.get("appeal_modals", frozenset())
    obliging = classes.get("obliging_verbs", frozenset())
    verb, relation = clause, ""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for aux in (c for c in clause.children if c.dep_ == "aux"):
        if aux.i > subject.i and aux.lower_ in demand:
            relation = "DEMANDS"
        elif aux.i > subject.i and aux.lower_ in appeal:
            # (not "should North Korea act unwisely": a condition, the modal before its subject)
            relation = "APPEALS_TO"
    if not relation and clause.lemma_.lower() in obliging:
        if any(c.lower_ == "yet" for c in clause.children):
            return None  # "Obama had yet to convince Americans": not done, not asked
        # "Russia has to withdraw", "needs to withdraw": the infinitive is the act
        infinitive = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        if infinitive is None or not any(c.lower_ == "to" for c in infinitive.children):
            return None
        if any(c.dep_ in NOT_ASKED for c in clause.children):
            return None
        verb, relation = infinitive, "DEMANDS"
    # ("China needs to understand that ...": knowing, the lexicon's <mental_verbs>, is no act)
    status = classes.get("status_verbs", frozenset()) | classes.get("mental_verbs", frozenset())
    if not relation or verb.pos_ != "VERB" or verb.lemma_.lower() in status | {"have"}:
        return None  # "the fund should become an EU institution": a state, not an act
    if any(c.dep_ in NOT_ASKED or c.lower_ in ("have", "'ve") for c in verb.children):
        return None
    if any(_conditional(c) for c in (*clause.children, *verb.children) if c.dep_ == "advcl"):
        return None  # "if the allegations are true, then Moore should step aside"
    if no_argument(list(verb.children)):
        return None  # "the ECJ should play no more role in Britain": a role refused, not asked
    return verb, relation


def _conditional(clause: Token) -> bool:
    """A clause of condition ("if the talks fail"), not of concession ("even if they change")."""
    return any(
        m.dep_ == "mark"
        and m.lower_ in CONDITIONAL_MARKS
        and not (m.i > 0 and m.doc[m.i - 1].lower_ == "even")
        for m in clause.children
    )


def _quoted_clauses(ctx: SentenceContext) -> Iterator[tuple[Token, Token]]:
    """(reporting verb, its that-clause): "Merkel said Russia must withdraw" (a ccomp), and
    "'Russia must withdraw,' Merkel said" (the parser often makes the quote the root and the
    reporting verb its parataxis or ccomp)."""
    reporting = ctx.lexicon.classes.get("demand_reporting_verbs", frozenset())
    for verb in ctx.sent:
        if verb.lemma_.lower() not in reporting or verb.pos_ != "VERB":
            continue
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.i != verb.i:
                yield verb, clause
        if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
            yield verb, verb.head


def quoted_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "'Livingstone should stick to his guns,' Johnson insisted" -> Johnson APPEALS_TO
    Livingstone; "Merkel said Russia must withdraw its troops" -> Merkel DEMANDS RUS. The
    speaker must be one who accuses or asks on behalf of a state (``accusing_speaker``: not
    the media, not an organisation, not an unknown person); the reporting verb's own modality
    and negation decide the triple's."""
    cues = {
        "DEMANDS": ctx.lexicon.verbs.get("demand", []),
        "APPEALS_TO": ctx.lexicon.verbs.get("urge", []),
    }
    for report, clause in _quoted_clauses(ctx):
        found = _obliged(ctx, clause)
        if found is None:
            continue
        _, relation = found
        relation_cues = [c for c in cues[relation] if c.relation == relation]
        if not relation_cues:
            continue
        speakers = [s for s in subjects(ctx, report)[0] if accusing_speaker(s.entity, report)]
        if not speakers:
            continue
        exclude = {s.entity.id for s in speakers}
        targets = [
            t
            for t in clause_subjects(ctx, clause, exclude)
            if t.entity.kind != "Topic" and t.via != "pronoun"
        ]
        joined = {a.entity.id for a in clause_subjects(ctx, clause, set())}
        for speaker in speakers:
            home = speaker.entity.country or speaker.entity.id.partition(":")[0]
            if len(joined) > 1 and joined & {home, speaker.entity.id}:
                continue  # "Chile and China should work together," Xi wrote: a joint proposal
            for target in targets:
                if target.entity.id == speaker.entity.id:
                    continue
                if target.entity.kind == "Country" and target.entity.id == home:
                    continue  # "the United States must lead," Trump said: no one else asked
                if speaker.entity.kind == "Person" and target.entity.id == f"{home}:GOV":
                    continue  # "Temer said the government had to consult lawmakers": his own
                yield Candidate(speaker, relation, target, relation_cues[0], QUOTED, report.i)


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
        # "told residents to stay home during the storm": telling civilians or workers to act
        # is advice or a rule, no demand made of a party (as an order to them is not:
        # rules_verbal_targets, PEOPLE_SECTORS)
        targets = [
            t
            for t in resolve_all(ctx, told, exclude)
            if t.entity.kind != "Topic" and t.entity.id.rpartition(":")[2] not in PEOPLE_SECTORS
        ]
        for teller in tellers:
            for target in targets:
                if target.entity.id != teller.entity.id:
                    yield Candidate(teller, "DEMANDS", target, cues[0], TOLD, verb.i)
