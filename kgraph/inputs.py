"""Reading articles: ``.txt`` files, directories, ``.jsonl`` records and stdin.

A ``.txt`` file is one article whose id is the file stem. A ``.jsonl`` file holds records
``{"id", "text"[, "title", "date", "source", "url"]}``. A directory is read recursively
(``.txt`` and ``.jsonl`` files, in name order). ``-`` reads stdin: JSON Lines when the first
character is ``{``, else one plain-text article with id ``stdin``.

The article date comes from the record's ``date``, else from a dateline with a full date
near the top of the text ("Sept 25, 2019", "25 September 2019", "2019-09-25"), else None:
a date is never invented.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kgraph.errors import InputError
from kgraph.model import Document

ErrorHandler = Callable[[str], None]
TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".jsonl",)

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


def iter_documents(
    paths: Iterable[str | Path], on_error: ErrorHandler | None = None
) -> Iterator[Document]:
    """Yield the documents of every path, reporting bad inputs and going on.

    Args:
        paths: files, directories, or ``-`` for stdin.
        on_error: called with a one-line message naming each bad input, which is then
            skipped; without it the first bad input raises ``InputError``.
    """
    report = on_error or _raise
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield from _read_stream(sys.stdin, "stdin", report)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix in TEXT_SUFFIXES + RECORD_SUFFIXES
            )
            if not files:
                report(f"{path}: directory holds no .txt or .jsonl files")
            for file in files:
                yield from _read_file(file, report)
        elif path.exists():
            yield from _read_file(path, report)
        else:
            report(f"{path}: no such file or directory")


def _read_file(path: Path, report: ErrorHandler) -> Iterator[Document]:
    if path.suffix not in TEXT_SUFFIXES + RECORD_SUFFIXES:
        report(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}; expected .txt or .jsonl"
        )
        return
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        report(f"{path}: not UTF-8 text")
        return
    except OSError as exc:
        report(f"{path}: cannot read ({exc.strerror})")
        return
    if path.suffix in RECORD_SUFFIXES:
        yield from _read_records(text.splitlines(), str(path), report)
    elif text.strip():
        yield Document(id=path.stem, text=text, date=dateline_date(text))
    else:
        report(f"{path}: empty file")


def _read_stream(stream: Any, name: str, report: ErrorHandler) -> Iterator[Document]:
    text = stream.read()
    if text.lstrip().startswith("{"):
        yield from _read_records(text.splitlines(), name, report)
    elif text.strip():
        yield Document(id=name, text=text, date=dateline_date(text))
    else:
        report(f"{name}: no input")


def _read_records(lines: list[str], name: str, report: ErrorHandler) -> Iterator[Document]:
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
    """A Document from a JSON record, or None (reported) when it lacks an id or text."""
    if not isinstance(record, dict):
        report(f"{where}: expected a JSON object with 'id' and 'text'")
        return None
    text, doc_id = record.get("text"), record.get("id")
    if not isinstance(text, str) or not text.strip():
        report(f"{where}: record has no 'text'")
        return None
    if doc_id is None or str(doc_id).strip() == "":
        report(f"{where}: record has no 'id'")
        return None
    return Document(
        id=str(doc_id),
        text=text,
        title=record.get("title"),
        date=normalize_date(record.get("date")) or dateline_date(text),
        source=record.get("source"),
        url=record.get("url"),
    )


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
