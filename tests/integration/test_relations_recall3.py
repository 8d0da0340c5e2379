"""Relation senses and cues from issue 8 (recall), with the real model, on invented sentences."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.model import Document

pytestmark = pytest.mark.integration


def _codes(text: str) -> set[tuple[str, str, str, str | None]]:
    return {
        (t.subject.id, t.relation, t.object.id, t.cameo)
        for t in extract(Document("s", text))
        if t.modality in ("asserted", "reported") and not t.negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad destroyed the Sudanese air force.", ("TCD", "ATTACKS", "SDN:MIL", "190")),
        ("Ethiopian jets destroyed Eritrean tanks near the border.",
         ("ETH:MIL", "ATTACKS", "ERI:MIL", "190")),
    ],
)
def test_destroying_an_armed_force_is_fighting(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found


def test_destroying_property_stays_coercion() -> None:
    found = _codes("Israeli troops destroyed the house of a Palestinian family.")
    assert not any(r == "ATTACKS" for _, r, _, _ in found), found


def _modalities(text: str) -> dict[tuple[str, str, str], str]:
    triples = extract(Document("s", text))
    return {(t.subject.id, t.relation, t.object.id): t.modality for t in triples}


def test_an_alleged_act_is_not_asserted() -> None:
    found = _modalities("Ugandan police allegedly arrested Kenyan protesters.")
    assert found.get(("UGA:COP", "COERCES", "KEN:OPP")) == "hypothetical", found
    found = _modalities("Ugandan police arrested Kenyan protesters.")
    assert found.get(("UGA:COP", "COERCES", "KEN:OPP")) == "asserted", found


def test_the_content_of_an_accusation_is_not_asserted() -> None:
    found = _modalities("Ghana accused Togo of attacking Burkina Faso.")
    assert found.get(("GHA", "CRITICIZES", "TGO")) == "asserted", found
    assert found.get(("TGO", "ATTACKS", "BFA")) == "hypothetical", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil objected to the Argentine proposal.", ("BRA", "CRITICIZES", "ARG", "110")),
        ("Brazil's objection to the Argentine plan angered Buenos Aires.",
         ("BRA", "CRITICIZES", "ARG", "110")),
        ("Germany decried the Russian attack.", ("DEU", "CRITICIZES", "RUS", "111")),
        ("Poland exhorted Germany to send troops.", ("POL", "APPEALS_TO", "DEU", "02")),
    ],
)
def test_criticism_and_appeal_cues(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigerian troops flew to Sudan on Monday.", ("NGA:MIL", "DEPLOYS_TO", "SDN", "074")),
        ("Kenyan peacekeepers travelled to Somalia.", ("KEN:MIL", "DEPLOYS_TO", "SOM", "074")),
        ("The Nigerian army chief flew to Sudan on Monday.", ("NGA:MIL", "VISITS", "SDN", "042")),
    ],
)
def test_troops_travelling_are_deployed_not_visiting(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Syrian soldiers were killed in a Turkish bombardment.",
         ("TUR", "ATTACKS", "SYR:MIL", "190")),
        ("An Israeli barrage wounded three Lebanese civilians.",
         ("ISR", "ATTACKS", "LBN:CVL", "180")),
        ("Iraq launched a bombardment on Iran.", ("IRQ", "ATTACKS", "IRN", "190")),
    ],
)
def test_bombardments_and_barrages_are_attacks(text: str, expected: tuple) -> None:
    found = _codes(text)
    assert expected in found, found
