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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    parser.add_argument("--n", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--draw", type=int, default=0, help="print N random distinct triples")
    parser.add_argument("--seed", type=int, default=5, help="seed of the draw (default 5)")
    parser.add_argument(
        "--out", type=Path, help="write every distinct triple with its rule and sentence (TSV)"
    )
    args = parser.parse_args(argv)
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
                sentence = " ".join(t.evidence.sentence.split())
                out.write("\t".join((*event_key(t), t.rule, sentence)) + "\n")
    for n, t in enumerate(random.Random(args.seed).sample(pool, min(args.draw, len(pool))), 1):
        print(f"\n{n:>2}. {t.subject.id} -{t.relation}-> {t.object.id}   [{t.rule}, {t.modality}]")
        print(f"    {t.evidence.doc_id}: {' '.join(t.evidence.sentence.split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
