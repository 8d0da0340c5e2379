"""Triple records as JSON Lines: reading them (fast where records repeat actors) and
writing them. The records themselves are :mod:`kgraph.model`'s."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kgraph.errors import InputError
from kgraph.model import Entity, Evidence, Triple


def read_triples(
    path: str | Path, on_error: Callable[[str], None] | None = None
) -> Iterator[Triple]:
    """Read triple records from a JSONL file (``-`` reads stdin).

    Args:
        path: the file, or ``-`` for stdin.
        on_error: called with a one-line message for each bad record, which is then skipped;
            without it the first bad record raises.

    Raises:
        InputError: naming the file and line of a record that is not a triple.
    """
    name = str(path)
    stream: IO[str] = sys.stdin if name == "-" else _open_text(Path(path))
    parse = TripleParser()
    try:
        for lineno, line in enumerate(stream, 1):
            if not line or line.isspace():
                continue
            try:
                triple = parse.line(line)
                yield triple if triple is not None else parse(_json_line(line))
            except (ValueError, KeyError, TypeError, OverflowError) as exc:  # 1E400 offsets
                message = f"{name}:{lineno}: not a triple record ({type(exc).__name__}: {exc})"
                if on_error is None:
                    raise InputError(message) from exc
                on_error(message)
    finally:
        if stream is not sys.stdin:
            stream.close()


_scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_new = object.__new__  # a frozen dataclass built by filling its __dict__ (TripleParser.line)


def _json_line(line: str) -> Any:
    """``json.loads(line)`` for a line of JSON Lines: the decoder's scanner called at once
    when the value starts the line and only its newline follows (else ``json.loads``, which
    gives the same value or the same error)."""
    try:
        value, end = _scan(line, 0)
    except StopIteration:
        return json.loads(line)
    if end == len(line) or line[end:] in ("\n", "\r\n"):
        return value
    return json.loads(line)


class TripleParser:
    """``Triple.from_dict`` for a stream of records, faster where records repeat actors.

    A large input names a few thousand actors in millions of records: each actor's
    :class:`Entity` is built once and shared by the triples that carry the same actor record
    (the same JSON object, compared as dicts, so a record with other aliases or another
    name gets its own Entity). Anything unusual (an actor record that is not plain JSON
    strings, a missing field) goes through ``Triple.from_dict`` itself, so the result and
    the errors are exactly those of ``Triple.from_dict``.

    >>> parse = TripleParser()
    >>> a = {"id": "RUS", "name": "Russia", "kind": "Country"}
    >>> ev = {"doc_id": "d", "sentence": "s", "start": 0, "end": 1}
    >>> t1 = parse({"subject": a, "relation": "MEETS", "object": {"id": "VEN"}, "evidence": ev})
    >>> t2 = parse({"subject": dict(a), "relation": "MEETS", "object": {"id": "CUB"},
    ...             "evidence": ev})
    >>> t1.subject is t2.subject, t1 == Triple.from_dict(t1.to_dict())
    (True, True)
    """

    MAX_ACTORS = 100_000  # actor records remembered (memory stays bounded on any input)

    def __init__(self) -> None:
        # actor id -> (the actor record it was built from, the Entity)
        self._actors: dict[str, tuple[dict[str, Any], Entity]] = {}
        self._loads = _fast_loads()

    def entity(self, data: dict[str, Any]) -> Entity:
        key = data["id"]
        known = self._actors.get(key) if type(key) is str else None
        if known is not None and known[0] == data:
            return known[1]
        entity = Entity.from_dict(data)
        if type(key) is str and _plain(data):
            if len(self._actors) >= self.MAX_ACTORS:
                self._actors.clear()
            self._actors[key] = (data, entity)
        return entity

    def line(self, line: str) -> Triple | None:
        """The Triple of one JSON line parsed by ``orjson`` (about twice as fast as the
        standard library), when the record is an ordinary one: every field read has its
        usual type (strings, ints, a bool, a number; actor records of strings). For
        anything else (or without ``orjson``, or a line it rejects) None: the caller parses
        the line with :mod:`json` and calls the parser, so odd records give exactly the
        value or the error they always gave (``orjson`` reads integers past 64 bits as
        floats, refuses NaN: such values never pass here)."""
        if self._loads is None:
            return None
        try:
            data = self._loads(line)
        except ValueError:  # orjson.JSONDecodeError
            return None
        if type(data) is not dict:
            return None
        get = data.get
        ev, relation = get("evidence"), get("relation")
        if type(ev) is not dict or type(relation) is not str:
            return None
        subject, obj = self._plain_entity(get("subject")), self._plain_entity(get("object"))
        doc_id, sentence = ev.get("doc_id"), ev.get("sentence", "")
        start, end = ev.get("start", 0), ev.get("end", 0)
        negated, modality = get("negated", False), get("modality", "asserted")
        confidence, rule = get("confidence", 0.5), get("rule", "")
        plover, cameo, quad_class = get("plover"), get("cameo"), get("quad_class")
        day, role = get("date"), get("role")
        if (
            subject is None or obj is None
            or type(doc_id) is not str or type(sentence) is not str
            or type(start) is not int or type(end) is not int or type(negated) is not bool
            or type(modality) is not str or type(rule) is not str
            or (type(confidence) is not float and type(confidence) is not int)
            or (plover is not None and type(plover) is not str)
            or (cameo is not None and type(cameo) is not str)
            or (quad_class is not None and type(quad_class) is not int)
            or (day is not None and type(day) is not str)
            or (role is not None and type(role) is not str)
        ):  # fmt: skip
            return None
        evidence = _new(Evidence)
        fields = evidence.__dict__
        fields["doc_id"], fields["sentence"], fields["start"], fields["end"] = (
            doc_id, sentence, start, end
        )  # fmt: skip
        triple = _new(Triple)
        fields = triple.__dict__  # what Triple(...) sets, in its field order
        fields["subject"] = subject
        fields["relation"] = relation
        fields["object"] = obj
        fields["evidence"] = evidence
        fields["plover"] = plover
        fields["cameo"] = cameo
        fields["quad_class"] = quad_class
        fields["negated"] = negated
        fields["modality"] = modality
        fields["confidence"] = float(confidence)
        fields["date"] = day
        fields["rule"] = rule
        fields["role"] = role
        return triple

    def _plain_entity(self, data: Any) -> Entity | None:
        """:meth:`entity` of an actor record of strings (and lists of strings), else None."""
        if type(data) is not dict:
            return None
        key = data.get("id")
        if type(key) is not str:
            return None
        known = self._actors.get(key)
        if known is not None and known[0] == data:
            return known[1]
        return self.entity(data) if _plain(data) else None

    def __call__(self, data: dict[str, Any]) -> Triple:
        try:
            ev = data["evidence"]
            subject = self.entity(data["subject"])
            relation = data["relation"]
            obj = self.entity(data["object"])
            doc_id, sentence = ev["doc_id"], ev.get("sentence", "")
            start, end = ev.get("start", 0), ev.get("end", 0)
            negated, modality = data.get("negated", False), data.get("modality", "asserted")
            confidence, rule = data.get("confidence", 0.5), data.get("rule", "")
            if not (
                type(relation) is str and type(doc_id) is str and type(sentence) is str
                and type(start) is int and type(end) is int and type(negated) is bool
                and type(modality) is str and type(confidence) in (float, int)
                and type(rule) is str
            ):  # fmt: skip
                return Triple.from_dict(data)
            return Triple(
                subject,
                relation,
                obj,
                Evidence(doc_id, sentence, start, end),
                data.get("plover"),
                data.get("cameo"),
                data.get("quad_class"),
                negated,
                modality,
                float(confidence),
                data.get("date"),
                rule,
                data.get("role"),
            )
        except (KeyError, TypeError, AttributeError, ValueError):
            return Triple.from_dict(data)  # raises the error from_dict raises


def _fast_loads() -> Callable[[str], Any] | None:
    """``orjson.loads`` (imported when a triple file is read, not with this module: commands
    that read none do not pay for it), or None where orjson is not installed."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - a dependency; the standard reader then
        return None
    return orjson.loads


def _plain(actor: dict[str, Any]) -> bool:
    """An actor record whose equal records (``==``) give an equal Entity: its values are
    strings (or null) and lists of strings; equality of these implies the same types."""
    for key, value in actor.items():
        if key in ("aliases", "roles"):
            if value is not None and not (
                type(value) is list and all(type(v) is str for v in value)
            ):
                return False
        elif value is not None and type(value) is not str:
            return False
    return True


def write_triples(triples: Iterable[Triple], stream: IO[str]) -> int:
    """Write triples as JSON Lines; return how many were written."""
    n = 0
    for triple in triples:
        stream.write(json.dumps(triple.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _open_text(path: Path) -> IO[str]:
    try:
        return path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a .jsonl file of triples") from None
