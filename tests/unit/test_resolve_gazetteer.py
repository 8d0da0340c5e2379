"""The pure-Python resolver: names, ids and metonyms to canonical entities."""

from __future__ import annotations

import pytest

from kgraph.resolve import gazetteer as gz
from kgraph.resolve import lookup, normalize, resolve_name, slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Russia", "RUS"),
        ("RUS", "RUS"),
        ("Moscow", "RUS"),
        ("Kremlin", "RUS:GOV"),
        ("the Kremlin", "RUS:GOV"),
        ("The White House", "USA:GOV"),
        ("U.S.", "USA"),
        ("Peru", "PER"),
        ("Burma", "MMR"),
        ("Côte d'Ivoire", "CIV"),
        ("UNSC", "igo:unsc"),
        ("United Nations Security Council", "igo:unsc"),
        ("RUS:MIL", "RUS:MIL"),
        ("igo:nato", "igo:nato"),
        ("Putin", "person:vladimir-putin"),
        ("Nicolás Maduro", "person:nicolas-maduro"),
    ],
)
def test_resolve_lookup_maps_names_to_ids(name: str, expected: str) -> None:
    entity = lookup(name)
    assert entity is not None
    assert entity.id == expected


def test_resolve_lookup_unknown_name_is_none() -> None:
    assert lookup("Atlantis") is None
    assert resolve_name("") == []


def test_resolve_name_gives_place_reading_of_capital() -> None:
    entities = resolve_name("Moscow")
    assert [e.id for e in entities] == ["RUS", "loc:moscow"]
    assert entities[1].kind == "Location" and entities[1].country == "RUS"


def test_resolve_entities_carry_kind_name_country() -> None:
    russia = lookup("Russia")
    assert russia is not None
    assert (russia.name, russia.kind, russia.country) == ("Russia", "Country", "RUS")
    group = gz.group("RUS", "MIL")
    assert (group.name, group.kind, group.country) == ("Russian military", "Group", "RUS")
    usa = gz.group("USA", "GOV")
    assert usa.name == "U.S. government"
    igo = lookup("NATO")
    assert igo is not None and igo.kind == "IGO"
    agency = lookup("Interfax")
    assert agency is not None and agency.kind == "Organization"


def test_resolve_lowercase_acronym_is_not_a_country() -> None:
    # "us" the pronoun and "who" the question word are not the USA or the WHO
    entry = gz.entry("us")
    assert entry is not None
    assert entry.get("cased") == ["US"]


def test_resolve_normalize_and_slug() -> None:
    assert normalize("The  Kremlin") == "kremlin"
    assert normalize("Cote d\u2019Ivoire") == "cote d'ivoire"
    assert slug("Nicolás Maduro") == "nicolas-maduro"
    assert slug("Maiquetia airport") == "maiquetia-airport"


def test_resolve_leader_surname_prefers_latest_holder() -> None:
    leaders = gz.load().leader_index["bush"]
    assert leaders[0].name == "George W. Bush"


def test_resolve_api_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, kgraph.resolve as r; r.lookup('Moscow'); print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
