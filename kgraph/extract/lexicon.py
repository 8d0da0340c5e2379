"""The relation lexicon: verb and noun cues mapped to relations and their CAMEO/PLOVER codes.

The cues live in the packaged, tab-separated ``kgraph/data/lexicon.tsv`` (read its header for
the format). :func:`load_lexicon` reads it once (cached) and compiles dictionaries keyed by
lemma, so that a rule looks a token up in constant time.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from kgraph.errors import KgraphError
from kgraph.ontology import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.cameo import CameoLexicon

LEXICON_RESOURCE = "data/lexicon.tsv"


def words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long word lists readable)."""
    return frozenset(text.split())


def in_class(token: Token | None, members: frozenset[str]) -> bool:
    """Whether a token's lemma or lower-cased form is one of a word class's members."""
    return token is not None and (token.lemma_.lower() in members or token.lower_ in members)


# Words that introduce a target (or are verb particles) in a cue; every other word after the
# head is a direct-object noun (or a <class>).
PREPOSITIONS = words(
    "about across against along alongside among around aside at away back behind beside between "
    "by down for from in into near of off on onto out over past through to toward towards under "
    "up upon with within"
)
PARTICLES = words("up out off down back over away in on aside")
# Written last in a cue, it marks the direct object as the target, so that the word before it
# is a particle even when it could be a preposition: "turn down *" ("turned down Iran's offer",
# "turned the offer down"), "brush aside *". Without it a final "down" introduces the target
# ("crack down on": "on"), as in "call on".
DIRECT_OBJECT = "*"

# PLOVER alternatives ONTOLOGY.md allows per relation, besides the relation's own.
PLOVER_ALTERNATIVES: dict[str, frozenset[str]] = {
    "CONCEDES_TO": frozenset({"RETREAT"}),
    "DEPLOYS_TO": frozenset({"MOBILIZE"}),
    "CRITICIZES": frozenset({"ACCUSE"}),
    "ATTACKS": frozenset({"FIGHT"}),
}


@dataclass(frozen=True)
class Cue:
    """One lexicon record: ``head [particle] [object-noun] [preposition | *]`` -> relation.

    A cue ending in ``*`` has the direct object as its target and reads the word before the
    ``*`` as a particle: "turn down *" (``particle="down"``, ``prep=None``), where "turn down"
    alone would read "down" as the preposition of the target.

    Attributes:
        kind: ``verb``, ``noun`` (event noun), ``agent`` (agent noun, "backer") or ``adj``
            (an adjective after a copula, "critical of").
        text: the cue as written in the lexicon ("hold <talks> with").
        head: the lemma of the verb or noun.
        relation: the ontology relation.
        plover, cameo, quad_class: the codes of this cue.
        particle: a verb particle that must be present ("pull out of" -> "out").
        objects: lemmas one of which must be the direct object ("impose sanctions on").
        prep: the preposition introducing the target, or None for a direct object.
        inverse: the target acts on the subject ("receive aid from X": X supplies).
        source: ``hand`` (this lexicon) or ``cameo`` (:mod:`kgraph.extract.cameo`).
    """

    kind: str
    text: str
    head: str
    relation: str
    plover: str
    cameo: str
    quad_class: int
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    prep: str | None = None
    inverse: bool = False
    source: str = "hand"

    @property
    def expels(self) -> bool:
        """An expulsion or deportation (CAMEO 174): it sends people out of the country."""
        return self.cameo.startswith("174")


@dataclass
class Lexicon:
    """Cues indexed by head lemma, plus the word classes they use."""

    verbs: dict[str, list[Cue]] = field(default_factory=dict)
    nouns: dict[str, list[Cue]] = field(default_factory=dict)
    agents: dict[str, list[Cue]] = field(default_factory=dict)
    adjectives: dict[str, list[Cue]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    light_objects: frozenset[str] = frozenset()
    # CAMEO verb patterns (kgraph.extract.cameo), tried after the hand cues; None: hand only
    cameo: CameoLexicon | None = None

    def cues(self) -> list[Cue]:
        """Every cue, in no particular order."""
        out: list[Cue] = []
        for index in (self.verbs, self.nouns, self.agents, self.adjectives):
            for cues in index.values():
                out.extend(cues)
        return out


def prep_with_object(token: Token) -> bool:
    """A preposition with its own object, so no particle of a phrasal cue: "giving speeches to
    voters in Philadelphia" does not "give in"."""
    return token.dep_ == "prep" and any(c.dep_ == "pobj" for c in token.children)


def _parse_cue(kind: str, text: str, classes: dict[str, frozenset[str]]) -> dict[str, object]:
    words = text.split()
    head, rest = words[0].lower(), words[1:]
    particle: str | None = None
    prep: str | None = None
    objects: frozenset[str] = frozenset()
    if rest and rest[-1] == DIRECT_OBJECT:
        # "turn down *": the direct object is the target, the last word a particle
        rest = rest[:-1]
        if not rest or rest[-1] not in PARTICLES:
            raise KgraphError(f"lexicon: cue {text!r}: '*' must follow a particle")
        particle = rest[-1]
        rest = rest[:-1]
    for i, word in enumerate(rest):
        if word.startswith("<") and word.endswith(">"):
            name = word[1:-1]
            if name not in classes:
                raise KgraphError(f"lexicon: cue {text!r} uses unknown class <{name}>")
            objects = classes[name]
        elif word in PREPOSITIONS:
            if i < len(rest) - 1 and word in PARTICLES:
                particle = word
            else:
                prep = word
        else:
            objects = frozenset({word.lower()})
    return {"head": head, "particle": particle, "prep": prep, "objects": objects}


def parse_lexicon(text: str) -> Lexicon:
    """Compile the lexicon from the text of a ``lexicon.tsv`` file.

    Raises:
        KgraphError: naming the line of a record with an unknown relation, class or kind.
    """
    lexicon = Lexicon()
    rows: list[tuple[int, list[str]]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "class":
            # a class named again adds its words (a later block extends an earlier class)
            lexicon.classes[cols[1]] = lexicon.classes.get(cols[1], frozenset()) | frozenset(
                cols[2].split()
            )
        else:
            rows.append((lineno, cols))
    light: set[str] = set()
    for lineno, cols in rows:
        if len(cols) != 6:
            raise KgraphError(f"lexicon.tsv:{lineno}: expected 6 tab-separated columns")
        kind, text_, relation, plover, cameo, quad = cols
        inverse = relation.startswith("~")
        relation = relation.lstrip("~")
        if relation not in RELATIONS:
            raise KgraphError(f"lexicon.tsv:{lineno}: unknown relation {relation!r}")
        if kind not in ("verb", "noun", "agent", "adj"):
            raise KgraphError(f"lexicon.tsv:{lineno}: unknown kind {kind!r}")
        parts = _parse_cue(kind, text_, lexicon.classes)
        cue = Cue(
            kind=kind,
            text=text_,
            relation=relation,
            plover=plover,
            cameo=cameo,
            quad_class=int(quad),
            inverse=inverse,
            **parts,  # type: ignore[arg-type]
        )
        index = {
            "verb": lexicon.verbs,
            "noun": lexicon.nouns,
            "agent": lexicon.agents,
            "adj": lexicon.adjectives,
        }[kind]
        index.setdefault(cue.head, []).append(cue)
        owner_objects = lexicon.classes.get("owner_object_verbs", frozenset())
        if kind == "verb" and cue.objects and cue.head not in owner_objects:
            # (not "oppose <opposed_proposals>": its nouns are read for their owner, no event
            # nouns of a light verb)
            light.update(cue.objects)
    # Most specific cues first: with an object noun, then with a preposition.
    for index in (lexicon.verbs, lexicon.nouns, lexicon.agents, lexicon.adjectives):
        for cues in index.values():
            cues.sort(key=lambda c: (not c.objects, c.prep is None, c.particle is None))
    lexicon.light_objects = frozenset(light)
    return lexicon


@functools.cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon with its CAMEO verb patterns, compiled once."""
    from kgraph.extract.cameo import load_cameo

    text = resources.files("kgraph").joinpath(LEXICON_RESOURCE).read_text(encoding="utf-8")
    lexicon = parse_lexicon(text)
    lexicon.cameo = load_cameo(lexicon)
    return lexicon


def rule_cue(relation: str, text: str, head: str) -> Cue:
    """A verb cue that a rule makes itself, with no lexicon row ("refuse to", "call for X
    to"): the relation's own PLOVER type, CAMEO code and QuadClass."""
    rel = RELATIONS[relation]
    return Cue(
        kind="verb",
        text=text,
        head=head,
        relation=relation,
        plover=rel.plover or "",
        cameo=rel.cameo or "",
        quad_class=rel.quad_class or 0,
    )


def allowed_plover(relation: str) -> frozenset[str]:
    """The PLOVER types a cue of ``relation`` may carry."""
    own = RELATIONS[relation].plover
    return PLOVER_ALTERNATIVES.get(relation, frozenset()) | ({own} if own else set())
