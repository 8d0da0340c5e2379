"""The ``kgraph`` command: parse options, call one library function, print.

Library errors (:class:`kgraph.errors.KgraphError`) become one-line messages here, in one
place; a traceback means a bug.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from kgraph import __version__
from kgraph.errors import KgraphError
from kgraph.model import Document, Triple

GRAPH_HELP = (
    "Graph to use: a file path (embedded SQLite store) or a bolt:// / neo4j:// URI. "
    "Default: $KGRAPH_GRAPH, else $NEO4J_URI, else ~/.local/share/kgraph/graph.db."
)
graph_option = click.option(
    "--graph", "graph", envvar="KGRAPH_GRAPH", metavar="TARGET", help=GRAPH_HELP
)


class KgraphGroup(click.Group):
    """Turns library errors into one-line messages with a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgraphError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=KgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
@click.option("-v", "--verbose", count=True, help="Log what kgraph does (-v: info, -vv: debug).")
def main(verbose: int) -> None:
    """Turn news articles into a geopolitical knowledge graph: who does what to whom."""
    _configure_logging(verbose)


class _StderrHandler(logging.Handler):
    """Log records as lines on stderr (through click, so tests and pipes see them)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(self.format(record), err=True)
        except Exception:  # logging must never break a command
            self.handleError(record)


def _configure_logging(verbose: int) -> None:
    """The application's logging (the library only has module loggers): warnings always,
    kgraph's info with -v and debug with -vv; other libraries' warnings only (the web-page
    extractor's errors only, unless -vv)."""
    handler = _StderrHandler()
    fmt = "kgraph: %(message)s" if not verbose else "%(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    levels = (logging.WARNING, logging.INFO, logging.DEBUG)
    logging.getLogger("kgraph").setLevel(levels[min(verbose, 2)])
    # The web-page extractor warns about pages it finds empty; kgraph already names them.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose > 1 else logging.ERROR)
    # The Neo4j driver logs failures it also raises, which kgraph reports on one line itself.
    logging.getLogger("neo4j").setLevel(logging.DEBUG if verbose > 1 else logging.CRITICAL)


# -- input helpers -----------------------------------------------------------------------


class InputErrors:
    """Collects one-line messages about bad inputs; the run goes on without them."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        click.echo(f"kgraph: skipped {message}", err=True)

    def exit_if_any(self) -> None:
        if self.count:
            click.echo(f"kgraph: {self.count} input(s) skipped, see above", err=True)
            sys.exit(1)


class Counted:
    """Documents read from the inputs as they are needed (never all in memory), counted."""

    def __init__(self, paths: Sequence[str], errors: InputErrors) -> None:
        self.paths, self.errors, self.count = paths, errors, 0

    def __iter__(self) -> Iterator[Document]:
        from kgraph.inputs import iter_documents

        for document in iter_documents(self.paths, on_error=self.errors, on_note=_note):
            self.count += 1
            yield document


def _documents(paths: Sequence[str], errors: InputErrors) -> Counted:
    return Counted(paths, errors)


def _note(message: str) -> None:
    """A one-line note about an input that was read (not an error: the exit status stays)."""
    click.echo(f"kgraph: note: {message}", err=True)


def _show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("KGRAPH_NO_PROGRESS")


JOBS_HELP = (
    "Worker processes for extraction. Default 1 (this process only): every worker holds its "
    "own copy of the spaCy pipeline (~200 MB) and they take a few seconds to start, which "
    "pays off from a few hundred articles; with N idle cores use --jobs N. The output is the "
    "same, in the same order, for any N."
)
DASK_HELP = (
    "Run extraction on the Dask cluster whose scheduler is at ADDRESS "
    "(tcp://host:8786); results come back here in input order. Needs kgraph[dask]."
)


def extraction_options(command: Any) -> Any:
    """--jobs and --dask, shared by extract, entities and build."""
    command = click.option("--dask", "dask", metavar="ADDRESS", help=DASK_HELP)(command)
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        metavar="N",
        help=JOBS_HELP,
    )(command)


def _run_extraction(
    documents: Counted, task: str, jobs: int, dask: str | None, errors: InputErrors
) -> Iterator[tuple[Document, list[Any]]]:
    """(document, records) in input order: in this process, in workers, or on Dask."""
    if dask:
        if jobs != 1:
            raise click.UsageError("--jobs and --dask: use one (Dask workers set the parallelism)")
        from kgraph.distributed import run_on_dask

        return run_on_dask(documents, dask, task=task, on_error=errors)  # type: ignore[arg-type]
    if jobs > 1:
        from kgraph.worker_server import start_worker_server

        start_worker_server()  # loads the model in the background while we import spaCy
    from kgraph.extract import process_documents
    from kgraph.extract.packages import model_name  # without importing spaCy

    model_name()  # fail fast, before workers or the bar, if the model is missing
    return process_documents(documents, task, jobs, errors)  # type: ignore[arg-type]


def _extract_all(
    documents: Counted,
    label: str,
    jobs: int = 1,
    dask: str | None = None,
    task: str = "triples",
    errors: InputErrors | None = None,
) -> Iterator[tuple[Document, list[Any]]]:
    """Extract with a progress bar (documents done, across workers) on a terminal, quietly
    in a pipe."""
    results = _run_extraction(documents, task, jobs, dask, errors or InputErrors())
    if not _show_progress():
        yield from results
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        "{task.description}",
        BarColumn(),
        TextColumn("{task.completed} document(s)"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=_stderr_console(), transient=True) as progress:
        bar = progress.add_task(label, total=None)
        for item in results:
            progress.advance(bar)
            yield item


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def _output(path: str | None, binary: bool = False) -> Iterator[IO[Any]]:
    """stdout, or a file written atomically (a failed run leaves the old file untouched)."""
    if path is None or path == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    import tempfile  # lazy: only commands that write a file need it

    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or Path("."))
    try:
        out: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")
        with out:
            yield out
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- commands ----------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", metavar="FILE", help="Write JSONL here instead of stdout.")
@extraction_options
def extract(paths: tuple[str, ...], output: str | None, jobs: int, dask: str | None) -> None:
    """Extract triple records (JSONL) from articles.

    PATHS are .txt files, .jsonl records {"id","text",...}, directories, or - for stdin.
    """
    from kgraph.model import write_triples

    errors = InputErrors()
    documents = _documents(paths, errors)
    with _output(output) as out:
        for _, triples in _extract_all(documents, "extracting", jobs, dask, errors=errors):
            write_triples(triples, out)
    errors.exit_if_any()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@extraction_options
def entities(paths: tuple[str, ...], jobs: int, dask: str | None) -> None:
    """Print each resolved entity mention as one JSON line (offsets in the document)."""
    errors = InputErrors()
    documents = _documents(paths, errors)
    for _, mentions in _extract_all(documents, "resolving", jobs, dask, "mentions", errors):
        for mention in mentions:
            click.echo(json.dumps(mention.to_dict(), ensure_ascii=False))
    errors.exit_if_any()


@main.command()
@click.argument("triples", nargs=-1, required=True, metavar="TRIPLES.jsonl...")
@graph_option
def load(triples: tuple[str, ...], graph: str | None) -> None:
    """Load triple records (from `kgraph extract`) into the graph."""
    from kgraph.model import read_triples
    from kgraph.stores import open_store

    errors = InputErrors()

    def records() -> Iterator[Triple]:  # streamed: memory stays bounded for any input size
        for path in triples:
            try:
                yield from read_triples(path, on_error=errors)
            except KgraphError as exc:
                errors(str(exc))

    with open_store(graph) as store:
        stats = store.add(records())
    _print_load(stats)
    errors.exit_if_any()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@graph_option
@extraction_options
def build(paths: tuple[str, ...], graph: str | None, jobs: int, dask: str | None) -> None:
    """Extract triples from articles and load them into the graph."""
    from kgraph.stores import open_store

    errors = InputErrors()
    documents = _documents(paths, errors)
    with open_store(graph) as store:
        results = _extract_all(documents, "building", jobs, dask, errors=errors)
        stats = store.add(t for _, triples in results for t in triples)
    click.echo(f"{documents.count} article(s) read.", err=True)
    _print_load(stats)
    errors.exit_if_any()


def _print_load(stats: Any) -> None:
    for message in stats.errors:
        click.echo(f"kgraph: {message}", err=True)
    click.echo(
        f"{stats.triples} triple(s): {stats.nodes_added} new node(s), "
        f"{stats.edges_added} new edge(s), {stats.mentions_added} new mention(s)"
        + (f", {stats.skipped} skipped." if stats.skipped else "."),
        err=True,
    )


@main.command()
@click.argument("name")
@click.option("--relation", "-r", help="Only this relation (e.g. SUPPLIES).")
@click.option(
    "--direction",
    type=click.Choice(["out", "in", "both"]),
    default="both",
    show_default=True,
    help="out: the actor acts; in: is acted upon.",
)
@click.option("--since", metavar="DATE", help="Only edges last seen on or after DATE (YYYY-MM-DD).")
@click.option(
    "--evidence",
    "evidence",
    default="3",
    show_default=True,
    metavar="N|all",
    help="Sentences shown per edge, most recent first; 'all' pages through every one.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="Edges shown, most mentioned first (0: all of them).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON records, one per edge.")
@graph_option
def lookup(
    name: str,
    relation: str | None,
    direction: str,
    since: str | None,
    evidence: str,
    limit: int,
    as_json: bool,
    graph: str | None,
) -> None:
    """Show an actor's relations: NAME is an id or any alias (Russia, RUS, Moscow).

    Each edge shows its total count, dates and its most recent sentences."""
    from kgraph.lookup import lookup as run_lookup
    from kgraph.stores import open_store

    if since is not None and not _is_date(since):
        raise click.BadParameter(f"{since!r} is not a date; use YYYY-MM-DD", param_hint="--since")
    every = evidence.strip().lower() == "all"
    if not every and not evidence.strip().isdigit():
        raise click.BadParameter(f"{evidence!r} is not a number or 'all'", param_hint="--evidence")
    recent = 0 if every else int(evidence)
    with open_store(graph) as store:
        result = run_lookup(
            store, name, relation, direction, since, evidence=recent, limit=limit or None
        )
        if as_json:
            for edge in result.edges:
                record = edge.to_dict()
                if every:
                    sentences = list(_all_mentions(store, edge))
                    record["evidence"] = [m.evidence for m in sentences]
                    record["sentences"] = [m.sentence for m in sentences]
                click.echo(json.dumps(record, ensure_ascii=False))
            return
        _print_lookup(store, name, result, recent, every)


def _is_date(text: str) -> bool:
    from kgraph.inputs import normalize_date  # lazy: the input readers only when asked

    return normalize_date(text) is not None


def _all_mentions(store: Any, edge: Any, page: int = 500) -> Iterator[Any]:
    """Every mention of an edge, most recent first, read ``page`` at a time."""
    offset = 0
    while True:
        batch = store.mentions(
            edge.subject.id, edge.relation, edge.object.id, edge.status, offset, page
        )
        yield from batch
        if len(batch) < page:
            return
        offset += page


def _print_lookup(store: Any, name: str, result: Any, recent: int, every: bool) -> None:
    ids = ", ".join(f"{e.name} ({e.id}, {e.kind})" for e in result.entities)
    click.echo(f"{name}: {ids}")
    if not result.edges:
        click.echo("  no relations")
    for edge in result.edges:
        dates = "undated"
        if edge.first_date:
            dates = (
                edge.first_date
                if edge.first_date == edge.last_date
                else (f"{edge.first_date}..{edge.last_date}")
            )
        status = "" if edge.status == "asserted" else f" [{edge.status}]"
        role = f" ({edge.role})" if edge.role else ""
        click.echo(
            f"  {edge.subject.name} ({edge.subject.id}) -{edge.relation}{role}-> "
            f"{edge.object.name} ({edge.object.id}){status}  x{edge.count}  {dates}"
        )
        sentences = (m.sentence for m in _all_mentions(store, edge)) if every else edge.sentences
        shown = 0
        for sentence in sentences:
            click.echo(f'      "{" ".join(sentence.split())}"')
            shown += 1
        if not every and edge.count > shown and recent:
            click.echo(f"      ({shown} most recent of {edge.count} sentences; --evidence all)")
    if result.total > len(result.edges):
        click.echo(
            f"  ... {len(result.edges)} of {result.total} relations shown, most mentioned "
            "first (--limit 0 for all)"
        )


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "json", "neo4j-import"]),
    default="graphml",
    show_default=True,
    help="neo4j-import: the CSV files of `neo4j-admin database import full` in the folder -o.",
)
@click.option("-o", "--output", metavar="FILE|DIR", help="Write here instead of stdout.")
@graph_option
def export(fmt: str, output: str | None, graph: str | None) -> None:
    """Export the graph as GraphML (Gephi, Cytoscape, yEd), node-link JSON, or the CSV
    files of neo4j-admin's bulk import (a folder; the command is in import-command.txt)."""
    from kgraph.export import write_graphml, write_json, write_neo4j_import
    from kgraph.stores import open_store

    if fmt == "neo4j-import":
        if not output:
            raise click.BadParameter("neo4j-import writes a folder: pass -o DIR", param_hint="-o")
        with open_store(graph) as store:
            counts = write_neo4j_import(store, Path(output))
        click.echo(
            f"{counts['entities.csv']} entities, {counts['relations.csv']} edges, "
            f"{counts['mentions.csv']} mentions (with their sentences) -> "
            f"{output}/ (command: {output}/import-command.txt)",
            err=True,
        )
        return
    with open_store(graph) as store:
        g = store.to_networkx()
    if fmt == "graphml":
        with _output(output, binary=True) as out:
            write_graphml(g, out)
    else:
        with _output(output) as out:
            write_json(g, out)
    if output:
        click.echo(
            f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {output}", err=True
        )


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@graph_option
def stats(as_json: bool, graph: str | None) -> None:
    """Count nodes, edges and mentions, by kind and by relation."""
    from kgraph.stores import open_store

    with open_store(graph) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts))
        return
    click.echo(f"nodes {counts['nodes']}  edges {counts['edges']}  mentions {counts['mentions']}")
    for title, key in (
        ("nodes by kind", "nodes_by_kind"),
        ("edges by relation", "edges_by_relation"),
    ):
        click.echo(f"{title}:")
        for name, n in counts[key].items():
            click.echo(f"  {name:<18} {n}")


@main.command()
@click.argument("cypher", metavar="CYPHER|FILE")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="K=V",
    help="A query parameter (repeatable); values are JSON or plain strings.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON record per row.")
@click.option("--write", is_flag=True, help="Run in write transactions (default: read).")
@graph_option
def query(
    cypher: str, params: tuple[str, ...], as_json: bool, write: bool, graph: str | None
) -> None:
    """Run Cypher on a Neo4j graph: text, a .cypher file, or a saved query by name
    (central_actors, who_supplies_whom, mediators ...; see cypher/README.md)."""
    from kgraph.query import format_table, parse_params, run_query

    result = run_query(graph, cypher, parse_params(params), write=write)
    if as_json:
        for record in result.records():
            click.echo(json.dumps(record, ensure_ascii=False))
    else:
        click.echo(format_table(result))


@main.command()
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("pred", required=False, metavar="[PRED]")
@click.option(
    "--text",
    "text_path",
    type=click.Path(dir_okay=False),
    help="The article of a triple gold file, when it is not beside the gold file.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--max-misses",
    type=int,
    default=20,
    show_default=True,
    help="List at most this many misses of each kind (0: none).",
)
def evaluate(
    gold: str, pred: str | None, text_path: str | None, as_json: bool, max_misses: int
) -> None:
    """Score triples against GOLD: a triple gold file or CAMEO-coded sentences.

    PRED is a JSONL file of triple records (- for stdin); without it kgraph extracts the
    gold's own texts. Prints precision, recall and F1, then the misses.
    """
    from kgraph.evaluate import evaluate as run_evaluate
    from kgraph.evaluate import format_report

    report = run_evaluate(gold, pred, text_path)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, max_misses))


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="ARTICLE...")
@click.option("-o", "--output", metavar="FILE", required=True, help="The HTML page to write.")
def explain(paths: tuple[str, ...], output: str) -> None:
    """Write an HTML page showing each article with its actors marked (displaCy) and,
    under it, its triples with their sentences.

    ARTICLE is a .txt or .html file, .jsonl records, a directory, or - for stdin.
    """
    from kgraph.explain import explain_documents, render_page

    errors = InputErrors()
    articles = explain_documents(_documents(paths, errors))
    with _output(output) as out:
        out.write(render_page(articles))
    triples = sum(len(a.triples) for a in articles)
    click.echo(f"{len(articles)} article(s), {triples} triple(s) -> {output}", err=True)
    errors.exit_if_any()


@main.command()
@click.argument("name")
@click.option("-o", "--output", metavar="FILE", required=True, help="The picture: .svg or .png.")
@click.option("--depth", type=click.IntRange(1, 2), default=1, show_default=True,
              help="1: the actor's relations; 2: also their relations.")  # fmt: skip
@click.option("--relation", "-r", help="Only this relation (e.g. SUPPLIES).")
@click.option("--since", metavar="DATE", help="Only edges last seen on or after DATE (YYYY-MM-DD).")
@graph_option
def show(
    name: str, output: str, depth: int, relation: str | None, since: str | None, graph: str | None
) -> None:
    """Draw an actor's neighbourhood: nodes by kind, edges coloured by QuadClass
    (cooperation or conflict), wider for more mentions. NAME is an id or any alias."""
    from kgraph.draw import draw_neighbourhood, neighbourhood, picture_format
    from kgraph.inputs import normalize_date
    from kgraph.stores import open_store

    fmt = picture_format(output)
    if since is not None and normalize_date(since) is None:
        raise click.BadParameter(f"{since!r} is not a date; use YYYY-MM-DD", param_hint="--since")
    with open_store(graph) as store:
        hood = neighbourhood(store, name, depth, relation, since)
    with _output(output, binary=True) as out:
        draw_neighbourhood(hood, out, fmt)
    click.echo(f"{len(hood.ring)} actors, {len(hood.edges)} relations -> {output}", err=True)


@main.command()
@click.argument("name")
@click.argument("other", required=False)
@click.option("-o", "--output", metavar="FILE", required=True, help="The picture: .png or .svg.")
@click.option("--relation", "-r", help="Only this relation (e.g. SUPPLIES).")
@click.option(
    "--triples",
    "triples_files",
    multiple=True,
    metavar="FILE",
    help="Triple records the graph was loaded from (repeatable): each mention's own date.",
)
@graph_option
def timeline(
    name: str,
    other: str | None,
    output: str,
    relation: str | None,
    triples_files: tuple[str, ...],
    graph: str | None,
) -> None:
    """Draw the mentions per month by relation of NAME's edges (with OTHER only, if given)."""
    from kgraph.draw import picture_format
    from kgraph.model import read_triples
    from kgraph.stores import open_store
    from kgraph.timeline import draw_timeline, mention_dates
    from kgraph.timeline import timeline as monthly

    fmt = picture_format(output)
    errors = InputErrors()
    dates: dict[str, str | None] = {}
    for path in triples_files:
        try:
            dates.update(mention_dates(read_triples(path, on_error=errors)))
        except KgraphError as exc:
            errors(str(exc))
    with open_store(graph) as store:
        data = monthly(store, name, other, relation, dates)
    with _output(output, binary=True) as out:
        draw_timeline(data, out, fmt)
    months = len(data.months)
    click.echo(f"{sum(data.counts.values())} mention(s) in {months} month(s) -> {output}", err=True)
    errors.exit_if_any()
