"""Binding a personal pronoun to its actor: "Iran said it would ...", "Putin, who said he ...".

:func:`resolve_pronoun` tries, in turn, the clause that binds the pronoun (a speaker's subject,
the subject owning "its" object), the person spoken of, a titled subject, then the most recent
compatible actor of this or the last sentence; and it leaves a pronoun unresolved when it stands
for a thing, a clause or a speaker that is no actor.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Span, Token

from kgraph.extract.args_clauses import controlled_subject, party_before
from kgraph.extract.args_context import (
    FIRST_PERSON,
    FIRST_SINGULAR,
    MALE_FEMALE,
    NON_PERSON,
    PLURAL,
    SPEAKING_VERBS,
    Arg,
    SentenceContext,
    dep_children,
    gender_fits,
    sector_entity,
)
from kgraph.extract.args_speakers import (
    actorless_speaker,
    is_spokesperson,
    is_titled_person,
    principal_of,
    reporting_speaker,
    speaker_of,
    speaking_clause,
    speech_subject,
    spoken_of_person,
    spoken_of_speaker,
    titled_subject,
)
from kgraph.extract.lexicon import in_class, words
from kgraph.extract.rules_args import resolve
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from kgraph.resolve.descriptions import org_type


def resolve_pronoun(
    ctx: SentenceContext, token: Token, exclude: set[str], chain: bool = True
) -> Arg | None:
    """The most recent compatible actor before a personal pronoun (this or the last sentence).

    "he/she/him/her" take a person; "it/they/them" a country, group or organisation.
    """
    word = token.lower_
    if word in FIRST_PERSON:
        return speaker_of(ctx, token, exclude)
    if word in FIRST_SINGULAR:
        # "'I will not meet him,' Trump said": a person speaking of themselves
        speaker = speaker_of(ctx, token, exclude)
        if speaker is None or speaker.entity.kind == "Person":
            return speaker
        # "'I call on Trump to ...,' the senator said": a person named by a title alone speaks
        # for the post it resolves to (as "his" after "the senator" does); a spokesperson's
        # "I" is the spokesperson, no one of the graph
        subject = speech_subject(token)
        titled_speaker = (
            subject is not None
            and subject.pos_ == "NOUN"
            and is_titled_person(subject)
            and not is_spokesperson(subject)
        )
        return speaker if titled_speaker else None
    if word == "it" and _extraposed(token):
        return None  # "it was crucial to coordinate with ...": no one
    agent_object = word == "it" and token.dep_ == "dobj" and _agent_object(ctx, token)
    thing = word in ("it", "its") and token.dep_ not in ("nsubj", "nsubjpass", "poss")
    if thing and not agent_object:
        # an object "it" is mostly a thing ("wanted it to end"), but in what a country or a
        # body says, the speaker ("Israel said a mortar bomb was fired at it")
        return spoken_of_speaker(ctx, token, exclude)
    if word in MALE_FEMALE:
        want_person = True
    elif word in NON_PERSON:
        want_person = False
    else:
        return None
    if word == "their" and _nameless_owner(ctx, token):
        return None  # "social media users took to Twitter to express their anger": theirs
    bound = _matrix_subject(ctx, token, want_person, exclude) or _object_owner_subject(
        ctx, token, want_person, exclude
    )
    if bound is not None and (not want_person or gender_fits(ctx, bound.entity, word)):
        return bound
    if bound is None and not want_person and actorless_speaker(ctx, token):
        return None
    reporter = reporting_speaker(token) if bound is None and want_person else None
    if reporter is not None:
        spoken = spoken_of_person(ctx, token, reporter, exclude)
        if spoken is not None or is_spokesperson(reporter):
            return spoken  # a spokesperson's "he" with no one else named: no one
    if want_person and (titled := titled_subject(token)) is not None:
        # "the general did not have any problem during his visit": the title is the one
        # meant, whoever it resolves to; a title that names no one leaves "his" unresolved
        arg = resolve(ctx, titled, exclude)
        if arg is None:
            return None
        if arg.entity.kind != "Person" or gender_fits(ctx, arg.entity, word):
            return Arg(arg.entity, arg.token, "pronoun", arg.hops)
    if not want_person and (
        _thing_antecedent(ctx, token, exclude)
        or party_before(ctx, token, exclude)
        or _object_antecedent(ctx, token, exclude)
        or _thing_before(ctx, token, exclude)
    ):
        return None
    # Most recent compatible actor, preferring subjects ("while the US recognises the
    # one-China policy, it will offer ...": "it" is the US) and, for "they", plural names
    # ("the Houthis" over "Abu Dhabi").
    best: tuple[int, Arg | None] | None = None
    own: set[str] = set()  # the compatible persons of the pronoun's own sentence
    before = bisect.bisect_left(ctx.actors, token.i, key=lambda a: a.start)
    for span in reversed(ctx.actors[:before]):
        if span.head >= token.i or span.is_place:
            continue
        if span.head < ctx.prev_start:
            break
        entity, at = span.entity, ctx.doc[span.head]
        owns, body = (False, None)
        if word in ("it", "its") and entity.kind == "Person":
            # "criticized Sisi's administration, accusing it of ...": the government, not
            # the person nor a farther actor; a body no one can name stops the search
            owns, body = _leader_body(entity, at)
            if owns and entity.id in exclude:
                continue  # "Modi's government ..., vowing to deport it": not its own object
            if owns:
                entity, at = (body or entity), at.head
        if not owns:
            if (entity.kind == "Person") != want_person or entity.id in exclude:
                continue
            if want_person and not gender_fits(ctx, entity, word):
                continue  # "Navarro praised Clinton's record, citing her trip": not Navarro
            if not want_person and _located(at):
                continue  # "goods in Canada and Mexico, said lawmakers who met with them"
            if not want_person and _addressed_outlet(entity, at):
                continue  # "the militant told Reuters the United States had attacked them"
            if span.head < ctx.sent.start and _nested_in_noun(at):
                continue  # "the infidelities of Hillary Clinton's husband, Bill Clinton. ... he"
        # a subject "it" prefers a subject antecedent; a possessive "its" and a participle's
        # accused "it" the nearest one ("cut ties with Qatar, accusing it of ..."); a finite
        # clause's accused "it" a subject again ("Paris said Moscow had isolated itself by
        # backing Syria's government and accused it of ...": Moscow)
        nearest = agent_object and token.head.tag_ == "VBG"
        rank = int(word != "its" and not nearest and at.dep_ in ("nsubj", "nsubjpass"))
        if word in PLURAL:
            rank += 2 * int(_plural_name(ctx.doc[span.start : span.end]))
        if best is None or rank > best[0]:
            found = None if owns and (body is None or body.id in exclude) else entity
            best = (rank, Arg(found, at.i, via="pronoun") if found else None)
        if want_person and span.head >= ctx.sent.start:
            own.add(entity.id)
    chosen = best[1] if best is not None else None
    if chosen is not None and chosen.token < ctx.sent.start and own - {chosen.entity.id}:
        # "Baker said he could not ... . The resignation of her ally, Damian Green, after an
        # inquiry found he had breached ...": the last sentence's subject or a person named
        # in the pronoun's own sentence? No one.
        return None
    if best is None and chain and word in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
        return _chained_subject(ctx, token, exclude) or _main_person(ctx, token, exclude)
    return chosen


def _main_person(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "Trump said on Monday he would ... . (Two sentences on the law.) He also accused
    China of ...": a subject "he" or "she" with no person at all in its window (this and the
    last sentence, named or not) stands for the article's main person: named in its first
    sentence, named at least three times before the pronoun and at least twice as often as
    anyone else. A speaker ("he said") stays unresolved, as in :func:`_chained_subject`."""
    if token.head.lemma_.lower() in SPEAKING_VERBS:
        return None
    window = ctx.doc[ctx.prev_start : token.i]
    if any(t.ent_type_ == "PERSON" for t in window):
        return None
    counts: dict[str, int] = {}
    last: dict[str, ActorSpan] = {}
    for span in ctx.actors:
        if span.head >= token.i:
            break
        if span.entity.kind == "Person" and not span.is_place:
            if span.head >= ctx.prev_start:
                return None  # a person of the other gender in reach: no guess
            counts[span.entity.id] = counts.get(span.entity.id, 0) + 1
            last[span.entity.id] = span
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    main, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if count < 3 or count < 2 * second or main in exclude:
        return None
    lead = next(iter(ctx.doc.sents))
    if not any(lead.start <= s.head < lead.end and s.entity.id == main for s in ctx.actors):
        return None
    span = last[main]
    if not gender_fits(ctx, span.entity, token.lower_):
        return None
    return Arg(span.entity, span.head, "pronoun", 0)


def _extraposed(token: Token) -> bool:
    """ "It is illegal to supply ...", "said it was crucial to coordinate with ...", "It is
    clear that Iran ...": a subject "it" of "be" with an adjective, whose clause goes on with
    a to-infinitive or a that-clause, stands for that clause (an extraposed subject), not
    for an actor; so does one with a common noun ("It was my honor to join ...", "It is a
    shame that ..."), and the "it" of "when it comes to"."""
    verb = token.head
    if token.dep_ != "nsubj":
        return False
    if verb.lemma_ == "come" and any(c.lower_ == "when" for c in verb.children):
        # "fierce when it comes to China": the idiom's "it" is no one
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if verb.lemma_ != "be":
        return False
    kids = list(verb.children)
    adjective = next((c for c in kids if c.dep_ == "acomp" and c.i > token.i), None)
    if adjective is None:
        adjective = next((c for c in kids if c.dep_ == "attr" and c.i > token.i), None)
        if adjective is None or adjective.pos_ != "NOUN":
            return False
        for clause in dep_children(adjective, ("relcl", "acl")):
            # "It is a shame that Russia ...": a that-clause with a subject of its own, not a
            # relative clause ("a country that supports ...", "a plan that Russia backs")
            parts = list(clause.children)
            that = any(c.lower_ == "that" and c.dep_ in ("mark", "advmod") for c in parts)
            if that and any(c.dep_ in ("nsubj", "nsubjpass") for c in parts):
                return True
    for clause in kids:
        if clause.i <= adjective.i:
            continue
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if clause.dep_ in ("xcomp", "advcl") and to and clause.tag_ == "VB":
            return True
        if clause.dep_ == "ccomp" and any(c.lower_ == "that" for c in clause.children):
            return True
    return False


def _chained_subject(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "Trump spoke in Ohio. He abandoned a rally in Chicago. He has accused Mexico of
    ...": a subject "he" or "she" with no person in reach continues the previous sentence's
    subject when that is the same pronoun, which is resolved in its own window (a chain of
    two sentences at most)."""
    if ctx.prev_start >= ctx.sent.start or token.head.lemma_.lower() in SPEAKING_VERBS:
        return None  # a speaker "he said" stays unresolved: "we" in his words is no one's
    previous = ctx.doc[ctx.prev_start].sent
    first = next(
        (t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"),
        None,
    )
    if first is None or first.lower_ != token.lower_:
        return None
    before = ctx.doc[previous.start - 1].sent.start if previous.start > 0 else previous.start
    outer = replace(ctx, sent=previous, prev_start=before, cue_cache={}, by_pos=None)
    found = resolve_pronoun(outer, first, exclude, chain=False)
    if found is None or found.entity.kind != "Person":
        return None
    return Arg(found.entity, found.token, "pronoun", found.hops)


def _agent_object(ctx: SentenceContext, token: Token) -> bool:
    """ "cut ties with Qatar, accusing it of financing terrorism": an object "it" of a
    participle clause of the lexicon's <agent_objects> class (one accuses or praises an agent)
    is an actor, the one the main clause acted on; so is one of any clause of accusing (the
    <accusing_objects> class) with an of- or for-phrase after it ("Moscow accused it of
    exporting weapons")."""
    verb = token.head
    agents = ctx.lexicon.classes.get("agent_objects", frozenset())
    if not in_class(verb, agents):
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return True  # a participle clause on the act that names the accused
    # "Moscow also accused it of exporting weapons", "blamed it for the crisis": a clause of
    # accusing (<accusing_objects>) whose of- or for-phrase after the pronoun names the deed
    if not in_class(verb, ctx.lexicon.classes.get("accusing_objects", frozenset())):
        return False  # "Britain criticized it for lacking detail": the plan, maybe
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "for")
        and c.i > token.i
        and any(p.dep_ in ("pobj", "pcomp") for p in c.children)
        for c in verb.children
    )


def _thing_antecedent(ctx: SentenceContext, token: Token, exclude: set[str]) -> bool:
    """ "The move angered China because it threatened Japan", "the decision could undermine
    NATO as it damaged relations": a subject "it" ("they") of an adverbial clause whose main
    clause has a singular (plural) common noun for subject that is no actor refers to that
    thing, not to an actor named after it."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    tag = "NNS" if token.lower_ in PLURAL else "NN"
    if clause.dep_ != "advcl":
        # "While the Latin American leaders have stepped up pressure on Maduro, they are
        # unlikely to ...": the subject of an adverbial clause before the pronoun's own
        # (the parser may hang it on a word inside that clause)
        for advcl in clause.children:
            if advcl.dep_ != "advcl" or advcl.i > token.i:
                continue
            first = next((t for t in advcl.subtree if t.dep_ in ("nsubj", "nsubjpass")), None)
            if first is not None and first.tag_ == tag and first.pos_ == "NOUN":
                return resolve(ctx, first, exclude) is None
        return False
    for child in clause.head.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
            return child.tag_ == tag and resolve(ctx, child, exclude) is None
    return False


def _thing_before(ctx: SentenceContext, token: Token, exclude: set[str]) -> bool:
    """ "The measure is intended to punish Russia. If passed by the House, it would ...",
    "U.S. sanctions had targeted Russia's projects. They blocked U.S. companies ...": a
    subject "it" ("they") with no subject before it in its sentence continues the previous
    sentence's main subject when that is a singular (plural) common noun that is no actor:
    the thing, not an actor named after it."""
    if token.dep_ not in ("nsubj", "nsubjpass") or ctx.prev_start >= ctx.sent.start:
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in ctx.doc[ctx.sent.start : token.i]):
        return False
    root = ctx.doc[ctx.prev_start].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    tag = "NNS" if token.lower_ in PLURAL else "NN"
    if subject is None or subject.tag_ != tag or subject.pos_ != "NOUN":
        return False
    return resolve(ctx, subject, exclude) is None


def _object_antecedent(ctx: SentenceContext, token: Token, exclude: set[str]) -> bool:
    """ "interrupted his opponents and called them liars", "detained the protesters and beat
    them": an object "them" of a verb conjoined after a verb whose object is a plural common
    noun that is no actor refers to that noun, not to an actor named before it."""
    if token.lower_ != "them" or token.dep_ not in ("dobj", "dative"):
        return False
    verb = token.head
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    for obj in verb.head.children:
        if obj.dep_ == "dobj" and obj.i < token.i:
            return obj.tag_ == "NNS" and obj.pos_ == "NOUN" and resolve(ctx, obj, exclude) is None
    return False


def _matrix_subject(
    ctx: SentenceContext, token: Token, want_person: bool, exclude: set[str]
) -> Arg | None:
    """ "Putin, who said he backed ...", "Iran said it would ...": the speaker binds the pronoun."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    for child in speaking_clause(clause.head).children:
        if child.dep_ == "nsubj" and child.i < token.i:
            if want_person and is_spokesperson(child):
                # "Ann Lee, a spokeswoman for May, said she had met ...": "she" is the
                # one spoken for, not the spokeswoman
                principal = principal_of(ctx, child, exclude)
                if principal is None or principal.entity.kind != "Person":
                    return None
                return Arg(principal.entity, principal.token, "pronoun", principal.hops)
            arg = resolve(ctx, child, exclude)
            if arg is None:
                continue
            if (arg.entity.kind == "Person") == want_person:
                return Arg(arg.entity, arg.token, "pronoun", arg.hops)
            # "Kenya's foreign minister said he regretted ...": a person's title read as
            # the country's government still speaks as "he" (as its named holder, if any:
            # "the Kenyan ambassador, Ann Lee, said she ...")
            if want_person and is_titled_person(child):
                for appos in (c for c in child.children if c.dep_ == "appos"):
                    named = resolve(ctx, appos, exclude)
                    if named is not None and named.entity.kind == "Person":
                        arg = named
                return Arg(arg.entity, arg.token, "pronoun", arg.hops)
    return None


def _nameless_owner(ctx: SentenceContext, token: Token) -> bool:
    """Whether a possessive "their" owns its verb's object and that verb's subject (or the
    subject controlling it) is a plural noun naming no actor ("many social media users took to
    Twitter to express their anger"): the noun is what "their" stands for, no actor named."""
    noun = token.head
    if token.dep_ != "poss" or noun.dep_ != "dobj":
        return False
    subject = controlled_subject(noun.head)
    return (
        subject is not None
        and subject.i < token.i
        and subject.tag_ == "NNS"
        and resolve(ctx, subject, set()) is None
    )


def _object_owner_subject(
    ctx: SentenceContext, token: Token, want_person: bool, exclude: set[str]
) -> Arg | None:
    """ "Japan said it welcomed the talks with China and renewed its pledge to ...": "its"
    owning its verb's direct object is that verb's subject, not the nearest actor before it.
    Only "its" and "their" (a person's "his/her" keeps the nearest fitting person)."""
    noun = token.head
    if want_person or token.dep_ != "poss" or noun.dep_ != "dobj":
        return None
    subject = controlled_subject(noun.head)
    if subject is None or subject.i > token.i:
        return None
    for span in ctx.actors:
        between = subject.i < span.head < token.i and not span.is_place
        if between and ctx.doc[span.head].dep_ in ("nsubj", "nsubjpass", "dobj"):
            # "said sanctions had allowed Tehran to develop its program, step up its
            # support ...": another clause's argument stands between; the nearest rules
            return None
    arg = resolve(ctx, subject, exclude)
    if arg is None or arg.entity.kind == "Person":
        return None
    return Arg(arg.entity, arg.token, "pronoun", arg.hops)


# Prepositions of a place where something is ("in Canada and Mexico"): a country named there
# is a setting, no antecedent of "it" or "they".
SETTING_PREPS = frozenset({"in", "inside", "across", "throughout", "within"})
# Nouns that a person's possessive makes the government the person leads ("Sisi's
# administration", "Putin's government").
LED_BODIES = words("government administration regime cabinet")


def _leader_body(person: Entity, head: Token) -> tuple[bool, Entity | None]:
    """Whether a person's mention (its ``head``) owns a government noun ("Sisi's
    administration", "Putin's government"), and the government it names (EGY:GOV): the
    antecedent of an "it" after it. None for a person of no known country or a noun with
    words of its own ("Obama's former government"): no one."""
    if head.dep_ != "poss" or head.head.lemma_.lower() not in LED_BODIES:
        return False, None
    if any(c.dep_ in ("amod", "compound") for c in head.head.children):
        return True, None
    return True, sector_entity(person, "GOV") if person.country else None


def _located(token: Token) -> bool:
    """A name in a place phrase, directly or as a conjunct ("in Canada and Mexico")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS


# Prepositions that name whom a speaker speaks to ("said in an interview with Reuters", "said
# to Reuters").
ADDRESS_PREPS = frozenset({"to", "with"})


def _addressed_outlet(entity: Entity, token: Token) -> bool:
    """A news outlet a speaker speaks to ("told Reuters", "said in an interview with the
    BBC"): it reports what is said, and is never what a pronoun in it stands for."""
    if not (entity.id.endswith(":MED") or org_type(entity.id) == "media"):
        return False
    verb = token.head
    if token.dep_ in ("dobj", "dative"):
        return verb.lemma_.lower() in SPEAKING_VERBS
    if token.dep_ != "pobj" or verb.lower_ not in ADDRESS_PREPS:
        return False
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "in an interview with Reuters": up to the verb
    return verb.lemma_.lower() in SPEAKING_VERBS


def _nested_in_noun(token: Token) -> bool:
    """A name inside a noun's prepositional phrase ("the strategy of highlighting the
    infidelities of Hillary Clinton's husband, Bill Clinton"): too far down its sentence to be
    what a pronoun of the next one stands for."""
    node = token
    while node.dep_ in ("appos", "conj", "compound", "poss") and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.head.pos_ in ("NOUN", "PROPN")


def _plural_name(span: Span) -> bool:
    """A name "they" may stand for: a plural noun, or a name ending in "s" ("the Houthis",
    "Taliban fighters"), not in "ss" ("the Red Cross", "Congress")."""
    text = span.text
    return span.root.tag_ in ("NNS", "NNPS") or (text.endswith("s") and not text.endswith("ss"))
