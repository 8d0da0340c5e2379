"""Topic nodes: the non-named objects of relations ("backed negotiations" -> ``topic:talks``).

Only a short list of meaningful head nouns becomes a topic, each under a normalised name
(negotiations and dialogue are talks); any other noun gives no topic, so random objects never
enter the graph.
"""

from __future__ import annotations

import functools

from kgraph.model import Entity

# lemma -> normalised topic name (the slug of the topic id).
TOPIC_HEADS: dict[str, str] = {
    "talk": "talks",
    "talks": "talks",
    "negotiation": "talks",
    "dialogue": "talks",
    "sanction": "sanctions",
    "embargo": "sanctions",
    "loan": "loans",
    "credit": "loans",
    "arm": "arms",
    "arms": "arms",
    "weapon": "arms",
    "aid": "aid",
    "assistance": "aid",
    "ceasefire": "ceasefire",
    "truce": "ceasefire",
    "agreement": "agreement",
    "deal": "agreement",
    "accord": "agreement",
    "treaty": "agreement",
    "election": "elections",
    "referendum": "referendum",
    "delegate": "delegates",
    "delegation": "delegates",
    "troop": "troops",
    "investment": "investments",
    "reform": "reforms",
    "peace": "peace",
    "resolution": "resolution",
    "prisoner": "prisoners",
    "hostage": "hostages",
}


@functools.cache
def topic_entity(name: str) -> Entity:
    """The Topic entity for a normalised topic name.

    >>> topic_entity("talks")
    Entity(id='topic:talks', name='talks', kind='Topic', country=None, aliases=(), roles=())
    """
    return Entity(id=f"topic:{name}", name=name, kind="Topic")


def topic_for(lemma: str, text: str = "") -> Entity | None:
    """The topic a head noun stands for, or None when it is not a topic head.

    >>> topic_for("negotiation").id
    'topic:talks'
    >>> topic_for("house") is None
    True
    """
    name = TOPIC_HEADS.get(lemma.lower()) or TOPIC_HEADS.get(text.lower())
    return topic_entity(name) if name else None
