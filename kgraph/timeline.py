"""Mentions per month by relation for an actor, or for a pair of actors.

``kgraph timeline Russia Venezuela -o rus-ven.png`` draws stacked monthly bars, one colour
per relation, of the mentions of the edges between the two actors (or of all of an actor's
edges when only one name is given).

The stores keep, per edge, its mention count and its first and last date, not the date of
each mention. So a month is counted only where the store says so: an edge whose first and
last dates fall in one month puts all its mentions in that month; an edge that spans months
puts one mention in its first month and one in its last, and its other mentions, somewhere
in between, are counted in the picture's subtitle instead of being guessed into a month.
Undated edges are counted there too. Given the triple records the graph was loaded from
(``kgraph timeline ... --triples triples.jsonl``), every mention is put in its own month.
"""

from __future__ import annotations

import logging
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from kgraph.errors import KgraphError
from kgraph.lookup import lookup
from kgraph.model import Edge, Triple
from kgraph.stores.base import GraphStore

logger = logging.getLogger(__name__)


@dataclass
class Timeline:
    """Monthly mention counts by relation, and what could not be put in a month."""

    title: str
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (YYYY-MM, relation)
    between: int = 0  # mentions of multi-month edges between their first and last month
    undated: int = 0

    @property
    def months(self) -> list[str]:
        """Every month from the first to the last counted one, empty months included."""
        if not self.counts:
            return []
        first, last = min(m for m, _ in self.counts), max(m for m, _ in self.counts)
        months, (year, month) = [], (int(first[:4]), int(first[5:7]))
        while f"{year:04d}-{month:02d}" <= last:
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    @property
    def relations(self) -> list[str]:
        """Relations, most mentioned first."""
        totals: Counter[str] = Counter()
        for (_, relation), n in self.counts.items():
            totals[relation] += n
        return [r for r, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]


def mention_dates(triples: Iterable[Triple]) -> dict[str, str | None]:
    """Each mention's date by its evidence id (``doc_id:start-end``), from triple records."""
    return {t.evidence.id: t.date for t in triples}


def timeline(
    store: GraphStore,
    name: str,
    other: str | None = None,
    relation: str | None = None,
    dates: Mapping[str, str | None] | None = None,
) -> Timeline:
    """The monthly mentions of ``name``'s edges (with ``other`` only, when given).

    Args:
        dates: each mention's date by evidence id (:func:`mention_dates`); an edge whose
            mentions all have one is counted month by month, exactly.

    Raises:
        KgraphError: for an unknown name or relation.
    """
    found = lookup(store, name, relation=relation)
    edges = found.edges
    title = f"{name}: mentions per month by relation"
    if other is not None:
        ids = {e.id for e in lookup(store, other).entities}
        edges = [e for e in edges if e.subject.id in ids or e.object.id in ids]
        title = f"{name} and {other}: mentions per month by relation"
    result = Timeline(title)
    for edge in edges:
        _count(edge, result, dates or {})
    logger.info("%s: %d edges, %d monthly counts", title, len(edges), len(result.counts))
    return result


def _count(edge: Edge, result: Timeline, dates: Mapping[str, str | None]) -> None:
    if edge.evidence and all(ev in dates for ev in edge.evidence):
        for ev in edge.evidence:
            day = dates[ev]
            if day:
                result.counts[day[:7], edge.relation] += 1
            else:
                result.undated += 1
        return
    if not edge.first_date or not edge.last_date:
        result.undated += edge.count
        return
    first, last = edge.first_date[:7], edge.last_date[:7]
    if first == last or edge.count < 2:
        result.counts[first, edge.relation] += edge.count
        return
    result.counts[first, edge.relation] += 1
    result.counts[last, edge.relation] += 1
    result.between += edge.count - 2


def draw_timeline(data: Timeline, out: IO[bytes], fmt: str) -> None:
    """Stacked monthly bars, one colour per relation, into ``out`` (SVG or PNG).

    Raises:
        KgraphError: when there is no dated mention to draw.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    months, relations = data.months, data.relations
    if not months:
        raise KgraphError(
            f"{data.title.split(':')[0]}: no dated mentions to draw "
            f"({data.undated} undated mention(s); dates come from the articles)"
        )
    colours = matplotlib.colormaps["tab10" if len(relations) <= 10 else "tab20"]
    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 10}):
        fig = Figure(figsize=(max(9.0, 0.45 * len(months) + 5), 5.5), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.08, 0.24, 0.62, 0.64))
        bottom = [0] * len(months)
        for i, relation in enumerate(relations):
            heights = [data.counts.get((m, relation), 0) for m in months]
            ax.bar(months, heights, bottom=bottom, color=colours(i % colours.N), label=relation)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ax.set_ylabel("mentions")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(axis="x", labelrotation=60)
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(data.title, fontsize=12)
        notes = _notes(data)
        if notes:
            width = int(fig.get_figwidth() * 100 / 6.5)  # characters across at 9 pt
            fig.text(0.02, 0.02, textwrap.fill(notes, width), fontsize=9, color="#555555")
        fig.legend(loc="center right", fontsize=9, frameon=False, title="relation")
        fig.savefig(out, format=fmt)


def _notes(data: Timeline) -> str:
    parts = []
    if data.between:
        parts.append(
            f"{data.between} mention(s) fall between the first and last month of their edge "
            "and are not drawn (the graph keeps only first and last dates; --triples gives "
            "every mention's date)"
        )
    if data.undated:
        parts.append(f"{data.undated} undated mention(s) not drawn")
    return "; ".join(parts)


def plot_args(data: Timeline) -> dict[str, Any]:
    """The counts as plain data (months, relations, a row per relation), for tests and JSON."""
    return {
        "months": data.months,
        "relations": data.relations,
        "rows": {r: [data.counts.get((m, r), 0) for m in data.months] for r in data.relations},
        "between": data.between,
        "undated": data.undated,
    }
