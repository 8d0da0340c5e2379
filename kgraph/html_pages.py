"""Web pages as articles: the main text of an HTML page, its title and its date.

A news page holds far more than its story: menus, related links, cookie banners, footers.
``trafilatura`` (a maintained main-text extractor) keeps the story's paragraphs and drops
the rest, so no boilerplate reaches actor and relation extraction. Paragraphs are joined by
blank lines, which kgraph's sentence splitter always treats as boundaries, so a headline or
a caption never runs into the next sentence.

The title and date come from the page's own metadata (``<title>``, ``og:title``,
``article:published_time``, JSON-LD ...), never from a guess in the running text; without a
dated header the article's dateline is read, as for plain text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
# Only dates the page states in its markup (meta tags, JSON-LD, <time>), not ones guessed
# from the body text or the URL.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_HTML_START = re.compile(r"\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)


@dataclass(frozen=True)
class Page:
    """What was read from one HTML page."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (``<!doctype html>``, ``<html>``, ``<head>``, ``<body>``).

    >>> looks_like_html("<!DOCTYPE html><html><body>x</body></html>"), looks_like_html("x < y")
    (True, False)
    """
    return bool(_HTML_START.match(text[:1000]))


@cache
def _trafilatura() -> Any:
    import trafilatura  # lazy: ~0.3 s to import, and only HTML inputs need it

    return trafilatura


def read_page(html: str, url: str | None = None) -> Page | None:
    """The main text and metadata of an HTML page, or None when it has no main text.

    Args:
        html: the page's markup (already decoded).
        url: where the page came from, when known (helps trafilatura with relative links).
    """
    extracted = _trafilatura().bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=True,  # a menu or a footer is worse than a missed paragraph
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if extracted is None:
        logger.debug("trafilatura found no main text")
        return None
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = _paragraphs(data.get("text") or "")
    if not text:
        return None
    return Page(
        text=text,
        title=_clean(data.get("title")),
        date=_clean(data.get("date")),
        url=_clean(data.get("url")) or url,
    )


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs; whitespace inside a paragraph collapsed."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
