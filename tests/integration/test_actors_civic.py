"""Civic and state actors named by a common noun alone (kgraph.resolve.civic), on sentences
written for these rules: "the Treasury", "taxpayers", "the public", "voters" take the
article's own country when their sentence names no other."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions, extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _all_ids(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.entity.id) for m in entity_mentions([Document("t", text, date="2017-05-01")])
    ]


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {
        (t.subject.id, t.relation, t.object.id)
        for t in extract(Document("t", text, date="2017-05-01"))
        if t.status == "asserted"
    }


def test_treasury_alone_is_the_datelines_government() -> None:
    text = "WASHINGTON (Reuters) - The Treasury criticized China. U.S. firms want more access."
    found = _triples(text)
    assert ("USA:GOV", "CRITICIZES", "CHN") in found, found
    # a compound names no body acting
    found = _all_ids("WASHINGTON (Reuters) - Treasury yields rose. U.S. stocks fell.")
    assert all(i != "USA:GOV" for _, i in found), found


def test_people_nouns_alone_are_the_articles_people() -> None:
    text = (
        "WASHINGTON (Reuters) - President Donald Trump urged voters to back his tax plan. "
        "Police in Ohio asked the public to stay away from the rally."
    )
    found = _all_ids(text)
    assert ("voters", "USA:CVL") in found and ("the public", "USA:CVL") in found, found
    assert ("person:donald-trump", "APPEALS_TO", "USA:CVL") in _triples(text)


def test_people_nouns_of_a_sentence_naming_another_country_stay_unknown() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States said Russia tried to sway voters. "
        "Two journalists were killed in Syria, the U.S. State Department said."
    )
    found = _all_ids(text)
    assert all(t not in ("voters", "journalists") for t, _ in found), found
    # no noun that is no agent
    found = _all_ids("WASHINGTON (Reuters) - The United States said the public debt rose.")
    assert all("public" not in t for t, _ in found), found
