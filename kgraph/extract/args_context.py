"""What the argument finders share: the word classes, :class:`Arg`, :class:`SentenceContext`.

The relation rules and the argument finders (:mod:`kgraph.extract.rules_args`,
:mod:`~kgraph.extract.args_pronouns`, :mod:`~kgraph.extract.args_speakers`,
:mod:`~kgraph.extract.args_plural`) take their context and their result type from here,
with the small token helpers they all use (conjuncts, a country's sector group, an owner).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kgraph.extract.lexicon import Cue, Lexicon, words
from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from kgraph.resolve import gender

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
            "tank warplane gunship helicopter artillery warship gunboat bomber "
            # "its fighters" (an armed group's are the group; a state's, its military)
            "fighter"
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


# Tags of a finite verb (a past tense or a present one).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def subject_of_next_verb(conj: Token) -> bool:
    """Whether a conjunct is the subject of the finite verb just after it, which the parser
    left with no subject ("distanced themselves from the candidate and the committee cut ties
    with him": the committee cut ties, nobody distanced from it)."""
    after = conj.right_edge.i + 1
    if after >= len(conj.doc):
        return False
    verb = conj.doc[after]
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS or verb.head.i == conj.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens conjoined to it ("Obama and Putin" -> [Obama, Putin])."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and not subject_of_next_verb(child):
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


def dep_children(token: Token, deps: tuple[str, ...]) -> Iterator[Token]:
    return (c for c in token.children if c.dep_ in deps)


def prep_objects(token: Token, prep: str) -> list[Token]:
    """The objects of ``token``'s ``prep`` phrases ("summoned to the ministry" with "to")."""
    return [
        pobj
        for child in dep_children(token, ("prep",))
        if child.lower_ == prep
        for pobj in dep_children(child, ("pobj",))
    ]


def sector_entity(country: Entity, sector: str) -> Entity:
    """The group of a country's institution (VEN + GOV -> ``VEN:GOV``)."""
    from kgraph.resolve.gazetteer import group

    return group(country.country or country.id, sector)


def gender_fits(ctx: SentenceContext, entity: Entity, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for this person (data/gender.tsv; unknown fits both)."""
    return gender.fits(entity, pronoun, ctx.doc, ctx.actors)


def owner_entity(entity: Entity) -> Entity:
    """What owns a thing: a place stands for its country ("the mayor of Nablus" -> PSE)."""
    if entity.kind == "Location" and entity.country:
        from kgraph.resolve.gazetteer import country

        return country(entity.country)
    return entity
