"""Pictures of the graph: an actor's neighbourhood, drawn with matplotlib and networkx.

``kgraph show Russia -o russia.svg`` draws the actor (with a country's groups) in the
middle, the actors it relates to around it (and, with ``depth=2``, theirs on an outer ring).
Nodes are coloured by kind; an edge's colour is its QuadClass (greens for cooperation,
orange and red for conflict, grey for relations without one), its width grows with the
number of mentions, and negated or hypothetical edges are dashed. Parallel edges of one
pair are drawn as separate arcs, each labelled with its relations and counts.

Everything is read through the store API (:func:`kgraph.lookup.lookup` and
``GraphStore.neighbors``), so the picture is the same on the embedded store and on Neo4j.
Drawing uses matplotlib's Agg canvas directly: no pyplot, no window, no global state.
"""

from __future__ import annotations

import logging
import math
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from kgraph.errors import KgraphError
from kgraph.explain import KIND_COLORS
from kgraph.lookup import lookup
from kgraph.model import Edge, Entity
from kgraph.stores.base import GraphStore

logger = logging.getLogger(__name__)

FORMATS = ("svg", "png")
MAX_NODES = 40
QUAD_COLORS = {
    1: ("#66bb6a", "verbal cooperation"),
    2: ("#1b5e20", "material cooperation"),
    3: ("#ff9800", "verbal conflict"),
    4: ("#c62828", "material conflict"),
    None: ("#9e9e9e", "no QuadClass (structural)"),
}


@dataclass
class Neighbourhood:
    """The actors and edges around a name, each actor with its ring (0 = the actor)."""

    name: str
    ring: dict[str, int] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    left_out: int = 0  # actors beyond the node limit, not drawn


def picture_format(path: str) -> str:
    """The picture format of an output file name, from its suffix.

    Raises:
        KgraphError: for a suffix other than .svg or .png.
    """
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix not in FORMATS:
        raise KgraphError(f"{path}: unsupported picture format; use a .svg or .png file name")
    return suffix


def _kept(edge: Edge, relation: str | None, since: str | None) -> bool:
    if relation is not None and edge.relation != relation:
        return False
    return not (since and (edge.last_date or "") < since)


def neighbourhood(
    store: GraphStore,
    name: str,
    depth: int = 1,
    relation: str | None = None,
    since: str | None = None,
    max_nodes: int = MAX_NODES,
) -> Neighbourhood:
    """The actors within ``depth`` (1 or 2) relations of ``name``, most mentioned first.

    Raises:
        KgraphError: for an unknown name, a bad option, or a depth other than 1 or 2.
    """
    if depth not in (1, 2):
        raise KgraphError(f"depth must be 1 or 2, not {depth}")
    found = lookup(store, name, relation=relation, since=since)
    hood = Neighbourhood(name)
    for entity in found.entities:
        hood.entities[entity.id], hood.ring[entity.id] = entity, 0
    edges = {_edge_key(e): e for e in found.edges}
    frontier = _rank_others(found.edges, hood.ring)
    for ring in range(1, depth + 1):
        room = max_nodes - len(hood.ring)
        hood.left_out += max(0, len(frontier) - room)
        kept = [e for e in frontier[: max(room, 0)]]
        for entity in kept:
            hood.entities[entity.id], hood.ring[entity.id] = entity, ring
        if ring == depth:
            break
        more = [
            edge
            for entity in kept
            for edge in store.neighbors(entity.id, relation)
            if _kept(edge, relation, since)
        ]
        edges.update((_edge_key(e), e) for e in more)
        frontier = _rank_others(more, hood.ring)
    hood.edges = [
        e for e in edges.values() if e.subject.id in hood.ring and e.object.id in hood.ring
    ]
    logger.info("%s: %d actors, %d edges", name, len(hood.ring), len(hood.edges))
    return hood


def _edge_key(edge: Edge) -> tuple[str, str, str, str]:
    return (edge.subject.id, edge.relation, edge.status, edge.object.id)


def _rank_others(edges: Iterable[Edge], placed: dict[str, int]) -> list[Entity]:
    """The ends of ``edges`` not placed yet, by their mentions with placed actors."""
    weight: dict[str, int] = {}
    entity: dict[str, Entity] = {}
    for edge in edges:
        for end in (edge.subject, edge.object):
            if end.id not in placed:
                weight[end.id] = weight.get(end.id, 0) + edge.count
                entity[end.id] = end
    return [entity[i] for i in sorted(weight, key=lambda i: (-weight[i], i))]


def draw_neighbourhood(hood: Neighbourhood, out: IO[bytes], fmt: str) -> None:
    """Draw a neighbourhood into ``out`` as SVG (text kept as text) or PNG."""
    import matplotlib
    import networkx as nx
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    graph = nx.DiGraph()
    for node_id, entity in hood.entities.items():
        graph.add_node(node_id, label=_label(entity.name), kind=entity.kind)
    pos = _layout(hood)
    side = min(26.0, max(11.0, 3.4 * math.sqrt(len(graph))))
    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 9}):
        fig = Figure(figsize=(side, side * 0.72), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.01, 0.76, 0.9))
        ax.set_axis_off()
        for kind, color in KIND_COLORS.items():
            nodes = [n for n, d in graph.nodes(data=True) if d["kind"] == kind]
            nx.draw_networkx_nodes(
                graph, pos, nodelist=nodes, node_color=color, ax=ax,
                node_size=[_node_size(hood, n) for n in nodes], edgecolors="#555555",
                linewidths=0.8,
            )  # fmt: skip
        _draw_groups(hood, graph, pos, ax)
        _draw_edges(hood, graph, pos, ax)
        nx.draw_networkx_labels(
            graph, pos, labels=dict(graph.nodes(data="label")), font_size=11, ax=ax,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.75},
        )  # fmt: skip
        ax.margins(0.12)
        fig.suptitle(_title(hood), fontsize=13, x=0.4)
        fig.legend(handles=_legend(hood), loc="center right", fontsize=10, frameon=False)
        fig.savefig(out, format=fmt)


def _layout(hood: Neighbourhood) -> dict[str, Any]:
    """Concentric rings (networkx's shell layout, one circle per ring): the actor in the
    middle, its groups and the actors one relation away around it, then (depth 2) the next
    ring, each of those placed at the angle of the inner actor it shares most mentions with.
    A ring's radius grows with its number of actors, so crowded rings get room."""
    import networkx as nx

    main = next(iter(hood.ring))
    rings: list[list[str]] = [[main], [], []]
    for node_id, ring in hood.ring.items():
        if node_id != main:
            rings[max(ring, 1)].append(node_id)
    rings[1].sort(key=lambda i: (hood.entities[i].kind, i))
    pos: dict[str, Any] = {main: (0.0, 0.0)}
    radius = 0.0
    for number in (1, 2):
        if not rings[number]:
            break
        if number == 2:
            rings[2].sort(key=lambda i: (_parent_angle(hood, i, pos), i))
        radius += max(1.0, len(rings[number]) / 8) if number == 1 else 1.0
        if len(rings[number]) == 1:  # the shell layout would put a lone node in the middle
            pos[rings[number][0]] = (radius, 0.0)
            continue
        ring_graph = nx.empty_graph(rings[number])
        pos.update(nx.shell_layout(ring_graph, nlist=[rings[number]], scale=radius))
    logger.debug("layout: rings of %s actors", [len(r) for r in rings if r])
    return pos


def _parent_angle(hood: Neighbourhood, node_id: str, pos: dict[str, Any]) -> float:
    weight: dict[str, int] = {}
    for e in hood.edges:
        for a, b in ((e.subject.id, e.object.id), (e.object.id, e.subject.id)):
            if a == node_id and b in pos and b != next(iter(hood.ring)):
                weight[b] = weight.get(b, 0) + e.count
    if not weight:
        return 0.0
    x, y = pos[max(sorted(weight), key=lambda b: weight[b])]
    return math.atan2(y, x) % (2 * math.pi)


def _node_size(hood: Neighbourhood, node_id: str) -> int:
    return 3600 if node_id == next(iter(hood.ring)) else 2200


def _draw_groups(hood: Neighbourhood, graph: Any, pos: dict[str, Any], ax: Any) -> None:
    """A dotted line from the actor to each of its groups drawn (``RUS`` to ``RUS:GOV``)."""
    import networkx as nx

    main = next(iter(hood.ring))
    groups = [(main, i) for i, r in hood.ring.items() if r == 0 and i != main]
    if groups:
        nx.draw_networkx_edges(
            graph, pos, edgelist=groups, style=":", width=1.5, edge_color="#777777",
            arrows=False, ax=ax,
        )  # fmt: skip


def _draw_edges(hood: Neighbourhood, graph: Any, pos: dict[str, Any], ax: Any) -> None:
    """One arc per (pair, QuadClass, solid/dashed), labelled with its relations."""
    import networkx as nx

    arcs: dict[tuple[str, str, int | None, bool], list[Edge]] = {}
    for edge in hood.edges:
        dashed = edge.status != "asserted"
        arcs.setdefault((edge.subject.id, edge.object.id, edge.quad_class, dashed), []).append(edge)
    per_pair: dict[frozenset[str], int] = {}
    for (u, v, quad, dashed), group in sorted(arcs.items(), key=lambda kv: str(kv[0])):
        pair = frozenset((u, v))
        rad = 0.08 + 0.14 * per_pair.get(pair, 0)
        per_pair[pair] = per_pair.get(pair, 0) + 1
        count = sum(e.count for e in group)
        style = f"arc3,rad={rad:.2f}"
        nx.draw_networkx_edges(
            graph, pos, edgelist=[(u, v)], width=_width(count), edge_color=QUAD_COLORS[quad][0],
            style="--" if dashed else "-", arrows=True, arrowsize=16, connectionstyle=style,
            nodelist=[u, v], node_size=[_node_size(hood, u), _node_size(hood, v)], ax=ax,
        )  # fmt: skip
        label = "\n".join(
            f"{e.relation}{'' if e.status == 'asserted' else ' (' + e.status + ')'}"
            f"{' ×' + str(e.count) if e.count > 1 else ''}"
            for e in sorted(group, key=lambda e: (-e.count, e.relation))
        )
        nx.draw_networkx_edge_labels(
            graph, pos, edge_labels={(u, v): label}, connectionstyle=style, font_size=9,
            font_color=QUAD_COLORS[quad][0], label_pos=_label_pos(hood, u, v), rotate=False,
            ax=ax,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )  # fmt: skip


def _label_pos(hood: Neighbourhood, u: str, v: str) -> float:
    """Where along the edge ``u -> v`` its label goes (0 at ``u``, 1 at ``v``, as networkx
    draws it): nearer the outer end, so labels do not pile up around the middle actor."""
    ring_u, ring_v = hood.ring[u], hood.ring[v]
    if ring_u == ring_v:
        return 0.5
    return 0.7 if ring_u < ring_v else 0.3


def _width(count: int) -> float:
    """Line width for a number of mentions: 1 for one, +1.5 per doubling."""
    return 1.0 + 1.5 * math.log2(max(count, 1))


def _label(name: str) -> str:
    return "\n".join(textwrap.wrap(name, 16)) or name


def _title(hood: Neighbourhood) -> str:
    actors = len(hood.ring) - sum(1 for r in hood.ring.values() if r == 0)
    extra = f" ({hood.left_out} more not drawn)" if hood.left_out else ""
    return f"{hood.name}: {actors} related actors, {len(hood.edges)} relations{extra}"


def _legend(hood: Neighbourhood) -> list[Any]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = {e.kind for e in hood.entities.values()}
    handles: list[Any] = [
        Patch(facecolor=c, edgecolor="#555555", label=k)
        for k, c in KIND_COLORS.items()
        if k in kinds
    ]
    quads = {e.quad_class for e in hood.edges}
    handles += [
        Line2D([], [], color=c, lw=3, label=label)
        for q, (c, label) in QUAD_COLORS.items()
        if q in quads
    ]
    if sum(1 for r in hood.ring.values() if r == 0) > 1:
        handles.append(Line2D([], [], color="#777777", ls=":", lw=1.5, label="group of"))
    if any(e.status != "asserted" for e in hood.edges):
        handles.append(Line2D([], [], color="#555555", ls="--", label="negated / hypothetical"))
    handles += [
        Line2D([], [], color="#555555", lw=_width(n), label=f"{n} mention{'s' if n > 1 else ''}")
        for n in (1, 4, 16)
    ]
    return handles
