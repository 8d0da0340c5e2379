"""Who acts in an event noun: the actor shapes of the nominal rules.

``noun_subjects`` reads an event noun's actor from a possessive ("Russia's support for ..."),
a name or demonym modifier ("U.S. sanctions on Iran"), a by/from-phrase, the subject of the
light verb that governs it ("Russia has investments in ...", "left for a visit to ..."), the
owner of a part taken in it ("Taiwan's role in talks with ...") or the copula's subject. The
nominal-adjunct and armed-adjunct shapes give an ownerless meeting or attack noun in a
circumstance phrase to the clause subject, and an ownerless statement noun in an in/with-phrase
of an active clause ("In a clear dig at Trump, Obama said ...") to the subject who says it;
``governor`` finds the verb whose clause holds the noun (for modality).
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, in_class, words
from kgraph.extract.modality_clauses import readiness_copula
from kgraph.extract.rules_targets import object_gap
from kgraph.extract.rules_verbal_subjects import is_passive, subjects

# Verbs that lend their subject to an event noun object without changing who acts (and the
# lexicon's <light_verbs> class: "expressed support for", "voiced criticism of").
LIGHT_VERBS = words(
    "have hold make conduct carry launch begin start continue resume give stage take undertake "
    "pay mount wage unleash impose announce step intensify expand deepen extend provide offer "
    "pledge promise order lead attend complete approve seek propose plan endorse finalize "
    "finalise "
    # verbs that raise what the subject already does: "Saudi Arabia ratcheted up pressure on
    # Iran", "Trump heaped pressure on Lockheed", "Ankara wants to boost cooperation with Baghdad"
    "ratchet ramp heap increase boost strengthen tighten bolster escalate pile "
    # and verbs of opening, pressing and closing one's own act: "China put pressure on Pyongyang",
    # "the EU opened talks with London", "Tokyo sealed a deal with Washington" (not "secure":
    # "Clinton secured the endorsement of Warren" is Warren's)
    "put open pursue exert apply seal clinch conclude restart"
)
# Phrasal verbs that do the same with their particle only ("Sanders turned up the pressure on
# Trump"; "turned down an offer" is no act of the subject's own).
LIGHT_PHRASALS = frozenset({("turn", "up"), ("crank", "up")})
# Verbs whose subject travels to or goes on the event ("left for a visit to Russia"); and a
# passive "expect" with a for-phrase ("is expected in Moscow for talks").
MOTION_VERBS = words("leave go arrive travel head be set embark fly return")
MOTION_PREPS = words("for on into to")
MAX_UP = 5
# Verbs whose subject (or passive subject) is caught up in the event of their in-phrase: "were
# locked in talks with", "engaged in talks with", "was embroiled in a row with" (not with an
# object: "sought to engage North Korea in talks" is the object's part, read by the verbs).
ENGAGED_VERBS = words("lock engage involve embroil mire")
# "Putin said during a visit to Beijing", "In a meeting with Poroshenko, Trump criticized ...":
# an ownerless meeting, visit or talks noun in a circumstance phrase of a clause is the clause
# subject's own (nominal-adjunct). Only these relations: a subject is no party to an attack
# it dies in ("soldiers died in an attack on the base").
ADJUNCT_PREPS = words("during after on in at following amid")
# And "the U.S. military struck militants in coordination with the Somali government",
# "trafficking routes run in partnership with Mexican cartels": done together (COOPERATES_WITH).
ADJUNCT_RELATIONS = frozenset({"MEETS", "VISITS", "NEGOTIATES_WITH", "COOPERATES_WITH"})
# The parser hangs an in/during/at-phrase of the verb on its object as often as not ("Putin
# discussed the referendum in phone conversations with Erdogan"): a with-noun in such a phrase
# on the object is the verb's circumstance (not a between-noun: "praised progress in talks
# between Kiev and Moscow" is no talks of the one who praised).
MISATTACHED_ADJUNCT_PREPS = words("in during at")
# Nouns of a part or the side of an event whose of-phrase holds the event noun, in the same
# circumstance phrase: "Obama said at the close of a meeting with Asian leaders", "Abe spoke on
# the sidelines of talks with Putin", "in the wake of a visit to Beijing" (not "on the eve of",
# "ahead of": an event still to come).
FRAME_NOUNS = words(
    "end close conclusion start beginning opening outset sideline sidelines margin margins "
    "course wake middle"
)
# "Turkish troops crossed the border during an offensive against Kurdish militants": an ownerless
# attack noun in a during/in-phrase is an armed subject's own attack (armed-adjunct), unless the
# verb says the subject suffered it ("soldiers died in an attack on the base": the lexicon's
# <suffered_verbs>).
ATTACK_ADJUNCT_PREPS = words("during in")
# "In a clear dig at Trump, Obama said ...", "Trump responded with a warning to Ryan": an
# ownerless statement noun in an in/with-phrase of an active clause is what the clause's
# subject says by it (statement-adjunct, read as nominal-adjunct). Not after, amid or
# following ("amid criticism of Trump" is others' words), not in a passive clause nor under
# a verb of receiving or agreeing ("was met with criticism of", "disagreed with the
# criticism of"), and only an indefinite noun or one with a possessive pronoun ("with a sharp
# rebuke of", "in his criticism of"), or a bare idiom noun of the lexicon's <bare_adjunct_nouns>
# ("fired missiles in defiance of U.N. sanctions").
STATEMENT_ADJUNCT_PREPS = words("in with")
STATEMENT_ADJUNCT_RELATIONS = frozenset(
    {"CRITICIZES", "WARNS", "APPEALS_TO", "DEMANDS", "REJECTS", "PROTESTS"}
)
STATEMENT_RECEIVING_VERBS = words(
    "meet greet face draw attract receive get earn hit slap confront answer agree disagree "
    "side concur differ"
)
ARMED_SECTORS = (":MIL", ":COP", ":REB")


def governor(noun: Token) -> Token | None:
    """The verb whose clause an event noun belongs to (for modality)."""
    token = noun
    for _ in range(MAX_UP):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _light_subjects(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "Russia has major investments in ...": the light verb's subject acts in the noun."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and _light(ctx, head):
        verb_cues = ctx.lexicon.verbs.get(head.lemma_.lower(), [])
        lemma = noun.lemma_.lower()
        if any(lemma in c.objects and _phrase_present(c, head, noun) for c in verb_cues):
            return []  # the verbal rule reads "hold talks with" itself
        # ("extended sanctions against Russia": the verb's cue is "extend <sanctions> on")
        return subjects(ctx, head)[0]
    # "Russia was ready for talks with the United States": the one standing ready takes part
    copula = readiness_copula(noun)
    if copula is not None:
        return subjects(ctx, copula)[0]
    # ("left for a visit to Russia", "went into a meeting with Moon", "heads to talks with")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in MOTION_PREPS:
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in MOTION_VERBS:
            return subjects(ctx, verb)[0]
        # "Tillerson is expected in Moscow for talks with Russian officials": the one expected
        if head.lower_ == "for" and verb.lemma_.lower() == "expect" and is_passive(verb):
            return [a for c in verb.children if c.dep_ == "nsubjpass" for a in resolve_all(ctx, c)]
    # "Colombia is in peace talks with the ELN", "has been in contact with": the copula's
    # subject takes part
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        verb = head.head
        if verb.lemma_.lower() == "be":
            return subjects(ctx, verb)[0]
        # "negotiators were locked in talks with the EU", "Iran engaged in talks with the EU"
        if verb.lemma_.lower() in ENGAGED_VERBS and not any(
            c.dep_ == "dobj" for c in verb.children
        ):
            patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if patients:
                return [a for p in patients for a in resolve_all(ctx, p)]
            return subjects(ctx, verb)[0]
    return []


def relative_light_verb(ctx: SentenceContext, noun: Token) -> Token | None:
    """ "the conversations Flynn had with Kislyak", "the talks that Iran held with the EU", "the
    visit he made to Cuba": a light verb in a relative clause on the noun whose object is the
    noun itself (no object of its own, or only the relative pronoun) lends the noun its subject
    (and its prepositions, for the target)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not _light(ctx, clause):
            continue
        pronoun_object = any(
            c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in clause.children
        )
        if object_gap(clause) or (
            pronoun_object and any(c.dep_ == "nsubj" for c in clause.children)
        ):
            return clause
    return None


def _light(ctx: SentenceContext, verb: Token) -> bool:
    """A light verb: of ``LIGHT_VERBS``, of the lexicon's ``<light_verbs>`` class, or a
    phrasal verb of ``LIGHT_PHRASALS`` with its particle."""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in ctx.lexicon.classes.get("light_verbs", ()):
        return True
    return any((lemma, c.lower_) in LIGHT_PHRASALS for c in verb.children if c.dep_ == "prt")


def _phrase_present(cue: Cue, verb: Token, noun: Token) -> bool:
    """A verb cue's target phrase is in the clause (on the verb or its object noun)."""
    if cue.prep is None:
        return True
    return any(
        c.dep_ in ("prep", "dative", "agent") and c.lower_ == cue.prep
        for holder in (verb, noun)
        for c in holder.children
    )


def noun_subjects(ctx: SentenceContext, noun: Token, exclude: set[str]) -> tuple[list[Arg], str]:
    """The actor of an event noun and the shape that found it."""
    # "Russia's support for Syria": the possessor acts
    for child in noun.children:
        if child.dep_ == "poss":
            args = resolve_all(ctx, child, exclude)
            if args:
                return args, "nominal-poss"
    # "U.S. sanctions on Iran", "Russian attacks on Ukraine": a name or demonym modifier acts
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            span = ctx.actor(child)
            if span is not None and span.entity.id not in exclude:
                return [Arg(span.entity, span.head)], "nominal-modifier"
    # "a state visit to Athens by Erdogan", "support from Moscow": the by/from-phrase acts
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    args = resolve_all(ctx, pobj, exclude)
                    if args:
                        return args, "nominal-by"
    # "Russia has major investments in ...", "Maduro left for a state visit to Russia"
    args = [a for a in _light_subjects(ctx, noun) if a.entity.id not in exclude]
    if args:
        return args, "nominal-light-verb"
    # "the conversations Flynn had with Kislyak", "the visit he made to Cuba"
    relative = relative_light_verb(ctx, noun)
    if relative is not None:
        args = [a for a in subjects(ctx, relative)[0] if a.entity.id not in exclude]
        if args:
            return args, "nominal-light-verb"
    # "Taiwan's position in talks with Washington", "Iran's role in the attacks on Israel"
    args = [a for a in _participants(ctx, noun) if a.entity.id not in exclude]
    if args:
        return args, "nominal-participation"
    # "The Assembly's vote was a rejection of ...": the copula's subject, or its owner, acts
    args = [a for a in _copula_subjects(ctx, noun) if a.entity.id not in exclude]
    return (args, "nominal-copula") if args else ([], "")


def adjunct_subjects(ctx: SentenceContext, noun: Token, targets: list[Arg]) -> list[Arg]:
    """The nominal-adjunct shape (see ``ADJUNCT_PREPS``): the subject of the clause whose
    circumstance phrase holds the noun (or the noun's frame, ``FRAME_NOUNS``; or the verb's
    object, ``MISATTACHED_ADJUNCT_PREPS``); nobody visits their own country ("Xi welcomed
    Trump during a visit to China" is Trump's visit, which this shape cannot tell)."""
    head = noun.head
    frame = head.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and frame.dep_ == "pobj"
        and frame.lemma_.lower() in FRAME_NOUNS
    ):
        noun, head = frame, frame.head  # "at the close of a meeting with ..."
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ADJUNCT_PREPS:
        return []
    verb = head.head
    if (
        verb.dep_ == "dobj"
        and verb.pos_ == "NOUN"
        and head.lower_ in MISATTACHED_ADJUNCT_PREPS
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    ):
        verb = verb.head  # "discussed the referendum in phone conversations with Erdogan"
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    places = {t.entity.id for t in targets} | {t.entity.country for t in targets}
    return [
        a
        for a in subjects(ctx, verb)[0]
        if a.entity.kind != "Place"
        # a pronoun far from its noun is too weak a party here; one whose noun is in the
        # same sentence is not ("Abadi said he won assurances in talks with Trump")
        and (a.via != "pronoun" or a.token >= ctx.sent.start)
        and a.entity.id not in places
        and a.entity.country not in places
    ]


def statement_adjunct_subjects(ctx: SentenceContext, noun: Token, targets: list[Arg]) -> list[Arg]:
    """The statement-adjunct shape (see ``STATEMENT_ADJUNCT_PREPS``): the subject of the
    active clause whose in- or with-phrase holds an ownerless statement noun."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in STATEMENT_ADJUNCT_PREPS:
        return []
    verb = head.head
    # "tested a missile in defiance of U.N. sanctions": a bare idiom noun (the lexicon's
    # <bare_adjunct_nouns>) whose phrase the parser may hang on the verb's object
    idiom = head.lower_ == "in" and in_class(
        noun, ctx.lexicon.classes.get("bare_adjunct_nouns", frozenset())
    )
    if idiom and verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head
    if idiom and verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        return []  # "sanctioned Pyongyang for pursuing missiles in defiance of": not the subject's
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return []
    if verb.lemma_.lower() in STATEMENT_RECEIVING_VERBS:
        return []
    if not idiom and not any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "poss" and c.tag_ == "PRP$")
        for c in noun.children
    ):
        # "took issue with criticism of Putin", "has taken the lead in the lawsuit against
        # the administration": a bare or definite noun is someone else's words, or a shared
        # act; "in a clear dig at", "in his criticism of" are the subject's own
        return []
    own = {t.entity.id for t in targets}
    return [
        a
        for a in subjects(ctx, verb)[0]
        if a.entity.kind not in ("Place", "Location", "Topic")
        and a.via != "pronoun"
        and a.entity.id not in own
    ]


def _attack_adjunct(ctx: SentenceContext, noun: Token) -> bool:
    """An attack noun in a during/in-phrase of a verb that is no suffering of it."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ATTACK_ADJUNCT_PREPS:
        return False
    return not in_class(head.head, ctx.lexicon.classes.get("suffered_verbs", frozenset()))


def _armed(arg: Arg) -> bool:
    """An army, police force or armed group of a country (``ISR:MIL``, ``AFG:REB``)."""
    return arg.entity.id.endswith(ARMED_SECTORS)


def _copula_subjects(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "The General Assembly's vote was a rejection of X", "Russia's move is a challenge to
    X": an event noun said of the copula's subject is done by that subject's actor (the
    subject itself, or its possessor)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return []
    for subject in noun.head.children:
        if subject.dep_ != "nsubj":
            continue
        span = ctx.actor(subject)
        if span is not None:
            return [Arg(span.entity, span.head)]
        owners = [c for c in subject.children if c.dep_ == "poss"]
        return resolve_all(ctx, owners[0]) if owners else []
    return []


def _participants(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """The owner of a part taken in an event (the lexicon's ``<participation>`` nouns: role,
    part, position, involvement ...) takes part in it: "Taiwan's position in talks with ..."."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ != "in":
        return []
    holder = head.head
    if holder.lemma_.lower() not in ctx.lexicon.classes.get("participation", frozenset()):
        return []
    for child in holder.children:
        if child.dep_ == "poss":
            return resolve_all(ctx, child)
    return []


def _of_visitors(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """ "the visit of Justin Trudeau to Washington": the of-phrase of a visit or a trip that
    names its destination with another preposition is the visitor (not a place: "the visit
    of Paris" is none)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return [
                        a
                        for a in resolve_all(ctx, pobj, exclude)
                        if a.entity.kind not in ("Location", "Topic")
                    ]
    return []
