"""Metonymy in context: is a capital or seat of power an actor here, or a place?

"Moscow said" and "Washington warned Beijing" are governments acting; "left Moscow", "in
Caracas" and "at the Kremlin" are places. The decision reads the mention's head token in the
dependency parse: its relation to its head, the preposition that governs it, the verb it is
the object of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.resolve.gazetteer import role_words, sector_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose object is a location ("in Caracas", "flew to Moscow", "from Beijing").
PLACE_PREPOSITIONS = frozenset(
    {
        "in", "at", "to", "from", "into", "near", "outside", "inside", "via", "through",
        "toward", "towards", "across", "around", "within", "throughout", "onto", "beyond",
        "out", "off", "along", "past", "above", "below", "north", "south",
        "east", "west",
    }
)  # fmt: skip
# Verbs whose direct object is a place, not an actor ("left Moscow", "reached Kabul").
MOTION_VERBS = frozenset(
    {
        "leave", "depart", "reach", "enter", "exit", "flee", "evacuate", "cross", "tour",
        "land", "fly", "bomb", "shell", "capture", "seize", "liberate", "encircle", "storm",
        "besiege", "occupy", "overrun", "retake", "surround", "approach",
    }
)  # fmt: skip
# Verbs whose direct object is the place a seat of an international body stands in ("will
# visit Brussels" is a visit to Belgium, unless the EU is named), though not a capital's
# country ("visited Moscow" is a visit to Russia, either way).
VISIT_VERBS = frozenset({"visit", "tour"})
# Nouns whose possessor or modifier is a place ("Caracas' airport", "Moscow residents").
PLACE_NOUNS = frozenset(
    {
        "airport", "street", "streets", "outskirts", "center", "centre", "suburb", "suburbs",
        "port", "mayor", "resident", "residents", "metro", "district", "city", "downtown",
        "region", "province", "hospital", "university", "skyline", "square", "capital",
        "town", "neighborhood", "neighbourhood", "area", "office", "offices", "embassy",
        "court", "stock", "exchange", "hotel", "venue", "weather",
        "population", "people", "citizens", "traffic", "police", "governor", "bureau",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "km", "kilometres", "kilometers", "miles", "heart", "edge", "outside", "rest",
    }
)  # fmt: skip
# Heads that make a modifying seat of power an actor ("Kremlin spokesman", "Pentagon officials").
TITLE_HEADS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "source", "sources", "press", "statement",
        "chief", "leader", "leaders", "negotiator", "negotiators", "envoy", "envoys",
        "secretary",
    }
)  # fmt: skip
# Subject-like relations: the mention acts ("Moscow said", "talks mediated by Oslo").
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "dative", "iobj", "attr"})


def _governing_preposition(token: Token) -> Token | None:
    """The preposition a noun is the object of ("in" for "in Moscow"), through conjuncts."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.pos_ in ("ADP", "SCONJ"):
        return token.head
    return None


def _voiced(head: Token) -> bool:
    """Whether a "from" phrase on ``head`` names the author: a noun of a stand taken or a help
    given ("criticism", "aid"), or a verb whose direct object is one ("sought aid")."""
    voiced = role_words("voiced")
    if head.lemma_.lower() in voiced:
        return True
    return head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in voiced for c in head.children
    )


def _addressed(head: Token) -> bool:
    """Whether a "to" phrase on ``head`` names the addressee of a request, an appeal or a
    message ("appealed to Washington", "a plea to Moscow"), or a verb whose direct object is
    one ("relayed concerns to Beijing", "sent a letter to Moscow")."""
    addressed = role_words("addressed")
    if head.lemma_.lower() in addressed:
        return True
    return head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in addressed for c in head.children
    )


def _aimed(head: Token) -> bool:
    """Whether an "at" phrase on ``head`` names the target of a stand: a word of one ("lashed
    out at", "angry at", "hit out at"), or a verb whose direct object is one ("took a swipe
    at")."""
    aimed = role_words("aimed")
    if head.lower_ == "back" and head.dep_ == "advmod":  # "hit back at", the phrase on "back"
        head = head.head
    lemma = head.lemma_.lower()
    particles = [c.lower_ for c in head.children if c.dep_ in ("prt", "advmod")]
    if lemma in aimed or any(f"{lemma} {p}" in aimed for p in particles):
        return True
    return head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in aimed for c in head.children
    )


def is_visited_place(head: Token) -> bool:
    """Whether a seat of an international body that is also a city (given by its head token)
    is the object of a visit: the city, not the body ("Tillerson will visit Brussels")."""
    token = head
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.lemma_.lower() in VISIT_VERBS


def is_place_use(head: Token) -> bool:
    """Whether a capital or seat of power (given by its head token) is used as a place.

    "in Moscow", "left Moscow", "a Moscow court" are places; "Moscow said", "warned Moscow",
    "talks mediated by Oslo", "Moscow's backing", "Kremlin spokesman", "criticism from Moscow",
    "appealed to Moscow" are the government.
    """
    token = head
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    # "talks mediated by Oslo": the agent of a passive acts
    prep = _governing_preposition(token)
    if prep is not None:
        if prep.dep_ == "agent" or prep.lower_ == "by":
            return False
        # "the capital of Caracas", "the outskirts of Kabul": "of" after a place noun
        if prep.lower_ == "of":
            return prep.head.lemma_.lower() in PLACE_NOUNS
        # "protests from Beijing", "criticism from Moscow": the author of a stand taken; also
        # after a verb whose object is one ("sought aid from Washington", "drew criticism
        # from Beijing")
        if prep.lower_ == "from" and _voiced(prep.head):
            return False
        # "appealed to Washington", "relayed concerns to Beijing": the addressee
        if prep.lower_ == "to" and _addressed(prep.head):
            return False
        # "lashed out at Beijing", "took a swipe at Moscow": the target of a stand
        if prep.lower_ == "at" and _aimed(prep.head):
            return False
        # "left for Moscow": "for" after a motion verb is a destination
        if prep.lower_ == "for":
            return prep.head.lemma_.lower() in MOTION_VERBS
        return prep.lower_ in PLACE_PREPOSITIONS
    # "left Moscow", "reached Kabul": object of a motion verb
    if token.dep_ == "dobj" and token.head.lemma_.lower() in MOTION_VERBS:
        return True
    # "Caracas' main airport": possessor of a place noun; "Moscow's backing" acts
    if token.dep_ == "poss":
        return token.head.lemma_.lower() in PLACE_NOUNS
    # "a Moscow court", "Moscow-based": a modifier of another noun is a place, except of a
    # title ("Kremlin spokesman Dmitry Peskov": the Kremlin's spokesman)
    if token.dep_ in ("compound", "nmod", "amod", "npadvmod") and token.head.i != token.i:
        if token.head.lower_ in TITLE_HEADS or sector_of(token.head.text) is not None:
            return False  # "Beijing ministers", "Kremlin spokesman"
        return token.head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
    if token.dep_ in ACTOR_DEPS or token.dep_ == "ROOT":
        return False
    return False
