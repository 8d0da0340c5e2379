"""Subjects of verbal rules: who does what a verb says.

:func:`subjects` finds the actors of a verb and the shape that found them (the ``rule`` of
the triple): active subject, passive or reduced-relative by-agent, conjoined verb, control
(subject, object, nominal), gerund subject, participle clause, relative clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_acts import summary_owner
from kgraph.extract.args_context import PERMISSION_NOUNS, SPEAKING_VERBS, Arg, SentenceContext
from kgraph.extract.args_messages import MESSAGE_RELATIVE, message_author, named_owners
from kgraph.extract.args_plural import companions, permitted_actors, resolve_all
from kgraph.extract.lexicon import in_class, words
from kgraph.extract.modality_clauses import (
    before_subordinator,
    commitment,
    is_infinitive,
    participle_conjunct,
    ranked_apposition,
    ranked_copula,
    speech_participle,
)
from kgraph.extract.rules_args import relative_antecedent
from kgraph.extract.rules_control import NOMINAL_CONTROL, control_subjects, stating_verb
from kgraph.extract.rules_targets import agentive_modifier
from kgraph.resolve.groups import DASHES

# Verbs whose object (not subject) controls an infinitive or against-clause:
# "urged Russia to withdraw", "warning Putin against sending".
OBJECT_CONTROL = words(
    "urge ask call warn persuade order tell force allow help want press encourage invite "
    "pressure push caution advise permit authorize compel lobby like"
)
# "accused Iran of supporting Hamas": the accused is the actor of the -ing clause ("crediting
# Turkey for standing by Syrians": Turkey stands by them).
ACCUSE_VERBS = words(
    "accuse blame charge suspect criticize criticise condemn praise thank commend fault "
    "sanction punish rebuke reprimand scold chide denounce censure credit"
)
# Passives whose subject does the infinitive's act ("is scheduled to meet", "is set to visit").
SCHEDULING = words("schedule slate set expect")
# The rule of a verb whose subject is an act its owner did ("Trump's decision angered China").
OWNED_SUBJECT = "owned-subject"
# Tags of an auxiliary with tense ("have stepped", "was sending", "will hold").
FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD", "MD"})


def is_passive(verb: Token) -> bool:
    """A passive verb: ``auxpass``/``nsubjpass`` child, or a participle modifying a noun."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return (
        (verb.dep_ == "acl" and verb.tag_ == "VBN")
        or agentive_modifier(verb)
        or bool(modifier_conjunct(verb))
        or opening_participle(verb) is not None
    )


def opening_participle(verb: Token) -> Token | None:
    """ "Backed by Ankara and Tehran, the Iraqi government demanded ...": a passive participle
    with a by-agent opening its sentence, set off before the clause it modifies, with no
    subject or auxiliary of its own, is done to that clause's subject; returns that subject
    (None for any other verb, and for a clause with no subject)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or head.i < verb.i:
        return None
    if verb.i != verb.sent.start:
        return None
    if not any(c.dep_ == "agent" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children
    ):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def modifier_conjunct(verb: Token) -> Token | None:
    """ "Theresa May, weakened by the loss ... and criticized by Brussels": a participle with
    its own by-agent conjoined to a participle modifying a noun is a reduced relative too;
    returns the modified noun."""
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first is verb or verb.tag_ != "VBN" or by_agent(verb) is None:
        return None
    if first.dep_ in ("acl", "amod") and first.tag_ == "VBN":
        return first.head
    return None


def by_agent(verb: Token) -> Token | None:
    """The noun of a verb's by-phrase (its agent), or None."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def subjects(ctx: SentenceContext, verb: Token, depth: int = 0) -> tuple[list[Arg], str]:
    """The actors doing what ``verb`` says, and the shape that found them (the rule name)."""
    if depth > 4:
        return [], ""
    # "The mayor of Phoenix on Wednesday called on Trump to ...": a past participle hung as a
    # modifier on a root noun is the sentence's own verb, misparsed (as a past tense is, below),
    # when it takes an object, or a preposition and an infinitive, and nothing makes it passive
    # ("troops backed by Iran", "men held in Syria")
    if _misparsed_participle(verb):
        return resolve_all(ctx, verb.head), "active-svo"
    # "the talks were mediated by Norway": passive with an agent; "negotiations ..., mediated
    # by Norway": the same on a participle modifying a noun (reduced relative).
    if is_passive(verb):
        agent = by_agent(verb)
        if agent is None:
            return [], ""
        reduced = verb.dep_ in ("acl", "amod") or modifier_conjunct(verb) is not None
        rule = "reduced-relative" if reduced else "passive-agent"
        if opening_participle(verb) is not None:
            rule = "opening-participle"
        return resolve_all(ctx, agent), rule
    nsubjs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for child in nsubjs:
        args = resolve_all(ctx, child)
        if not args and child.lower_ == "who":
            # "Carson is a retired neurosurgeon who ... threw his support to Trump": a relative
            # on a predicate noun describes the copula's subject
            args = _described_subject(ctx, child)
        if not args:
            # "SIGAR issued a report that criticized Washington": the message's author
            owners, producer = message_author(ctx, child)
            if producer is not None:
                owners = subjects(ctx, producer, depth + 1)[0]
            if owners:
                return owners, MESSAGE_RELATIVE
        if not args:
            if child.i < verb.i and any(n.i > child.i for n in nsubjs) and _dateline(child):
                # "ISMAILIA, Egypt (Reuters) - Militants attacked ...": the dateline parsed as
                # a first subject; the real one follows it
                continue
            owners = owned_act_subjects(ctx, verb, child)
            return owners, OWNED_SUBJECT if owners else ""
        # "Putin, who said he backed negotiations": the relative pronoun's antecedent
        if child.lower_ in ("who", "which", "that"):
            return args, "relative-clause"
        # "Russia supplied arms to Venezuela": the active subject ("Saudi Arabia, alongside
        # the UAE, cut ties": and its companions)
        ids = {a.entity.id for a in args}
        return [*args, *companions(ctx, child, ids)], "active-svo"
    if not nsubjs and (stolen := _participle_held_subject(verb)) is not None:
        # "Clinton, seeking to dampen Trump's appeal, accused him of ...": the parser gave
        # the main subject to the participle clause set off after it
        return resolve_all(ctx, stolen), "active-svo"
    head = verb.head
    if head == verb:
        return [], ""
    # "has been one of Maduro's backers ... and has provided loans": conjoined verbs share
    # the first verb's subject.
    if verb.dep_ == "conj":
        # "urging China to open its markets and calling on Russia": a participle conjoined
        # to the infinitive of an earlier participle is that participle's conjunct
        participle = participle_conjunct(verb)
        if participle is not None:
            return subjects(ctx, participle, depth + 1)
        modified = _modified_noun(verb)
        if modified is not None:
            return resolve_all(ctx, modified), "participle-subject"
        speaker = _speaker_conjunct(ctx, verb)
        if speaker is not None:
            # "The U.N. chief said the attack was a war crime and called on Congolese
            # authorities to ...": the speaker's own act, joined to what the speaker reports
            args, _ = subjects(ctx, speaker, depth + 1)
            return args, "conj-subject"
        if not _coordinated(verb):
            # "He repeated the proposal after Omar Mateen, a ... Muslim, killed 49 people": a
            # finite verb joined with no conjunction anywhere in its series is a clause whose
            # own subject the parser lost, not the first verb's second act
            return [], ""
        if is_passive(head):
            # "NATO has not been involved in the crisis, but has called on North Korea to
            # ...": an active verb conjoined to a passive one shares its passive subject; a
            # bare participle shares its passive too ("was shot and killed by ...")
            if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
                return [], ""
            patients = [c for c in head.children if c.dep_ == "nsubjpass"]
            return [a for p in patients for a in resolve_all(ctx, p)], "conj-subject"
        args, _ = subjects(ctx, head, depth + 1)
        return args, "conj-subject"
    # "complained about Washington imposing sanctions", "warned against Israel attacking
    # Lebanon": a gerund right after the object of a preposition of concern has that object
    # for its subject (the parser hangs the gerund on the main verb); not an actor: no one
    named = gerund_subject(ctx, verb)
    if named is not None:
        return resolve_all(ctx, named), "gerund-subject"
    # "agreed to send troops": the controller's subject; "urged Russia to withdraw": its object.
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and is_infinitive(verb) or verb.dep_ == "xcomp":
        if is_passive(head):
            # "Obama is being pressured by Congress to help Iran": the passive subject acts;
            # "Obama is scheduled to attend": it is the subject of its own act
            rule = "control-subject" if head.lemma_.lower() in SCHEDULING else "control-object"
            for child in head.children:
                if child.dep_ == "nsubjpass":
                    return resolve_all(ctx, child), rule
        if head.lemma_.lower() in OBJECT_CONTROL:
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    # "advised its citizens not to visit": the object acts, actor or not
                    return resolve_all(ctx, child), "control-object"
            if (called := _called_on(head)) is not None:
                # "called on Russia to withdraw its troops": the one called on acts
                return resolve_all(ctx, called), "control-object"
        gerund_subject_object = _object_before_gerund(verb)
        if gerund_subject_object is not None and (doers := resolve_all(ctx, gerund_subject_object)):
            # "China condemned Japan sending warships": the actor right before the gerund
            # does it (the parser makes it the main verb's object)
            return doers, "control-object"
        permitted = permitted_actors(ctx, head)
        if permitted is not None:
            return permitted, "control-object"
        args, _ = subjects(ctx, head, depth + 1)
        return args, "control-subject"
    # "Sessions was the first senator to endorse Trump", "is one of the first countries to
    # recognize Kosovo": the infinitive of a ranked predicate noun is the copula's subject's act
    if verb.dep_ in ("acl", "relcl") and (copula := ranked_copula(verb)) is not None:
        args, _ = subjects(ctx, copula, depth + 1)
        return args, "control-subject"
    # "Obama, the first U.S. president to visit Cuba": the name the ranked noun describes
    if (named := ranked_apposition(verb)) is not None:
        return resolve_all(ctx, named), "control-subject"
    # "Egypt's refusal to negotiate with Sudan": the owner of a decision, intent or refusal
    if verb.dep_ == "acl" and (owners := control_subjects(ctx, verb)):
        return owners, NOMINAL_CONTROL
    # "Iran expressed readiness to help Iraq": the subject of the verb stating the noun
    if verb.dep_ == "acl" and (stating := stating_verb(verb)) is not None:
        args, _ = subjects(ctx, stating, depth + 1)
        return args, NOMINAL_CONTROL
    # "The UN gave Iraq permission to export oil": the one permitted acts
    if verb.dep_ == "acl" and head.lemma_.lower() in PERMISSION_NOUNS and head.dep_ == "dobj":
        permitted = permitted_actors(ctx, head.head)
        if permitted is not None:
            return permitted, "control-object"
    # "warning Putin against sending Maduro military assistance", "accused Iran of arming
    # Hamas": object control via a preposition; "by sending troops": the governing verb's
    # subject.
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        patient = _passive_patient(governor) if is_passive(governor) else None
        if patient is not None and verb.tag_ == "VBG":
            # "Turkey was condemned by the EU after attacking Kurdish fighters", "was accused
            # of arming Hamas": the passive's subject does the gerund's act, not its agent
            return resolve_all(ctx, patient), "control-subject"
        accusing = head.lower_ in ("of", "for") and governor.lemma_.lower() in ACCUSE_VERBS
        if accusing or (
            head.lower_ in ("against", "from") and governor.lemma_.lower() in OBJECT_CONTROL
        ):
            for child in governor.children:
                if child.dep_ in ("dobj", "dative"):
                    return resolve_all(ctx, child), "control-object"
        if head.lower_ == "for" and (blamed := _blamed_target(ctx, governor)):
            # "imposed sanctions on Turkey for shooting down a jet", "a revenge attack against
            # America for recognizing Jerusalem": a reason given for an act against someone is
            # what that one did
            return blamed, "control-object"
        if governor.pos_ in ("VERB", "AUX") or (
            governor.dep_ == "acomp" and commitment(verb) is not None
        ):
            # "Washington remains committed to helping Mexico": the gerund of a commitment
            # adjective takes the copula's subject, as an adjective's infinitive does
            args, _ = subjects(ctx, governor, depth + 1)
            return args, "control-subject"
    # "Meeting Maduro in Moscow, Putin said ...": a participle clause takes the main subject.
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):
        if _finite_auxiliary(verb):
            # "While the leaders ... have stepped up pressure on Maduro, they ...": a tensed
            # auxiliary makes a finite clause whose own subject the parser lost, no
            # participle clause going on with the main subject
            return [], ""
        if before_subordinator(verb):
            return [], ""
        # "announced settlements with 17 tribes that had sued the government, accusing them
        # of ...": right after a restrictive relative clause, the participle goes on with
        # the relative clause's subject, not the main one
        relative = _relative_before(verb)
        if relative is not None:
            args, _ = subjects(ctx, relative, depth + 1)
            return args, "participle-subject"
        # "Trump said China can fix this, urging Beijing to ...": a speech-act participle
        # hung on the reported clause goes on with the speaker's words
        if speech_participle(verb):
            head = head.head
        elif _set_off(verb) and _object_controlled(head):
            # "Obama pushed Cuba to improve rights ..., publicly sparring with Castro": a
            # participle set off by a comma after an infinitive its object does goes on with
            # the main subject, not with the one urged
            head = head.head
        args, _ = subjects(ctx, head, depth + 1)
        return args, "participle-subject"
    # "Iran is ready to resume talks": an adjective's infinitive takes the copula's subject
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        args, _ = subjects(ctx, head, depth + 1)
        return args, "control-subject"
    # "Russia, sending troops to Syria, ...": an active participle on a noun.
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return resolve_all(ctx, head), "participle-subject"
    # "The U.N. chief called on Congolese authorities to ...": a past-tense verb (VBD, not a
    # participle) hung as a modifier on a root noun is the sentence's own verb, misparsed;
    # that noun is its subject
    misparsed_root = head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and misparsed_root:
        return resolve_all(ctx, head), "active-svo"
    return [], ""


def _misparsed_participle(verb: Token) -> bool:
    """Whether a past participle modifying a root noun has an object of its own, or a
    preposition and an infinitive ("called on X to ..."), with no agent, auxiliary or
    subject, and is not set off by a comma."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.dep_ != "ROOT":
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"agent", "aux", "auxpass", "nsubj", "nsubjpass"}:
        return False
    if verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return False
    return "dobj" in deps or {"prep", "xcomp"} <= deps


def _participle_held_subject(verb: Token) -> Token | None:
    """ "Democrat Hillary Clinton, seeking to dampen Trump's appeal, on Tuesday accused him":
    a finite verb with no subject of its own, before which a participle clause (no
    conjunction, no auxiliary with tense) holds a subject that comes before it, set off by
    a comma: that subject is the finite verb's, the parser having hung it on the participle.
    Returns the subject, or None."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or _finite_auxiliary(verb)
    if not finite or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    for clause in verb.children:
        if clause.i > verb.i:
            break
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
            continue
        parts = list(clause.children)
        if any(c.dep_ in ("mark", "aux", "auxpass") for c in parts):
            return None  # "While Russia was sending ...", "Russia having sent ...": a clause
        subject = next((c for c in parts if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is None:
            return None
        if not any(t.text == "," for t in verb.doc[subject.i + 1 : clause.i]):
            return None
        # the clause must end before the verb, set off by a comma too
        end = clause.right_edge.i + 1
        if end >= verb.i or verb.doc[end].text != ",":
            return None
        return subject
    return None


def _passive_patient(verb: Token) -> Token | None:
    """The subject of a passive verb ("Turkey was condemned"), or the noun a passive
    participle modifies ("the journalist, arrested after ..."), or None."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _speaker_conjunct(ctx: SentenceContext, verb: Token) -> Token | None:
    """ "The U.N. chief said the attack constituted a war crime and called on Congolese
    authorities to investigate", "Trump said costs were expected to reach $4 billion and urged
    the government to ...": a past-tense act a speaker does (the lexicon's <speaker_acts>),
    with no subject or auxiliary of its own, that the parser conjoined to the clause a past
    "said" reports is the speaker's, when that clause's subject is no actor or its verb has
    another tense (an auxiliary: "may have committed", "were expected"). Returns the speaking
    verb, or None."""
    clause = verb.head
    if verb.tag_ != "VBD" or clause.dep_ != "ccomp" or _clausal(verb):
        return None
    speaking = clause.head
    if speaking.lemma_.lower() not in SPEAKING_VERBS or speaking.tag_ != "VBD":
        return None
    if not in_class(verb, ctx.lexicon.classes.get("speaker_acts", frozenset())):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children) or clause.tag_ != "VBD":
        return speaking
    reported = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if reported and not any(resolve_all(ctx, c) for c in reported):
        return speaking
    return None


def _modified_noun(verb: Token) -> Token | None:
    """ "Democrats, angered by the treatment of Garland, and opposing Gorsuch's views, ...":
    an active participle conjoined to a participle that modifies a noun modifies that noun
    too (its actor does what the participle says; a passive one's first conjunct is not
    the patient's agent); returns the noun, or None."""
    if verb.tag_ != "VBG" or _clausal(verb):
        return None
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first is verb or first.dep_ != "acl" or first.tag_ not in ("VBN", "VBG"):
        return None
    if _clausal(first):
        return None  # "charges that it is stoking the unrest and ...": a clause of its own
    noun = first.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _clausal(verb: Token) -> bool:
    """Whether a verb has a subject or an auxiliary of its own (a clause, no bare participle)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _coordinated(verb: Token) -> bool:
    """Whether a conjoined verb has a conjunction in its series ("criticized Russia, praised
    China and met Japan": the "and" of the last pair serves all); a participle or an
    infinitive counts as coordinated (the parser joins many without one)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return True
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    series = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))]
    return any(c.dep_ in ("cc", "preconj") for t in series for c in t.children)


def owned_act_subjects(ctx: SentenceContext, verb: Token, noun: Token) -> list[Arg]:
    """ "Trump's decision angered China", "the U.S. move infuriated Beijing", "the decision by
    Washington outraged Moscow": the owner of a decision, statement or deed (the lexicon's
    <statements>, <deeds> and <owned_acts>) that is the subject of a verb of displeasing
    (<displeasing_verbs>) is the one displeasing; the displeased disapproves of it. Only the
    owner named on the noun itself (possessive, name or demonym modifier, by-phrase)."""
    classes = ctx.lexicon.classes
    if verb.lemma_.lower() not in classes.get("displeasing_verbs", frozenset()):
        return []
    acts = (
        classes.get("statements", frozenset())
        | classes.get("deeds", frozenset())
        | classes.get("owned_acts", frozenset())
    )
    if noun.lower_ in ("that", "which") and verb.dep_ == "relcl":
        noun = verb.head  # "expelled 20 diplomats, a step that angered Britain"
    if noun.lemma_.lower() not in acts | classes.get("summary_nouns", frozenset()):
        return []
    return named_owners(ctx, noun) or summary_owner(ctx, noun)


def _described_subject(ctx: SentenceContext, pronoun: Token) -> list[Arg]:
    """The subject of the copula whose predicate noun a relative "who" hangs on: "Carson is a
    retired neurosurgeon who dropped out ... and threw his support to Trump" -> Carson."""
    antecedent = relative_antecedent(pronoun, ctx)
    if antecedent is None or antecedent.dep_ != "attr":
        return []
    copula = antecedent.head
    if copula.lemma_.lower() != "be":
        return []
    for child in copula.children:
        if child.dep_ == "nsubj":
            return resolve_all(ctx, child)
    return []


def _set_off(verb: Token) -> bool:
    """Whether a clause is set off by a comma before it ("..., publicly sparring with")."""
    start = verb.left_edge.i
    return start > verb.sent.start and verb.doc[start - 1].text == ","


def _called_on(verb: Token) -> Token | None:
    """The object of "on"/"upon" right after an object-control verb ("called on Russia to
    withdraw", "called upon the rebels to lay down arms"), not a date ("called on Monday")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "upon") and prep.i == verb.i + 1:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME"):
                    return pobj
    return None


def _object_controlled(clause: Token) -> bool:
    """An infinitive whose governor's object does it ("pushed Cuba to improve")."""
    governor = clause.head
    return (
        clause.dep_ in ("xcomp", "ccomp", "advcl")
        and is_infinitive(clause)
        and governor.lemma_.lower() in OBJECT_CONTROL
        and any(c.dep_ in ("dobj", "dative") for c in governor.children)
    )


def _blamed_target(ctx: SentenceContext, governor: Token) -> list[Arg]:
    """The actors of an against- or on-phrase on a verb or on its direct object ("carried out
    an attack against America", "imposed sanctions on Turkey"), else none."""
    holders = [governor, *(c for c in governor.children if c.dep_ == "dobj")]
    return [
        arg
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("against", "on")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for arg in resolve_all(ctx, pobj)
    ]


def _finite_auxiliary(verb: Token) -> bool:
    """ "have stepped up", "was sending", "will be holding": an auxiliary with tense (present,
    past or modal); "having met" and "being sent" have none."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _relative_before(verb: Token) -> Token | None:
    """The verb of a restrictive relative clause (no comma before it: "tribes that had sued
    the government") that ends right before the comma in front of the participle ``verb``,
    or None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for token in doc[verb.i - 2].ancestors:
        if token.i >= verb.i or token == verb.head:
            return None
        if token.dep_ == "relcl":
            start = token.left_edge.i
            if token.right_edge.i != verb.i - 2 or start == 0 or doc[start - 1].text == ",":
                return None
            return token
    return None


def gerund_subject(ctx: SentenceContext, verb: Token) -> Token | None:
    """The object of a preposition of the lexicon's ``<gerund_subject_preps>`` that ends
    right before the gerund ``verb`` (no comma between: "Turkey, arming fighters" is a
    participle clause of the main subject), or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
        return None
    preps = ctx.lexicon.classes.get("gerund_subject_preps", frozenset())
    for token in ctx.sent:
        if token.dep_ == "pobj" and token.right_edge.i == verb.i - 1:
            return token if token.head.lower_ in preps else None
    return None


def _dateline(token: Token) -> bool:
    """A news dateline taken for a subject: an upper-case place name, or a phrase ending in a
    dash, among the first words of the sentence ("WASHINGTON (Reuters) -")."""
    if token.i - token.sent.start > 8:
        return False
    if token.is_upper and len(token.text) > 2:
        return True
    return any(c.dep_ == "punct" and c.text in DASHES for c in token.children)


def _object_before_gerund(verb: Token) -> Token | None:
    """The main verb's direct object that ends right before this gerund complement ("condemned
    Japan sending warships"), else None."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG":
        return None
    for child in verb.head.children:
        if child.dep_ == "dobj" and child.right_edge.i == verb.i - 1:
            return child
    return None
