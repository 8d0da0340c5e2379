"""What the ``kgraph`` commands share: reading inputs, extracting with a progress bar, writing
outputs atomically, and the options that several commands take.

Bad inputs are named on one line each and skipped (:class:`InputErrors`); the run goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from kgraph.model import Document

GRAPH_HELP = (
    "Graph to use: a file path (embedded SQLite store) or a bolt:// / neo4j:// URI. "
    "Default: $KGRAPH_GRAPH, else $NEO4J_URI, else ~/.local/share/kgraph/graph.db."
)
graph_option = click.option(
    "--graph", "graph", envvar="KGRAPH_GRAPH", metavar="TARGET", help=GRAPH_HELP
)


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

        for document in iter_documents(self.paths, on_error=self.errors, on_note=note):
            self.count += 1
            yield document


def documents_of(paths: Sequence[str], errors: InputErrors) -> Counted:
    return Counted(paths, errors)


def note(message: str) -> None:
    """A one-line note about an input that was read (not an error: the exit status stays)."""
    click.echo(f"kgraph: note: {message}", err=True)


def show_progress() -> bool:
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


def run_extraction(
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


def extract_all(
    documents: Counted,
    label: str,
    jobs: int = 1,
    dask: str | None = None,
    task: str = "triples",
    errors: InputErrors | None = None,
) -> Iterator[tuple[Document, list[Any]]]:
    """Extract with a progress bar (documents done, across workers) on a terminal, quietly
    in a pipe."""
    results = run_extraction(documents, task, jobs, dask, errors or InputErrors())
    if not show_progress():
        yield from results
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        "{task.description}",
        BarColumn(),
        TextColumn("{task.completed} document(s)"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr_console(), transient=True) as progress:
        bar = progress.add_task(label, total=None)
        for item in results:
            progress.advance(bar)
            yield item


def stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def output_to(path: str | None, binary: bool = False) -> Iterator[IO[Any]]:
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
