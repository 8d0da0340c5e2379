"""An article explained on one HTML page: its actors marked in the text, then its triples.

``kgraph explain ARTICLE -o page.html`` shows what extraction read: every resolved actor
mention is marked with spaCy's displaCy (entity style, in manual mode: the marks come from
kgraph's resolved mentions, not from the model's named entities), labelled with its kind
and its canonical id; under the text, every triple with its codes, modality, confidence,
rule and the sentence it was read from.

Extraction goes through :func:`kgraph.extract.entity_mentions` and
:func:`kgraph.extract.extract_many`, the same public functions ``kgraph entities`` and
``kgraph extract`` use, so the page shows exactly what those commands print.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kgraph.model import Document, Entity, Mention, Triple

logger = logging.getLogger(__name__)

# One colour per node kind (displaCy looks colours up by the upper-cased label).
KIND_COLORS = {
    "Country": "#7aecec",
    "Group": "#feca74",
    "Person": "#aa9cfc",
    "IGO": "#bfe1d9",
    "Organization": "#c887fb",
    "Location": "#ff9561",
    "Topic": "#e4e7d2",
}
QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_STYLE = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem;
       color: #222; max-width: 72rem; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; } .meta { color: #666; margin-top: 0; }
.legend span { display: inline-block; padding: 0.2em 0.6em; margin: 0 0.3em 0.3em 0;
               border-radius: 0.35em; font-size: 0.85em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.35rem 0.5rem; text-align: left;
         vertical-align: top; }
th { background: #f4f4f4; } td.sentence { color: #444; font-style: italic; }
.q1, .q2 { color: #1a7f37; } .q3, .q4 { color: #c62828; } code { font-size: 0.85em; }
section.article { margin-bottom: 3rem; }
"""


@dataclass
class Explained:
    """One article with what extraction found in it."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)


def explain_documents(documents: Iterable[Document]) -> list[Explained]:
    """Run actor resolution and relation extraction on each document (real spaCy model)."""
    from kgraph.extract import entity_mentions, extract_many

    explained = []
    for document in documents:
        mentions = list(entity_mentions([document]))
        triples = next(extract_many([document]))[1]
        logger.info("%s: %d mentions, %d triples", document.id, len(mentions), len(triples))
        explained.append(Explained(document, mentions, triples))
    return explained


def actor_spans(mentions: Sequence[Mention], anchor: str = "") -> list[dict[str, Any]]:
    """displaCy's manual entity spans for actor mentions: label = kind, kb_id = the id, and
    a link to the actor's first triple on the page (``#<anchor>actor-<id>``).

    Overlapping mentions cannot both be marked in displaCy's entity style; the longer one
    (then the earlier one) is kept.

    >>> from kgraph.model import Entity, Mention
    >>> rus = Entity("RUS", "Russia", "Country")
    >>> spans = actor_spans([Mention("d", 0, 6, "Russia", rus), Mention("d", 2, 4, "ss", rus)])
    >>> [(s["start"], s["end"], s["label"], s["kb_id"]) for s in spans]
    [(0, 6, 'Country', 'RUS')]
    """
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            logger.debug("overlapping mention %r at %d dropped", mention.text, mention.start)
            continue
        kept.append(mention)
    return [
        {
            "start": m.start,
            "end": m.end,
            "label": html.escape(m.entity.kind),
            "kb_id": html.escape(m.entity.id),
            "kb_url": "#" + _anchor(anchor, m.entity.id),
        }
        for m in kept
    ]


def render_text(explained: Explained, anchor: str = "") -> str:
    """The article's text with its actor marks, as displaCy markup."""
    from spacy import displacy

    data = {"text": explained.document.text, "ents": actor_spans(explained.mentions, anchor)}
    colors = {kind.upper(): color for kind, color in KIND_COLORS.items()}
    return str(
        displacy.render(data, style="ent", manual=True, page=False, options={"colors": colors})
    )


def render_triples(triples: Sequence[Triple], anchor: str = "") -> str:
    """A table of the triples, each with its codes, modality and sentence."""
    if not triples:
        return "<p>No triples found.</p>"
    rows = []
    seen: set[str] = set()

    def cell(entity: Entity) -> str:
        target = "" if entity.id in seen else f' id="{_anchor(anchor, entity.id)}"'
        seen.add(entity.id)
        return f"<td{target}>{_e(entity.name)} <code>{_e(entity.id)}</code></td>"

    for t in sorted(triples, key=lambda t: (t.evidence.start, t.relation)):
        status = "negated" if t.negated else t.modality
        quad = t.quad_class or 0
        codes = " ".join(
            f"{name} {code}" for name, code in (("PLOVER", t.plover), ("CAMEO", t.cameo)) if code
        )
        rows.append(
            f"<tr>{cell(t.subject)}"
            f'<td class="q{quad}" title="{_e(QUAD_CLASSES.get(quad, ""))}"><b>{_e(t.relation)}'
            f"</b>{_e(' (' + t.role + ')' if t.role else '')}<br><code>{_e(codes)}</code></td>"
            f"{cell(t.object)}"
            f"<td>{_e(status)}<br>{t.confidence:.2f}<br><code>{_e(t.rule)}</code></td>"
            f'<td class="sentence">{_e(" ".join(t.evidence.sentence.split()))}</td>'
            "</tr>"
        )
    head = "<tr><th>subject</th><th>relation</th><th>object</th><th>status</th><th>sentence</th>"
    return f'<table class="triples">{head}</tr>{"".join(rows)}</table>'


def render_page(articles: Sequence[Explained]) -> str:
    """A standalone HTML page (no scripts, no outside resources) for the articles."""
    legend = "".join(
        f'<span style="background: {color}">{kind}</span>' for kind, color in KIND_COLORS.items()
    )
    sections = []
    for number, item in enumerate(articles, 1):
        doc, anchor = item.document, f"a{number}-"
        meta = " · ".join(
            _e(part) for part in (doc.id, doc.date or "undated", doc.source, doc.url) if part
        )
        sections.append(
            f'<section class="article" id="doc-{_e(doc.id)}">'
            f'<h1>{_e(doc.title or doc.id)}</h1><p class="meta">{meta}</p>'
            f"{render_text(item, anchor)}<h2>Triples ({len(item.triples)})</h2>"
            f"{render_triples(item.triples, anchor)}</section>"
        )
    title = _e(articles[0].document.title or articles[0].document.id) if articles else "kgraph"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>kgraph explain: {title}</title><style>{_STYLE}</style></head><body>"
        f'<p class="legend">{legend}</p>{"".join(sections)}</body></html>\n'
    )


def _anchor(prefix: str, entity_id: str) -> str:
    return html.escape(f"{prefix}actor-{entity_id}", quote=True)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))
