"""How much actor resolution adds to extraction: spaCy parse time vs ``find_actors`` time.

Parses N records of the news benchmark corpus with ``nlp.pipe`` (timed), then resolves the
actors of the same parsed docs with ``find_actors`` (timed), in one run, and prints the ratio
resolution / parse; then times one more pass of parse and resolution together, for reference
(that figure also carries the parse's run-to-run noise, so the ratio uses the split timings). The target is at most 0.10 (10%). The gazetteer is loaded before timing
(it is loaded once per process, on first use).

    python bench/resolve_bench.py                       # 1,000 records
    python bench/resolve_bench.py --n 2000 --repeat 3   # best of 3 resolution passes
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

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-bench.jsonl"


def read_texts(path: Path, n: int) -> list[str]:
    """The first ``n`` record texts of a JSONL corpus (title and text, as extraction reads)."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if len(texts) >= n:
                break
            record = json.loads(line)
            texts.append(str(record.get("text") or ""))
    return texts


def run(texts: list[str], repeat: int = 1) -> dict[str, float | int | dict[str, int]]:
    """Time parsing and resolution of ``texts``; the numbers of one run."""
    from kgraph.extract.entities import find_actors
    from kgraph.extract.nlp import load_nlp
    from kgraph.resolve.gazetteer import load

    nlp = load_nlp()
    load()  # the gazetteer, loaded once per process
    list(nlp.pipe(texts[:20]))  # warm up the pipeline

    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_seconds = time.perf_counter() - started

    resolve_seconds = float("inf")
    kinds: Counter[str] = Counter()
    mentions = 0
    for _ in range(repeat):
        started = time.perf_counter()
        results = [find_actors(doc, str(i)) for i, doc in enumerate(docs)]
        resolve_seconds = min(resolve_seconds, time.perf_counter() - started)
    # the same records once more, parse and resolution together (as extraction runs them)
    started = time.perf_counter()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=32)):
        find_actors(doc, str(i))
    both_seconds = time.perf_counter() - started
    for actors in results:
        mentions += len(actors)
        kinds.update(a.entity.kind for a in actors)
    return {
        "records": len(texts),
        "tokens": sum(len(doc) for doc in docs),
        "parse_seconds": round(parse_seconds, 3),
        "resolve_seconds": round(resolve_seconds, 3),
        "ratio": round(resolve_seconds / parse_seconds, 4),
        "parse_and_resolve_seconds": round(both_seconds, 3),
        "mentions": mentions,
        "kinds": dict(kinds.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=1000, help="records to read (default 1000)")
    parser.add_argument("--repeat", type=int, default=1, help="resolution passes, best kept")
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
        f"{result['records']} records, {result['tokens']} tokens: "
        f"parse {result['parse_seconds']}s, resolve {result['resolve_seconds']}s, "
        f"ratio {float(result['ratio']):.1%} (target <= 10%), {result['mentions']} mentions"
    )
    print(f"parse + resolve in one pass: {result['parse_and_resolve_seconds']}s")
    print("mentions by kind:", result["kinds"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
