"""Actor resolution with the model on sentences written for these rules: gazetteer places the
model leaves untyped or types as a nationality."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def _resolved(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.entity.id, m.entity.country) for m in entity_mentions([Document("t", text)])}


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Government troops shelled Aleppo again on Thursday night.", "Aleppo", "SYR"),
        ("Russian air strikes on Aleppo killed dozens of people last week.", "Aleppo", "SYR"),
        ("Kurdish fighters entered Raqqa after a long siege.", "Raqqa", "SYR"),
    ],
)
def test_gazetteer_place_is_found_whatever_the_model_types(text: str, name: str, iso3: str) -> None:
    assert _resolved(text)[name] == (f"loc:{name.lower()}", iso3)


def test_strikes_on_a_gazetteer_city_are_an_attack_on_it() -> None:
    found = events("Russian air strikes on Aleppo killed dozens of people last week.")
    assert ("RUS", "ATTACKS", "loc:aleppo") in found


def test_the_agency_points_back_to_the_institution_named_before() -> None:
    text = (
        "The FBI questioned the two bankers on Monday. "
        "The agency later accused them of moving money for a cartel."
    )
    assert _resolved(text)["The agency"] == ("USA:COP", "USA")


def test_a_persons_campaign_acts_as_the_person() -> None:
    found = events("Donald Trump won the primary. The Trump campaign criticized China on Friday.")
    assert ("person:donald-trump", "CRITICIZES", "CHN") in found


def test_a_name_typed_as_an_organisation_with_a_title_in_apposition_is_a_person() -> None:
    text = (
        "Heinz-Christian Strache, the leader of the Freedom Party, criticized the government "
        "on Monday. Strache said he would fight the plan."
    )
    found = {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}
    assert found["Heinz-Christian Strache"] == "person:heinz-christian-strache"
    assert found["Strache"] == "person:heinz-christian-strache"
