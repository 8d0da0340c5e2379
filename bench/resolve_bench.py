"""How much actor resolution adds to extraction: spaCy parse time vs ``find_actors`` time.

In one run, on the same N records of the news benchmark corpus (default 1,000):

1. ``nlp.pipe`` alone (the parse, collecting the docs);
2. ``nlp.pipe`` with ``find_actors`` on each doc (extraction's actor stage as it runs);
3. ``find_actors`` alone on the docs of step 1.

Steps 1 and 2 alternate ``--repeat`` times (each in turn first), the fastest of each kept.
Two ratios are printed: resolution / parse from step 3 (precise: no parse noise in it), and
step 2 / step 1 - 1 (end to end, carrying the parse's run-to-run noise on a shared machine).
The target is at most 10%. The gazetteer is loaded before timing (once per process).

    python bench/resolve_bench.py                       # 1,000 records
    python bench/resolve_bench.py --n 2000 --repeat 3
    python bench/resolve_bench.py --corpus path/to/news-bench.jsonl --json

The corpus (research-use text) is read where it lies and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-bench.jsonl"


def read_texts(path: Path, n: int) -> list[str]:
    """The first ``n`` record texts of a JSONL corpus (the text field, as extraction reads it)."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if len(texts) >= n:
                break
            record = json.loads(line)
            texts.append(str(record.get("text") or ""))
    return texts


def run(texts: list[str], repeat: int = 1) -> dict[str, Any]:
    """Time parsing and resolution of ``texts``; the numbers of one run."""
    from kgraph.extract.entities import find_actors
    from kgraph.extract.nlp import load_nlp
    from kgraph.resolve.gazetteer import load

    nlp = load_nlp()
    load()  # the gazetteer, loaded once per process
    list(nlp.pipe(texts[:20]))  # warm up the pipeline

    parse_seconds = both_seconds = resolve_seconds = float("inf")
    docs = []
    for r in range(repeat):
        for step in ("parse", "both") if r % 2 == 0 else ("both", "parse"):
            started = time.perf_counter()
            if step == "parse":
                docs = list(nlp.pipe(texts, batch_size=32))
                parse_seconds = min(parse_seconds, time.perf_counter() - started)
            else:
                for i, doc in enumerate(nlp.pipe(texts, batch_size=32)):
                    find_actors(doc, str(i))
                both_seconds = min(both_seconds, time.perf_counter() - started)
    kinds: Counter[str] = Counter()
    for _ in range(repeat):
        started = time.perf_counter()
        results = [find_actors(doc, str(i)) for i, doc in enumerate(docs)]
        resolve_seconds = min(resolve_seconds, time.perf_counter() - started)
    for actors in results:
        kinds.update(a.entity.kind for a in actors)
    return {
        "records": len(texts),
        "tokens": sum(len(doc) for doc in docs),
        "parse_seconds": round(parse_seconds, 3),
        "resolve_seconds": round(resolve_seconds, 3),
        "ratio": round(resolve_seconds / parse_seconds, 4),
        "parse_and_resolve_seconds": round(both_seconds, 3),
        "end_to_end_overhead": round(both_seconds / parse_seconds - 1, 4),
        "mentions": sum(kinds.values()),
        "kinds": dict(kinds.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=1000, help="records to read (default 1000)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes, fastest kept")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such corpus (see --corpus)", file=sys.stderr)
        return 2
    result = run(read_texts(args.corpus, args.n), args.repeat)
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        f"{result['records']} records, {result['tokens']} tokens, {result['mentions']} mentions: "
        f"parse {result['parse_seconds']}s, resolve {result['resolve_seconds']}s -> "
        f"resolution adds {result['ratio']:.1%} (target <= 10%)"
    )
    print(
        f"end to end: parse {result['parse_seconds']}s, parse + resolve "
        f"{result['parse_and_resolve_seconds']}s -> {result['end_to_end_overhead']:+.1%}"
    )
    print("mentions by kind:", result["kinds"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
