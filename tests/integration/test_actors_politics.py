"""Political actors on sentences written for these tests (real model): party systems,
politicians' titles, IGO heads, armed groups and national bodies."""

from __future__ import annotations

import pytest

from kgraph.evaluate_cameo import entity_dyad_id
from kgraph.extract import entity_mentions, extract_many
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _resolved(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.entity.id, m.entity.country) for m in entity_mentions([Document("t", text)])}


def _one(text: str, mention: str) -> tuple[str, str | None]:
    """The resolution of the mention whose text contains ``mention`` ("the LTTE")."""
    found = _resolved(text)
    hits = [v for k, v in found.items() if mention in k]
    assert len(hits) == 1, found
    return hits[0]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Republican Senator Lindsey Graham criticized the deal.", "Lindsey Graham", "USA"),
        ("Democrat Nancy Pelosi said the bill would fail.", "Nancy Pelosi", "USA"),
        ("Tory leader Michael Howard attacked the plan on Monday.", "Michael Howard", "GBR"),
        ("Rep. Adam Schiff, D-Calif., asked the agency for the documents.", "Adam Schiff", "USA"),
        ("Labour accused the Tories of misleading voters.", "Labour", "GBR"),
        ("Senate Republicans blocked the nomination.", "Republicans", "USA"),
        ("Shining Path guerrillas ambushed an army patrol.", "Shining Path", "PER"),
        ("The LTTE denied the charge.", "LTTE", "LKA"),
    ],
)  # fmt: skip
def test_politics_actor_country(text: str, mention: str, country: str) -> None:
    assert _one(text, mention)[1] == country


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Labour won the election.", "Labour"),  # Labour of which country? nothing says
        ("Senator Smith said the vote was close.", "Smith"),  # a senator of where?
    ],
)
def test_politics_no_country_without_context(text: str, mention: str) -> None:
    found = {k: v for k, v in _resolved(text).items() if mention in k}
    assert found and all(country is None for _, country in found.values())


@pytest.mark.parametrize(
    ("text", "mention", "group"),
    [
        ("Peruvian prosecutors said Congress would vote on it.", "Congress", "PER:LEG"),
        ("Congress approved new aid to Colombia on Friday.", "Congress", "USA:LEG"),
        ("The DHS and the Royal Navy joined the search.", "DHS", "USA:GOV"),
    ],
)  # fmt: skip
def test_politics_national_bodies(text: str, mention: str, group: str) -> None:
    assert _one(text, mention)[0] == group


def test_politics_igo_head_acts_for_the_igo() -> None:
    text = "UN Secretary-General Ban Ki-moon urged Israel to halt the settlement construction."
    (document, triples), *_ = list(extract_many([Document("t", text)]))
    acts = [t for t in triples if t.subject.kind == "Person" and t.relation != "LEADER_OF"]
    assert acts, triples
    assert {entity_dyad_id(t.subject) for t in acts} == {"igo:un"}
    assert {entity_dyad_id(t.object) for t in acts} == {"ISR"}


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Republican lawmakers on Tuesday urged the president to veto the bill.",
         "Republican lawmakers", "USA:LEG"),
        ("Two Democratic senators accused the agency of hiding the report.",
         "Democratic senators", "USA:LEG"),
        ("Tory MPs rebelled against the prime minister over the budget.", "Tory MPs", "GBR:LEG"),
        ("The House voted on Friday to repeal the law.", "House", "USA:LEG"),
        ("The Senate rejected the nomination by a vote of 51 to 49.", "Senate", "USA:LEG"),
    ],
)  # fmt: skip
def test_politics_legislators_named_by_party_or_body(
    text: str, mention: str, expected: str
) -> None:
    assert _one(text, mention)[0] == expected


def test_politics_party_legislators_make_triples() -> None:
    text = "Republican lawmakers criticized Obama over the Iran deal on Tuesday."
    (_, triples), = extract_many([Document("t", text)])
    found = {(t.subject.id, t.relation, t.object.id) for t in triples}
    assert ("USA:LEG", "CRITICIZES", "person:barack-obama") in found


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("A statement came from U.S. Ambassador to Mexico Roberta Jacobson on Friday.",
         "Roberta Jacobson", "USA"),
        ("British Ambassador to Washington Kim Darroch met officials on Monday.",
         "Kim Darroch", "GBR"),
    ],
)  # fmt: skip
def test_politics_title_with_its_post(text: str, mention: str, country: str) -> None:
    # the post ("to Mexico") names where the person serves, not whose they are
    entity_id, found = _one(text, mention)
    assert entity_id.startswith("person:") and found == country


def test_politics_a_head_of_states_envoy_is_the_government() -> None:
    # the envoy acts, not the president who sent him
    text = "Vladimir Putin's special envoy met Syrian President Bashar al-Assad in Damascus."
    (_, triples), = extract_many([Document("t", text)])
    found = {(t.subject.id, t.relation, t.object.id) for t in triples}
    assert not [f for f in found if f[0] == "person:vladimir-putin"]
    assert ("RUS:GOV", "MEETS", "person:bashar-al-assad") in found
