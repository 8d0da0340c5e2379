"""Finding the arguments of a relation cue: the actors behind subjects, objects and pronouns.

The relation rules (``rules_verbal``, ``rules_nominal``) ask this module who a token stands for.
An :class:`Arg` records the entity and how it was reached (``via``), which the confidence table
of :mod:`kgraph.extract.relations` turns into a score.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kgraph.extract.lexicon import Cue, Lexicon, in_class, words
from kgraph.extract.modality_words import REPORT_NOUNS
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from kgraph.resolve import gender
from kgraph.resolve.descriptions import pair_nouns

# Reflexives ("attacked themselves") are left out: they never name a second party.
MALE_FEMALE = frozenset({"he", "him", "his", "she", "her", "hers"})
NON_PERSON = frozenset({"it", "its", "they", "them", "their"})
PLURAL = frozenset({"they", "them", "their"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
# "we", "our" in what a speaker says: the speaker's side ("..., a U.S. spokesman said").
FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
# "I", "me", "my" in what a speaker says: the speaker, when a person.
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine"})
SPEAKING_VERBS = words("say tell add state announce declare insist stress explain write tweet")
# Speakers whose for-phrase names the body they speak for ("a spokesman for the U.S. mission").
SPOKES_NOUNS = words("spokesman spokeswoman spokesperson")

# "a group of lawmakers", "one of Maduro's backers": the actor is the of-phrase.
QUANTITY_NOUNS = words(
    "group one some many member delegation number majority part several all most each both "
    "dozen hundred thousand team unit contingent"
)
# Nouns that stand for a country's institution: "Venezuela's government" -> VEN:GOV.
SECTORS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "government administration regime cabinet ministry leadership authority official "
            "minister diplomat spokesman spokeswoman envoy ambassador advisor adviser"
        ),
        "GOV",
    ),
    **dict.fromkeys(
        # "Israeli tanks", "Russian warplanes": a country's weapons stand for its military
        words(
            "military army troop force navy soldier commander general officer peacekeeper "
            "tank warplane gunship helicopter artillery warship gunboat bomber"
        ),
        "MIL",
    ),
    **dict.fromkeys(
        words("opposition activist protester protestor demonstrator dissident rioter"), "OPP"
    ),
    **dict.fromkeys(words("rebel insurgent militant militia militiaman guerrilla"), "REB"),
    **dict.fromkeys(words("parliament lawmaker legislator legislature speaker"), "LEG"),
    **dict.fromkeys(words("court judge judiciary prosecutor"), "JUD"),
    "spokesperson": "GOV",
    "police": "COP",
    "policeman": "COP",
    "student": "EDU",
    "civilian": "CVL",
}
# Nouns whose recipient is the one allowed to act ("gave Russia permission to help").
PERMISSION_NOUNS = words("permission authorization authorisation approval consent license")
# Compounds that turn a sector noun into something else ("think tank", "suicide bomber").
NON_SECTOR_COMPOUNDS = words("think suicide")
# Nouns that stand for their country without a sector: "the people of Iraq", "the oil industry
# in Venezuela".
OWNED_NOUNS = words(
    "people industry economy embassy capital city population state company sector president "
    "leader mayor governor citizen national man woman "
    # a body of an actor: "a Senate panel", "a UN committee", "the main Syrian opposition body"
    "committee panel commission council board body mission"
)
OWNER_MODIFIERS = ("poss", "compound", "amod", "nmod")


@dataclass(frozen=True)
class Arg:
    """An argument of a relation: the entity, its token, and how the rule reached it."""

    entity: Entity
    token: int
    via: str = "direct"  # direct | pronoun | relative | owner | appos | member
    hops: int = 0


@dataclass
class SentenceContext:
    """What the rules of one sentence share: the doc, the actors by token, the lexicon."""

    doc: Doc
    sent: Span
    lexicon: Lexicon
    actor_at: dict[int, ActorSpan]
    actors: list[ActorSpan]  # every actor span of the document, in text order
    prev_start: int  # first token of the previous sentence (pronoun window)
    # the cues of each verb, looked up once per sentence (rules_verbal.verb_cues)
    cue_cache: dict[int, list[Cue]] = field(default_factory=dict)
    # the sentence's tokens by coarse part of speech (of_pos), made on first use
    by_pos: dict[str, list[Token]] | None = None

    def of_pos(self, *tags: str) -> list[Token]:
        """The sentence's tokens with one of these coarse parts of speech ("NOUN", "VERB"),
        in text order: the rules that look for one kind of word share one pass over the
        sentence instead of each walking all of it."""
        if self.by_pos is None:
            self.by_pos = {}
            for token in self.sent:
                self.by_pos.setdefault(token.pos_, []).append(token)
        if len(tags) == 1:
            return self.by_pos.get(tags[0], [])
        found = [t for tag in tags for t in self.by_pos.get(tag, ())]
        return sorted(found, key=lambda t: t.i)

    def actor(self, token: Token, allow_place: bool = False) -> ActorSpan | None:
        """The actor span covering ``token``, if any (places only with ``allow_place``)."""
        span = self.actor_at.get(token.i)
        if span is None or (span.is_place and not allow_place):
            return None
        return span


@functools.cache
def government_nouns() -> frozenset[str]:
    """One-word nouns the gazetteer's sectors give the GOV sector ("negotiator", "envoys"):
    its own and Phoenix's agents, read once."""
    from kgraph.resolve.gazetteer import load

    return frozenset(w for w, code in load().sectors.items() if code == "GOV" and " " not in w)


def office_holders(ctx: SentenceContext) -> frozenset[str]:
    """Office nouns that stand for the body named by their modifier ("the U.N. chief")."""
    return ctx.lexicon.classes.get("office_holders", frozenset())


def index_actors(actors: list[ActorSpan]) -> dict[int, ActorSpan]:
    """Map each token index to the narrowest actor span covering it."""
    out: dict[int, ActorSpan] = {}
    for span in sorted(actors, key=lambda a: a.start - a.end):  # widest first, narrow wins
        for i in range(span.start, span.end):
            out[i] = span
    return out


def contrasted(appos: Token) -> bool:
    """ "blamed his predecessors, not China": an apposition after a "not" on its head is
    what the head is contrasted with, not another name for it (nor a member of a list)."""
    head = appos.head
    return appos.dep_ == "appos" and any(
        c.dep_ == "neg" and head.i < c.i < appos.i for c in head.children
    )


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens conjoined to it ("Obama and Putin" -> [Obama, Putin])."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
        elif (
            child.dep_ == "appos"
            and any(c.dep_ == "conj" for c in child.children)
            and not contrasted(child)
        ):
            # "The US, Russia, and Switzerland met": a list parsed as apposition + conjunction
            members = conjuncts(child)
            if token.pos_ == "PROPN" and child.pos_ == "NOUN":
                # "hosting Admiral Richardson, the Navy's highest officer, and General
                # Robinson": a common noun beside a name describes it; only the names after
                # it are further members
                members = members[1:]
            out.extend(members)
    return out


def _children(token: Token, deps: tuple[str, ...]) -> Iterator[Token]:
    return (c for c in token.children if c.dep_ in deps)


def sector_entity(country: Entity, sector: str) -> Entity:
    """The group of a country's institution (VEN + GOV -> ``VEN:GOV``)."""
    from kgraph.resolve.gazetteer import group

    return group(country.country or country.id, sector)


def _located_group(ctx: SentenceContext, token: Token, entity: Entity) -> Entity:
    """ "the military in Venezuela": an explicit in/of-country beats the group's guessed one."""
    span = ctx.actor_at[token.i]
    if entity.kind != "Group" or ":" not in entity.id or token.i != span.head:
        return entity
    if any(t.i != token.i and t.pos_ != "DET" for t in ctx.doc[span.start : span.end]):
        return entity  # "the US commander in Iraq": the span names its own country
    for prep in _children(token, ("prep",)):
        if prep.lower_ in ("in", "of"):
            for pobj in _children(prep, ("pobj",)):
                where = ctx.actor(pobj, allow_place=True)
                if where is None:
                    continue
                place = owner_entity(where.entity)
                if place.kind == "Country" and place.id != entity.country:
                    return sector_entity(place, entity.id.split(":", 1)[1])
    return entity


def resolve_pronoun(
    ctx: SentenceContext, token: Token, exclude: set[str], chain: bool = True
) -> Arg | None:
    """The most recent compatible actor before a personal pronoun (this or the last sentence).

    "he/she/him/her" take a person; "it/they/them" a country, group or organisation.
    """
    word = token.lower_
    if word in FIRST_PERSON:
        return _speaker(ctx, token, exclude)
    if word in FIRST_SINGULAR:
        # "'I will not meet him,' Trump said": a person speaking of themselves
        speaker = _speaker(ctx, token, exclude)
        return speaker if speaker is not None and speaker.entity.kind == "Person" else None
    if word == "it" and _extraposed(token):
        return None  # "it was crucial to coordinate with ...": no one
    agent_object = word == "it" and token.dep_ == "dobj" and _agent_object(ctx, token)
    thing = word in ("it", "its") and token.dep_ not in ("nsubj", "nsubjpass", "poss")
    if thing and not agent_object:
        # an object "it" is mostly a thing ("wanted it to end"), but in what a country or a
        # body says, the speaker ("Israel said a mortar bomb was fired at it")
        return _spoken_of_speaker(ctx, token, exclude)
    if word in MALE_FEMALE:
        want_person = True
    elif word in NON_PERSON:
        want_person = False
    else:
        return None
    bound = _matrix_subject(ctx, token, want_person, exclude) or _object_owner_subject(
        ctx, token, want_person, exclude
    )
    if bound is not None and (not want_person or _gender_fits(ctx, bound.entity, word)):
        return bound
    if bound is None and not want_person and _actorless_speaker(ctx, token):
        return None
    reporter = _reporting_speaker(token) if bound is None and want_person else None
    if reporter is not None:
        spoken = _spoken_of_person(ctx, token, reporter, exclude)
        if spoken is not None or _spokesperson(reporter):
            return spoken  # a spokesperson's "he" with no one else named: no one
    if want_person and (titled := _titled_subject(token)) is not None:
        # "the general did not have any problem during his visit": the title is the one
        # meant, whoever it resolves to; a title that names no one leaves "his" unresolved
        arg = resolve(ctx, titled, exclude)
        if arg is None:
            return None
        if arg.entity.kind != "Person" or _gender_fits(ctx, arg.entity, word):
            return Arg(arg.entity, arg.token, "pronoun", arg.hops)
    if not want_person and (
        _thing_antecedent(ctx, token, exclude)
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
            if want_person and not _gender_fits(ctx, entity, word):
                continue  # "Navarro praised Clinton's record, citing her trip": not Navarro
            if not want_person and _located(at):
                continue  # "goods in Canada and Mexico, said lawmakers who met with them"
            if span.head < ctx.sent.start and _nested_in_noun(at):
                continue  # "the infidelities of Hillary Clinton's husband, Bill Clinton. ... he"
        # a subject "it" prefers a subject antecedent; a possessive "its" and an accused "it"
        # the nearest one
        rank = int(word != "its" and not agent_object and at.dep_ in ("nsubj", "nsubjpass"))
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
        return _chained_subject(ctx, token, exclude)
    return chosen


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
        for clause in _children(adjective, ("relcl", "acl")):
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
    """ "Protests have become common outside rallies for Trump. He abandoned a rally in
    Chicago. He has accused Mexico of ...": a subject "he" or "she" with no person in reach
    continues the previous sentence's subject when that is the same pronoun, which is
    resolved in its own window (a chain of two sentences at most)."""
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
    is an actor, the one the main clause acted on."""
    verb = token.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False  # a participle clause on the act that names the accused
    agents = ctx.lexicon.classes.get("agent_objects", frozenset())
    return in_class(verb, agents)


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


def _gender_fits(ctx: SentenceContext, entity: Entity, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for this person (data/gender.tsv; unknown fits both)."""
    return gender.fits(entity, pronoun, ctx.doc, ctx.actors)


def _speech_subject(token: Token, stop: frozenset[str] = frozenset()) -> Token | None:
    """The subject of the speaking verb whose that-clause holds ``token`` (the nearest one
    above it), or None; None too past an ancestor whose dependency is in ``stop``."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in stop:
            return None
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in SPEAKING_VERBS:
            return next((c for c in ancestor.head.children if c.dep_ == "nsubj"), None)
    return None


def _speaker(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "Russia refused our draft, a U.S. spokesman said": "we/our" inside what a speaker says
    is the speaker; outside reported speech it names no one."""
    subject = _speech_subject(token)
    if subject is not None and _spokesperson(subject):
        # "'We highly appreciate ...,' Foreign Ministry spokesman Lu Kang said": a
        # spokesperson's "we" is the body spoken for, not the spokesperson; none named, no one
        body = _principal(ctx, subject, exclude) or _title_body(ctx, subject)
        return Arg(body.entity, body.token, "pronoun", body.hops) if body else None
    arg = resolve(ctx, subject, exclude) if subject is not None else None
    return Arg(arg.entity, arg.token, "pronoun", arg.hops) if arg else None


def _title_body(ctx: SentenceContext, speaker: Token) -> Arg | None:
    """The body in a spokesperson's title ("Foreign Ministry spokesman Lu Kang", "a State
    Department spokeswoman"): an actor, not a person, among the title's compound words."""
    nouns = [speaker, *(c for c in speaker.children if c.dep_ in ("appos", "compound"))]
    for noun in nouns:
        for word in noun.children:
            if word.dep_ not in ("compound", "amod", "nmod", "poss") or word.i > speaker.i:
                continue
            span = ctx.actor(word)
            if span is not None and span.entity.kind != "Person":
                return Arg(span.entity, word.i, "pronoun", 0)
    return None


def _matrix_subject(
    ctx: SentenceContext, token: Token, want_person: bool, exclude: set[str]
) -> Arg | None:
    """ "Putin, who said he backed ...", "Iran said it would ...": the speaker binds the pronoun."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    for child in _speaking_clause(clause.head).children:
        if child.dep_ == "nsubj" and child.i < token.i:
            if want_person and _spokesperson(child):
                # "Ann Lee, a spokeswoman for May, said she had met ...": "she" is the
                # one spoken for, not the spokeswoman
                principal = _principal(ctx, child, exclude)
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
            if want_person and _titled_person(child):
                for appos in (c for c in child.children if c.dep_ == "appos"):
                    named = resolve(ctx, appos, exclude)
                    if named is not None and named.entity.kind == "Person":
                        arg = named
                return Arg(arg.entity, arg.token, "pronoun", arg.hops)
    return None


def _clause_subject(verb: Token) -> Token | None:
    """A verb's subject, or for a conjoined verb with none of its own, its first conjunct's."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head == verb:
            return subject
        verb = verb.head


def _object_owner_subject(
    ctx: SentenceContext, token: Token, want_person: bool, exclude: set[str]
) -> Arg | None:
    """ "Japan said it welcomed the talks with China and renewed its pledge to ...": "its"
    owning its verb's direct object is that verb's subject, not the nearest actor before it.
    Only "its" and "their" (a person's "his/her" keeps the nearest fitting person)."""
    noun = token.head
    if want_person or token.dep_ != "poss" or noun.dep_ != "dobj":
        return None
    subject = _clause_subject(noun.head)
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


def _speaking_clause(verb: Token) -> Token:
    """The clause whose subject speaks through ``verb``: its own, or for a verb with no
    subject, the one a participle ("Iran criticized the deal, saying it would ...") or a
    conjoined verb ("did not give details, but said he ...") hangs on."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        if not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
            break
        verb = verb.head
    return verb


def _reporting_speaker(token: Token) -> Token | None:
    """The subject of the speaking verb whose that-clause ``token`` is the subject of ("The
    ministry said he ...", "did not give details, but said he ..."), before it; or None. A
    that-clause the parser hangs on the verb as an adverbial one ("told a briefing only that
    he would ...") is one too."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if clause.dep_ != "ccomp" and not (clause.dep_ == "advcl" and that):
        return None
    if clause.head.lemma_.lower() not in SPEAKING_VERBS:
        return None
    verb = _speaking_clause(clause.head)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return speaker if speaker is not None and speaker.i < token.i else None


def _spoken_of_person(
    ctx: SentenceContext, token: Token, speaker: Token, exclude: set[str]
) -> Arg | None:
    """ "The State Department gave no details of Tillerson's trip, but said he will visit
    Brussels", "asked about Tillerson's visit, spokesman Lu Kang said he would meet Wang Yi":
    a subject "he" or "she" of what a body, a government, a country or a spokesperson says
    (who speaks of someone else) is the one other person its own sentence names before it,
    when the pronoun fits that person and only that one; else None (and the usual search
    goes on)."""
    said = resolve(ctx, speaker, set())
    if said is None:
        return None
    spokesperson = _spokesperson(speaker)  # speaks of another: "he" is not the spokesman
    if not spokesperson and (
        said.entity.kind not in ("Country", "Group", "Organization", "IGO")
        or _titled_person(speaker)
    ):
        return None  # a minister, a person: speaking, for "he", of themselves
    found: dict[str, ActorSpan] = {}
    for span in ctx.actors:
        if span.start >= token.i:
            break
        if span.head < ctx.sent.start or span.is_place or span.entity.kind != "Person":
            continue
        if span.entity.id != said.entity.id:
            found[span.entity.id] = span
    if len(found) != 1:
        return None
    span = next(iter(found.values()))
    if span.entity.id in exclude or not _gender_fits(ctx, span.entity, token.lower_):
        return None
    return Arg(span.entity, span.head, via="pronoun")


def _spoken_of_speaker(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """ "Israel said a mortar bomb was fired at it from Gaza", "Turkey said Syria had attacked
    it": an object "it" in what a speaker says (not inside a noun's clause, nor of a conjoined
    verb) is the speaker, when the speaker is a country, a group or an organisation."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return None
    # not past "the deal it signed", "a plan to revive it", nor "said the U.S. has isolated
    # itself and accused it of ...": a conjoined verb may be the speaker's own
    subject = _speech_subject(token, stop=frozenset({"relcl", "acl", "conj"}))
    if subject is None or subject.i > token.i:
        return None
    arg = resolve(ctx, subject, exclude)
    if arg is None or arg.entity.kind not in ("Country", "Group", "Organization"):
        return None
    return Arg(arg.entity, arg.token, "pronoun", arg.hops)


def _actorless_speaker(ctx: SentenceContext, token: Token) -> bool:
    """ "Saudi Arabia cut ties with Qatar. The group said it had attacked Turkish troops": a
    subject "it" ("they") of what a speaker says, whose speaker is a singular (plural) common
    noun, stands for that speaker, even when the speaker is no actor; then it names no one,
    not an actor named before. Not a statement or report ("the statement said it ...") nor a
    spokesperson, who speak for someone else."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return False
    if clause.head.lemma_.lower() not in SPEAKING_VERBS:
        return False
    tags = ("NNS", "NNPS") if token.lower_ in PLURAL else ("NN", "NNP")
    for child in clause.head.children:
        if child.dep_ == "nsubj" and child.i < token.i:
            return (
                child.pos_ in ("NOUN", "PROPN")
                and child.tag_ in tags
                and child.lemma_.lower() not in REPORT_NOUNS
                and not _spokesperson(child)
            )
    return False


def _titled_subject(token: Token) -> Token | None:
    """The subject of a he/she/his/her's own or enclosing clause, before it, when that subject
    is a person named by a title alone ("the general", "the minister"; not "President Putin",
    and not a spokesperson, who speaks for someone else)."""
    for clause in token.ancestors:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].i > token.i or token in subjects[0].subtree:
            continue
        subject = subjects[0]
        if subject.pos_ == "NOUN" and _titled_person(subject) and not _spokesperson(subject):
            return subject
        return None
    return None


def _spokesperson(token: Token) -> bool:
    """A speaker named as a spokesperson ("a spokeswoman", "Ann Lee, a spokeswoman",
    "ministry spokesman Lu Kang")."""
    nouns = [token, *(c for c in token.children if c.dep_ in ("appos", "compound"))]
    return any(t.lemma_.lower() in SPOKES_NOUNS for t in nouns)


def _principal(ctx: SentenceContext, token: Token, exclude: set[str]) -> Arg | None:
    """Who a spokesperson speaks for: the for-phrase ("a spokeswoman for Rice")."""
    for noun in (token, *(c for c in token.children if c.dep_ == "appos")):
        for prep in _children(noun, ("prep",)):
            if prep.lower_ == "for":
                for pobj in _children(prep, ("pobj",)):
                    return resolve(ctx, pobj, exclude)
    return None


def _titled_person(token: Token) -> bool:
    """A singular title noun ("minister", "spokesman", "president"): one person."""
    from kgraph.resolve.people import HONORIFICS, TITLES

    word = token.lower_
    return token.tag_ in ("NN", "NNP") and word in TITLES and word not in HONORIFICS


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


def relative_antecedent(token: Token, ctx: SentenceContext | None = None) -> Token | None:
    """The noun a relative pronoun stands for ("talks with Maduro, which ..." -> talks).

    ``which`` never refers to a person: from a person it climbs to the noun the person's
    preposition hangs on.
    """
    clause = token.head
    if token.lower_ == "whose":
        # "the minister, whose attacks on India ...": the relative clause above the owned noun
        while clause.dep_ not in ("relcl", "ROOT") and clause.head != clause:
            clause = clause.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    antecedent = clause.head
    span = ctx.actor(antecedent) if ctx is not None else None
    person = span.entity.kind == "Person" if span else antecedent.ent_type_ == "PERSON"
    if token.lower_ == "which" and person:
        prep = antecedent.head
        if antecedent.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
            return prep.head
    return antecedent


def resolve(
    ctx: SentenceContext,
    token: Token,
    exclude: set[str] | None = None,
    allow_place: bool = False,
    depth: int = 0,
) -> Arg | None:
    """Who a noun token stands for: an actor span, a pronoun, a relative, an owner.

    Args:
        ctx: the sentence context.
        token: the head of a noun phrase.
        exclude: entity ids the answer must not be (the other argument).
        allow_place: accept place mentions (targets of "visit to", "deploy in").
        depth: recursion depth (owner chains stop at 3).
    """
    exclude = exclude or set()
    span = ctx.actor(token, allow_place=allow_place)
    if span is not None:
        entity = _located_group(ctx, token, span.entity)
        if entity.id in exclude:
            return None
        return Arg(entity, span.head, via="direct" if depth == 0 else "owner", hops=depth)
    if depth > 2:
        return None
    lower = token.lower_
    if token.pos_ == "PRON" or lower == "whose":  # "whose" is tagged a determiner
        if lower in RELATIVE:
            antecedent = relative_antecedent(token, ctx)
            if antecedent is None:
                return None
            arg = resolve(ctx, antecedent, exclude, allow_place, depth + 1)
            if lower == "who" and antecedent.dep_ == "appos":
                # "Paul Ryan, a Republican who has often criticized Trump": the relative
                # describes the apposition, which is the person it stands beside ("which" and
                # "that" may describe a thing: "lending Nisman the gun that killed him"); the
                # apposition's owner is not that person ("Otto Warmbier, a University of
                # Virginia student who died": not the university)
                named = resolve(ctx, antecedent.head, exclude, allow_place, depth + 1)
                if arg is None or (named is not None and named.entity.kind == "Person"):
                    arg = named
            return Arg(arg.entity, arg.token, "relative", arg.hops) if arg else None
        return resolve_pronoun(ctx, token, exclude)
    for child in _children(token, ("appos",)):
        if contrasted(child):
            continue
        arg = resolve(ctx, child, exclude, allow_place, depth + 1)
        if arg:
            return Arg(arg.entity, arg.token, "appos", arg.hops)
    lemma = token.lemma_.lower()
    if lemma in QUANTITY_NOUNS:
        for prep in _children(token, ("prep",)):
            if prep.lower_ == "of":
                for pobj in _children(prep, ("pobj",)):
                    arg = resolve(ctx, pobj, exclude, allow_place, depth + 1)
                    if arg:
                        return Arg(arg.entity, arg.token, "member", arg.hops)
    sector = SECTORS.get(lemma)
    # the gazetteer's government nouns (Phoenix agents and ours): "the EU's negotiator" is
    # the EU's; a person's ("Trump's negotiator") is someone else, not the person
    # and the lexicon's <office_holders> ("the U.N. aid coordinator", "the EU trade chief")
    institutional = (
        sector is None
        and (token.lower_ in government_nouns() or in_class(token, office_holders(ctx)))
        and lemma not in OWNED_NOUNS
    )
    if institutional:
        sector = "GOV"
    if any(c.dep_ == "compound" and c.lower_ in NON_SECTOR_COMPOUNDS for c in token.children):
        sector = None  # "a US think tank" is no army
    if sector or lemma in OWNED_NOUNS:
        owner = _owner(ctx, token, exclude, depth)
        if owner is not None and not (institutional and owner.entity.kind == "Person"):
            entity = owner.entity
            if sector and entity.kind == "Country":
                entity = sector_entity(entity, sector)
            return Arg(entity, owner.token, "owner", owner.hops + 1)
    # "the Houthis, a Shi'ite movement backed by Iran": a group noun (the lexicon's
    # <group_descriptions>) set off by a comma in apposition to a group's name stands for it
    # (what a participle or relative on the description says of the group)
    if _group_description(ctx, token):
        span = ctx.actor(token.head)
        if span is not None and span.entity.kind != "Person" and span.entity.id not in exclude:
            return Arg(span.entity, span.head, "appos", depth + 1)
    return None


def _group_description(ctx: SentenceContext, token: Token) -> bool:
    """ "the Houthis, a movement ...": an apposition after a comma, of a group noun."""
    if token.dep_ != "appos" or token.i < token.head.i or contrasted(token):
        return False
    first = token.left_edge.i
    if first == 0 or ctx.doc[first - 1].text != ",":
        return False
    return in_class(token, ctx.lexicon.classes.get("group_descriptions", frozenset()))


def owner_entity(entity: Entity) -> Entity:
    """What owns a thing: a place stands for its country ("the mayor of Nablus" -> PSE)."""
    if entity.kind == "Location" and entity.country:
        from kgraph.resolve.gazetteer import country

        return country(entity.country)
    return entity


def _owner(ctx: SentenceContext, token: Token, exclude: set[str], depth: int) -> Arg | None:
    """The country or group owning an institution noun: poss, compound, demonym, in/of-phrase."""
    for child in token.children:
        found: list[Token] = []
        if child.dep_ in OWNER_MODIFIERS:
            found = [child]
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
            found = list(_children(child, ("pobj",)))
        elif child.dep_ == "prep" and child.lower_ == "for" and token.lemma_ in SPOKES_NOUNS:
            # "a spokesman for the U.S. mission": the body's own owner
            for pobj in _children(child, ("pobj",)):
                found = [pobj, *_children(pobj, ("compound", "amod", "poss"))]
        for tok in found:
            span = ctx.actor(tok, allow_place=True)
            if span is None:
                continue
            owner = owner_entity(span.entity)
            if owner.kind != "Location" and owner.id not in exclude:
                return Arg(owner, span.head, "owner", depth + 1)
    return None


def included_members(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "several countries, including China", "companies such as Rosneft and Gazprom": a plural
    noun that is no actor itself stands for the actors its including- or such-as-phrase names
    (each a ``member``). Places, topics and the excluded are left out."""
    if token.tag_ not in ("NNS", "NNPS") or token.i in ctx.actor_at:
        return []
    out: list[Arg] = []
    for prep in token.children:
        if prep.dep_ != "prep" or not (
            prep.lower_ == "including"
            or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
        ):
            continue
        for pobj in _children(prep, ("pobj",)):
            for member in conjuncts(pobj):
                span = ctx.actor(member)
                if span is None or span.entity.kind in ("Topic", "Location"):
                    continue
                if span.entity.id in exclude or any(a.entity.id == span.entity.id for a in out):
                    continue
                out.append(Arg(span.entity, span.head, "member", 1))
    return out


def resolve_all(
    ctx: SentenceContext,
    token: Token,
    exclude: set[str] | None = None,
    allow_place: bool = False,
) -> list[Arg]:
    """Resolve a noun and its conjuncts ("Venezuela and Cuba" -> two args), or the members its
    including-phrase names (:func:`included_members`)."""
    if token.lower_ in PLURAL:
        joint = _coordinated_antecedents(ctx, token, exclude or set())
        if joint:
            return joint
    if token.lower_ in pair_nouns() and _pair_description(token):
        return _pair_antecedents(ctx, token, exclude or set())
    out: list[Arg] = []
    for tok in _name_conjuncts(ctx, token):
        arg = resolve(ctx, tok, exclude, allow_place)
        if arg is None:
            members = included_members(ctx, tok, exclude or set())
            out.extend(a for a in members if all(a.entity.id != b.entity.id for b in out))
            continue
        args = [arg, *_distributed_groups(ctx, tok, arg)]
        out.extend(a for a in args if all(a.entity.id != b.entity.id for b in out))
    return out


def clause_subjects(ctx: SentenceContext, clause: Token, exclude: set[str]) -> list[Arg]:
    """The actors a clause is about: its subjects, active or passive, with their conjuncts
    ("found that Syria and Iran used ...", "allegations that Moscow was bombing ...")."""
    return [
        arg
        for child in clause.children
        if child.dep_ in ("nsubj", "nsubjpass")
        for arg in resolve_all(ctx, child, exclude)
    ]


def companions(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "Saudi Arabia, alongside the UAE and Egypt, cut ties with Qatar", "Britain, along with
    Russia and China, negotiated the deal", "Egypt, together with Saudi Arabia, ...": the
    actors of a companion phrase set off by commas after a subject act with it (the phrase's
    words are the lexicon's <companion_preps>: "alongside", "along with", "together with")."""
    companion = ctx.lexicon.classes.get("companion_preps", frozenset())
    out: list[Arg] = []
    for prep in _children(token, ("prep",)):
        doc = ctx.doc
        start = prep.left_edge.i
        if start == 0 or doc[start - 1].text != ",":
            continue  # only a phrase set off by a comma
        if prep.lower_ == "with" and any(
            c.dep_ == "advmod" and c.lower_ in companion for c in prep.children
        ):
            holder = prep  # "together with": "together" hangs on "with"
        elif prep.lower_ in companion and prep.lower_ != "with":
            # "alongside X"; "along with X": "with" hangs on "along"
            holder = next((c for c in _children(prep, ("prep",)) if c.lower_ == "with"), prep)
        else:
            continue
        for pobj in _children(holder, ("pobj",)):
            for arg in resolve_all(ctx, pobj, exclude):
                if all(arg.entity.id != a.entity.id for a in out):
                    out.append(Arg(arg.entity, arg.token, "member", arg.hops))
    return out


def _name_conjuncts(ctx: SentenceContext, token: Token) -> list[Token]:
    """Conjuncts of a token, also when the parser hung them on another word of its name:
    "Barack Obama and Vladimir Putin will meet" parsed with "Putin" conjoined to "Obama" while
    "Barack" is the subject."""
    out = conjuncts(token)
    span = ctx.actor_at.get(token.i)
    if len(out) > 1 or span is None:
        return out
    inside = range(span.start, span.end)
    for tok in ctx.doc[span.start : span.end]:
        if tok.i != token.i:
            out.extend(c for c in conjuncts(tok)[1:] if c.i not in inside and c not in out)
    return out


def _coordinated_antecedents(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "Obama and Putin said they will ...": a plural pronoun after coordinated actors."""
    for tok in reversed(ctx.doc[ctx.prev_start : token.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in tok.children):
            args = resolve_all(ctx, tok, exclude)
            return [Arg(a.entity, a.token, "pronoun", a.hops) for a in args]
    return []


def _pair_description(token: Token) -> bool:
    """ "the two countries", "both sides": "both", or "the" and "two", and no other words of
    its own ("the two Koreas" is a name; "the two countries' leaders" is read by its owner)."""
    deps = {(c.dep_, c.lower_) for c in token.children if c.i < token.i}
    if token.lower_ in ("two", "both"):
        # "the two met", "both said": the numeral or "both" standing alone for the pair
        alone = {("det", "the")} if token.lower_ == "two" else set()
        return deps == alone and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if deps not in ({("det", "both")}, {("det", "the"), ("nummod", "two")}):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from") for c in token.children)


def _pair_antecedents(ctx: SentenceContext, token: Token, exclude: set[str]) -> list[Arg]:
    """ "Turkey and Greece signed ... The two countries agreed ...": the two actors of the last
    coordination in this or the last sentence, when each is what the noun says (a country, a
    person, anything for "sides") and no other coordination of such actors stands there.
    Two actors not named together make no pair: that guess was wrong more often than right."""
    kind = pair_nouns()[token.lower_]
    pairs: list[list[Arg]] = []
    for tok in reversed(ctx.doc[ctx.prev_start : token.i]):
        if not any(c.dep_ == "conj" for c in tok.children) or tok.lower_ in pair_nouns():
            continue
        args = [a for a in (_pair_member(a, kind) for a in resolve_all(ctx, tok, exclude)) if a]
        ids = {a.entity.id for a in args}
        if len(ids) < 2:
            continue
        if pairs and ids != {a.entity.id for a in pairs[0]}:
            return []  # two different coordinations: neither is sure
        if len(ids) > 2:
            return []  # "the US, Britain and France ... the two countries": which two?
        pairs.append(args)
    if not pairs:
        return []
    return [Arg(a.entity, a.token, "pronoun", a.hops) for a in pairs[0]]


def _pair_member(arg: Arg, kind: str) -> Arg | None:
    """An actor of a pair as the pair's noun says: a country ("Turkish officials" count as
    Turkey), a person, or any actor."""
    entity = arg.entity
    if kind == "person":
        return arg if entity.kind == "Person" else None
    if kind == "country":
        if entity.kind == "Group" and entity.country and entity.country.isupper():
            from kgraph.resolve.gazetteer import country

            return Arg(country(entity.country), arg.token, arg.via, arg.hops)
        return arg if entity.kind == "Country" else None
    return arg if entity.kind not in ("Topic", "Location") else None


def _distributed_groups(ctx: SentenceContext, token: Token, arg: Arg) -> list[Arg]:
    """ "US and British activists": the group's sector for each coordinated country; and
    "travelers from Iran, Libya and Somalia", "imports from Russia and China": each country
    conjoined in the from/of/in-phrase that placed the noun (:func:`distributed_places`)."""
    placed = distributed_places(ctx, token, arg)
    if arg.entity.kind != "Group" or ":" not in arg.entity.id:
        return placed
    sector = arg.entity.id.split(":", 1)[1]
    out = placed
    for child in token.children:
        if child.dep_ in ("nmod", "amod", "compound") and any(
            c.dep_ == "conj" for c in child.children
        ):
            for mod in conjuncts(child):
                span = ctx.actor(mod)
                if span is None or span.entity.kind not in ("Country", "Group"):
                    continue
                group = span.entity
                if group.kind == "Country":
                    group = sector_entity(group, sector)
                if group.id != arg.entity.id:
                    out.append(Arg(group, span.head, "owner", 1))
    return out


def distributed_places(ctx: SentenceContext, token: Token, arg: Arg) -> list[Arg]:
    """ "travelers from Iran, Libya and Somalia" (IRN:CVL): a noun placed by a from/of/in-phrase
    whose first place gives its country stands as well for each other country conjoined there
    (its sector's group of that country, or the country when the noun stood for a country).
    Only when the first place is what gave the argument its country, and only countries."""
    entity = arg.entity
    grouped = entity.kind == "Group" and ":" in entity.id
    if not grouped and entity.kind != "Country":
        return []
    home = entity.country or entity.id
    out: list[Arg] = []
    for prep in _children(token, ("prep",)):
        if prep.lower_ not in ("from", "of", "in"):
            continue
        for pobj in _children(prep, ("pobj",)):
            members = conjuncts(pobj)
            first = ctx.actor(pobj, allow_place=True)
            if len(members) < 2 or first is None:
                continue
            # the phrase may lie inside the noun's own span ("travelers from Iran": IRN:CVL)
            if first.head != token.i and owner_entity(first.entity).id != home:
                continue
            for member in members[1:]:
                span = ctx.actor(member, allow_place=True)
                if span is None:
                    continue
                place = owner_entity(span.entity)
                if place.kind != "Country" or place.id == home:
                    continue
                other = sector_entity(place, entity.id.split(":", 1)[1]) if grouped else place
                if all(other.id != a.entity.id for a in out):
                    out.append(Arg(other, span.head, "member", 1))
    return out


def permitted_actors(ctx: SentenceContext, verb: Token) -> list[Arg] | None:
    """ "gave permission to Russia to help Israel", "gave Iraq permission to export": the
    recipient of a permission noun; None when the verb gives no permission."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "dative" and child.lower_ == "to":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        if child.dep_ in ("dative", "pobj"):
            return resolve_all(ctx, child)
    return None
