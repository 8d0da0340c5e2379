"""Scoring extracted triples against gold: the library behind ``kgraph evaluate GOLD [PRED]``.

Two gold forms, told apart by their records:

* **Triple gold** (``*.gold.jsonl``): ``{subject, relation, object, need, cue}``, where each of
  subject, relation and object is an id or a list of accepted ids and ``need`` is ``required``
  or ``acceptable``. A person's or group's act also counts for their country: the subject
  is credited so, the object is not (gold lists the objects it accepts); symmetric relations
  (MEETS, NEGOTIATES_WITH, AGREES_WITH, COOPERATES_WITH) match either way round, both ends
  credited as actors.
  Recall is required records found / required records; precision is distinct asserted triples
  (reported counts as asserted) that match any gold record / distinct asserted triples.
  Negated and hypothetical triples are left out of both. A cue's "only as modality
  hypothetical" is not enforced: an asserted triple matching such an acceptable record still
  counts as correct. Without PRED the article is extracted: ``--text`` or ``<stem>.txt`` next
  to the gold file, or in a ``data/articles/`` above it or in the working directory
  (``x.gold.jsonl`` -> ``x.txt``).
* **CAMEO-coded sentences** (``{id, text, date, gold: [{source, target, event}], noevents}``):
  scored per sentence, then micro-averaged, on three keys: the directed dyad of country codes,
  dyad + PLOVER event type, and dyad + CAMEO root (see :mod:`kgraph.evaluate_cameo`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgraph.errors import InputError
from kgraph.evaluate_cameo import CameoReport, CodedSentence, format_cameo_report, score_cameo
from kgraph.model import Document, Entity, Triple
from kgraph.ontology import RELATIONS, canonical
from kgraph.triples_jsonl import read_triples

__all__ = [
    "CameoReport",
    "GoldTriple",
    "Report",
    "TripleReport",
    "credited_ids",
    "evaluate",
    "format_report",
    "score_cameo",
    "score_triples",
]

TRIPLE_FIELDS = ("subject", "relation", "object")
CODED_FIELDS = ("id", "text", "gold")


def _alternatives(value: Any) -> frozenset[str]:
    values = value if isinstance(value, list) else [value]
    return frozenset(str(v) for v in values)


def credited_ids(entity: Entity) -> frozenset[str]:
    """The ids an entity's act counts for: its own, and a person's or group's country.

    >>> sorted(credited_ids(Entity("RUS:MIL", "Russian military", "Group")))
    ['RUS', 'RUS:MIL']
    """
    ids = {entity.id}
    country = entity.country
    if entity.kind == "Group" and not country:
        country = entity.id.split(":", 1)[0]
    if entity.kind in ("Person", "Group") and country:
        ids.add(country)
    return frozenset(ids)


def _is_symmetric(relation: str) -> bool:
    rel = RELATIONS.get(relation)
    return bool(rel and rel.symmetric)


@dataclass(frozen=True)
class GoldTriple:
    """One record of a triple gold file: accepted subjects, relations and objects."""

    subjects: frozenset[str]
    relations: frozenset[str]
    objects: frozenset[str]
    required: bool
    cue: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldTriple:
        """Read a ``{subject, relation, object, need, cue}`` record."""
        need = str(data.get("need", "required"))
        if need not in ("required", "acceptable"):
            raise ValueError(f"need must be 'required' or 'acceptable', not {need!r}")
        return cls(
            subjects=_alternatives(data["subject"]),
            relations=_alternatives(data["relation"]),
            objects=_alternatives(data["object"]),
            required=need == "required",
            cue=str(data.get("cue", "")),
        )

    @property
    def label(self) -> str:
        """``RUS|RUS:GOV -SUPPLIES-> VEN`` for messages."""
        subj, rel, obj = (
            "|".join(sorted(v)) for v in (self.subjects, self.relations, self.objects)
        )
        return f"{subj} -{rel}-> {obj}"

    def matches(self, triple: Triple) -> bool:
        """Whether the triple states this record (either way round for a symmetric relation)."""
        if triple.relation not in self.relations:
            return False
        subj = credited_ids(triple.subject)
        if not _is_symmetric(triple.relation):
            return bool(subj & self.subjects) and triple.object.id in self.objects
        obj = credited_ids(triple.object)
        return bool(subj & self.subjects and obj & self.objects) or bool(
            obj & self.subjects and subj & self.objects
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": sorted(self.subjects),
            "relation": sorted(self.relations),
            "object": sorted(self.objects),
            "need": "required" if self.required else "acceptable",
            "cue": self.cue,
        }


def triple_key(triple: Triple) -> tuple[str, str, str]:
    """(subject id, relation, object id), ends sorted for a symmetric relation."""
    triple = canonical(triple)
    return triple.subject.id, triple.relation, triple.object.id


def _triple_dict(triple: Triple) -> dict[str, Any]:
    return {
        "triple": " ".join((triple.subject.id, triple.relation, triple.object.id)),
        "rule": triple.rule,
        "sentence": triple.evidence.sentence,
    }


@dataclass
class TripleReport:
    """The score of extracted triples against a triple gold file."""

    source: str
    found: list[GoldTriple] = field(default_factory=list)
    missed: list[GoldTriple] = field(default_factory=list)
    acceptable_found: list[GoldTriple] = field(default_factory=list)
    correct: list[Triple] = field(default_factory=list)
    wrong: list[Triple] = field(default_factory=list)
    not_asserted: int = 0
    kind: str = "triples"

    @property
    def recall(self) -> float:
        """Required records found / required records (1.0 when none are required)."""
        required = len(self.found) + len(self.missed)
        return len(self.found) / required if required else 1.0

    @property
    def precision(self) -> float:
        """Distinct asserted triples matching gold / distinct asserted triples (0.0 if none)."""
        predicted = len(self.correct) + len(self.wrong)
        return len(self.correct) / predicted if predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary with every miss (``--json``)."""
        return {
            "kind": self.kind,
            "gold": self.source,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "f1": round(self.f1, 4),
            "required": len(self.found) + len(self.missed),
            "required_found": len(self.found),
            "acceptable_found": len(self.acceptable_found),
            "predicted": len(self.correct) + len(self.wrong),
            "correct": len(self.correct),
            "not_asserted": self.not_asserted,
            "missed": [g.to_dict() for g in self.missed],
            "false_positives": [_triple_dict(t) for t in self.wrong],
        }


Report = TripleReport | CameoReport


def score_triples(
    gold: Sequence[GoldTriple], triples: Iterable[Triple], source: str = ""
) -> TripleReport:
    """Score triples against triple gold records (see the module docstring for the rules).

    >>> from kgraph.model import Evidence
    >>> ru, ve = Entity("RUS", "Russia", "Country"), Entity("VEN", "Venezuela", "Country")
    >>> gold = [GoldTriple(frozenset({"RUS"}), frozenset({"SUPPLIES"}), frozenset({"VEN"}), True)]
    >>> report = score_triples(gold, [Triple(ru, "SUPPLIES", ve, Evidence("d", "s", 0, 1))])
    >>> report.recall, report.precision
    (1.0, 1.0)
    """
    report = TripleReport(source=source)
    asserted: dict[tuple[str, str, str], Triple] = {}
    for triple in triples:
        if triple.status != "asserted":
            report.not_asserted += 1
            continue
        asserted.setdefault(triple_key(triple), triple)
    for triple in asserted.values():
        hit = any(g.matches(triple) for g in gold)
        (report.correct if hit else report.wrong).append(triple)
    for record in gold:
        hit = any(record.matches(t) for t in asserted.values())
        if record.required:
            (report.found if hit else report.missed).append(record)
        elif hit:
            report.acceptable_found.append(record)
    return report


def _read_records(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such gold file") from None
    records = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: not JSON ({exc})") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{lineno}: expected a JSON object")
        records.append(record)
    if not records:
        raise InputError(f"{path}: holds no gold records")
    return records


def gold_form(records: Sequence[dict[str, Any]], name: str = "gold") -> str:
    """``triples`` or ``cameo``: which gold form the records are in.

    Raises:
        InputError: when the first record is in neither form.
    """
    first = records[0]
    if all(k in first for k in TRIPLE_FIELDS):
        return "triples"
    if all(k in first for k in CODED_FIELDS):
        return "cameo"
    raise InputError(
        f"{name}: records are neither triple gold ({{subject, relation, object, need}}) "
        "nor CAMEO-coded sentences ({id, text, gold})"
    )


def _parse(records: Sequence[dict[str, Any]], path: Path, parse: Any) -> list[Any]:
    parsed = []
    for n, record in enumerate(records, 1):
        try:
            parsed.append(parse(record))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{path}: record {n}: {type(exc).__name__}: {exc}") from None
    return parsed


def article_for(gold_path: Path) -> Path:
    """The article a triple gold file is about: ``x.gold.jsonl`` -> ``x.txt``.

    Looked for next to the gold file, then in ``data/articles/`` of each directory above it,
    then in ``data/articles/`` of the working directory.

    Raises:
        InputError: naming the places tried and the ``--text`` option.
    """
    name = gold_path.name.removesuffix(".jsonl").removesuffix(".gold") + ".txt"
    here = gold_path.resolve().parent
    tried = [here / name]
    tried += [d / "data" / "articles" / name for d in here.parents]
    tried.append(Path.cwd() / "data" / "articles" / name)
    for candidate in tried:
        if candidate.is_file():
            return candidate
    raise InputError(
        f"{gold_path}: no article {name} found next to it or in a data/articles/ directory; "
        "give the predicted triples or the article with --text"
    )


def _extract(documents: Iterable[Document]) -> list[Triple]:
    from kgraph.extract import extract_many

    return [t for _, triples in extract_many(documents) for t in triples]


def evaluate(
    gold_path: str | Path, pred_path: str | Path | None = None, text_path: str | Path | None = None
) -> Report:
    """Score predicted triples, or kgraph's own extraction, against a gold file.

    Args:
        gold_path: a triple gold file or a CAMEO-coded sentence file (told apart by content).
        pred_path: triple records (JSONL, ``-`` for stdin); None extracts the gold's texts.
        text_path: the article of a triple gold file, when it is not found by
            :func:`article_for`; ignored with ``pred_path``.

    Raises:
        InputError: an unreadable gold, prediction or article file.
    """
    gold_path = Path(gold_path)
    records = _read_records(gold_path)
    if gold_form(records, str(gold_path)) == "triples":
        gold = _parse(records, gold_path, GoldTriple.from_dict)
        if pred_path is not None:
            triples = list(read_triples(pred_path))
        else:
            article = Path(text_path) if text_path else article_for(gold_path)
            try:
                text = article.read_text(encoding="utf-8")
            except OSError as exc:
                raise InputError(f"{article}: cannot read the article ({exc})") from None
            triples = _extract([Document(id=article.stem, text=text)])
        return score_triples(gold, triples, source=str(gold_path))
    sentences = _parse(records, gold_path, CodedSentence.from_dict)
    if pred_path is not None:
        triples = list(read_triples(pred_path))
    else:
        triples = _extract(s.document() for s in sentences if s.text.strip())
    return score_cameo(sentences, triples, source=str(gold_path))


def _format_triple_report(report: TripleReport, max_misses: int | None) -> str:
    lines = [
        f"gold: {report.source} (triple gold)",
        f"recall     {report.recall:.3f}  ({len(report.found)}/"
        f"{len(report.found) + len(report.missed)} required found; "
        f"{len(report.acceptable_found)} acceptable found)",
        f"precision  {report.precision:.3f}  ({len(report.correct)}/"
        f"{len(report.correct) + len(report.wrong)} distinct asserted triples match gold; "
        f"{report.not_asserted} negated/hypothetical left out)",
        f"F1         {report.f1:.3f}",
    ]
    if max_misses == 0:
        return "\n".join(lines)
    if report.missed:
        lines.append("missed (required):")
        lines += [f"  {g.label}    cue: {g.cue}" for g in report.missed[:max_misses]]
    if report.wrong:
        lines.append("false positives:")
        for t in report.wrong[:max_misses]:
            d = _triple_dict(t)
            lines.append(f"  {d['triple']}  [{d['rule']}]\n      {d['sentence'].strip()}")
    return "\n".join(lines)


def format_report(report: Report, max_misses: int | None = None) -> str:
    """The report as terminal text: the scores, then the misses (at most ``max_misses`` each)."""
    if isinstance(report, TripleReport):
        return _format_triple_report(report, max_misses)
    return format_cameo_report(report, max_misses)
