"""kgraph as spaCy pipeline components: ``kgraph_actors`` and ``kgraph_relations``.

Both are registered through the ``spacy_factories`` entry point, so any spaCy pipeline can add
them without importing kgraph first::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("kgraph_actors")
    nlp.add_pipe("kgraph_relations", config={"min_confidence": 0.6})
    doc = nlp.make_doc(text)
    doc._.kgraph_date = "2019-09-25"      # optional: the article's date (leaders in office)
    doc._.kgraph_id = "reuters-1"         # optional: the id evidence records name
    doc = nlp(doc)
    [(s.text, s.label_, s.kb_id_, s._.kgraph_role, s._.kgraph_country)
     for s in doc.spans["kgraph_actors"]]
    doc._.kgraph_triples                  # list[kgraph.model.Triple]

``kgraph_actors`` writes ``doc.spans["kgraph_actors"]``: one span per resolved mention, label =
the entity kind (``Country``, ``Person`` ...), ``kb_id_`` = the canonical id (``RUS``,
``person:vladimir-putin``), with the title read with it (``span._.kgraph_role``) and its country
(``span._.kgraph_country``). ``kgraph_relations`` reads those spans and writes
``doc._.kgraph_triples``. Everything is stored as plain values on the Doc (spans, and dicts in
``doc.user_data``), so a Doc keeps its actors and triples through ``Doc.to_bytes``, ``DocBin``
and ``nlp.pipe(n_process=2)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.errors import KgraphError
from kgraph.extract.entities import find_actors
from kgraph.extract.lexicon import LEXICON_RESOURCE, Lexicon, parse_lexicon
from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity, Triple

if TYPE_CHECKING:
    from collections.abc import Callable

ACTORS_KEY = "kgraph_actors"
# doc.user_data keys behind the Doc extensions (plain values: msgpack-serialisable)
DATE_KEY = "kgraph_date"  # also read by kgraph.resolve.people.doc_date
ID_KEY = "kgraph_id"
TRIPLES_KEY = "kgraph_triples"


def _user_data_property(key: str) -> tuple[Callable[[Doc], Any], Callable[[Doc, Any], None]]:
    def getter(doc: Doc) -> Any:
        return doc.user_data.get(key)

    def setter(doc: Doc, value: Any) -> None:
        doc.user_data[key] = value

    return getter, setter


def _get_date(doc: Doc) -> str | None:
    value = doc.user_data.get(DATE_KEY)
    return value if isinstance(value, str) and value else None


def _set_date(doc: Doc, value: str | None) -> None:
    doc.user_data[DATE_KEY] = value


def _get_id(doc: Doc) -> str:
    return str(doc.user_data.get(ID_KEY) or "")


def _set_id(doc: Doc, value: str | None) -> None:
    doc.user_data[ID_KEY] = value


def _get_triples(doc: Doc) -> list[Triple]:
    return [Triple.from_dict(record) for record in doc.user_data.get(TRIPLES_KEY) or ()]


def _set_triples(doc: Doc, triples: Iterable[Triple]) -> None:
    doc.user_data[TRIPLES_KEY] = [t.to_dict() for t in triples]


def register_extensions() -> None:
    """Register the ``Doc._`` and ``Span._`` attributes kgraph uses (idempotent).

    The getters and setters are module-level functions, so ``nlp.pipe(n_process=N)`` can hand
    them to worker processes under any start method.
    """
    if not Doc.has_extension("kgraph_date"):
        Doc.set_extension("kgraph_date", getter=_get_date, setter=_set_date)
    if not Doc.has_extension("kgraph_id"):
        Doc.set_extension("kgraph_id", getter=_get_id, setter=_set_id)
    if not Doc.has_extension("kgraph_triples"):
        Doc.set_extension("kgraph_triples", getter=_get_triples, setter=_set_triples)
    # span attributes: values live in doc.user_data keyed by the span's offsets
    for name in ("kgraph_role", "kgraph_country", "kgraph_entity", "kgraph_leader_of"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Span.has_extension("kgraph_head"):
        Span.set_extension("kgraph_head", default=-1)
    if not Span.has_extension("kgraph_place"):
        Span.set_extension("kgraph_place", default=False)


register_extensions()


def actor_spans(doc: Doc, key: str = ACTORS_KEY) -> list[ActorSpan]:
    """The actors ``kgraph_actors`` wrote on a Doc, as the relation rules read them."""
    out = []
    for span in doc.spans.get(key, ()):
        ext = span._  # one accessor for the span's attributes (each ``span._`` is a new one)
        record = ext.kgraph_entity
        entity = (
            Entity.from_dict(record)
            if record
            else Entity(id=span.kb_id_, name=span.text, kind=span.label_)
        )
        leader = ext.kgraph_leader_of
        head = ext.kgraph_head
        out.append(
            ActorSpan(
                start=span.start,
                end=span.end,
                head=head if span.start <= head < span.end else span.root.i,
                entity=entity,
                role=ext.kgraph_role,
                leader_of=Entity.from_dict(leader) if leader else None,
                is_place=bool(ext.kgraph_place),
            )
        )
    return out


class ActorComponent:
    """Resolve actor mentions into ``doc.spans[spans_key]`` (see the module docstring)."""

    def __init__(self, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for actor in find_actors(doc, doc._.kgraph_id):
            entity = actor.entity
            span = Span(doc, actor.start, actor.end, label=entity.kind, kb_id=entity.id)
            ext = span._  # one accessor for the six attributes (each ``span._`` is a new one)
            ext.kgraph_entity = entity.to_dict()
            ext.kgraph_head = actor.head
            ext.kgraph_role = actor.role
            ext.kgraph_country = entity.country or (entity.id if entity.kind == "Country" else None)
            ext.kgraph_leader_of = actor.leader_of.to_dict() if actor.leader_of else None
            ext.kgraph_place = actor.is_place
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class RelationComponent:
    """Read relation mentions into ``doc._.kgraph_triples`` from the actors on the Doc."""

    def __init__(
        self, name: str, spans_key: str, min_confidence: float, lexicon: Lexicon | None
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.min_confidence = min_confidence
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        if self.spans_key not in doc.spans:
            raise ValueError(
                f"kgraph_relations needs doc.spans[{self.spans_key!r}]: "
                'add "kgraph_actors" before "kgraph_relations" in the pipeline'
            )
        document = Document(id=doc._.kgraph_id, text="", date=doc._.kgraph_date)
        triples = extract_relations(
            doc, actor_spans(doc, self.spans_key), document, lexicon=self.lexicon
        )
        doc._.kgraph_triples = [t for t in triples if t.confidence >= self.min_confidence]
        return doc


def read_lexicon(paths: Iterable[str]) -> Lexicon | None:
    """The packaged lexicon plus the cues of extra lexicon files (same TSV format), or None
    (the packaged lexicon, cached) when no file is given.

    Raises:
        KgraphError: naming the file of a missing file or a bad record.
    """
    paths = list(paths)
    if not paths:
        return None
    text = resources.files("kgraph").joinpath(LEXICON_RESOURCE).read_text(encoding="utf-8")
    for path in paths:
        try:
            extra = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KgraphError(f"lexicon {path}: cannot read ({exc})") from None
        try:
            parse_lexicon(text + "\n" + extra)
        except KgraphError as exc:
            raise KgraphError(f"lexicon {path}: {exc}") from None
        text += "\n" + extra
    return parse_lexicon(text)


@Language.factory(
    "kgraph_actors",
    default_config={"spans_key": ACTORS_KEY},
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
    assigns=["doc.spans"],
)
def make_actors(nlp: Language, name: str, spans_key: str) -> ActorComponent:
    """The ``kgraph_actors`` component: resolved actor mentions as spans."""
    return ActorComponent(name, spans_key)


@Language.factory(
    "kgraph_relations",
    default_config={"spans_key": ACTORS_KEY, "min_confidence": 0.0, "lexicon_paths": []},
    requires=["doc.spans", "token.dep", "token.lemma"],
    assigns=["doc._.kgraph_triples"],
)
def make_relations(
    nlp: Language, name: str, spans_key: str, min_confidence: float, lexicon_paths: list[str]
) -> RelationComponent:
    """The ``kgraph_relations`` component.

    Args:
        spans_key: where ``kgraph_actors`` put the actors.
        min_confidence: triples below this confidence are left out (0: keep all).
        lexicon_paths: extra relation lexicons (``kgraph/data/lexicon.tsv`` format) read after
            the packaged one.
    """
    return RelationComponent(name, spans_key, min_confidence, read_lexicon(lexicon_paths))
