"""What a refusal rejects (``refusal-object``), with the real model, on invented sentences:
the owner of what is refused; no rejection from a refused comment or attack."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _keys(text: str) -> set[tuple[str, str, str, str, bool]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.modality, t.negated)
        for t in extract(Document("s", text))
    }


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return {k[:3] for k in _keys(text) if k[3] in ("asserted", "reported") and not k[4]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuba refused to accept Spain's proposal on the debt.", ("CUB", "REJECTS", "ESP")),
        (
            "Peru has refused to engage on our plan, a spokesman for the Chilean embassy said.",
            ("PER", "REJECTS", "CHL:GOV"),
        ),
    ],
)
def test_a_refusal_rejects_the_owner_of_what_is_refused(text: str, expected: tuple[str, str, str]):
    assert expected in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cuba refused to comment on Spain's proposal on the debt.",
        "Pakistan refused to attack India during the crisis.",
        "Brazil and Mexico are both refusing to alter their positions at the OAS talks.",
    ],
)
def test_no_rejection_from_a_refused_comment_or_attack(text: str):
    assert not any(k[1] == "REJECTS" for k in _asserted(text))
