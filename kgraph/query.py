"""Cypher queries against a Neo4j graph: ad-hoc text or saved ``.cypher`` files.

A saved query is one question per file. Its header comment says what it answers and gives
each parameter a default in Neo4j Browser's ``:param`` form, so the same lines can be pasted
into the Browser::

    // Who supplies whom? SUPPLIES edges, most mentioned first.
    // :param limit => 25
    MATCH (s:Entity)-[r:SUPPLIES]->(o:Entity) RETURN s.name, o.name, r.count LIMIT $limit

Values go to the server only as ``$parameters``, never into the query text. Each statement
of a file runs in its own managed transaction, a read transaction unless ``write=True``;
files whose every statement is idempotent schema DDL (``CREATE CONSTRAINT|INDEX ... IF NOT
EXISTS``) run as writes, since they change no data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kgraph.errors import GraphTargetError, InputError, KgraphError

if TYPE_CHECKING:
    from kgraph.stores.neo4j_store import Neo4jStore

NEEDS_NEO4J = (
    "Cypher needs a Neo4j graph: pass --graph bolt://127.0.0.1:7687 (or another bolt:// or "
    "neo4j:// URI, or set NEO4J_URI); start a server with "
    "`docker run -p 7687:7687 -e NEO4J_AUTH=none neo4j:5.26`, or scripts/neo4j-local start "
    "from a kgraph checkout"
)
SAVED_NAME = re.compile(r"^(?:cypher/)?([a-z][a-z0-9_]*)(?:\.cypher)?$")
PARAM_LINE = re.compile(r"^\s*//\s*:param\s+(\w+)\s*=>\s*(.*?)\s*;?\s*$")
SCHEMA_DDL = re.compile(
    r"^CREATE\s+(CONSTRAINT|((RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR)\s+)?INDEX)\b"
    r".*\bIF\s+NOT\s+EXISTS\b",
    re.IGNORECASE | re.DOTALL,
)
# Strings, quoted names and comments, skipped when looking for ; and $parameters.
_LEXEME = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/|(;)|\$(\w+)", re.DOTALL
)


class QueryResult(NamedTuple):
    """Column names and rows (lists of plain JSON-ready values) of the last statement."""

    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        """The rows as ``{column: value}`` dicts (what ``--json`` prints)."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass
class SavedQuery:
    """A query's statements and the parameter defaults of its header comment."""

    statements: list[str]
    defaults: dict[str, Any] = field(default_factory=dict)
    source: str = "<text>"

    @property
    def is_schema(self) -> bool:
        """Every statement is idempotent schema DDL (safe to run without ``--write``)."""
        return bool(self.statements) and all(
            SCHEMA_DDL.match(_strip_comments(s).strip()) for s in self.statements
        )

    def parameters(self) -> list[str]:
        """The ``$parameters`` the statements use, in order of first use."""
        names: dict[str, None] = {}
        for statement in self.statements:
            for match in _LEXEME.finditer(statement):
                if match.group(2):
                    names.setdefault(match.group(2))
        return list(names)


def parse_value(text: str) -> Any:
    """A parameter value: JSON (numbers, lists, true/false/null, "strings"), a 'quoted'
    string, or else the text itself.

    >>> parse_value("25"), parse_value("'RUS'"), parse_value("VEN:GOV"), parse_value("[1, 2]")
    (25, 'RUS', 'VEN:GOV', [1, 2])
    """
    text = text.strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1]
    return text


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """``--param k=v`` options as a dict (values as in :func:`parse_value`).

    Raises:
        InputError: for an option without ``=`` or with a bad name.
    """
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise InputError(f"--param takes NAME=VALUE, got {pair!r}")
        params[name] = parse_value(value)
    return params


def split_statements(text: str) -> list[str]:
    """Split Cypher text on the semicolons that end statements (not those in strings or
    comments); statements that hold only comments are dropped.

    >>> split_statements("RETURN ';' AS a; // done;\\nRETURN 2")
    ["RETURN ';' AS a", '// done;\\nRETURN 2']
    """
    statements, start = [], 0
    for match in _LEXEME.finditer(text):
        if match.group(1):
            statements.append(text[start : match.start()])
            start = match.end()
    statements.append(text[start:])
    return [s.strip() for s in statements if _strip_comments(s).strip()]


def header_defaults(text: str) -> dict[str, Any]:
    """Parameter defaults from the leading comment block (``// :param name => value``)."""
    defaults: dict[str, Any] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            break
        match = PARAM_LINE.match(line)
        if match:
            defaults[match.group(1)] = parse_value(match.group(2))
    return defaults


@cache
def saved_queries() -> dict[str, str]:
    """The saved queries installed with kgraph, by name (``who_supplies_whom``): the
    packaged ``kgraph/data/*.cypher`` that the repository's ``cypher/*.cypher`` link to, so
    they run outside a checkout too."""
    folder = resources.files("kgraph").joinpath("data")
    return {
        entry.name.removesuffix(".cypher"): entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".cypher")
    }


def load_query(text_or_file: str) -> SavedQuery:
    """Read a ``.cypher`` file, else a saved query by name, else take the text as Cypher.

    ``cypher/who_supplies_whom.cypher`` reads the file where it exists; outside a checkout
    it, ``who_supplies_whom.cypher`` and ``who_supplies_whom`` name the installed copy.

    Raises:
        InputError: a ``.cypher`` name that is neither a file nor a saved query, an
            unreadable file, or text with no statement.
    """
    path = Path(text_or_file)
    source = "<text>"
    text = text_or_file
    saved = SAVED_NAME.match(text_or_file.strip())
    if _is_file(path):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{text_or_file}: cannot read ({exc.strerror or exc})") from None
        source = str(path)
    elif saved and saved.group(1) in saved_queries():
        text = saved_queries()[saved.group(1)]
        source = f"cypher/{saved.group(1)}.cypher"
    elif text_or_file.endswith(".cypher"):
        names = ", ".join(sorted(saved_queries()))
        raise InputError(f"{text_or_file}: no such file or saved query. Saved queries: {names}")
    statements = split_statements(text)
    if not statements:
        raise InputError(f"{source}: no Cypher statement")
    return SavedQuery(statements, header_defaults(text), source)


def run_query(
    target: str | None,
    text_or_file: str,
    params: Mapping[str, Any] | None = None,
    *,
    write: bool = False,
) -> QueryResult:
    """Run Cypher text or a saved ``.cypher`` file on a Neo4j graph.

    The CLI wires it as ``kgraph query CYPHER|FILE [--param k=v ...] [--json] [--write]
    [--graph T]``: ``run_query(graph, query, parse_params(param), write=write)``, then print
    ``result.records()`` as JSON for ``--json`` or :func:`format_table` otherwise.

    Args:
        target: the ``--graph`` target; ``None`` means ``KGRAPH_GRAPH`` or the default file.
        text_or_file: Cypher text, or a path to a ``.cypher`` file (statements separated by
            ``;``, header defaults for its parameters).
        params: parameter values; they override the file's defaults.
        write: run in write transactions (else read transactions, which refuse writes).

    Returns:
        The columns and rows of the last statement (plain values: nodes as property dicts);
        for statements that return nothing, one row per statement with what it changed.

    Raises:
        GraphTargetError: an embedded (file) graph, or an unreachable server.
        InputError: an unreadable file or a parameter without a value.
        KgraphError: the server rejected the query (syntax, a write in read mode ...).
    """
    from kgraph.stores import graph_target, open_store, scheme_of
    from kgraph.stores.neo4j_store import Neo4jStore

    if scheme_of(graph_target(target)) == "file":
        raise GraphTargetError(NEEDS_NEO4J)
    query = load_query(text_or_file)
    values = {**query.defaults, **(params or {})}
    missing = [name for name in query.parameters() if name not in values]
    if missing:
        hint = " ".join(f"--param {name}=VALUE" for name in missing)
        raise InputError(f"{query.source}: no value for ${', $'.join(missing)}: pass {hint}")
    with open_store(target) as store:
        if not isinstance(store, Neo4jStore):  # a backend added later without Cypher
            raise GraphTargetError(NEEDS_NEO4J)
        return _run_all(store, query, values, write or query.is_schema)


def _run_all(
    store: Neo4jStore, query: SavedQuery, values: dict[str, Any], write: bool
) -> QueryResult:
    from neo4j.exceptions import Neo4jError

    changes: list[list[Any]] = []
    columns: list[str] = []
    rows: list[list[Any]] = []
    for statement in query.statements:
        used = {k: v for k, v in values.items() if k in SavedQuery([statement]).parameters()}
        try:
            columns, rows, counters = store.run(statement, used, write=write)
        except Neo4jError as exc:
            raise KgraphError(_server_error(exc, query.source)) from None
        if not columns:
            first_line = " ".join(_strip_comments(statement).split())[:80]
            done = ", ".join(f"{k}={v}" for k, v in counters.items()) or "no change"
            changes.append([first_line, done])
    if not columns and changes:
        return QueryResult(["statement", "changes"], changes)
    return QueryResult(columns, [[plain(value) for value in row] for row in rows])


def _server_error(exc: Any, source: str) -> str:
    code = getattr(exc, "code", None) or ""
    message = (getattr(exc, "message", None) or str(exc)).strip().splitlines()[0]
    where = "" if source == "<text>" else f"{source}: "
    if "AccessMode" in code or "read access mode" in message.lower():
        return f"{where}this query writes to the graph; pass --write to allow it"
    return f"{where}Neo4j refused the query ({code}): {message}"


def _is_file(path: Path) -> bool:
    try:
        return "\n" not in str(path) and path.is_file()
    except OSError:  # Cypher text too long for a file name
        return False


def _strip_comments(text: str) -> str:
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.DOTALL)


def plain(value: Any) -> Any:
    """A driver value as plain JSON-ready data: nodes and relationships become property dicts
    (with ``_labels`` or ``_type``), paths a dict of both lists, temporal values ISO strings."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        ends = [n.get("id") if n is not None else None for n in value.nodes]
        props = {k: plain(v) for k, v in value.items()}
        return {"_type": value.type, "_start": ends[0], "_end": ends[1], **props}
    if isinstance(value, Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "relationships": [plain(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def format_table(result: QueryResult, max_width: int = 60) -> str:
    """The result as an aligned text table (lists and dicts as compact JSON)."""

    def cell(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    table = [result.columns] + [[cell(v) for v in row] for row in result.rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(result.columns))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
