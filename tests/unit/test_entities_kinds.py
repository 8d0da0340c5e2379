"""Rules that keep actors of the right kind, on token-only docs (no model): an Arabic article
written with a space before a known name ("al Shabaab"), a title glossed in brackets before a
name, a law's name run on past a person's name, agreements and schemes as no organisations."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.resolve.matcher import scan_names
from kgraph.resolve.ner import law_name_after, scheme
from kgraph.resolve.people import leader_for, title_before
from tests.unit.test_entities import english_vocab


def _doc(text: str) -> Doc:
    return Doc(english_vocab(), words=text.split())


def _scanned(text: str) -> dict[str, str]:
    doc = _doc(text)
    return {doc[m.start : m.end].text: str(m.entry["id"]) for m in scan_names(doc)}


def test_spaced_arabic_article_starts_a_known_name() -> None:
    found = _scanned("The group al Shabaab and allies of al Qaeda attacked .")
    assert found.get("al Shabaab") == "org:al-shabaab"
    assert found.get("al Qaeda") == "org:al-qaeda"


def test_english_words_among_the_articles_start_no_spaced_name() -> None:
    # "as", "at", "an" are articles only with a hyphen ("as-Sahab"), never with a space
    assert "as Brazil" not in _scanned("He spoke as Brazil voted .")


def test_title_before_a_bracketed_gloss_is_the_names_title() -> None:
    doc = _doc("Home Secretary ( interior minister ) Rowena Tate said .")
    found = title_before(doc, 6)
    assert found is not None and found[1].endswith("Secretary")


def test_bracketed_capitalised_words_are_no_gloss() -> None:
    doc = _doc("Home Secretary ( Britain ) Rowena Tate said .")
    assert title_before(doc, 5) is None


@pytest.mark.parametrize(
    ("text", "start", "end", "law"),
    [
        ("the Boris Nemtsov Rule of Law Accountability Act", 1, 4, True),
        ("the Magnitsky Act imposed bans", 1, 2, True),
        ("Boris Nemtsov said on Monday", 0, 2, False),
        ("Boris Nemtsov of Russia", 0, 2, False),
    ],
)
def test_law_name_after_a_name(text: str, start: int, end: int, law: bool) -> None:
    assert law_name_after(_doc(text)[start:end]) is law


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Trump criticized NAFTA", 2, 3, True),
        ("the Dakota Access Pipeline", 1, 4, True),
        ("the Trans-Pacific Partnership Agreement", 1, 4, True),
        ("the Carter Center", 1, 3, False),
        ("the Government of National Accord", 1, 5, False),
        ("Ford Motor", 0, 2, False),
    ],
)
def test_schemes_are_no_organisations(text: str, start: int, end: int, expected: bool) -> None:
    assert scheme(_doc(text)[start:end]) is expected


def test_libyan_unity_government_is_the_government_of_libya() -> None:
    found = _scanned("the U.N.-backed Government of National Accord in Tripoli")
    assert found.get("Government of National Accord") == "LBY:GOV"


def test_father_with_initials_written_together_is_the_father() -> None:
    found = leader_for("George H.W. Bush", "2017-11-01")
    assert found is not None and found.name == "George H. W. Bush"
