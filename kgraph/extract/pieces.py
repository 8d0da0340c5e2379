"""Long articles in pieces: cut at paragraph, then sentence boundaries, under a size bound.

spaCy refuses a text longer than ``nlp.max_length`` (error E088) and the parser's memory grows
with the length of what it is given, so an article longer than :data:`PIECE_CHARS` is parsed
as consecutive pieces. Each piece is an exact slice of the text, and the pieces cover it
without gaps, so a piece's offset turns its offsets back into the article's.
"""

from __future__ import annotations

import re

# Characters per parsed piece: ~20,000 tokens of news prose, a few hundred MB for the parser
# at most; far below spaCy's default max_length (1,000,000).
PIECE_CHARS = 100_000

# Where a cut may go, best first: after a blank line; after a sentence end ("... it. The",
# '... said." Then'); after any whitespace. The cut goes at the end of the match.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


def split_text(text: str, max_chars: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` pairs of at most ``max_chars`` characters.

    A text that fits is one piece. Otherwise each piece ends at the last paragraph break that
    fits, else the last sentence end, else the last whitespace, else (one unbroken run of
    characters) at ``max_chars``. ``"".join(pieces) == text``.

    >>> split_text("One. Two.\\n\\nThree four.", max_chars=12)
    [(0, 'One. Two.\\n\\n'), (11, 'Three four.')]
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = 0
        for pattern in _CUTS:
            # a cut needs text before it: a window that starts with a separator cuts later
            ends = [m.end() for m in pattern.finditer(window) if m.start() > 0]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = max_chars
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces
