"""Event density: distinct asserted event triples per article on ordinary Reuters news.

The sample is fixed: the records of ``../shared/corpus/news-bench.jsonl`` whose id starts
with ``isot-true-``, in file order, shuffled with ``random.Random(31)``, first 200. Each is
extracted; an event triple is one with a PLOVER type (so ``LEADER_OF`` and other structural
relations are left out) whose status is asserted (reported speech counts as asserted). Distinct
means one per (article, subject, relation, object). The script prints the per-article rate and
the spread, and with ``--draw N`` a random sample of the distinct triples with their sentences,
to be judged by eye.

    python bench/event_density.py                    # 200 articles, rate per article
    python bench/event_density.py --draw 30 --seed 5 # and 30 triples to read
    python bench/event_density.py --n 50             # a quicker, smaller sample
    python bench/event_density.py --out /tmp/ev.tsv  # every distinct triple, to compare runs
    python bench/event_density.py --n 800 --compare /tmp/ev.tsv  # what changed since then

The article texts are read from ``../shared/corpus`` and never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from kgraph.model import Document, Triple

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-bench.jsonl"
PREFIX = "isot-true-"
SHUFFLE_SEED = 31


def sample_records(path: Path, n: int) -> list[dict[str, object]]:
    """The ``isot-true-`` records in file order, shuffled by ``Random(31)``, first ``n``."""
    with path.open(encoding="utf-8") as lines:
        records = [r for r in map(json.loads, lines) if str(r.get("id", "")).startswith(PREFIX)]
    random.Random(SHUFFLE_SEED).shuffle(records)
    return records[:n]


def documents(records: Sequence[dict[str, object]]) -> Iterator[Document]:
    from kgraph.inputs import normalize_date

    for r in records:
        yield Document(id=str(r["id"]), text=str(r["text"]), date=normalize_date(r.get("date")))


def event_key(t: Triple) -> tuple[str, str, str, str]:
    return (t.evidence.doc_id, t.subject.id, t.relation, t.object.id)


def distinct_events(triples: Sequence[Triple]) -> dict[tuple[str, str, str, str], Triple]:
    """One asserted event triple per (article, subject, relation, object), first mention."""
    found: dict[tuple[str, str, str, str], Triple] = {}
    for t in triples:
        if t.status == "asserted" and t.plover is not None:
            found.setdefault(event_key(t), t)
    return found


Key = tuple[str, str, str, str]


def row_of(t: Triple) -> tuple[str, str]:
    """A triple's rule and sentence (on one line), as ``--out`` writes them after its key."""
    return t.rule, " ".join(t.evidence.sentence.split())


def read_rows(path: Path) -> dict[Key, tuple[str, str]]:
    """An ``--out`` file: each distinct triple's key with its rule and sentence."""
    rows: dict[Key, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6:
                raise SystemExit(f"{path}:{number}: not a line of an --out file (6 columns)")
            rows[(cols[0], cols[1], cols[2], cols[3])] = (cols[4], cols[5])
    return rows


def print_changes(before: dict[Key, tuple[str, str]], after: dict[Key, tuple[str, str]]) -> None:
    """The triples only one run has, by article: a removed and an added triple of the same
    sentence are shown together as a change (``-`` then ``+``)."""
    removed = sorted(set(before) - set(after))
    added = sorted(set(after) - set(before))
    print(f"\ncompared: {len(added)} added, {len(removed)} removed ({len(before)} -> {len(after)})")
    by_sentence: dict[tuple[str, str], list[tuple[str, Key, str]]] = {}
    for sign, keys, rows in (("-", removed, before), ("+", added, after)):
        for key in keys:
            rule, sentence = rows[key]
            by_sentence.setdefault((key[0], sentence), []).append((sign, key, rule))
    for (doc, sentence), changes in sorted(by_sentence.items()):
        print(f"\n  {doc}: {sentence}")
        for sign, (_, subject, relation, obj), rule in changes:
            print(f"    {sign} {subject} -{relation}-> {obj}   [{rule}]")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    parser.add_argument("--n", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--draw", type=int, default=0, help="print N random distinct triples")
    parser.add_argument("--seed", type=int, default=5, help="seed of the draw (default 5)")
    parser.add_argument(
        "--out", type=Path, help="write every distinct triple with its rule and sentence (TSV)"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="TSV",
        help="print the triples added and removed since an --out file of an earlier run "
        "(the same --n), each with its rule and sentence",
    )
    args = parser.parse_args(argv)
    if args.compare is not None and not args.compare.is_file():
        parser.error(f"{args.compare}: no such file (write one with --out)")
    if not args.corpus.exists():
        parser.error(f"{args.corpus}: no such corpus (it lives in ../shared/corpus)")

    from kgraph.extract import extract_many

    records = sample_records(args.corpus, args.n)
    words = sum(len(str(r["text"]).split()) for r in records)
    started = time.perf_counter()
    triples = [t for _, ts in extract_many(documents(records)) for t in ts]
    seconds = time.perf_counter() - started
    events = distinct_events(triples)
    per_doc = Counter(key[0] for key in events)
    counts = [per_doc.get(str(r["id"]), 0) for r in records]
    relations = Counter(key[2] for key in events)
    print(
        f"{len(records)} articles, {words:,} words, {seconds:.0f} s: {len(events)} distinct "
        f"asserted event triples, {len(events) / len(records):.2f} per article "
        f"(median {statistics.median(counts):g}, none in {counts.count(0)} articles)"
    )
    print("by relation: " + ", ".join(f"{k} {v}" for k, v in relations.most_common()))
    rules = Counter(t.rule for t in events.values())
    print("by rule: " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    pool = [events[k] for k in sorted(events)]
    if args.out:  # sorted, one line each: two runs compare with diff
        with args.out.open("w", encoding="utf-8") as out:
            for t in pool:
                out.write("\t".join((*event_key(t), *row_of(t))) + "\n")
    if args.compare is not None:
        print_changes(read_rows(args.compare), {event_key(t): row_of(t) for t in pool})
    for n, t in enumerate(random.Random(args.seed).sample(pool, min(args.draw, len(pool))), 1):
        print(f"\n{n:>2}. {t.subject.id} -{t.relation}-> {t.object.id}   [{t.rule}, {t.modality}]")
        print(f"    {t.evidence.doc_id}: {' '.join(t.evidence.sentence.split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
