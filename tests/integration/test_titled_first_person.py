"""A quoted "I" said by a person named by a title alone ("the senator", "the French foreign
minister") stands for the post the title resolves to, as "his" after such a subject does; a
spokesperson's "I" stays no one (kgraph.extract.args_pronouns.resolve_pronoun). Real model,
invented sentences."""

from __future__ import annotations

import pytest

from tests.integration.news import events

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            '"I urge Iran to free the detained sailors," the British prime minister said.',
            ("GBR:GOV", "APPEALS_TO", "IRN"),
        ),
        (
            '"I met President Putin in Moscow last week," the French foreign minister said.',
            ("FRA:GOV", "MEETS", "person:vladimir-putin"),
        ),
        (
            '"I condemn the rocket attack by Hamas," the French president said on Monday.',
            ("FRA:GOV", "CRITICIZES", "org:hamas"),
        ),
    ],
)
def test_a_titled_speakers_i_is_the_post(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in events(text)


def test_a_spokespersons_i_is_no_one() -> None:
    text = '"I have met the Chinese ambassador," a State Department spokeswoman said.'
    assert not any(s == "USA:GOV" or s == "USA" for s, _, _ in events(text))


def test_a_bodys_i_is_no_one() -> None:
    # a ministry says "we", never "I"
    text = '"I met President Putin in Moscow last week," the French foreign ministry said.'
    assert not any(r == "MEETS" for _, r, _ in events(text))
