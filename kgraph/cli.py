"""The ``kgraph`` command: parse options, call one library function, print.

Library errors (:class:`kgraph.errors.KgraphError`) become one-line messages here, in one
place; a traceback means a bug. The commands that read a graph are in :mod:`kgraph.cli_graph`,
what the commands share (inputs, progress, atomic outputs, common options) in
:mod:`kgraph.cli_common`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import click

from kgraph import __version__
from kgraph.cli_common import (
    InputErrors,
    documents_of,
    extract_all,
    extraction_options,
    graph_option,
    output_to,
)
from kgraph.cli_graph import export, lookup, query, show, stats, timeline
from kgraph.errors import KgraphError
from kgraph.model import Triple


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


# -- commands ----------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", metavar="FILE", help="Write JSONL here instead of stdout.")
@extraction_options
def extract(paths: tuple[str, ...], output: str | None, jobs: int, dask: str | None) -> None:
    """Extract triple records (JSONL) from articles.

    PATHS are .txt files, .jsonl records {"id","text",...}, directories, or - for stdin.
    """
    from kgraph.triples_jsonl import write_triples

    errors = InputErrors()
    documents = documents_of(paths, errors)
    with output_to(output) as out:
        for _, triples in extract_all(documents, "extracting", jobs, dask, errors=errors):
            write_triples(triples, out)
    errors.exit_if_any()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@extraction_options
def entities(paths: tuple[str, ...], jobs: int, dask: str | None) -> None:
    """Print each resolved entity mention as one JSON line (offsets in the document)."""
    errors = InputErrors()
    documents = documents_of(paths, errors)
    for _, mentions in extract_all(documents, "resolving", jobs, dask, "mentions", errors):
        for mention in mentions:
            click.echo(json.dumps(mention.to_dict(), ensure_ascii=False))
    errors.exit_if_any()


@main.command()
@click.argument("triples", nargs=-1, required=True, metavar="TRIPLES.jsonl...")
@graph_option
def load(triples: tuple[str, ...], graph: str | None) -> None:
    """Load triple records (from `kgraph extract`) into the graph."""
    from kgraph.stores import open_store
    from kgraph.triples_jsonl import read_triples

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
    documents = documents_of(paths, errors)
    with open_store(graph) as store:
        results = extract_all(documents, "building", jobs, dask, errors=errors)
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
    articles = explain_documents(documents_of(paths, errors))
    with output_to(output) as out:
        out.write(render_page(articles))
    triples = sum(len(a.triples) for a in articles)
    click.echo(f"{len(articles)} article(s), {triples} triple(s) -> {output}", err=True)
    errors.exit_if_any()


for _command in (lookup, export, stats, query, show, timeline):
    main.add_command(_command)
