"""Actor resolution with the model on sentences written for these rules (round 8): persons
the model splits or mistypes."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_compound_surname_after_the_full_name_is_the_same_person() -> None:
    text = (
        "Mexican President Enrique Pena Nieto on Monday named his finance minister as the "
        "ruling party's candidate. Pena Nieto praised the minister at a rally in the capital."
    )
    assert _ids(text)["Pena Nieto"] == "person:enrique-pena-nieto"


@pytest.mark.parametrize(
    "text",
    [
        "Ankara wants Washington to send back the cleric Fethullah Gulen, who it says "
        "organised the plot.",
        "Officials in Ankara blame U.S.-based cleric Fethullah Gulen for the violence.",
    ],
)
def test_known_nationals_full_name_typed_as_organisation_is_a_person(text: str) -> None:
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    gulen = found["Fethullah Gulen"]
    assert (gulen.id, gulen.kind, gulen.country) == ("person:fethullah-gulen", "Person", "TUR")


def test_bare_group_in_apposition_is_the_organisation_it_describes() -> None:
    text = "Iran has long armed the Houthis, the militia fighting the government in Yemen."
    assert _ids(text)["the militia"] == "org:houthis"


def test_company_with_its_ticker_is_the_known_company_of_its_country() -> None:
    text = "Cable operators such as Comcast Corp (CMCSA.O) criticized the new rules on Friday."
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    comcast = found["Comcast Corp"]
    assert (comcast.id, comcast.country) == ("org:comcast", "USA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 100 farmers held a protest in the town of Pyay, north of Yangon.", "Pyay"),
        ("Mnuchin spoke to bankers in Louisville and visited Fort Knox on Friday.", "Fort Knox"),
    ],
)
def test_place_the_model_typed_as_a_person_is_a_location(text: str, name: str) -> None:
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    assert found[name].kind == "Location"


def test_unknown_party_is_of_the_country_its_sentence_names() -> None:
    text = "Iceland's president asked the leader of the Left-Green Movement to form a government."
    found = {m.text: m.entity for m in entity_mentions([Document("t", text)])}
    assert found["Left-Green Movement"].country == "ISL"
