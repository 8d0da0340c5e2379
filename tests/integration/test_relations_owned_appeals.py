"""An owned appeal or demand noun with a for-to clause asks that clause's subject
(``nominal-demand``, ``rules_allegation``), and praise heaped on someone backs them (lexicon
``heap praise on``), with the real model on invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import ruled

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Obama's call for Congress to act came after the shooting.",
            ("person:barack-obama", "APPEALS_TO", "USA:LEG", "nominal-demand"),
        ),
        (
            "Merkel renewed her call for Turkey to release the journalists.",
            ("person:angela-merkel", "APPEALS_TO", "TUR", "nominal-demand"),
        ),
        (
            "The EU's demand for Iran to halt enrichment was rejected.",
            ("igo:eu", "DEMANDS", "IRN", "nominal-demand"),
        ),
    ],
)
def test_an_owned_appeal_asks_its_for_to_subject(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = ruled(text)
    assert expected in found, found


def test_an_appeal_for_a_thing_asks_no_one() -> None:
    found = ruled("Germany's call for sanctions on Russia to be tightened was rejected.")
    assert not any(rule == "nominal-demand" for _, _, _, rule in found)


def test_praise_heaped_on_someone_backs_them() -> None:
    found = {(s, r, o) for s, r, o, _ in ruled("Putin heaped praise on Trump.")}
    assert ("person:vladimir-putin", "BACKS", "person:donald-trump") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran poured scorn on the United States.", ("IRN", "CRITICIZES", "USA")),
        (
            "Erdogan launched a broadside against Germany.",
            ("person:recep-tayyip-erdogan", "CRITICIZES", "DEU"),
        ),
        (
            "Obama's jab at Trump drew laughs.",
            ("person:barack-obama", "CRITICIZES", "person:donald-trump"),
        ),
    ],
)
def test_words_of_disapproval_criticize(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, r, o) for s, r, o, _ in ruled(text)}
