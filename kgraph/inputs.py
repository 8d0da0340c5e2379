"""Reading articles: ``.txt`` and ``.html`` files, directories, ``.jsonl`` records and stdin.

A ``.txt`` file is one article whose id is the file stem; an ``.html``/``.htm`` file is one
web page, of which only the main text is kept (:mod:`kgraph.html_pages`). A ``.jsonl`` file
holds records ``{"id", "text"[, "title", "date", "source", "url"]}``, or ``"html"`` instead
of ``"text"``. A directory is read recursively (those file types, in name order). ``-`` reads
stdin: JSON Lines when the first character is ``{``, a web page when it starts like one,
else one plain-text article with id ``stdin``.

Files are UTF-8 (with or without a byte order mark) or UTF-16/32 with one; anything else is
decoded as cp1252/Latin-1 when ``charset-normalizer`` finds it reads as text in one of them,
with a one-line note. Binary data is skipped with a one-line message.

The article date comes from the record's ``date``, else from a dateline with a full date
near the top of the text ("Sept 25, 2019", "25 September 2019", "2019-09-25"), else None:
a date is never invented.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kgraph.errors import InputError
from kgraph.html_pages import HTML_SUFFIXES, looks_like_html, read_page
from kgraph.model import Document

logger = logging.getLogger(__name__)

ErrorHandler = Callable[[str], None]
TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES
# Byte order marks, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Tried, in this order, on text that is not UTF-8: older news archives and feeds.
FALLBACK_ENCODINGS = ("cp1252", "latin_1")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
)
DATELINE_CHARS = 300


def _raise(message: str) -> None:
    raise InputError(message)


def _log_note(message: str) -> None:
    logger.warning("%s", message)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and whether it was a fallback guess."""

    text: str
    encoding: str
    fallback: bool = False


def decode_bytes(data: bytes) -> Decoded | None:
    """Decode a file's bytes as text, or None when they are not text (binary data).

    A byte order mark decides; else strict UTF-8; else ``charset-normalizer`` checks whether
    the bytes read as text in cp1252 or Latin-1 (``fallback=True``). Text with NUL
    characters is binary whatever its encoding.

    >>> decode_bytes("café".encode("cp1252"))
    Decoded(text='café', encoding='cp1252', fallback=True)
    >>> decode_bytes(bytes(range(256)) * 4) is None
    True
    """
    decoded: Decoded | None = None
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                decoded = Decoded(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
            break
    if decoded is None:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            decoded = _fallback(data)
    if decoded is None or "\x00" in decoded.text:
        return None
    return decoded


def _fallback(data: bytes) -> Decoded | None:
    if b"\x00" in data:
        return None
    from charset_normalizer import from_bytes  # lazy: only non-UTF-8 inputs need it

    best = from_bytes(data, cp_isolation=list(FALLBACK_ENCODINGS)).best()
    if best is not None:
        return Decoded(str(best), best.encoding, fallback=True)
    # Too short for the detector to be sure ("São Ñandú"): cp1252 text that decodes without
    # control characters is still text; binary data has them (or bytes cp1252 leaves undefined).
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        return None
    return Decoded(text, "cp1252", fallback=True)


def iter_documents(
    paths: Iterable[str | Path],
    on_error: ErrorHandler | None = None,
    on_note: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Yield the documents of every path, reporting bad inputs and going on.

    Args:
        paths: files, directories, or ``-`` for stdin.
        on_error: called with a one-line message naming each bad input, which is then
            skipped; without it the first bad input raises ``InputError``.
        on_note: called with a one-line note about an input that was read but needed care
            (decoded by the cp1252/Latin-1 fallback); by default a logged warning.
    """
    report = on_error or _raise
    note = on_note or _log_note
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield from _read_stream(sys.stdin, "stdin", report, note)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            if not files:
                report(f"{path}: directory holds no {', '.join(SUFFIXES)} files")
            for file in files:
                yield from _read_file(file, report, note)
        elif path.exists():
            yield from _read_file(path, report, note)
        else:
            report(f"{path}: no such file or directory")


def _read_file(path: Path, report: ErrorHandler, note: ErrorHandler) -> Iterator[Document]:
    if path.suffix not in SUFFIXES:
        kind = path.suffix or "(none)"
        report(f"{path}: unsupported file type {kind!r}; expected {', '.join(SUFFIXES)}")
        return
    if path.suffix in RECORD_SUFFIXES:
        try:
            utf8 = _utf8_content(path)
        except OSError as exc:
            report(f"{path}: cannot read ({exc.strerror})")
            return
        if utf8 is not None:  # else decoded whole below (another encoding, or binary)
            if utf8:
                yield from _read_records(_utf8_lines(path, report), str(path), report)
            else:
                report(f"{path}: empty file")
            return
    try:
        data = path.read_bytes()
    except OSError as exc:
        report(f"{path}: cannot read ({exc.strerror})")
        return
    text = _decode(data, str(path), report, note)
    if text is None:
        return
    if not text.strip():
        report(f"{path}: empty file")
    elif path.suffix in RECORD_SUFFIXES:
        yield from _read_records(json_lines(text), str(path), report)
    elif path.suffix in HTML_SUFFIXES:
        document = page_document(path.stem, text, str(path), report)
        if document is not None:
            yield document
    else:
        yield Document(id=path.stem, text=text, date=dateline_date(text))


def _decode(data: bytes, name: str, report: ErrorHandler, note: ErrorHandler) -> str | None:
    decoded = decode_bytes(data)
    if decoded is None:
        report(f"{name}: not text (binary data or an unknown encoding)")
        return None
    if decoded.fallback:
        note(f"{name}: not UTF-8; read as {decoded.encoding}")
    logger.debug("%s: decoded as %s", name, decoded.encoding)
    return decoded.text


def _read_stream(
    stream: Any, name: str, report: ErrorHandler, note: ErrorHandler
) -> Iterator[Document]:
    raw = getattr(stream, "buffer", None)
    text = _decode(raw.read(), name, report, note) if raw is not None else stream.read()
    if text is None:
        return
    if text.lstrip().startswith("{"):
        yield from _read_records(json_lines(text), name, report)
    elif not text.strip():
        report(f"{name}: no input")
    elif looks_like_html(text):
        document = page_document(name, text, name, report)
        if document is not None:
            yield document
    else:
        yield Document(id=name, text=text, date=dateline_date(text))


def page_document(
    doc_id: str, html: str, where: str, report: ErrorHandler, url: str | None = None
) -> Document | None:
    """A Document from a web page's main text, or None (reported) when it has none."""
    page = read_page(html, url)
    if page is None:
        report(f"{where}: no article text found in the HTML")
        return None
    return Document(
        id=doc_id,
        text=page.text,
        title=page.title,
        date=normalize_date(page.date) or dateline_date(page.text),
        url=page.url,
    )


def json_lines(text: str) -> list[str]:
    """The lines of a JSON Lines text: split at ``\\n`` only (``\\r\\n`` too), since a JSON
    string may hold other line separators (U+2028, U+0085) unescaped.

    >>> json_lines('{"a": "x\u2028y"}\\r\\n{}')
    ['{"a": "x\u2028y"}', '{}']
    """
    return [line.removesuffix("\r") for line in text.split("\n")]


READ_CHUNK = 1 << 20  # bytes read at a time when a file is checked before it is streamed


def _utf8_content(path: Path) -> bool | None:
    """Whether a file in UTF-8 (with or without a byte order mark) holds more than
    whitespace; None when it is not UTF-8 text (another byte order mark, invalid UTF-8, NUL
    characters): the cases :func:`decode_bytes` decides on the whole file. Read in chunks,
    nothing kept, so that a JSON Lines file of any size is then read a line at a time and
    still rejected or decoded as a whole before any of its records is given out."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    content = False
    with path.open("rb") as stream:
        chunk = stream.read(READ_CHUNK)
        if any(chunk.startswith(bom) for bom, encoding in BOMS if encoding != "utf-8"):
            return None
        chunk = chunk.removeprefix(BOMS[2][0])
        while chunk:
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError:
                return None
            if "\x00" in text:
                return None
            content = content or bool(text.strip())
            chunk = stream.read(READ_CHUNK)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return content


def _utf8_lines(path: Path, report: ErrorHandler) -> Iterator[str]:
    """The lines of a UTF-8 file checked by :func:`_utf8_content`, as :func:`json_lines`
    splits them (at ``\\n`` only), read one at a time."""
    try:
        with path.open("rb") as stream:
            for number, raw in enumerate(stream):
                if number == 0:
                    raw = raw.removeprefix(BOMS[2][0])
                yield raw.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except (OSError, UnicodeDecodeError) as exc:  # changed while read
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        report(f"{path}: cannot read ({reason})")


def _read_records(lines: Iterable[str], name: str, report: ErrorHandler) -> Iterator[Document]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report(f"{where}: not valid JSON ({exc.msg})")
            continue
        document = document_from_record(record, where, report)
        if document is not None:
            yield document


def document_from_record(record: Any, where: str, report: ErrorHandler) -> Document | None:
    """A Document from a JSON record, or None (reported) when it lacks an id or text.

    A record with an ``html`` field is a web page: its main text is the article's text, and
    the record's own title, date and url win over the page's metadata.
    """
    if not isinstance(record, dict):
        report(f"{where}: expected a JSON object with 'id' and 'text'")
        return None
    doc_id, html = record.get("id"), record.get("html")
    if doc_id is None or str(doc_id).strip() == "":
        report(f"{where}: record has no 'id'")
        return None
    if isinstance(html, str) and html.strip():
        page = page_document(str(doc_id), html, where, report, _text_field(record, "url"))
        if page is None:
            return None
        return Document(
            id=page.id,
            text=page.text,
            title=_text_field(record, "title") or page.title,
            date=normalize_date(record.get("date")) or page.date,
            source=_text_field(record, "source"),
            url=page.url,
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        report(f"{where}: record has no 'text'")
        return None
    return Document(
        id=str(doc_id),
        text=text,
        title=record.get("title"),
        date=normalize_date(record.get("date")) or dateline_date(text),
        source=record.get("source"),
        url=record.get("url"),
    )


def _text_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def normalize_date(value: Any) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a record's date, or None when it is not one.

    >>> normalize_date("20080804"), normalize_date("2019-09-25T10:00:00Z"), normalize_date("x")
    ('2008-08-04', '2019-09-25', None)
    """
    if not isinstance(value, str | int):
        return None
    text = str(value).strip()
    match = re.fullmatch(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?:[T ].*)?", text)
    if not match:
        return None
    return _iso(int(match[1]), int(match[2]), int(match[3]))


def dateline_date(text: str) -> str | None:
    """A full date written near the top of an article, or None.

    >>> dateline_date("MOSCOW, Sept 25, 2019 (Reuters) - Russia said ...")
    '2019-09-25'
    >>> dateline_date("CARACAS (Reuters) - Venezuela said on Wednesday ...") is None
    True
    """
    head = text[:DATELINE_CHARS]
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            groups = match.groupdict()
            month = (
                int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"][:3].lower()]
            )
            iso = _iso(int(groups["year"]), month, int(groups["day"]))
            if iso:
                return iso
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
