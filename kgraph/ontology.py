"""The relation vocabulary of ``ONTOLOGY.md`` with its PLOVER, CAMEO and QuadClass codes."""

from __future__ import annotations

from dataclasses import dataclass

from kgraph.errors import UnknownRelationError
from kgraph.model import Triple


@dataclass(frozen=True)
class RelationType:
    """One relation of the ontology."""

    name: str
    plover: str | None
    cameo: str | None
    quad_class: int | None
    symmetric: bool = False
    structural: bool = False


def _event(name: str, plover: str, cameo: str, quad: int, symmetric: bool = False) -> RelationType:
    return RelationType(name, plover, cameo, quad, symmetric=symmetric)


def _structural(name: str) -> RelationType:
    return RelationType(name, None, None, None, structural=True)


RELATIONS: dict[str, RelationType] = {
    r.name: r
    for r in (
        _event("APPEALS_TO", "REQUEST", "02", 1),
        _event("OFFERS", "AGREE", "03", 1),
        _event("MEETS", "CONSULT", "040", 1, symmetric=True),
        _event("VISITS", "CONSULT", "042", 1),
        _event("HOSTS", "CONSULT", "043", 1),
        _event("MEDIATES", "CONSULT", "045", 1),
        _event("NEGOTIATES_WITH", "CONSULT", "046", 1, symmetric=True),
        _event("BACKS", "SUPPORT", "05", 1),
        _event("RECOGNIZES", "SUPPORT", "054", 1),
        _event("AGREES_WITH", "AGREE", "057", 1, symmetric=True),
        _event("COOPERATES_WITH", "COOPERATE", "06", 2, symmetric=True),
        _event("INVESTS_IN", "COOPERATE", "061", 2),
        _event("SUPPLIES", "AID", "07", 2),
        _event("DEPLOYS_TO", "AID", "074", 2),
        _event("CONCEDES_TO", "CONCEDE", "08", 2),
        _event("INVESTIGATES", "INVESTIGATE", "09", 3),
        _event("DEMANDS", "DEMAND", "10", 3),
        _event("CRITICIZES", "DISAPPROVE", "11", 3),
        _event("REJECTS", "REJECT", "12", 3),
        _event("WARNS", "THREATEN", "13", 3),
        _event("PROTESTS", "PROTEST", "14", 4),
        _event("MOBILIZES_AGAINST", "MOBILIZE", "15", 4),
        _event("SANCTIONS", "SANCTION", "16", 4),
        _event("COERCES", "COERCE", "17", 4),
        _event("ATTACKS", "ASSAULT", "18", 4),
        _structural("LEADER_OF"),
        _structural("MEMBER_OF"),
        _structural("LOCATED_IN"),
        _structural("PART_OF"),
        _structural("AFFILIATED_WITH"),
    )
}


def relation_type(name: str) -> RelationType:
    """Look up a relation by name, case-insensitively.

    Raises:
        UnknownRelationError: naming the valid relations.
    """
    key = name.strip().upper().replace("-", "_").replace(" ", "_")
    try:
        return RELATIONS[key]
    except KeyError:
        valid = ", ".join(RELATIONS)
        raise UnknownRelationError(f"Unknown relation {name!r}. Valid: {valid}") from None


def canonical(triple: Triple) -> Triple:
    """Put a symmetric relation's two ends in a fixed order (by id), so it is stored once.

    >>> from kgraph.model import Entity, Evidence
    >>> a, b = Entity("VEN", "Venezuela", "Country"), Entity("RUS", "Russia", "Country")
    >>> t = Triple(a, "MEETS", b, Evidence("d", "s", 0, 1))
    >>> canonical(t).subject.id
    'RUS'
    """
    rel = RELATIONS.get(triple.relation)
    if rel and rel.symmetric and triple.object.id < triple.subject.id:
        return triple.with_(subject=triple.object, object=triple.subject)
    return triple


# CAMEO agent (sector) codes that make Group ids ``<ISO3>:<SECTOR>``.
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "LEG", "BUS", "CVL",
    "EDU", "REL", "LAB", "REF", "ELI", "HLH", "NGO", "AGR", "ENV", "UAF", "INS", "SEP",
    "CRM", "MOD", "RAD", "IGO",
)  # fmt: skip
# Sector groups the rules share (each rule names the group it means, not a copy of its words).
# A country's own state bodies: acting on their own country, they act on themselves; a country
# does not attack them.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# The state bodies that arrest, charge, try or hold people (a legislature does not).
COERCIVE_SECTORS = STATE_SECTORS - {"LEG"}
# Armed forces at war: the army and rebels (police are not: "the police operation against
# drug gangs").
ARMED_SECTORS = frozenset({"MIL", "REB"})
