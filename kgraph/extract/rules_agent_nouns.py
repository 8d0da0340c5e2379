"""Agent nouns: "Maduro's backers", "a critic of the Kremlin", "Russia, an ally of Syria".

An agent noun's possessor, of-phrase or actor modifier is the target (nominal-agentive); the
actor is whoever the copula or apposition equates with the noun (through a relative pronoun,
its antecedent: "Green, who is a close ally of May"), or a name right after it
("Russia's ally Syria"), the subject of a verb of becoming ("became a critic of"), the
subject of a clause the noun phrase opens ("A staunch supporter of Trump, Ross ..."), or the
name a second noun in apposition follows ("Cai Qi, the party chief and an ally of Xi"), or
the members a plural noun's including- or such-as-list names ("U.S. allies such as Japan"). A
former ally holds no stance now.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext, conjuncts
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, words
from kgraph.extract.rules_args import resolve
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal import Candidate
from kgraph.extract.rules_verbal_subjects import is_passive, subjects

# Verbs of becoming or staying what the copula says: "Flynn became a fierce critic of Obama",
# "Russia remains Assad's main ally".
BECOMING_VERBS = words("become remain")
# Dependencies the parser gives a fronted predicative noun phrase ("A staunch supporter of
# Trump, Ross helped shape ...").
FRONTED_DEPS = frozenset({"npadvmod", "dep"})
# Agent nouns whose possessor or modifier is a rival in a race, not the target of a stance
# ("Trump's Democratic opponent", "his opponent in the primary"): only their of-phrase is
# ("an ardent opponent of Obama's climate measures").
OF_ONLY_AGENTS = words("opponent")
# Verbs whose as-phrase says what their object is ("saw Russia as Assad's backer",
# "named him as an adviser"), not their subject.
AS_OBJECT_VERBS = words(
    "describe see regard view consider label brand portray characterize characterise cast paint "
    "depict treat recognize recognise name appoint elect nominate identify list refer"
)
# Tags of a relative pronoun subject ("who", "which", "that") of a copula in a relative clause.
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _agent_subjects(
    ctx: SentenceContext, noun: Token, exclude: set[str]
) -> tuple[list[Arg], Token | None]:
    """Who is the backer, and the copula that says so (None for an apposition).

    "Moscow has been one of Maduro's biggest backers" (copula), "Russia, an ally of Syria"
    (apposition: taken as given, whatever the verb around it does), "Russia's ally Syria" (a
    name right after the noun).
    """
    token = noun
    # "one of Maduro's biggest backers", "among his allies": climb to the quantity noun
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_ in ("one", "some", "among")
    ):
        token = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "among":
        token = token.head
    # "the EU is the Palestinians' biggest donor and Israel's top partner": a noun conjoined
    # to the copula's predicate noun says it of the same subject
    if token.dep_ == "conj" and token.head.dep_ == "attr" and token.head.head.lemma_ == "be":
        token = token.head
    # "Moscow has been one of Maduro's backers": the copula's subject is the backer
    if token.dep_ in ("attr", "prep") and token.head.lemma_ == "be":
        for child in token.head.children:
            if child.dep_ == "nsubj":
                if child.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
                    # "Green, who is a close ally of May": the relative pronoun's antecedent
                    # (or the name right before it, where the parser hangs the clause
                    # higher: "a clear shot at Grace Mugabe who is a vocal critic of ...")
                    return _antecedent(ctx, child, token.head.head, exclude), token.head
                return resolve_all(ctx, child, exclude), token.head
    # "Flynn retired and became a fierce critic of Obama": a verb of becoming's subject
    if token.dep_ in ("attr", "oprd") and token.head.lemma_ in BECOMING_VERBS:
        verb = token.head
        return [a for a in subjects(ctx, verb)[0] if a.entity.id not in exclude], verb
    # "the EU has a duty to speak as the Palestinians' biggest donor": an as-phrase on a verb
    # says the noun of that verb's subject ("such as" lists members, below)
    as_subjects = _as_phrase_subjects(ctx, token, exclude)
    if as_subjects:
        return as_subjects
    # "A staunch supporter of Trump, Ross helped ...": a predicative phrase fronted before
    # the clause's subject, set off by a comma, says it of that subject
    fronted = _fronted_subjects(ctx, token, exclude)
    if fronted:
        return fronted, None
    # "Cai Qi, the city's party chief and a close ally of Xi": the second of two nouns in
    # apposition (not an item of a list of actors: the first one is no actor)
    first = token
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first is not token and first.dep_ == "appos" and ctx.actor(first) is None:
        return resolve_all(ctx, first.head, exclude), None
    # "Russia, Syria's main ally, ...": the noun in apposition; not an item of a list of
    # actors ("Iran, U.S. allies in Europe and Russia defended the deal": a plural beside
    # one name, or a noun with an actor conjoined)
    if token.dep_ == "appos":
        if any(c.dep_ == "conj" and ctx.actor(c) is not None for c in token.children):
            return [], None
        if token.tag_ == "NNS" and not any(c.dep_ == "conj" for c in token.head.children):
            return [], None
        if token.tag_ == "NN":
            # "others, including Mercer, a Trump donor; Silverstein, ...; and Priebus": a
            # singular noun says it of the one name it follows, not of that name's conjuncts
            before = [c for c in conjuncts(token.head) if c.i < token.i]
            one = resolve(ctx, max(before, key=lambda c: c.i), exclude)
            return ([one] if one is not None else []), None
        return resolve_all(ctx, token.head, exclude), None
    for child in noun.children:
        if child.dep_ == "appos":
            return resolve_all(ctx, child, exclude), None
    # "key U.S. allies, including Britain and France", "U.S. allies such as Japan": the
    # members a list names
    members = _listed_members(ctx, noun, exclude)
    if members:
        return members, None
    # "Russia's ally Syria", "U.S. ally Japan": a name right after the noun, used as a title
    span = ctx.actor(ctx.doc[noun.i + 1]) if noun.i + 1 < len(ctx.doc) else None
    if (
        span is not None
        and span.start == noun.i + 1
        and ctx.doc[span.head].pos_ == "PROPN"
        and span.entity.id not in exclude
    ):
        return [Arg(span.entity, span.head)], None
    return [], None


def _antecedent(ctx: SentenceContext, pronoun: Token, head: Token, exclude: set[str]) -> list[Arg]:
    """The actor a relative pronoun stands for: the relative clause's head, else a name right
    before the pronoun (past a comma)."""
    found = resolve_all(ctx, head, exclude)
    if found:
        return found
    before = pronoun.i - 1
    if before > pronoun.sent.start and ctx.doc[before].text == ",":
        before -= 1
    span = ctx.actor(ctx.doc[before]) if before >= pronoun.sent.start else None
    if span is None or span.end != before + 1 or span.entity.id in exclude:
        return []
    return [Arg(span.entity, span.head)]


def _listed_members(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """The actors an including- or such-as-phrase on a plural agent noun names."""
    if noun.tag_ != "NNS":
        return []
    out: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.lower_ != "including" and not such_as:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                out.extend(a for a in resolve_all(ctx, pobj, exclude) if a.entity.kind != "Topic")
    return out


def _as_phrase_subjects(
    ctx: SentenceContext, noun: Token, exclude: set[str]
) -> tuple[list[Arg], Token | None] | None:
    """ "Coveney said the bloc had a duty to speak as the Palestinians' biggest aid donor",
    "Russia, acting as Assad's main backer, ...": the subject of the verb an as-phrase
    modifies is the agent noun's actor (for an infinitive with none of its own, the subject
    of the verb it completes). Not "such as" (a list of members), an as-phrase on a noun
    ("Russia's role as Syria's ally" names a role, whose owner is read elsewhere), nor one on a
    verb of viewing, a verb with an actor for its object or a passive one: the object is what the
    phrase says ("described Russia as Assad's ally", "Russia was seen as Assad's backer", both
    views of others)."""
    while noun.dep_ == "conj":  # "as the Palestinians' biggest donor and Israel's partner"
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    if any(c.lower_ == "such" for c in prep.children):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb) or verb.lemma_ in AS_OBJECT_VERBS:
        return None
    if any(c.dep_ == "dobj" and (c.pos_ == "PRON" or resolve_all(ctx, c)) for c in verb.children):
        return None
    found, _ = subjects(ctx, verb)
    owner = verb
    # "has a duty to speak up as ...": an infinitive with no subject of its own (on a verb or
    # on that verb's object noun) says it of the subject of the verb it completes
    while not found and owner.dep_ in ("xcomp", "acl") and owner.tag_ == "VB":
        owner = owner.head
        if owner.pos_ == "NOUN" and owner.dep_ == "dobj":
            owner = owner.head
        if owner.pos_ not in ("VERB", "AUX"):
            break
        found, _ = subjects(ctx, owner)
    found = [a for a in found if a.entity.id not in exclude]
    return (found, verb) if found else None


def _fronted_subjects(ctx: SentenceContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """ "A staunch supporter of Trump, Ross helped ...": the subject of the clause an agent
    noun phrase opens, when a comma sets the phrase off and the subject follows it."""
    verb = noun.head
    if noun.dep_ not in FRONTED_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if noun.left_edge.i != noun.sent.start or noun.i > verb.i:
        return []
    after = noun.right_edge.i + 1
    if after >= len(ctx.doc) or ctx.doc[after].text != ",":
        return []
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i > noun.i:
            return resolve_all(ctx, child, exclude)
    return []


def _modifier_targets(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """ "a U.S. ally", "a Trump backer": the actor named before an agent noun is whose ally,
    backer or critic it is (a place or a region names no one). An international organisation
    there names the alliance the noun's actor belongs to ("Turkey, a NATO ally", "NATO ally
    Germany": a member, not one that backs NATO)."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod"):
            span = ctx.actor(child)
            if span is not None and span.head == child.i and span.entity.kind != "IGO":
                return [Arg(span.entity, span.head)]
    return []


def _country_modified(ctx: SentenceContext, noun: Token) -> bool:
    """ "a U.S. ally", "a staunch Saudi backer": a country (name or demonym) modifies the agent
    noun, and so names whose ally or backer it is."""
    return any(
        (span := ctx.actor(child)) is not None
        and span.head == child.i
        and span.entity.kind == "Country"
        for child in noun.children
        if child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i
    )


def _owned_cause(ctx: SentenceContext, pobj: Token) -> list[Arg]:
    """ "a critic of China's trade practices", "a backer of Trump's candidacy": a cause, policy
    or statement (the lexicon's <statements>, <deeds> and <owned_causes> classes) owned by an
    actor stands for it; a person is not (a supporter of "Trump's rival" backs the rival)."""
    classes = ctx.lexicon.classes
    causes = (
        classes.get("statements", frozenset())
        | classes.get("deeds", frozenset())
        | classes.get("owned_causes", frozenset())
    )
    if pobj.lemma_.lower() not in causes:
        return []
    return resolve_targets(ctx, pobj, set())


# Words before an agent noun that put the stance in the past ("a former ally of Najib").
PAST_AGENT_WORDS = words("former erstwhile onetime one-time ex")
# Adverbs on the copula that do the same ("Weidel was originally an opponent of Hoecke",
# "Russia was once an ally of Iraq").
PAST_AGENT_ADVERBS = words("originally initially once formerly previously")


def agent_noun_candidates(
    ctx: SentenceContext, noun: Token, cues: list[Cue]
) -> Iterator[Candidate]:
    """Relations read from one agent noun ("Maduro's backers", "a critic of the Kremlin")."""
    cue = cues[0]
    if any(c.dep_ == "amod" and c.lower_ in PAST_AGENT_WORDS for c in noun.children):
        return  # "a former ally of Najib": a stance given up, not held
    targets: list[Arg] = []
    # "Maduro's backers", "a critic of the Kremlin": the possessor or of-phrase is the target;
    # an of-phrase may name a thing its owner stands for ("a critic of China's trade
    # practices", "a backer of Trump's candidacy")
    of_only = noun.lemma_.lower() in OF_ONLY_AGENTS
    for child in noun.children:
        if child.dep_ == "poss" and not of_only:
            targets = resolve_all(ctx, child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            if _country_modified(ctx, noun):
                # "Hernandez, a staunch U.S. ally of the center-right National Party": the
                # country before the noun is whose ally he is; the of-phrase is the parser's
                # slip (his party), no second one he stands with
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    targets = resolve_all(ctx, pobj) or _owned_cause(ctx, pobj)
    if not targets and not of_only:
        targets = _modifier_targets(ctx, noun)
    if not targets:
        yield from _mutual_candidates(ctx, noun, cue)
        return
    subs, copula = _agent_subjects(ctx, noun, {t.entity.id for t in targets})
    if copula is not None and any(
        c.dep_ == "advmod" and c.lower_ in PAST_AGENT_ADVERBS for c in copula.children
    ):
        return  # "was once an ally of Iraq": a stance given up
    anchor = copula.i if copula is not None else noun.i
    job = noun.lemma_.lower() in ctx.lexicon.classes.get("job_agents", frozenset())
    for sub in subs:
        for target in targets:
            if job and _job_held(sub, target):
                continue  # "Liang, partner of PricewaterhouseCoopers": a post at a firm
            if sub.entity.id != target.entity.id:
                yield Candidate(
                    sub, cue.relation, target, cue, "nominal-agentive", anchor, noun=noun.i
                )


def _job_held(sub: Arg, target: Arg) -> bool:
    """ "Liang Hung-lieh, partner of PricewaterhouseCoopers", "his business partner": an agent
    noun of the lexicon's <job_agents> class ("partner") with a person at one end and a person
    or an organisation at the other names a post or a business shared, not cooperation
    between parties ("China, North Korea's main trading partner" stays)."""
    kinds = {sub.entity.kind, target.entity.kind}
    return "Person" in kinds and kinds <= {"Person", "Organization"}


def _mutual_candidates(ctx: SentenceContext, noun: Token, cue: Cue) -> Iterator[Candidate]:
    """ "China and Saudi Arabia are strategic partners", "Japan and the United States are close
    allies": a plural agent noun of the lexicon's <mutual_agents> class with no target of its
    own, said by a copula of two or more joint subjects, holds between each pair of them, both
    ways (joint-agentive)."""
    mutual = ctx.lexicon.classes.get("mutual_agents", frozenset())
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in mutual:
        return
    if any(c.dep_ == "amod" and c.lower_ in PAST_AGENT_WORDS for c in noun.children):
        return
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be":
        return
    if any(c.dep_ == "advmod" and c.lower_ in PAST_AGENT_ADVERBS for c in copula.children):
        return
    subs = [a for c in copula.children if c.dep_ == "nsubj" for a in resolve_all(ctx, c)]
    for i, a in enumerate(subs):
        for b in subs[i + 1 :]:
            if a.entity.id == b.entity.id:
                continue
            for x, y in ((a, b), (b, a)):
                yield Candidate(x, cue.relation, y, cue, "joint-agentive", copula.i, noun=noun.i)
