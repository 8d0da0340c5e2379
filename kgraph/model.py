"""The data model of kgraph: plain frozen dataclasses, no spaCy, no drivers.

The field names follow ``ONTOLOGY.md``: entities (nodes) with an ``id``, ``name``, ``kind``,
``country`` and ``aliases``; triple records (one relation mention) with evidence, modality and
the CAMEO/PLOVER codes of the relation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

KINDS = ("Country", "Group", "Person", "IGO", "Organization", "Location", "Topic")
Kind = Literal["Country", "Group", "Person", "IGO", "Organization", "Location", "Topic"]
MODALITIES = ("asserted", "reported", "hypothetical")
Modality = Literal["asserted", "reported", "hypothetical"]


@dataclass(frozen=True)
class Entity:
    """A node of the graph: a country, group, person, IGO, organisation, place or topic."""

    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name, "kind": self.kind}
        data["country"] = self.country
        if self.aliases:
            data["aliases"] = list(self.aliases)
        if self.roles:
            data["roles"] = list(self.roles)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=str(data["id"]),
            name=str(data.get("name") or data["id"]),
            kind=str(data.get("kind") or kind_of_id(str(data["id"]))),
            country=data.get("country"),
            aliases=tuple(data.get("aliases") or ()),
            roles=tuple(data.get("roles") or ()),
        )


@dataclass(frozen=True)
class Evidence:
    """Where a triple was read: the sentence and its character offsets in the article."""

    doc_id: str
    sentence: str
    start: int
    end: int

    @property
    def id(self) -> str:
        """A stable id for this sentence: ``doc_id:start-end``."""
        return f"{self.doc_id}:{self.start}-{self.end}"


@dataclass(frozen=True)
class Triple:
    """One relation mention: subject -RELATION-> object, with its evidence."""

    subject: Entity
    relation: str
    object: Entity
    evidence: Evidence
    plover: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 0.5
    date: str | None = None
    rule: str = ""
    role: str | None = None  # for LEADER_OF: "President", "Foreign Minister" ...

    @property
    def status(self) -> str:
        """How the graph files this mention: ``negated``, ``hypothetical`` or ``asserted``.

        Reported mentions count as asserted; negated and hypothetical ones are kept on
        separate edges so they never inflate the count of what happened.
        """
        if self.negated:
            return "negated"
        if self.modality == "hypothetical":
            return "hypothetical"
        return "asserted"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "subject": self.subject.to_dict(),
            "relation": self.relation,
            "object": self.object.to_dict(),
            "plover": self.plover,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "negated": self.negated,
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "evidence": asdict(self.evidence),
            "date": self.date,
            "rule": self.rule,
        }
        if self.role:
            data["role"] = self.role
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Triple:
        ev = data["evidence"]
        return cls(
            subject=Entity.from_dict(data["subject"]),
            relation=str(data["relation"]),
            object=Entity.from_dict(data["object"]),
            evidence=Evidence(
                doc_id=str(ev["doc_id"]),
                sentence=str(ev.get("sentence", "")),
                start=int(ev.get("start", 0)),
                end=int(ev.get("end", 0)),
            ),
            plover=data.get("plover"),
            cameo=data.get("cameo"),
            quad_class=data.get("quad_class"),
            negated=bool(data.get("negated", False)),
            modality=str(data.get("modality", "asserted")),
            confidence=float(data.get("confidence", 0.5)),
            date=data.get("date"),
            rule=str(data.get("rule", "")),
            role=data.get("role"),
        )

    def with_(self, **changes: Any) -> Triple:
        """A copy with some fields changed."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Mention:
    """An entity mention in a document, with character offsets (``kgraph entities``)."""

    doc_id: str
    start: int
    end: int
    text: str
    entity: Entity

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "id": self.entity.id,
            "kind": self.entity.kind,
            "name": self.entity.name,
        }


@dataclass(frozen=True)
class Document:
    """An input article."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Edge:
    """A folded edge of the graph: every mention of (subject, relation, object, status)."""

    subject: Entity
    relation: str
    object: Entity
    status: str = "asserted"
    count: int = 0
    first_date: str | None = None
    last_date: str | None = None
    evidence: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()
    plover: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    confidence: float = 0.0
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject.to_dict(),
            "relation": self.relation,
            "object": self.object.to_dict(),
            "status": self.status,
            "count": self.count,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "evidence": list(self.evidence),
            "sentences": list(self.sentences),
            "plover": self.plover,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "confidence": self.confidence,
            "role": self.role,
        }


@dataclass
class LoadStats:
    """What a load did: triples read, and nodes/edges/mentions that were new."""

    triples: int = 0
    nodes_added: int = 0
    edges_added: int = 0
    mentions_added: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


def kind_of_id(entity_id: str) -> str:
    """The node kind an id implies (``RUS`` Country, ``RUS:MIL`` Group, ``igo:un`` IGO ...).

    >>> kind_of_id("RUS"), kind_of_id("VEN:OPP"), kind_of_id("person:nicolas-maduro")
    ('Country', 'Group', 'Person')
    """
    prefix = entity_id.split(":", 1)[0]
    by_prefix = {
        "person": "Person",
        "igo": "IGO",
        "org": "Organization",
        "loc": "Location",
        "topic": "Topic",
    }
    if prefix in by_prefix:
        return by_prefix[prefix]
    return "Group" if ":" in entity_id else "Country"
