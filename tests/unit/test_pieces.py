"""Cutting long articles into pieces (no model needed)."""

from __future__ import annotations

import random

import pytest

from kgraph.extract.pieces import split_text


def _check(text: str, max_chars: int) -> list[tuple[int, str]]:
    pieces = split_text(text, max_chars)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(0 < len(p) <= max_chars for _, p in pieces)
    return pieces


def test_pieces_short_text_is_one_piece():
    assert split_text("Russia supplied arms.", 100) == [(0, "Russia supplied arms.")]


def test_pieces_cut_after_the_last_paragraph_break_that_fits():
    paragraphs = ["Alpha beta gamma. Delta epsilon." * 3 for _ in range(6)]
    text = "\n\n".join(paragraphs)
    pieces = _check(text, 250)
    # every piece but the last ends with the blank line: no paragraph is split
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])
    assert len(pieces) == 3


def test_pieces_cut_long_paragraph_at_sentence_ends():
    text = " ".join(f"Sentence number {i} ends here." for i in range(200))
    pieces = _check(text, 500)
    assert len(pieces) > 1
    assert all(p.rstrip().endswith(".") for _, p in pieces)


def test_pieces_unbroken_run_is_cut_hard():
    text = "x" * 1050
    assert [len(p) for _, p in _check(text, 500)] == [500, 500, 50]


def test_pieces_word_run_is_cut_at_whitespace():
    text = " ".join(["word"] * 400)  # no sentence end at all
    assert all(p.endswith(" ") for _, p in _check(text, 333)[:-1])


@pytest.mark.parametrize("seed", range(5))
def test_pieces_cover_random_text_exactly(seed: int):
    rng = random.Random(seed)
    alphabet = ["a", "b", " ", ".", "\n", "\n\n", "?", "\u201d", "\t", "\u00e9"]
    text = "".join(rng.choice(alphabet) for _ in range(5000))
    _check(text, rng.randint(1, 400))


def test_pieces_size_must_be_positive():
    with pytest.raises(ValueError):
        split_text("abc", 0)
