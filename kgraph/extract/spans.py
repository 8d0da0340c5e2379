"""The hand-over between actor resolution and relation rules, inside extraction.

Actor resolution (``kgraph.extract.entities``) finds the actors of a parsed document as token
spans with canonical entities; the relation rules (``kgraph.extract.relations``) read them.
Both sides hold spaCy objects; nothing outside ``kgraph.extract`` sees these.
"""

from __future__ import annotations

from dataclasses import dataclass

from kgraph.model import Entity


@dataclass(frozen=True)
class ActorSpan:
    """A resolved actor mention: tokens ``[start, end)`` of the doc, its head token, its entity.

    ``role`` is a title read with the mention ("President" in "Venezuelan President Nicolas
    Maduro"); ``leader_of`` is the entity the title makes them leader of (VEN), when known.
    ``is_place`` marks a mention used as a location ("left Moscow"), not as an actor.
    """

    start: int
    end: int
    head: int
    entity: Entity
    role: str | None = None
    leader_of: Entity | None = None
    is_place: bool = False
