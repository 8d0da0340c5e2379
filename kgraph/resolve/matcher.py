"""Finding gazetteer names in a parsed document, and choosing among candidate readings.

The gazetteer is indexed by the first word of each alias (``gate``), so a document is scanned
once, left to right, trying only the spans that start with a known first word; no per-document
regular expressions. Case matters where it must: acronyms ("US", "WHO", "AU") match only as
written, and no name matches an all-lower-case word ("us", "chad").

Every resolver (gazetteer names, groups, people, the model's entities) proposes
:class:`Candidate` readings with a priority; :func:`select` keeps the highest-priority, then
longest, reading of each stretch, so the final actor spans never overlap.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.attrs import IS_LOWER, LOWER
from spacy.strings import get_string_id

from kgraph.model import Entity
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


# Arabic articles written in lower case before a capitalised name ("al-Shabab", "al-Qaeda").
NAME_ARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "at", "az"})
# The articles also written with a space before the name ("al Shabaab", "al Qaeda"); the others
# ("an", "as", "at") are English words too, so only their hyphened form starts a name.
SPACED_ARTICLES = frozenset({"al", "el"})


@functools.cache
def article_hashes() -> frozenset[int]:
    """String hashes of :data:`NAME_ARTICLES` (one set lookup per lower-case token)."""
    return frozenset(get_string_id(word) for word in NAME_ARTICLES)


@functools.cache
def spaced_article_hashes() -> frozenset[int]:
    """String hashes of :data:`SPACED_ARTICLES`."""
    return frozenset(get_string_id(word) for word in SPACED_ARTICLES)


def _article_name(surface: str) -> bool:
    """ "al-Shabab", "al Shabaab": a lower-case Arabic article, a hyphen (a space after "al"
    and "el"), a capitalised name."""
    article, dash, rest = surface.partition("-")
    if dash and article in NAME_ARTICLES and rest[:1].isupper():
        return True
    article, space, rest = surface.partition(" ")
    return bool(space) and article in SPACED_ARTICLES and rest[:1].isupper()


def surface_ok(surface: str, entry: dict[str, Any]) -> bool:
    """Whether a surface form may stand for the entry: acronyms as written, names capitalised
    (or after a lower-case Arabic article: "al-Shabab")."""
    surface = surface.replace("\u2019", "'")
    cased = entry.get("cased")
    if cased:
        surface = surface.removeprefix("the ").removeprefix("The ")
        # "Nato", "Opec": long acronyms may be written as names; "Us", "Who" may not
        return surface in cased or (
            len(surface) >= 4 and surface.capitalize() in cased_titles(cased)
        )
    return not surface[:1].islower() or _article_name(surface)


def cased_titles(cased: list[str]) -> set[str]:
    """Acronyms written as names ("NATO" -> "Nato")."""
    return {form.capitalize() for form in cased if form.isalpha()}


@functools.cache
def gate_hashes() -> dict[int, int]:
    """The gazetteer's first words as spaCy string hashes (of lower-case token texts) -> the
    longest alias in characters starting with them; built once."""
    gaz = load()
    out: dict[int, int] = {}
    for key in gaz.names:
        if gaz.names[key]["type"] not in SCAN_TYPES:
            continue
        words = {gate_word(key), key.split(" ", 1)[0]}
        for word in words | {w.replace("'", "\u2019") for w in words}:
            h = get_string_id(word)
            out[h] = max(out.get(h, 0), len(key))
    return out


@functools.cache
def name_prefixes() -> frozenset[str]:
    """Every beginning of a scanned gazetteer name, so a scan stops as soon as none fits."""
    gaz = load()
    return frozenset(
        key[:k]
        for key, entry in gaz.names.items()
        if entry["type"] in SCAN_TYPES
        for k in range(1, len(key) + 1)
    )


def overlapping(matches: list[NameMatch], start: int, end: int) -> list[NameMatch]:
    """The matches of :func:`scan_names` (in order, never overlapping) that share a token with
    tokens [start, end), found by bisection: a long article has thousands."""
    first = bisect.bisect_right(matches, start, key=lambda m: m.end)
    last = bisect.bisect_left(matches, end, lo=first, key=lambda m: m.start)
    return matches[first:last]


def scan_names(doc: Doc, skip: frozenset[int] = frozenset()) -> list[NameMatch]:
    """Every gazetteer name in the doc, leftmost-longest, never overlapping.

    Candidate starts are found on the doc's array of lower-case hashes, so tokens that start
    no name cost a set lookup each.

    Args:
        doc: the parsed document (only tokens and their text are used).
        skip: token indices never to match (a dateline).
    """
    gaz = load()
    gates = gate_hashes()
    prefixes = name_prefixes()
    articles = article_hashes()
    spaced = spaced_article_hashes()
    rows = doc.to_array([LOWER, IS_LOWER]).tolist() if len(doc) else []
    matches: list[NameMatch] = []
    i, n = 0, len(rows)
    while i < n:
        lower, is_lower = rows[i]
        # no name starts with a lower-case word ("us", "chad"), but for an Arabic article
        # before a hyphen and a capitalised word ("al-Shabab"), or "al"/"el" before a
        # capitalised word ("al Shabaab")
        article = is_lower and (
            (lower in articles and i + 2 < n and doc[i + 1].text == "-" and doc[i + 2].is_title)
            or (lower in spaced and i + 1 < n and doc[i + 1].is_title and bool(doc[i].whitespace_))
        )
        limit = None if is_lower and not article else gates.get(lower)
        if limit is None or i in skip or doc[i].is_space:
            i += 1
            continue
        start_char = doc[i].idx
        best: NameMatch | None = None
        j = i + 1
        while j <= n:
            last = doc[j - 1]
            end_char = last.idx + len(last.text)
            if end_char - start_char > limit + 8 or (j - 1) in skip:
                break
            if last.is_space:
                if "\n\n" in last.text:
                    break
                j += 1  # a soft line break inside a name ("Revolutionary\nGuards")
                continue
            surface = doc[i:j].text
            key = normalize(surface)
            if key not in prefixes:
                break  # no name goes on like this
            hit = gaz.names.get(key)
            if (
                hit is not None
                and hit["type"] in SCAN_TYPES
                and surface_ok(surface, hit)
                and not (hit.get("after_the") and (i == 0 or doc[i - 1].lower_ != "the"))
            ):
                best = NameMatch(i, j, hit)  # "the States", not the "Gulf States"
            j += 1
        if best is None or _inside_place(doc, best, skip):
            i += 1
            continue
        matches.append(best)
        i = best.end
    return matches


# How many words before a name may begin a longer place name that ends with it.
PLACE_HEAD_TOKENS = 2


def _inside_place(doc: Doc, match: NameMatch, skip: frozenset[int]) -> bool:
    """Whether a name ends a longer place name the scan does not read ("Jersey" of "New
    Jersey", "Mexico" of "New Mexico", "Wales" of "New South Wales", "Columbia" of "the
    District of Columbia"): that place is no actor, and the model's entity or
    :func:`kgraph.extract.entities.untyped_places` reads it."""
    names = load().names
    for k in range(1, PLACE_HEAD_TOKENS + 1):
        start = match.start - k
        if start < 0 or start in skip:
            return False
        if not doc[start].text[:1].isupper() and not (k == 1 and doc[start].lower_ == "of"):
            return False
        hit = names.get(normalize(doc[start : match.end].text))
        if hit is not None and hit["type"] == "place":
            return True
    return False


def sector_at(doc: Doc, start: int, max_tokens: int = 4) -> tuple[int, str] | None:
    """The longest sector phrase starting at token ``start``: (end, CAMEO code), or None.

    "troops", "military specialists", "Foreign Ministry"; a person's name never starts one.
    """
    gaz = load()
    if start >= len(doc) or doc[start].ent_type_ == "PERSON":
        return None
    limit = gaz.sector_gate.get(gate_word(doc[start].lower_))
    if limit is None:
        return None
    best: tuple[int, str] | None = None
    text = ""
    for end in range(start + 1, min(len(doc), start + max_tokens) + 1):
        token = doc[end - 1]
        if token.is_punct or token.is_space:
            break
        # the phrase's key built token by token from lower-case forms (no Span per try);
        # stop past the longest phrase
        text = f"{text}{' ' if text and doc[end - 2].whitespace_ else ''}{token.lower_}"
        if len(text) > limit + 8:
            break
        code = gaz.sectors.get(text if text.isascii() else normalize(text))
        if code is not None:
            best = (end, code)
    return best


# Parts of speech of the lower-case words that describe a name ("businessman", "oil major").
DESCRIPTOR_POS = frozenset({"NOUN", "ADJ", "ADV", "NUM"})
MAX_DESCRIPTOR_TOKENS = 6


def descriptor_start(doc: Doc, start: int) -> int | None:
    """The start of the lower-case words describing the name at ``start`` ("Indian
    *businessman* Ravi Menon", "Republican *2008 presidential hopeful* Dan Marsh",
    "Russia's *second-largest steel maker* Volgastal"), or None when no such words stand
    there: at least one common noun, the last word modifying the name, up to six words,
    hyphens inside; none when a participle is among them ("US-based cleric", "New
    York-listed"), which names a place or a backer, not a nationality."""
    i = start
    nouns = 0
    while i > 0 and start - i < MAX_DESCRIPTOR_TOKENS:
        token = doc[i - 1]
        if token.text == "-" and i > 1 and doc[i - 2].text.islower():
            i -= 1
            continue
        if not (token.text.islower() or token.like_num) or token.pos_ not in DESCRIPTOR_POS:
            break
        if token.tag_ in ("VBN", "VBD") or token.lower_.endswith(("based", "born", "backed")):
            return None
        nouns += token.pos_ == "NOUN"
        i -= 1
    if i == start or not nouns or not start <= doc[start - 1].head.i < start + 8:
        return None
    return i


def span_text(span: Span) -> str:
    """A mention's surface text on one line."""
    return " ".join(span.text.split())


# Priorities: the higher wins an overlap, then the longer span.
P_NAMED_ORG = 105  # "Bank of Japan", "Ivorian Chamber of Commerce": a name around a country
P_GROUP = 100  # "Russian troops", "the Maduro administration"
P_FACILITY = 95  # "Maiquetia airport"
P_PERSON = 90  # "Vladimir Putin"
P_COREF = 89  # a later "Maduro"
P_NAME = 80  # gazetteer names: countries, capitals, seats, IGOs, organisations
P_LEADER = 79  # a bare surname known only from the leaders table ("Putin")
P_ORG = 70  # other organisations the model found
P_DEMONYM = 60  # "Russian" on its own
P_BARE = 50  # "the opposition" (country from context)
P_PLACE = 40  # other places the model found

POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


@dataclass
class Candidate:
    """A possible reading of tokens ``[start, end)``."""

    start: int
    end: int
    entity: Entity
    priority: int
    role: str | None = None
    leader_of: Entity | None = None
    is_place: bool = False


def mention_head(doc: Doc, start: int, end: int) -> int:
    """The syntactic head of tokens ``[start, end)``: the last token whose head is outside.

    "Russian military specialists" -> "specialists"; "The Kremlin" -> "Kremlin".
    """
    outside = [t.i for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return outside[-1] if outside else doc[start:end].root.i


def with_the(doc: Doc, start: int) -> int:
    """Start a mention at a preceding "the" ("the Kremlin", "the U.S. government")."""
    return start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start


def select(candidates: list[Candidate]) -> list[Candidate]:
    """The best non-overlapping candidates: higher priority first, then longer, then earlier."""
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        chosen.append(c)
    return chosen
