"""Hand-built triple records for tests that need no model."""

from __future__ import annotations

from kgraph.model import Entity, Evidence, Triple
from kgraph.ontology import RELATIONS

RUS = Entity("RUS", "Russia", "Country", "RUS", aliases=("Russia", "Moscow"))
RUS_MIL = Entity("RUS:MIL", "Russian military", "Group", "RUS", aliases=("Russian troops",))
VEN = Entity("VEN", "Venezuela", "Country", "VEN", aliases=("Venezuela",))
NOR = Entity("NOR", "Norway", "Country", "NOR", aliases=("Norway",))
TALKS = Entity("topic:talks", "talks", "Topic", aliases=("negotiations",))
MADURO = Entity(
    "person:nicolas-maduro", "Nicolas Maduro", "Person", "VEN", ("Maduro",), ("President",)
)
PUTIN = Entity(
    "person:vladimir-putin", "Vladimir Putin", "Person", "RUS", ("Putin",), ("President",)
)


def triple(
    subject: Entity,
    relation: str,
    obj: Entity,
    doc: str = "d1",
    start: int = 0,
    date: str | None = "2019-09-25",
    **fields: object,
) -> Triple:
    rel = RELATIONS[relation]
    sentence = f"{subject.name} {relation.lower()} {obj.name} (sentence at {start})."
    return Triple(
        subject=subject,
        relation=relation,
        object=obj,
        evidence=Evidence(doc, sentence, start, start + len(sentence)),
        plover=rel.plover,
        cameo=rel.cameo,
        quad_class=rel.quad_class,
        confidence=0.8,
        date=date,
        rule="test",
        **fields,  # type: ignore[arg-type]
    )
