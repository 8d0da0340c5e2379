"""Candidate readings of a stretch of tokens, and choosing the best non-overlapping ones.

Every resolver (gazetteer names, groups, people, the model's entities) proposes candidates
with a priority; :func:`select` keeps the highest-priority, then longest, reading of each
stretch so the final actor spans never overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgraph.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Priorities: the higher wins an overlap, then the longer span.
P_NAMED_ORG = 105  # "Bank of Japan", "Ivorian Chamber of Commerce": a name around a country
P_GROUP = 100  # "Russian troops", "the Maduro administration"
P_FACILITY = 95  # "Maiquetia airport"
P_PERSON = 90  # "Vladimir Putin"
P_COREF = 89  # a later "Maduro"
P_NAME = 80  # gazetteer names: countries, capitals, seats, IGOs, organisations
P_LEADER = 79  # a bare surname known only from the leaders table ("Putin")
P_ORG = 70  # other organisations the model found
P_DEMONYM = 60  # "Russian" on its own
P_BARE = 50  # "the opposition" (country from context)
P_PLACE = 40  # other places the model found

POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


@dataclass
class Candidate:
    """A possible reading of tokens ``[start, end)``."""

    start: int
    end: int
    entity: Entity
    priority: int
    role: str | None = None
    leader_of: Entity | None = None
    is_place: bool = False


def mention_head(doc: Doc, start: int, end: int) -> int:
    """The syntactic head of tokens ``[start, end)``: the last token whose head is outside.

    "Russian military specialists" -> "specialists"; "The Kremlin" -> "Kremlin".
    """
    outside = [t.i for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return outside[-1] if outside else doc[start:end].root.i


def with_the(doc: Doc, start: int) -> int:
    """Start a mention at a preceding "the" ("the Kremlin", "the U.S. government")."""
    return start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The best non-overlapping candidates: higher priority first, then longer, then earlier."""
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        chosen.append(c)
    return chosen
