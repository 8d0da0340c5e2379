"""Armed groups from the Phoenix non-state actors dictionary, and national institutions."""

from __future__ import annotations

import pytest

from kgraph.resolve import gazetteer as gz


@pytest.mark.parametrize(
    ("alias", "country"),
    [
        ("Shining Path", "PER"),
        ("Tamil Tigers", "LKA"),
        ("LTTE", "LKA"),
        ("Mahdi Army", "IRQ"),
        ("ETA", "ESP"),
        ("Abu Sayyaf Group", "PHL"),
        ("ELN", "COL"),  # orgs.tsv keeps its own entry; Phoenix aliases join it
    ],
)
def test_armed_groups_of_one_country_are_named(alias: str, country: str) -> None:
    entity = gz.lookup(alias)
    assert entity is not None
    assert (entity.kind, entity.country) == ("Organization", country)


@pytest.mark.parametrize(
    "alias",
    ["Foundation", "Youth", "Zero", "Bolivia", "Nasrallah", "Revolutionary Army", "ANA"],
)
def test_armed_groups_plain_words_and_stop_list_are_left_out(alias: str) -> None:
    found = gz.entry(alias)
    assert found is None or found.get("org_type") != "armed"


def test_armed_groups_coded_by_region_have_no_entry() -> None:
    # Phoenix codes the Abu Nidal Organization as international (IMG) and the Real IRA by
    # region (WEU): no country, so no entry from Phoenix
    assert gz.entry("Abu Nidal Organization") is None
    assert gz.entry("Real Irish Republican Army") is None


def test_armed_groups_two_word_aliases_are_left_out() -> None:
    # "+NATIONAL_FRONT_", "+RED_LINE_": a two-word alias is too often a plain phrase
    for alias in ("National Front", "Red Line", "New Order"):
        found = gz.entry(alias)
        assert found is None or found.get("org_type") != "armed", alias


@pytest.mark.parametrize(
    ("alias", "group"),
    [("DHS", "USA:GOV"), ("Royal Navy", "GBR:MIL"), ("Justice Department", "USA:GOV")],
)
def test_national_institutions(alias: str, group: str) -> None:
    entity = gz.lookup(alias)
    assert entity is not None and entity.id == group
