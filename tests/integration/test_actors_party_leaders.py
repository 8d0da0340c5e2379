"""Party leaders and bare groups beside a saying clause, with the real model on invented
sentences: "Republican leaders" are the party, and "the interior ministry ..., saying ...
Iraq" is the dateline country's ministry, not Iraq's. ("Trump's transition team" stays a body
of its own, not Trump: test_relations_target_descriptions.)"""

from __future__ import annotations

import pytest

from tests.integration.news import asserted_events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Republican leaders have distanced themselves from Roy Moore.",
            ("org:republican-party-usa", "CRITICIZES", "person:roy-moore"),
        ),
        (
            "Obama's plan to lift the embargo was rejected by the Republican leadership.",
            ("org:republican-party-usa", "REJECTS", "person:barack-obama"),
        ),
        (
            "BERLIN (Reuters) - German police raided flats. The interior ministry banned the "
            "group True Religion, saying it had sent fighters to Iraq and Syria.",
            ("DEU:GOV", "COERCES", "org:true-religion"),
        ),
    ],
)
def test_party_leaders_and_saying_clauses(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in asserted_events(text)


def test_party_leadership_election_names_no_party_actor() -> None:
    found = asserted_events("The Conservative leadership election will be held in May.")
    assert not any("conservative" in s or "conservative" in o for s, _, o in found)


def test_conjunct_that_is_the_next_verbs_subject_is_no_object() -> None:
    found = asserted_events(
        "Republican leaders have distanced themselves from the candidate and the National "
        "Republican Senatorial Committee cut ties with him last week."
    )
    assert not any(o == "org:national-republican-senatorial-committee" for _, _, o in found)
