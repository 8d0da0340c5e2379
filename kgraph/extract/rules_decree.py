"""Acts done by a legal instrument: the owner of a decree acts (``decree-subject``).

"Obama's executive order barred Cuban exiles", "a new Russian law bans foreign adoptions by
Americans", "a UN resolution imposed sanctions on Iran", "the court's ruling ordered the release
of ...". A verb cue whose subject (or its conjunct's subject) is an instrument of state (the
lexicon's ``<decrees>`` class: order, decree, law, resolution, ruling ...) and whose relation
is one a state does by decree (coercion, sanctions, concessions, demands): the actor owning the
instrument (a possessive, a name or demonym before it, or a by/from-phrase) does the act. An
instrument with no owner named on it gives nothing. A message or a statement (the lexicon's
``<messages>`` and ``<issued_messages>``) asks what its author asks: "Trump's memo called on
Mattis to submit a plan", "a letter from Germany asked Russia to withdraw" (appeals and demands
only).

A criticism too ("Russia's statement accused Ukraine of shelling the plant", "a report by the
U.N. accused Iran"), by an author that is not an organisation (a newspaper's report accuses no
one in its own name). A definite document with no owner on it ("The statement also urged the
U.S. to reverse its decision") is its antecedent's: the nearest earlier mention of the same noun
in the sentence or the one before, when that mention names its owner ("a statement by the
Kremlin", "a statement issued by the Royal Court") or is the active object of a verb that put it
out ("China issued a statement on Monday", "senators sent a letter"; the lexicon's
``<issuing_verbs>``, ``<message_verbs>``, ``<authoring_verbs>``) or the noun of its in-phrase
("Beijing said in a statement"; ``<demand_reporting_verbs>`` besides): that verb's subject
wrote it (``antecedent-author``, :func:`document_authors`), unless it is an organisation that
only carried it (``<relaying_verbs>``: "The New York Times published a letter").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.rules_implicit import instrument_owner_args, instrument_owners, owners_act
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import is_passive, subjects

RULE = "decree-subject"
# The rule of a document whose author is named on an earlier mention of it.
ANTECEDENT = "antecedent-author"
# What a decree can do to a party.
DECREE_RELATIONS = frozenset(
    {"COERCES", "SANCTIONS", "CONCEDES_TO", "DEMANDS", "APPEALS_TO", "RECOGNIZES"}
)

# What a message or a statement says to a party: an appeal, a demand or a criticism.
MESSAGE_RELATIONS = frozenset({"DEMANDS", "APPEALS_TO", "CRITICIZES"})
# Determiners of a document mentioned before ("the statement", "this letter").
DEFINITE = frozenset({"the", "this", "that"})


def _classes(ctx: SentenceContext, *names: str) -> frozenset[str]:
    classes = ctx.lexicon.classes
    return frozenset().union(*(classes.get(name, frozenset()) for name in names))


def _messages(ctx: SentenceContext) -> frozenset[str]:
    """Nouns of a message or a document put out (the lexicon's <messages>, <issued_messages>
    and <authored_messages> classes)."""
    return _classes(ctx, "messages", "issued_messages", "authored_messages")


def _issuer(ctx: SentenceContext, noun: Token) -> Token | None:
    """The verb that put out the document ``noun`` names: the active verb whose object it is
    ("issued a statement"), or the one whose in-phrase it is ("said in a statement")."""
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ == "in" and governor.dep_ == "prep":
        verbs = _classes(
            ctx, "issuing_verbs", "message_verbs", "authoring_verbs", "demand_reporting_verbs"
        )
        governor = governor.head
    elif noun.dep_ == "dobj":
        verbs = _classes(ctx, "issuing_verbs", "message_verbs", "authoring_verbs")
    else:
        return None
    if governor.pos_ != "VERB" or governor.lemma_.lower() not in verbs or is_passive(governor):
        return None
    return governor


def document_authors(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "China issued a statement on Monday. The statement urged ...": the authors of a definite
    document noun with no owner of its own, read off its nearest earlier mention in this
    sentence or the one before (the owner named on it, else the subject of the verb that put
    it out); [] when that mention names neither."""
    if noun.lemma_.lower() not in _messages(ctx):
        return []
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return []
    lemma = noun.lemma_.lower()
    earlier = next(
        (
            t
            for t in reversed(ctx.doc[ctx.prev_start : noun.i])
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
        ),
        None,
    )
    if earlier is None:
        return []
    owners = instrument_owner_args(ctx, earlier)
    if not owners:
        verb = _issuer(ctx, earlier)
        if verb is None:
            return []
        # (not a pronoun: resolved from the sentence being read, not the one it stands in)
        owners = [a for a in subjects(ctx, verb)[0] if a.via != "pronoun"]
        if verb.lemma_.lower() in _classes(ctx, "relaying_verbs"):
            # "The New York Times published a letter": the media carry others' words
            owners = [a for a in owners if a.entity.kind != "Organization"]
    return [Arg(a.entity, a.token, "owner", a.hops + 1) for a in owners if a.entity.kind != "Topic"]


def _instrument(
    ctx: SentenceContext, verb: Token, decrees: frozenset[str] | None = None
) -> Token | None:
    """The decree noun (or a noun of ``decrees``) that is the active subject of ``verb`` or of
    the verb it is conjoined to ("the order halted ... and barred ...")."""
    if decrees is None:
        decrees = ctx.lexicon.classes.get("decrees", frozenset())
    clause = verb
    for _ in range(4):
        if is_passive(clause):
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.lemma_.lower() in decrees and ctx.actor(subject) is None:
                return subject
            return None
        if clause.dep_ != "conj":
            return None
        clause = clause.head
    return None


def decree_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Acts of the owners of decrees in the sentence (see the module docstring)."""
    for verb in ctx.of_pos("VERB"):
        every = verb_cues(ctx, verb)
        cues = [c for c in every if c.relation in DECREE_RELATIONS]
        if not cues and not any(c.relation in MESSAGE_RELATIONS for c in every):
            continue
        noun = _instrument(ctx, verb) if cues else None
        if noun is None:
            # "Trump's memo called on Mattis to submit a plan", "a letter from Germany asked
            # Russia to withdraw": a message or a statement asks what its author asks
            noun = _instrument(ctx, verb, _messages(ctx))
            cues = [c for c in every if c.relation in MESSAGE_RELATIONS]
            if noun is None or not cues:
                continue
        rule = RULE
        owners = [o for o in instrument_owners(ctx, noun) if o.entity.kind != "Topic"]
        if not owners:
            owners, rule = document_authors(ctx, noun), ANTECEDENT
        # "a New York Times report accused Trump": the media, organisations report, they do
        # not criticise in their own name
        bodies = [o for o in owners if o.entity.kind == "Organization"]
        others = [o for o in owners if o.entity.kind != "Organization"]
        if others:
            yield from owners_act(ctx, verb, cues, others, rule, topics=False)
        asks = [c for c in cues if c.relation != "CRITICIZES"]
        if bodies and asks:
            yield from owners_act(ctx, verb, asks, bodies, rule, topics=False)
