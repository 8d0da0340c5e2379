"""The ``kgraph`` commands that read a graph: lookup, export, stats, query, show, timeline.

Each parses its options, calls one library function and prints; :mod:`kgraph.cli` adds them
to the ``kgraph`` group.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from kgraph.cli_common import InputErrors, graph_option, output_to
from kgraph.errors import KgraphError


@click.command()
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


@click.command()
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
        with output_to(output, binary=True) as out:
            write_graphml(g, out)
    else:
        with output_to(output) as out:
            write_json(g, out)
    if output:
        click.echo(
            f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {output}", err=True
        )


@click.command()
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


@click.command()
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


@click.command()
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
    with output_to(output, binary=True) as out:
        draw_neighbourhood(hood, out, fmt)
    click.echo(f"{len(hood.ring)} actors, {len(hood.edges)} relations -> {output}", err=True)


@click.command()
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
    from kgraph.stores import open_store
    from kgraph.timeline import draw_timeline, mention_dates
    from kgraph.timeline import timeline as monthly
    from kgraph.triples_jsonl import read_triples

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
    with output_to(output, binary=True) as out:
        draw_timeline(data, out, fmt)
    months = len(data.months)
    click.echo(f"{sum(data.counts.values())} mention(s) in {months} month(s) -> {output}", err=True)
    errors.exit_if_any()
