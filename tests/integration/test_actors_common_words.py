"""No actor from a common word or a made thing's name the model typed as a person or a
place: a capitalised common noun opening its sentence, alone or glued before a name, a weapon
named by the article with its noun (resolve/ner.py ``common_word``, ``thing_named``); an
organisation named after a known person (kgraph/extract/entities.py
``_names_organisation``); the dateline's country named only as a place (resolve/roles.py);
sentences written for these rules."""

from __future__ import annotations

import pytest

from kgraph.extract import entity_mentions
from kgraph.model import Document
from tests.integration.news import events

pytestmark = pytest.mark.integration


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity.id for m in entity_mentions([Document("t", text)])}


def test_a_common_noun_opening_its_sentence_is_no_person() -> None:
    found = _ids("Coups in 1971 and 1997 ended elected governments in Turkey, Erdogan said.")
    assert "Coups" not in found
    assert found["Erdogan"] == "person:recep-tayyip-erdogan"


def test_a_word_the_article_writes_in_lower_case_is_no_person() -> None:
    text = (
        "Turnout was low in the vote in Chile, officials said. "
        "The turnout was the lowest since 1990."
    )
    found = _ids(text)
    assert "Turnout" not in found
    assert found["Chile"] == "CHL"


def test_a_public_figure_s_surname_opening_a_sentence_stays_a_person() -> None:
    assert _ids("Pruitt said the agency would review the rule.")["Pruitt"] == (
        "person:scott-pruitt"
    )


def test_a_weapon_named_with_its_noun_is_no_person_anywhere_in_the_article() -> None:
    text = (
        "Poland will buy the Patriot missile system from Raytheon. "
        "Warsaw said the Patriot would protect its airports."
    )
    found = _ids(text)
    assert "Patriot" not in found
    assert found["Raytheon"] == "org:raytheon"


def test_a_drone_s_name_is_no_place() -> None:
    found = _ids("Kenya said Nairobi had ordered the Cobra drone from Israel.")
    assert "Cobra" not in found
    assert found["Israel"] == "ISR"


def test_an_organisation_named_after_a_known_person_is_no_person() -> None:
    found = _ids("Students at Trump University sued Donald Trump in San Diego.")
    assert found["Trump University"] == "org:trump-university"
    assert found["Donald Trump"] == "person:donald-trump"


def test_a_common_noun_glued_before_a_full_name_is_left_out() -> None:
    found = _ids("Statements Donald Trump made in his campaign are admissible, lawyers said.")
    assert found["Donald Trump"] == "person:donald-trump"


def test_the_dateline_s_country_named_only_as_a_place_places_no_militants() -> None:
    text = (
        "AMMAN (Reuters) - Traffic resumed after Iraq launched an offensive to deprive the "
        "militants of money from trucks coming in from Jordan."
    )
    assert not any(i.endswith(":REB") for i in _ids(text).values())


def test_an_adjective_glued_before_a_seat_of_power_is_left_out() -> None:
    text = "Top White House officials met Mexican diplomats on Monday."
    assert ("MEX:GOV", "MEETS", "USA:GOV") in events(text)
    assert not any(i.startswith("person:") for i in _ids(text).values())


def test_an_organisation_named_after_a_region_is_no_region() -> None:
    found = _ids("Analysts at the Atlantic Council criticized Russia.")
    assert found["Atlantic Council"] == "org:atlantic-council"


def test_names_listed_with_a_company_are_companies() -> None:
    found = _ids("The delegation included bosses from firms Renault, Sanofi, Engie and Vinci.")
    assert not any(i.startswith("loc:") for i in found.values())
    assert found["Sanofi"] == "org:sanofi"


def test_a_name_the_model_shows_otherwise_as_often_is_no_person() -> None:
    found = _ids("Breitbart News published the story. Breitbart has denied any wrongdoing.")
    assert found["Breitbart"] == "org:breitbart"
    text = "Shelling hit homes in Sanandaj on Monday. Protests spread to Marivan and Sanandaj."
    mentions = [m for m in entity_mentions([Document("t", text)]) if m.text == "Sanandaj"]
    assert [m.entity.id for m in mentions] == ["loc:sanandaj", "loc:sanandaj"]


def test_a_known_place_before_an_organisation_noun_stays_a_place() -> None:
    text = (
        "The Darfur militia attacked villages. Fighting in Darfur killed ten people. "
        "Darfur has been at war since 2003."
    )
    mentions = [m.entity.id for m in entity_mentions([Document("t", text)])]
    assert "org:darfur" not in mentions
    assert mentions.count("loc:darfur") == 3
