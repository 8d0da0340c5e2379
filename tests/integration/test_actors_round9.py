"""Actor resolution with the model on sentences written for the round-9 rules: places that end
with a country's name, national bodies placed by a party, surnames, sector words, salience."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_us_state_ending_with_a_country_name_is_no_country() -> None:
    found = _ids("New Jersey Governor Chris Christie criticized the budget in New Mexico.")
    assert "JEY" not in found.values() and "MEX" not in found.values()


def test_congress_of_a_sentence_naming_a_national_party_is_that_country() -> None:
    text = (
        "Congress, dominated by the right-wing Popular Force party, ousted the cabinet of "
        "the president in September."
    )
    assert _ids(text)["Congress"] == "PER:LEG"


def test_titled_name_with_a_hyphenated_given_name_typed_organisation_is_a_person() -> None:
    text = (
        "The party wants a referendum, FPO leader Heinz-Christian Strache said on Saturday. "
        "At a news conference with Kurz, Strache said the two had agreed."
    )
    found = _ids(text)
    assert found["Heinz-Christian Strache"] == "person:heinz-christian-strache"
    assert found["Strache"] == "person:heinz-christian-strache"


def test_one_hyphenated_surname_after_a_courtesy_title_is_still_a_person() -> None:
    # "Mr Kilroy-Silk": one word, a hyphenated surname, read as before
    found = _ids("Mr Kilroy-Silk said the party would fight every seat.")
    assert found["Kilroy-Silk"].startswith("person:")
