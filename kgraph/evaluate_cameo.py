"""Scoring triples against CAMEO-coded sentences (PETRARCH-style validation records).

Gold: ``{id, text, date, gold: [{source, target, event}], noevents}``. Actor codes become ids
by :func:`actor_code_id`; a gold event with an actor that maps to nothing ("---", "---GOV", an
IMG armed group) is counted apart, and a prediction that would be false but shares its known
actor ("---REB" -> SYR: SYR:REB ATTACKS SYR) is not scored. Predictions: asserted (and
reported) event triples; each end maps by :func:`entity_dyad_id` (a group, person, place or
organisation to its country, an IGO to its id); ends that map to nothing are counted apart.

Three keys, each scored per sentence on distinct items and micro-averaged over sentences:
``dyad`` (source, target); ``dyad+plover`` adds the PLOVER type (gold: CAMEO code -> PLOVER by
the packaged CAMEO2PLOVER-2021 table; kgraph: the relation's PLOVER type and the types of its
CAMEO codes, names aligned by :data:`PLOVER_ALIASES`; gold CAMEO 01 statements have no PLOVER
type and are left out of this key); ``dyad+root`` adds the two-digit CAMEO root. A symmetric
relation matches either direction. ``noevents`` records contribute only false positives;
self-dyads count as they are; records without text are left out.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from kgraph.inputs import normalize_date
from kgraph.model import Document, Entity, Triple
from kgraph.ontology import RELATIONS

KEYS = ("dyad", "dyad+plover", "dyad+root")

# kgraph ids of UN and EU bodies that CAMEO codes as the UN (IGOUNO...) or the EU (IGOEUREEC).
_UN_BODIES = "unsc unga unhrc ohchr ocha undp unicef unhcr unrwa unesco wfp fao who ilo iaea"
IGO_PARENTS = dict.fromkeys(_UN_BODIES.split(), "un") | {"ep": "eu", "ecb": "eu"}
# PLOVER names as of the 2021 table; the ontology keeps some older names.
PLOVER_ALIASES = {
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "DEMAND": "REQUEST",
    "RETREAT": "CONCEDE",
    "FIGHT": "ASSAULT",
}
# The further CAMEO codes ONTOLOGY.md gives some relations beyond kgraph.ontology's one code.
EXTRA_CAMEO = {
    "MEETS": ("041", "044"),
    "AGREES_WITH": ("03",),
    "DEPLOYS_TO": ("15",),
    "ATTACKS": ("19", "20"),
}


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("kgraph").joinpath(f"data/{name}").read_text("utf-8")
    return [r.split("\t") for r in text.splitlines() if r.strip() and not r.startswith("#")]


@functools.cache
def cameo_plover_table() -> dict[str, str]:
    """CAMEO event code -> PLOVER type, from the packaged ``data/cameo_plover.tsv``."""
    return {row[0]: row[1] for row in _data_rows("cameo_plover.tsv")}


@functools.cache
def cameo_actor_table() -> tuple[dict[str, str], frozenset[str]]:
    """IGO code prefixes -> ids; 3-letter prefixes that are no country (``cameo_actors.tsv``)."""
    rows = _data_rows("cameo_actors.tsv")
    igos = {row[1]: row[2] for row in rows if row[0] == "igo"}
    return igos, frozenset(row[1] for row in rows if row[0] == "none")


def cameo_to_plover(code: str) -> str | None:
    """The PLOVER type of a CAMEO code (longest known prefix), aligned names; None for 01.

    >>> cameo_to_plover("0841"), cameo_to_plover("112"), cameo_to_plover("013")
    ('CONCEDE', 'ACCUSE', None)
    """
    table = cameo_plover_table()
    for end in range(len(code), 1, -1):
        plover = table.get(code[:end])
        if plover:
            return None if plover == "NONE" else PLOVER_ALIASES.get(plover, plover)
    return None


def actor_code_id(code: str) -> str | None:
    """The kgraph id a CAMEO actor code scores as: a country ISO3, an ``igo:`` id, or None.

    >>> actor_code_id("GUYJUD"), actor_code_id("IGOUNOMIL"), actor_code_id("---GOV")
    ('GUY', 'igo:un', None)
    """
    igos, non_country = cameo_actor_table()
    code = code.strip().upper()
    for end in range(len(code), 2, -1):
        if code[:end] in igos:
            return igos[code[:end]]
    prefix = code[:3]
    if len(prefix) < 3 or not prefix.isalpha() or prefix in non_country:
        return None
    return prefix


def entity_dyad_id(entity: Entity) -> str | None:
    """The id an entity scores as in a dyad: its country, or an IGO's own id; else None."""
    if entity.kind == "IGO":
        slug = entity.id.removeprefix("igo:")
        return f"igo:{IGO_PARENTS.get(slug, slug)}"
    if entity.kind == "Country":
        return entity.id
    if entity.kind == "Group":
        return entity.country or entity.id.split(":", 1)[0]
    if entity.kind == "Topic":
        return None
    if entity.country is not None and entity.country.startswith("igo:"):
        slug = entity.country.removeprefix("igo:")  # an IGO's head acting for it
        return f"igo:{IGO_PARENTS.get(slug, slug)}"
    return entity.country


def relation_labels(relation: str) -> tuple[frozenset[str], frozenset[str]]:
    """The PLOVER types and CAMEO roots a kgraph relation can score as."""
    rel = RELATIONS[relation]
    codes = [rel.cameo or "", *EXTRA_CAMEO.get(relation, ())]
    plover = {PLOVER_ALIASES.get(rel.plover or "", rel.plover or "")}
    plover |= {p for c in codes if (p := cameo_to_plover(c))}
    return frozenset(plover - {""}), frozenset(c[:2] for c in codes if c)


@dataclass(frozen=True)
class CodedEvent:
    """A gold event: CAMEO actor codes, event code, and the ids they score as."""

    source_code: str
    target_code: str
    event: str
    source: str | None
    target: str | None


@dataclass(frozen=True)
class CodedSentence:
    """One gold sentence with its CAMEO-coded events."""

    id: str
    text: str
    date: str | None
    events: tuple[CodedEvent, ...]
    noevents: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CodedSentence:
        """Read a ``{id, text, date, gold, noevents}`` record."""
        events = tuple(
            CodedEvent(
                str(g["source"]),
                str(g["target"]),
                str(g["event"]),
                actor_code_id(str(g["source"])),
                actor_code_id(str(g["target"])),
            )
            for g in data.get("gold") or ()
        )
        date = normalize_date(data.get("date"))
        return cls(
            str(data["id"]),
            str(data["text"]),
            date,
            events,
            bool(data.get("noevents", False)),
        )

    def document(self) -> Document:
        """The sentence as a document to extract (id = the record id)."""
        return Document(id=self.id, text=self.text, date=self.date)


# An item is (source, target, label); a predicted item also says whether it is symmetric.
GoldItem = tuple[str, str, str]
PredItem = tuple[str, str, bool, frozenset[str]]


def _matches(pred: PredItem, gold: GoldItem) -> bool:
    source, target, symmetric, labels = pred
    if labels and gold[2] not in labels:
        return False
    return (source, target) == gold[:2] or (symmetric and (target, source) == gold[:2])


@dataclass
class Score:
    """Micro-averaged counts: matched/all predicted items, matched/all gold items."""

    pred_correct: int = 0
    pred: int = 0
    gold_found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.pred_correct / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        rates = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return {k: round(v, 4) for k, v in rates.items()} | dataclasses.asdict(self)


@dataclass
class SentenceResult:
    """What one sentence scored: the triples used, and per key the misses."""

    sentence: CodedSentence
    triples: list[str] = field(default_factory=list)
    missed: dict[str, list[str]] = field(default_factory=dict)
    false: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s = self.sentence
        return {
            "id": s.id,
            "text": s.text,
            "noevents": s.noevents,
            "gold": [f"{e.source_code}->{e.target_code} {e.event}" for e in s.events],
            "triples": self.triples,
            "missed": self.missed,
            "false_positives": self.false,
        }


@dataclass
class CameoReport:
    """The score of triples against CAMEO-coded sentences."""

    source: str
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KEYS})
    results: list[SentenceResult] = field(default_factory=list)
    unscorable_gold: int = 0
    unscored_pred: Counter[str] = field(default_factory=Counter)
    empty_sentences: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    by_rule: dict[str, Score] = field(default_factory=dict)
    by_relation: dict[str, Score] = field(default_factory=dict)
    by_root: dict[str, Score] = field(default_factory=dict)
    kind: str = "cameo"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary with the misses of each sentence (``--json``)."""
        return {
            "kind": self.kind,
            "gold": self.source,
            "sentences": len(self.results),
            "scores": {k: s.to_dict() for k, s in self.scores.items()},
            "unscorable_gold_events": self.unscorable_gold,
            "unscored_predictions": dict(self.unscored_pred),
            "sentences_without_text": self.empty_sentences,
            "dropped_triples": dict(self.dropped.most_common()),
            "by_rule": {k: v.to_dict() for k, v in sorted(self.by_rule.items())},
            "by_relation": {k: v.to_dict() for k, v in sorted(self.by_relation.items())},
            "by_root": {k: v.to_dict() for k, v in sorted(self.by_root.items())},
            "misses": [r.to_dict() for r in self.results if r.missed or r.false],
        }


def _triple_items(t: Triple) -> dict[str, PredItem] | str:
    """The item a triple scores as under each key, or why it is left out."""
    rel = RELATIONS.get(t.relation)
    ends = (entity_dyad_id(t.subject), entity_dyad_id(t.object))
    if t.status != "asserted":
        return t.status
    if rel is None or rel.structural:
        return "structural relation"
    if ends[0] is None or ends[1] is None:
        kinds = [e.kind for e, i in zip((t.subject, t.object), ends, strict=True) if i is None]
        return "no country: " + "+".join(kinds)
    s, o, sym = ends[0], ends[1], rel.symmetric
    if sym and o < s:
        s, o = o, s
    plover, roots = relation_labels(t.relation)
    return {
        "dyad": (s, o, sym, frozenset()),
        "dyad+plover": (s, o, sym, plover),
        "dyad+root": (s, o, sym, roots),
    }


def _pred_items(triples: Sequence[Triple], dropped: Counter[str]) -> dict[str, set[PredItem]]:
    items: dict[str, set[PredItem]] = {k: set() for k in KEYS}
    for t in triples:
        keyed = _triple_items(t)
        if isinstance(keyed, str):
            dropped[keyed] += 1
            continue
        for key, item in keyed.items():
            items[key].add(item)
    for key, found in items.items():
        # a symmetric item adds nothing where directed ones with its labels have its ends in
        # both directions; beside one direction only it still stands for the other
        directed = {(s, o, labels) for s, o, sym, labels in found if not sym}
        items[key] = {
            i for i in found if not i[2] or not {(i[0], i[1], i[3]), (i[1], i[0], i[3])} <= directed
        }
    return items


def _tally_breakdowns(
    report: CameoReport,
    triples: Sequence[Triple],
    golds: dict[str, set[GoldItem]],
    halves: list[tuple[str | None, str | None]],
) -> None:
    """Precision per rule and per relation (dyad+root key), recall per gold CAMEO root."""
    key = "dyad+root"
    seen: set[tuple[str, PredItem]] = set()
    for t in triples:
        keyed = _triple_items(t)
        if isinstance(keyed, str):
            continue
        item = keyed[key]
        if any(_shares_known_end(item, h) for h in halves):
            continue
        right = any(_matches(item, g) for g in golds[key])
        for name, table in ((t.rule, report.by_rule), (t.relation, report.by_relation)):
            if (name, item) in seen:
                continue
            seen.add((name, item))
            score = table.setdefault(name, Score())
            score.pred += 1
            score.pred_correct += right
    for gold in golds[key]:
        score = report.by_root.setdefault(gold[2], Score())
        score.gold += 1
        score.gold_found += any(
            _matches(keyed[key], gold)
            for t in triples
            if not isinstance(keyed := _triple_items(t), str)
        )


def _gold_items(sentence: CodedSentence) -> dict[str, set[GoldItem]]:
    items: dict[str, set[GoldItem]] = {k: set() for k in KEYS}
    for e in sentence.events:
        if e.source and e.target:
            items["dyad"].add((e.source, e.target, ""))
            if plover := cameo_to_plover(e.event):
                items["dyad+plover"].add((e.source, e.target, plover))
            items["dyad+root"].add((e.source, e.target, e.event[:2]))
    return items


def _show(item: tuple[Any, ...]) -> str:
    arrow = "<->" if len(item) == 4 and item[2] else "->"
    labels = item[-1] if isinstance(item[-1], frozenset) else {item[-1]}
    return f"{item[0]}{arrow}{item[1]}" + (f" {'|'.join(sorted(labels))}" if labels - {""} else "")


def _shares_known_end(pred: PredItem, half: tuple[str | None, str | None]) -> bool:
    source, target, symmetric, _ = pred
    ends = {(source, target), (target, source)} if symmetric else {(source, target)}
    return any((half[0] in (None, s)) and (half[1] in (None, t)) for s, t in ends)


def score_cameo(
    sentences: Sequence[CodedSentence], triples: Iterable[Triple], source: str = ""
) -> CameoReport:
    """Score triples (matched to sentences by ``evidence.doc_id``) against coded sentences."""
    report = CameoReport(source=source)
    by_doc: dict[str, list[Triple]] = {}
    for t in triples:
        by_doc.setdefault(t.evidence.doc_id, []).append(t)
    known = {s.id for s in sentences}
    report.dropped["not a gold sentence"] = sum(len(v) for k, v in by_doc.items() if k not in known)
    for sentence in sentences:
        if not sentence.text.strip():
            report.empty_sentences.append(sentence.id)
            continue
        mine = by_doc.get(sentence.id, [])
        report.unscorable_gold += sum(1 for e in sentence.events if not (e.source and e.target))
        result = SentenceResult(
            sentence,
            [f"{t.subject.id} {t.relation} {t.object.id} {t.status} [{t.rule}]" for t in mine],
        )
        preds, golds = _pred_items(mine, report.dropped), _gold_items(sentence)
        halves = [(e.source, e.target) for e in sentence.events if bool(e.source) != bool(e.target)]
        _tally_breakdowns(report, mine, golds, halves)
        for key in KEYS:
            score = report.scores[key]
            false = [p for p in preds[key] if not any(_matches(p, g) for g in golds[key])]
            # a gold event with one uncodable actor cannot judge a prediction sharing its other end
            unscored = {p for p in false if any(_shares_known_end(p, h) for h in halves)}
            report.unscored_pred[key] += len(unscored)
            preds[key] -= unscored
            false = [p for p in false if p not in unscored]
            missed = [g for g in golds[key] if not any(_matches(p, g) for p in preds[key])]
            score.pred += len(preds[key])
            score.pred_correct += len(preds[key]) - len(false)
            score.gold += len(golds[key])
            score.gold_found += len(golds[key]) - len(missed)
            if missed:
                result.missed[key] = sorted(_show(g) for g in missed)
            if false:
                result.false[key] = sorted(_show(p) for p in false)
        report.results.append(result)
    report.dropped = +report.dropped
    return report


def _format_breakdowns(report: CameoReport) -> list[str]:
    lines = ["precision by rule and by relation (dyad+root; ok/all):"]
    for title, table in (("rule", report.by_rule), ("relation", report.by_relation)):
        ranked = sorted(table.items(), key=lambda kv: (-kv[1].pred, kv[0]))
        cells = [f"{name} {s.pred_correct}/{s.pred}" for name, s in ranked]
        lines.append(f"  {title}: " + (", ".join(cells) or "-"))
    roots = sorted(report.by_root.items())
    cells = [f"{root} {s.gold_found}/{s.gold}" for root, s in roots]
    lines.append("recall by gold CAMEO root (dyad+root; found/all): " + (", ".join(cells) or "-"))
    return lines


def format_cameo_report(report: CameoReport, max_misses: int | None = None) -> str:
    """The report as terminal text: a score table, dropped triples, then per-sentence misses."""
    lines = [
        f"gold: {report.source} (CAMEO-coded sentences: {len(report.results)})",
        f"{'key':<12} {'precision':>9} {'recall':>7} {'F1':>6}   pred ok/all  gold found/all",
    ]
    for key, score in report.scores.items():
        lines.append(
            f"{key:<12} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f}   "
            f"{score.pred_correct:>4}/{score.pred:<6} {score.gold_found:>4}/{score.gold}"
        )
    lines.append(
        f"gold events with an actor that maps to no id: {report.unscorable_gold} (predictions"
        f" sharing their other actor, not scored: {report.unscored_pred['dyad']})"
    )
    if report.empty_sentences:
        lines.append(f"records without text, left out: {', '.join(report.empty_sentences)}")
    if report.dropped:
        lines.append(
            "triples left out: "
            + ", ".join(f"{why} {n}" for why, n in report.dropped.most_common())
        )
    lines.extend(_format_breakdowns(report))
    wrong = [r for r in report.results if r.missed or r.false][:max_misses]
    if wrong:
        lines.append("misses (sentence; gold; triples; per key: missed / false):")
    for r in wrong:
        s = r.sentence
        lines.append(f"- {s.id}{' (noevents)' if s.noevents else ''}: {s.text}")
        gold = ", ".join(f"{e.source_code}->{e.target_code} {e.event}" for e in s.events)
        lines.append(f"    gold: {gold or '-'}")
        lines.append(f"    triples: {'; '.join(r.triples) or '-'}")
        for key in KEYS:
            if key in r.missed or key in r.false:
                lines.append(
                    f"    {key}: missed {', '.join(r.missed.get(key, [])) or '-'}"
                    f" / false {', '.join(r.false.get(key, [])) or '-'}"
                )
    return "\n".join(lines)
