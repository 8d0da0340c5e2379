"""Finding gazetteer names in a parsed document: a longest-match scan over tokens.

The gazetteer is indexed by the first word of each alias (``gate``), so a document is scanned
once, left to right, trying only the spans that start with a known first word; no per-document
regular expressions. Case matters where it must: acronyms ("US", "WHO", "AU") match only as
written, and no name matches an all-lower-case word ("us", "chad").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kgraph.resolve.gazetteer import SCAN_TYPES, gate_word, load, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class NameMatch:
    """A gazetteer name found at tokens ``[start, end)`` (a leading "the" not included)."""

    start: int
    end: int
    entry: dict[str, Any]

    @property
    def type(self) -> str:
        return str(self.entry["type"])


def surface_ok(surface: str, entry: dict[str, Any]) -> bool:
    """Whether a surface form may stand for the entry: acronyms as written, names capitalised."""
    surface = surface.replace("\u2019", "'")
    cased = entry.get("cased")
    if cased:
        surface = surface.removeprefix("the ").removeprefix("The ")
        # "Nato", "Opec": long acronyms may be written as names; "Us", "Who" may not
        return surface in cased or (
            len(surface) >= 4 and surface.capitalize() in cased_titles(cased)
        )
    return not surface[:1].islower()


def cased_titles(cased: list[str]) -> set[str]:
    """Acronyms written as names ("NATO" -> "Nato")."""
    return {form.capitalize() for form in cased if form.isalpha()}


def span_key(doc: Doc, start: int, end: int) -> str:
    """The normalised text of tokens ``[start, end)``."""
    return normalize(doc[start:end].text)


def scan_names(doc: Doc, skip: frozenset[int] = frozenset()) -> list[NameMatch]:
    """Every gazetteer name in the doc, leftmost-longest, never overlapping.

    Args:
        doc: the parsed document (only tokens and their text are used).
        skip: token indices never to match (a dateline).
    """
    gaz = load()
    text = doc.text
    # per token: (start char, end char, lower-cased first word, is a space token)
    tokens = [
        (t.idx, t.idx + len(t.text), gate_word(t.lower_.replace("\u2019", "'")), t.is_space)
        for t in doc
    ]
    matches: list[NameMatch] = []
    i, n = 0, len(tokens)
    while i < n:
        start_char, _, gate, space = tokens[i]
        limit = gaz.gate.get(gate)
        if limit is None or space or i in skip:
            i += 1
            continue
        best: NameMatch | None = None
        j = i + 1
        while j <= n and tokens[j - 1][1] - start_char <= limit + 8:
            if (j - 1) in skip:
                break
            if tokens[j - 1][3]:
                if "\n\n" in text[tokens[j - 1][0] : tokens[j - 1][1]]:
                    break
                j += 1  # a soft line break inside a name ("Revolutionary\nGuards")
                continue
            surface = text[start_char : tokens[j - 1][1]]
            hit = gaz.names.get(normalize(surface))
            if hit is not None and hit["type"] in SCAN_TYPES and surface_ok(surface, hit):
                best = NameMatch(i, j, hit)
            j += 1
        if best is None:
            i += 1
            continue
        matches.append(best)
        i = best.end
    return matches


def sector_at(doc: Doc, start: int, max_tokens: int = 4) -> tuple[int, str] | None:
    """The longest sector phrase starting at token ``start``: (end, CAMEO code), or None.

    Only lower-case words count ("troops", "military specialists"), so a name is never read
    as a sector word.
    """
    gaz = load()
    if start >= len(doc) or doc[start].ent_type_ == "PERSON":
        return None
    limit = gaz.sector_gate.get(gate_word(doc[start].lower_))
    if limit is None:
        return None
    best: tuple[int, str] | None = None
    for end in range(start + 1, min(len(doc), start + max_tokens) + 1):
        if doc[end - 1].is_punct or doc[end - 1].is_space:
            break
        code = gaz.sectors.get(normalize(doc[start:end].text))
        if code is not None:
            best = (end, code)
    return best


def span_text(span: Span) -> str:
    """A mention's surface text on one line."""
    return " ".join(span.text.split())
