"""The packaged gazetteer is exactly what scripts/build_gazetteer.py makes from data/."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def build_script() -> ModuleType:
    if not (ROOT / "data" / "gazetteer").is_dir():
        pytest.skip("gazetteer sources not in this checkout")
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(build_script: ModuleType) -> dict:
    return build_script.build()


def test_gazetteer_build_equals_packaged_file(build_script: ModuleType, built: dict) -> None:
    packaged = resources.files("kgraph.data").joinpath("gazetteer.json").read_text("utf-8")
    assert build_script.render(built) == packaged, "run scripts/build_gazetteer.py"


def test_gazetteer_build_is_deterministic(build_script: ModuleType, built: dict) -> None:
    assert build_script.render(build_script.build()) == build_script.render(built)


def test_gazetteer_build_has_every_iso_country(built: dict) -> None:
    countries = built["countries"]
    assert len(countries) >= 249
    for iso3 in ("RUS", "VEN", "USA", "PER", "CIV", "MMR", "NLD", "CZE", "PRK", "KOR", "BRB"):
        assert iso3 in countries
    assert all(len(code) == 3 and code.isupper() for code in countries)


@pytest.mark.parametrize(
    ("alias", "expected_id", "expected_type"),
    [
        ("u.s.", "USA", "country"),
        ("us", "USA", "country"),
        ("america", "USA", "country"),
        ("britain", "GBR", "country"),
        ("uk", "GBR", "country"),
        ("burma", "MMR", "country"),
        ("ivory coast", "CIV", "country"),
        ("netherlands", "NLD", "country"),
        ("czech republic", "CZE", "country"),
        ("russian", "RUS", "demonym"),
        ("moscow", "RUS", "capital"),
        ("kremlin", "RUS:GOV", "seat"),
        ("white house", "USA:GOV", "seat"),
        ("downing street", "GBR:GOV", "seat"),
        ("united nations security council", "igo:unsc", "igo"),
        ("nato", "igo:nato", "igo"),
        ("interfax", "org:interfax", "org"),
    ],
)
def test_gazetteer_build_alias(
    built: dict, alias: str, expected_id: str, expected_type: str
) -> None:
    entry = built["names"][alias]
    assert (entry["id"], entry["type"]) == (expected_id, expected_type)


def test_gazetteer_build_acronyms_are_cased(built: dict) -> None:
    assert built["names"]["us"]["cased"] == ["US"]
    assert built["names"]["who"]["cased"] == ["WHO"]


def test_gazetteer_build_sectors_use_cameo_codes(built: dict) -> None:
    sectors = built["sectors"]
    assert sectors["troops"] == "MIL"
    assert sectors["officials"] == "GOV"
    assert sectors["opposition"] == "OPP"
    assert sectors["junta"] == "GOV"
    assert sectors["royal court"] == "GOV" and sectors["court"] == "JUD"  # a monarch's office
    assert set(sectors.values()) <= set(built["sector_labels"])


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("villagers", "CVL"),  # Phoenix VILLAGER [~CVL], plural made by the build
        ("clerics", "REL"),
        ("gunmen", "REB"),  # UAF: irregulars
        ("kidnappers", "CRM"),
        ("rights groups", "NGO"),  # HRI
        ("state television", "MED"),  # ours (sectors.tsv) before Phoenix's
        ("environmentalists", "OPP"),  # ENV: campaigners
        ("thieves", "CRM"),  # a plural listed in braces
        ("former president", "ELI"),
        ("farmers", "CVL"),  # AGR
        ("migrants", "CVL"),  # the news coding rules: migrants are civilians
    ],
)
def test_gazetteer_build_phoenix_agents_map_to_sectors(
    built: dict, phrase: str, sector: str
) -> None:
    assert built["sectors"][phrase] == sector


@pytest.mark.parametrize(
    "phrase",
    # stoplisted (agents_stop.tsv), with their plurals; a faith is no role (MUS); hospitals
    # (HLH) have no sector; regular plurals of plurals are never made
    ["carrier", "carriers", "tanker", "village", "school", "military base", "muslim", "doctor",
     "hospital", "forceses", "gunmens", "poor", "chief executive"],
)  # fmt: skip
def test_gazetteer_build_leaves_out_ambiguous_agents(built: dict, phrase: str) -> None:
    assert phrase not in built["sectors"]


@pytest.mark.parametrize(
    ("name", "iso3"), [("flint", "USA"), ("borno", "NGA"), ("gaza city", "PSE"), ("lagos", "NGA")]
)
def test_gazetteer_build_places_have_countries(built: dict, name: str, iso3: str) -> None:
    entry = built["names"][name]
    assert (entry["type"], entry["id"]) == ("place", iso3)


def test_gazetteer_build_role_word_classes(built: dict) -> None:
    classes = built["role_words"]
    assert {"visitor", "not_local", "collective", "singular_body", "detention_verb"} <= set(classes)
    assert "diplomats" in classes["visitor"] and "arrest" in classes["detention_verb"]


def test_gazetteer_build_sectors_are_ontology_sectors(built: dict) -> None:
    from kgraph.ontology import SECTORS

    assert set(built["sectors"].values()) <= set(SECTORS)


def test_gazetteer_build_agent_code_parts(build_script: ModuleType) -> None:
    sectors = build_script.agent_sectors()
    assert build_script.agent_sector("GOVMED", sectors) == "GOV"  # state media act for the state
    assert build_script.agent_sector("MUSRAD", sectors) == "RAD"  # the faith has no sector
    assert build_script.agent_sector("CHRCTH", sectors) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("villager", "villagers"), ("policeman", "policemen"), ("militia", "militias"),
     ("security", "securities"), ("witness", "witnesses"), ("armed forces", None),
     ("gunmen", None), ("brig. gen.", None), ("people", None)],
)  # fmt: skip
def test_gazetteer_build_regular_plurals(
    build_script: ModuleType, phrase: str, expected: str | None
) -> None:
    assert build_script.plural(phrase) == expected


def test_gazetteer_build_leaders_are_dated(built: dict) -> None:
    leaders = built["leaders"]
    assert 60 <= len(leaders) <= 250
    by_id = {row["id"]: row for row in leaders}
    # the head of an IGO acts for it: the IGO is their country (leaders.tsv keeps nationality)
    assert by_id["person:kofi-annan"]["country"] == "igo:un"
    assert by_id["person:vladimir-putin"]["country"] == "RUS"
    assert by_id["person:juan-guaido"]["leader_of"] == "VEN:OPP"
    assert all(row["from"][:4].isdigit() for row in leaders)


def test_gazetteer_sources_keep_the_phoenix_licence() -> None:
    licence = (ROOT / "data" / "gazetteer" / "phoenix" / "LICENSE").read_text("utf-8")
    assert "MIT License" in licence and "Open Event Data" in licence
    packaged = json.loads(resources.files("kgraph.data").joinpath("gazetteer.json").read_text())
    assert "Phoenix" in packaged["licence"]


PHOENIX_PEOPLE = """\
ZED_ALBA_  # CountryInfo.txt
+Z._ALBA_
+ALBA_
\t[LBNELI 660101-000101]
\t[LBNGOV >080525]
TWO_FLAGS_  # CountryInfo.txt
\t[FRAGOV 990101-000101]
\t[DEUGOV >000102]
RURITANIA_  [RUR]
+RURI_LAND_
"""


def test_gazetteer_build_imports_phoenix_people_of_one_country(
    build_script: ModuleType, tmp_path: Path
) -> None:
    target = tmp_path / "persons.actors.txt"
    build_script.import_phoenix_persons(PHOENIX_PEOPLE, target)
    lines = [ln for ln in target.read_text("utf-8").splitlines() if not ln.startswith("#")]
    # one-word aliases, people of two countries and country blocks are left out
    assert lines == ["LBN\tZED ALBA", "LBN\tZ. ALBA"]
    assert "MIT" in target.read_text("utf-8")


def test_gazetteer_build_nationals(built: dict) -> None:
    nationals = built["nationals"]
    assert nationals["shaukat aziz"] == "PAK"
    assert nationals["chen shui bian"] == "TWN"  # hyphens as spaces
    assert "vladimir putin" not in nationals  # the leaders table knows him, with dates
    assert all(len(key.split()) >= 2 for key in nationals)
    assert all(iso3 in built["countries"] for iso3 in nationals.values())


def test_gazetteer_build_our_people_and_us_agencies(built: dict) -> None:
    nationals = built["nationals"]
    assert nationals["james comey"] == "USA"
    assert nationals["saad al hariri"] == "LBN"  # ours (people.tsv), hyphen as a space
    names = built["names"]
    assert (names["sec"]["id"], names["sec"]["cased"]) == ("USA:GOV", ["SEC"])  # as written
    assert names["environmental protection agency"]["id"] == "USA:GOV"


def test_gazetteer_build_known_surnames_are_unique_to_one_public_figure(built: dict) -> None:
    surnames = built["known_surnames"]
    assert surnames["pruitt"] == "Scott Pruitt" and surnames["priebus"] == "Reince Priebus"
    # a surname two people share ("Kelly"), a leader's ("Trump"), a given name ("Paul") or a
    # family name written first ("Geng Shuang") stands for nobody alone
    for surname in ("kelly", "trump", "paul", "shuang"):
        assert surname not in surnames
