"""The dateline's country for bare armed groups (kgraph.resolve.armed.armed_dateline)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kgraph.resolve.armed import armed_dateline


def _named(*countries: str) -> list[Any]:
    return [SimpleNamespace(entity=SimpleNamespace(country=c)) for c in countries]


def test_an_article_about_the_datelines_country_keeps_it() -> None:
    assert armed_dateline(_named("EGY", "EGY", "EGY", "USA"), "EGY") == "EGY"


def test_a_hub_dateline_over_a_neighbours_story_gives_none() -> None:
    # "BEIRUT - ...": Syria named five times, Lebanon once
    assert armed_dateline(_named("SYR", "SYR", "SYR", "SYR", "SYR", "LBN"), "LBN") is None


def test_a_dateline_named_less_than_half_as_often_as_the_top_country_gives_none() -> None:
    assert armed_dateline(_named("USA", "USA", "USA", "USA", "USA", "SOM", "SOM"), "SOM") is None


def test_no_dateline_no_country() -> None:
    assert armed_dateline(_named("EGY", "EGY"), None) is None


def test_organisations_and_igos_count_for_no_country() -> None:
    assert armed_dateline(_named("igo:un", "igo:un", "igo:un", "IRQ", "IRQ"), "IRQ") == "IRQ"
