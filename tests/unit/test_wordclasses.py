"""Word classes as data (kgraph.extract.wordclasses): the reader, and modality's file."""

from __future__ import annotations

import pytest

from kgraph.errors import KgraphError
from kgraph.extract.wordclasses import WordClasses, parse_word_classes


def test_rows_comments_and_blank_lines():
    text = "# intent\nintent_aux\twill would\n\n  # indented comment\nmarks\tif unless\n"
    assert parse_word_classes(text, "x.tsv") == {
        "intent_aux": frozenset({"will", "would"}),
        "marks": frozenset({"if", "unless"}),
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a\tx\nb\n", "x.tsv:2: expected a class name, a tab and its words"),
        ("a\tx\n\t y\n", "x.tsv:2: expected a class name, a tab and its words"),
        ("a\tx\na\ty\n", "x.tsv:2: class 'a' is defined twice"),
    ],
)
def test_bad_rows_are_named_by_file_and_line(text, message):
    with pytest.raises(KgraphError, match=message):
        parse_word_classes(text, "x.tsv")


def test_an_unknown_class_is_an_error_naming_the_file():
    with pytest.raises(KgraphError, match="modality.tsv has no word class 'nope'"):
        WordClasses("modality.tsv")["nope"]


def test_every_class_of_the_modality_file_is_read_by_the_module():
    from kgraph.extract import modality_words as modality

    assert modality.CLASSES.unused() == []
    assert "will" in modality.FUTURE_AUX and "’ll" in modality.FUTURE_AUX
    assert (modality.INTENT_VERBS - {"tell"}) | {"call", "push"} <= modality.NOUN_INTENT_GOVERNORS
    assert "tell" not in modality.NOUN_INTENT_GOVERNORS
