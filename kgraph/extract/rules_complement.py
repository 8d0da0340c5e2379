"""Accusations made in a complement clause: blame stated, or a charge alleged.

==================  =====  =================================================================
rule                base   shape
==================  =====  =================================================================
blame-complement    0.60   "Iran said Israel was behind the attack", "officials are confident
                           Russia was behind the hacks", "Trump shot back that Democrats were
                           to blame", "Iran said Israel was responsible for the bombing": a
                           clause stating that an actor is behind or responsible for a harm
                           (the lexicon's <blamed_harms> and <violent_acts>), bears or shares
                           responsibility for it ("said Israel bore responsibility for the
                           attack"), or is to blame or shares the blame, that is the
                           complement of a speaker's verb (a reporting verb, a verb of
                           concluding, or any verb with a that-clause), directly or through
                           an adjective of certainty ("confident", "sure"). The speaker
                           accuses that actor (CRITICIZES, ACCUSE, 112).
alleged-complement  0.60   "Russia alleged that Ukraine shelled the town", "Jealous charged
                           that Governor Hogan lacked the courage", "Trump complained that the
                           Russian deployment violates the treaty": an alleging verb (the
                           lexicon's <alleging_reports>: allege, charge, complain) with a
                           complement clause whose active subject (or a passive's by-agent)
                           is another actor: the speaker accuses it (112).
accused-deed        0.55   "Iranian officials said Israel violated the ceasefire", "'Iran
                           remains the main sponsor of terrorism,' al-Jubeir told delegates",
                           "'Cassidy lied to my face,' Kimmel said": a speaker's complement (or
                           quote) telling a wrong its subject did or is: lied or misled (the
                           lexicon's <lying_verbs>), meddled, interfered or hacked
                           (<meddling_verbs>), violated or breached a rule, treaty or
                           border (<breaching_verbs> with an object of <breached_rules>),
                           committed or carried out an atrocity (<committed_wrongs>),
                           supports or funds terrorism (<sponsoring_verbs> with an object of
                           <sponsored_wrongs>: "the Iranian regime supports terrorism",
                           "harbors terrorist groups"), is in violation of
                           something, or is an aggressor or a sponsor of terrorism
                           (<accusing_labels>, <sponsored_wrongs>); or an owned act was a
                           violation or unlawful ("said McAuliffe's order was
                           unconstitutional", <wrong_adjectives>). Not under a modal ("would
                           violate the accord" is a forecast) and not negated: the speaker
                           accuses the subject (or its owner: "said McAuliffe's order violated
                           the law"; 112); or any act done, says its adverb, wrongfully
                           ("say the government is unfairly targeting migrants", "said
                           Israel illegally seized the land": <wrong_adverbs>).
displeased-that     0.55   "'I am disappointed that President Trump has chosen to hold a
                           rally,' the mayor said", "Democrats are angry that Senate
                           Republicans refused to consider Garland": an adjective of
                           displeasure (the lexicon's <displeased_adjectives>) after a
                           copula, with a that-clause whose active subject (or its owner) is
                           another actor: the copula's subject disapproves of it
                           (CRITICIZES, DISAPPROVE, 111), as "disappointed with" does.
==================  =====  =================================================================

None holds when the speaker's verb or the clause is negated ("did not say Russia was
behind", "was not responsible"), when the speaker denies or asks ("denied that Iran was
behind", "refused to say if Russia was behind": a whether/if clause), or for a speaker that
reports rather than accuses (the media, places, topics). Modality is the speaker's verb's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, words
from kgraph.extract.modality_negation import has_negation
from kgraph.extract.modality_words import REPORTING_VERBS
from kgraph.extract.rules_control import noun_owners
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive, subjects
from kgraph.ontology import RELATIONS

BLAME_COMPLEMENT = "blame-complement"
ALLEGED_COMPLEMENT = "alleged-complement"
ACCUSED_DEED = "accused-deed"
DISPLEASED_THAT = "displeased-that"
CONFIDENCE = {
    BLAME_COMPLEMENT: 0.60,
    ALLEGED_COMPLEMENT: 0.60,
    ACCUSED_DEED: 0.55,
    DISPLEASED_THAT: 0.55,
}
ACCUSES_CUE = Cue(
    "verb",
    "blame",
    "blame",
    "CRITICIZES",
    "ACCUSE",
    "112",
    RELATIONS["CRITICIZES"].quad_class or 3,
)
DISAPPROVES_CUE = Cue(
    "adj",
    "disappointed",
    "disappointed",
    "CRITICIZES",
    "DISAPPROVE",
    "111",
    RELATIONS["CRITICIZES"].quad_class or 3,
)
# Verbs beside the reporting ones whose complement states the speaker's own conclusion.
CONCLUDING_VERBS = words("conclude determine find suspect tweet")
# Adjectives of certainty between the speaker and the clause ("are confident Russia was ...").
CERTAINTY_ADJECTIVES = words("confident sure convinced certain")
# Marks of a question or a condition: the clause is asked about, not stated.
OPEN_MARKS = words("if whether unless")
# Verbs whose object "responsibility" or "blame" is laid on their subject ("bore responsibility
# for the attack"); "claim/take responsibility" is an attacker's own (rules_claim.py).
BEARING_VERBS = words("bear share carry")
# Adjectives of responsibility whose for-phrase names what is blamed.
RESPONSIBLE_ADJECTIVES = words("responsible culpable")
SPEAKER_SECTORS_OUT = frozenset({"MED"})
# Auxiliaries of a forecast or a possibility: "would violate the accord" accuses no one yet.
HEDGING_AUX = words("would could may might will can should must shall")
# Forms of "lie" that are the verb of untruth ("lied to Congress"), not of lying down.
LYING_FORMS = words("lied lying")
# Verbs of doing a wrong named by their object ("committed atrocities", "carried out ethnic
# cleansing": "carry" only with "out").
COMMITTING_VERBS = words("commit perpetrate")
# Nouns of a group that a word of <sponsored_wrongs> before it makes one of wrongdoers.
WRONGDOING_GROUPS = words("group organization organisation network militia cell")
# Copulas of an accusing label ("Iran remains the main sponsor of terrorism").
LABEL_COPULAS = words("be remain become")
MAX_UP = 3


def _harm(ctx: SentenceContext, prep: Token) -> bool:
    """Whether the preposition's object is a harm ("behind the attacks", "for the bombing")."""
    classes = ctx.lexicon.classes
    harms = classes.get("blamed_harms", frozenset()) | classes.get("violent_acts", frozenset())
    return any(
        pobj.lemma_.lower() in harms or pobj.lower_ in harms
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _blames(ctx: SentenceContext, clause: Token) -> bool:
    """Whether a copular clause says its subject is behind, responsible for or to blame for a
    harm: "Russia was behind the hacks", "Israel was responsible for the attack", "Democrats
    were to blame"."""
    if has_negation(clause):
        return False
    if clause.lemma_.lower() in BEARING_VERBS:
        # "Israel bore responsibility for the attack", "Democrats share the blame"
        for obj in clause.children:
            if obj.dep_ != "dobj":
                continue
            if obj.lemma_.lower() == "blame":
                return True
            if obj.lemma_.lower() == "responsibility":
                return any(
                    p.dep_ == "prep" and p.lower_ == "for" and _harm(ctx, p)
                    for p in (*obj.children, *clause.children)
                )
        return False
    if clause.lemma_.lower() != "be":
        return False
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "behind" and _harm(ctx, child):
            return True
        if child.dep_ == "acomp" and child.lemma_.lower() in RESPONSIBLE_ADJECTIVES:
            if has_negation(child):
                return False
            if any(
                p.dep_ == "prep" and p.lower_ == "for" and _harm(ctx, p) for p in child.children
            ):
                return True
        if (
            child.dep_ == "xcomp"
            and child.lemma_.lower() == "blame"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return True
    return False


def _class(ctx: SentenceContext, name: str) -> frozenset[str]:
    return ctx.lexicon.classes.get(name, frozenset())


def _object_in(ctx: SentenceContext, verb: Token, name: str) -> bool:
    """Whether the verb's direct object (or a noun compounded on it) is of a lexicon class."""
    found = _class(ctx, name)
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lemma_.lower() in found or obj.lower_ in found:
            return True
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in found for c in obj.children):
            return True
    return False


def _of_object_in(ctx: SentenceContext, noun: Token, name: str) -> bool:
    """Whether the noun's of-phrase names a word of a lexicon class ("sponsor of terrorism")."""
    found = _class(ctx, name)
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            pobj.dep_ == "pobj" and (pobj.lemma_.lower() in found or pobj.lower_ in found)
            for pobj in prep.children
        )
        for prep in noun.children
    )


def _sponsors_wrong(ctx: SentenceContext, verb: Token) -> bool:
    """Whether the verb's direct object is terrorism itself or a terrorist group ("supports
    terrorism", "harbors terrorist groups"), not an effort against it ("supports
    counter-terrorism efforts")."""
    wrongs = _class(ctx, "sponsored_wrongs")
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lemma_.lower() in wrongs:
            return True
        if obj.lemma_.lower() in WRONGDOING_GROUPS and any(
            c.dep_ in ("compound", "amod") and c.i == obj.i - 1 and c.lemma_.lower() in wrongs
            for c in obj.children
        ):
            return True
    return False


def _labelled(ctx: SentenceContext, clause: Token) -> bool:
    """A copula giving its subject an accusing label: "Iran remains the main sponsor of
    terrorism", "Russia is the aggressor", "the group was in violation of the law"; an act
    its owner did is a violation or unlawful ("McAuliffe's order was unconstitutional": only
    with a possessive owner, not "the Iran deal was illegal")."""
    wrongs = _class(ctx, "wrong_adjectives")
    owned = any(
        s.dep_ == "nsubj" and any(c.dep_ == "poss" for c in s.children) for s in clause.children
    )
    for child in clause.children:
        if child.dep_ == "attr":
            if child.lemma_.lower() in _class(ctx, "accusing_labels"):
                return True
            if child.lemma_.lower() == "sponsor" and _of_object_in(ctx, child, "sponsored_wrongs"):
                return True
        if child.dep_ == "attr" and child.lemma_.lower() == "violation" and owned:
            return True  # "Russia's actions were a violation of international law"
        if child.dep_ == "acomp" and child.lemma_.lower() in wrongs and owned:
            return True  # "McAuliffe's order was unconstitutional"
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(p.dep_ == "pobj" and p.lemma_.lower() == "violation" for p in child.children)
        ):
            return True
    return False


def _deed(ctx: SentenceContext, clause: Token) -> bool:
    """Whether a clause tells a wrong its subject did or is: "Israel violated the ceasefire",
    "Cassidy lied to my face", "the army committed atrocities", "Iran is a sponsor of
    terrorism". Not negated, not under a modal."""
    if has_negation(clause):
        return False
    if any(c.dep_ == "aux" and c.lower_ in HEDGING_AUX for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma in LABEL_COPULAS:
        return _labelled(ctx, clause)
    if lemma == "lie":
        return clause.lower_ in LYING_FORMS and not any(
            c.dep_ in ("dobj", "attr") for c in clause.children
        )
    if lemma in _class(ctx, "lying_verbs") or lemma in _class(ctx, "meddling_verbs"):
        return True
    if lemma in _class(ctx, "breaching_verbs"):
        return _object_in(ctx, clause, "breached_rules")
    if lemma in _class(ctx, "sponsoring_verbs"):
        return _sponsors_wrong(ctx, clause)
    if any(
        c.dep_ == "advmod" and c.lower_ in _class(ctx, "wrong_adverbs") for c in clause.children
    ):
        # "say the government is unfairly targeting the underclass", "said Israel illegally
        # seized the land": an act the speaker calls wrongful by its adverb
        return True
    if lemma in COMMITTING_VERBS or (
        lemma == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.children)
    ):
        return _object_in(ctx, clause, "committed_wrongs")
    return False


def _open(token: Token) -> bool:
    """A question or a condition: "if they thought ...", "whether Russia was ..."."""
    return any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in token.children)


def _speaker_verb(ctx: SentenceContext, clause: Token) -> Token | None:
    """The verb whose complement the clause is: "said [Israel was behind]", "are confident
    [Russia was behind]" (the copula of the adjective), "shot back [that Democrats were to
    blame]". None for a question or condition at any step ("refused to say if they thought
    Russia was behind"), a denial, or a negated verb. A clause joined to a complement is
    said too ("said Russia hacked the emails and orchestrated their release")."""
    if _open(clause):
        return None
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    token = clause
    for _ in range(MAX_UP):
        if _open(token) or token.dep_ != "ccomp" or token.head == token:
            return None
        head = token.head
        if head.pos_ == "ADJ":
            # "they are confident [Russia was behind]": the copula's subject is sure of it
            if head.lemma_.lower() not in CERTAINTY_ADJECTIVES or head.dep_ != "acomp":
                return None
            head = head.head
            if has_negation(head) or _open(head):
                return None
            return head
        if head.pos_ not in ("VERB", "AUX") or has_negation(head) or _open(head):
            return None
        lemma = head.lemma_.lower()
        if lemma in ctx.lexicon.classes.get("denials", frozenset()):
            return None
        if lemma in REPORTING_VERBS | CONCLUDING_VERBS or (that and token is clause):
            # "she believes [hackers are behind]", reported by "Clinton has said": the
            # nearest verb with a subject speaks
            return head
        return None
    return None


def _accusing(arg: Arg) -> bool:
    """A speaker that accuses: not a place, a topic or the media."""
    entity = arg.entity
    if entity.kind in ("Location", "Topic"):
        return False
    return not (entity.kind == "Group" and entity.id.partition(":")[2] in SPEAKER_SECTORS_OUT)


def _actors_of(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """The actors a subject noun names, or else its owners ("Russian hackers", "the Russian
    deployment", "Iran's proxies")."""
    return resolve_all(ctx, noun, exclude) or [
        o for o in noun_owners(ctx, noun) if o.entity.id not in exclude
    ]


def _accused(ctx: SentenceContext, clause: Token, exclude: set[str]) -> list[Arg]:
    """The actors the clause accuses: its active subjects, or a passive's by-agent. A verb
    joined to another with no subject of its own shares the first one's ("said Israel
    attacked the convoy and violated the ceasefire")."""
    while (
        clause.dep_ == "conj"
        and clause.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not is_passive(clause)
    ):
        clause = clause.head
    if is_passive(clause):
        agent = by_agent(clause)
        found = _actors_of(ctx, agent, exclude) if agent is not None else []
    else:
        nsubjs = [c for c in clause.children if c.dep_ == "nsubj"]
        if any(_joint_pronoun(n) for n in nsubjs):
            return []  # "said he and President Reagan misled the public": his own act
        found = [arg for child in nsubjs for arg in _actors_of(ctx, child, exclude)]
    return [a for a in found if a.entity.kind not in ("Topic", "Location")]


def _joint_pronoun(subject: Token) -> bool:
    """A coordinated subject with a personal pronoun among its conjuncts ("he and Reagan")."""
    conjuncts = [subject, *(c for c in subject.conjuncts)]
    return len(conjuncts) > 1 and any(c.pos_ == "PRON" for c in conjuncts)


def _candidates(
    ctx: SentenceContext, verb: Token, clause: Token, rule: str, cue: Cue = ACCUSES_CUE
) -> Iterator[Candidate]:
    speakers = [s for s in subjects(ctx, verb)[0] if _accusing(s)]
    if not speakers:
        return
    own = {s.entity.id for s in speakers}
    # The clause's subjects are read without leaving the speaker out, so that a pronoun
    # standing for the speaker is the speaker ("Jackson was angry that he saw ...", not
    # Trump named before), and a clause the speaker is a subject of tells its own act ("he
    # and President Reagan misled the public"): no accusation.
    targets = _accused(ctx, clause, set())
    if any(t.entity.id in own for t in targets):
        return
    for target in targets:
        for speaker in speakers:
            yield Candidate(speaker, "CRITICIZES", target, cue, rule, verb.i)


def _displeased(ctx: SentenceContext, adjective: Token) -> Iterator[Candidate]:
    """ "I am disappointed that Trump has chosen ...": the copula's subject disapproves of the
    that-clause's actor."""
    copula = adjective.head
    if adjective.dep_ != "acomp" or copula.lemma_.lower() not in LABEL_COPULAS:
        return
    if has_negation(copula) or has_negation(adjective) or _open(copula):
        return
    for clause in adjective.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or _open(clause):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        yield from _candidates(ctx, copula, clause, DISPLEASED_THAT, DISAPPROVES_CUE)


# Nouns of a time whose relative clause may be a demand's that-clause the parser hung there
# ("demanded earlier in the day that Wasserman Schultz resign").
TIME_NOUNS = words("day week month year morning afternoon evening night weekend")


def demand_clauses(verb: Token) -> list[Token]:
    """The clauses that say what a demand or an appeal asks (``complement-subject`` in
    :mod:`kgraph.extract.rules_implicit`): a that-clause ("demanded that the US withdraw");
    a clause without "that" whose verb is bare, with a subject of its own ("demanded Nunes
    step aside", "has demanded he give up the campaign"); and a that-clause the parser hung as
    a relative clause on a time noun of the verb's adjunct ("demanded earlier in the day that
    Wasserman Schultz resign", "resign" even tagged as a noun)."""
    out = [c for c in verb.children if c.dep_ == "ccomp" and _demanded_clause(c)]
    for noun in verb.subtree:
        if noun.lemma_.lower() not in TIME_NOUNS or noun.dep_ not in ("pobj", "npadvmod"):
            continue
        if not _adjunct_of(noun, verb):
            continue  # only the verb's own adjunct ("earlier in the day", "this week")
        out.extend(c for c in noun.children if c.dep_ == "relcl" and _that_relative(c))
    return out


def _demanded_clause(clause: Token) -> bool:
    """A that-clause, or a bare verb with a subject before it and no marker or auxiliary."""
    parts = list(clause.children)
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in parts):
        return True
    return (
        clause.tag_ == "VB"
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in parts)
        and any(c.dep_ == "nsubj" and c.i < clause.i for c in parts)
    )


def _that_relative(clause: Token) -> bool:
    """A relative clause opened by "that" with a subject of its own (so "that" is a mark)."""
    parts = list(clause.children)
    return any(c.lower_ == "that" and c.i < clause.i for c in parts) and any(
        c.dep_ == "nsubj" and c.lower_ != "that" for c in parts
    )


def _adjunct_of(noun: Token, verb: Token) -> bool:
    """Whether a noun is in an adverbial phrase of the verb itself, through at most three
    words of preposition or adverb ("in the day", "earlier in the day", "this week")."""
    node = noun
    for _ in range(3):
        if node.head == verb:
            return True
        if node.dep_ not in ("pobj", "npadvmod", "prep", "advmod"):
            return False
        node = node.head
    return node.head == verb


def complement_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every blame-complement, accused-deed, alleged-complement and displeased-that relation
    of the sentence."""
    alleging = ctx.lexicon.classes.get("alleging_reports", frozenset())
    displeased = _class(ctx, "displeased_adjectives")
    for adjective in ctx.of_pos("ADJ"):
        if adjective.lemma_.lower() in displeased or adjective.lower_ in displeased:
            yield from _displeased(ctx, adjective)
    for token in ctx.of_pos("VERB", "AUX"):
        if _blames(ctx, token):
            verb = _speaker_verb(ctx, token)
            if verb is not None:
                yield from _candidates(ctx, verb, token, BLAME_COMPLEMENT)
        elif _deed(ctx, token):
            verb = _speaker_verb(ctx, token)
            if verb is not None and verb.lemma_.lower() not in alleging:
                # an alleging speaker's clause is read below, as what it alleges
                yield from _candidates(ctx, verb, token, ACCUSED_DEED)
        elif token.lemma_.lower() in alleging and not has_negation(token):
            for clause in token.children:
                if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
                    continue
                if _open(clause):
                    continue
                if _blames(ctx, clause):
                    continue  # read above, as the blame it states
                yield from _candidates(ctx, token, clause, ALLEGED_COMPLEMENT)
