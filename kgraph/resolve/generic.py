"""Generic nouns of armed men that take a country from context as a body does.

"troops", "soldiers", "militants" with no country named: :func:`groups.bare_groups` places them
as it places "the army" (the sentence's one country, the sector's last country, the dateline's
or the article's), but only when nothing in their sentence names another country: "Militants
attacked Iraqi security forces" in a Beirut story is no Lebanese militants, and armed men are
more often abroad than a government is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.resolve.armed import placed_only

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.resolve.matcher import Candidate

# Plural nouns of armed men read as bare groups (lower case, as written).
GENERIC_ARMED = frozenset({"troops", "soldiers", "militants"})
# Those of them outside the state, placed as :mod:`kgraph.resolve.armed` places them.
ARMED_OUTSIDE = frozenset({"militants"})


def foreign_in_sentence(token: Token, iso3: str, chosen: list[Candidate]) -> bool:
    """Whether ``token`` is a generic armed noun whose sentence names an actor or a place of
    a country other than ``iso3`` (the men may then be anyone's), or, for militants, names
    ``iso3`` only as a place (:func:`armed.placed_only`)."""
    if token.lower_ not in GENERIC_ARMED:
        return False
    sent = token.sent
    if any(sent.start <= c.start < sent.end and (c.entity.country or iso3) != iso3 for c in chosen):
        return True
    if token.lower_ not in ARMED_OUTSIDE:
        return False
    # an armed group is where it fights: "near the border with Jordan" says it is not in Jordan
    return placed_only(sent, {i: c for c in chosen for i in range(c.start, c.end)}, iso3)
