"""A post abroad named with where it is, after a possessive country ("Russia's U.S.
ambassador"), is the possessor's: sentences written for these tests, real model."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions, extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(t.subject.id, t.relation, t.object.id) for t in extract(Document("t", text))}


@pytest.mark.parametrize(
    ("text", "post", "owner"),
    [
        ("Russia's U.S. ambassador met Flynn in December.", "ambassador", "RUS:GOV"),
        ("China's U.S. envoy rejected the American proposal.", "envoy", "CHN:GOV"),
        ("Israel's Washington embassy condemned the vote in Paris.", "embassy", "ISR:GOV"),
        ("Iran's U.N. ambassador criticized Israel on Monday.", "ambassador", "IRN:GOV"),
    ],
)
def test_the_post_is_the_possessors(text: str, post: str, owner: str) -> None:
    mentions = list(entity_mentions([Document("t", text)]))
    assert [m.entity.id for m in mentions if m.text.endswith(post)] == [owner]
    assert all(m.entity.id != "USA:GOV" for m in mentions)


def test_the_possessors_post_acts() -> None:
    found = _triples("China's U.S. envoy rejected the American proposal.")
    assert ("CHN:GOV", "REJECTS", "USA") in found


def test_a_post_without_a_possessor_is_its_countrys() -> None:
    found = _triples("The U.S. ambassador to Russia met Putin on Monday.")
    assert ("USA:GOV", "MEETS", "person:vladimir-putin") in found
