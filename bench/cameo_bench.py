"""What the CAMEO verb patterns cost: relation extraction with and without them, and the parse.

In one run, on the same N records of the news benchmark corpus (default 500):

1. ``nlp.pipe`` (the parse) and ``find_actors``, once, untimed except the parse;
2. ``extract_relations`` on every parsed doc with the hand lexicon alone;
3. the same with the hand lexicon and the CAMEO patterns (the packaged default).

Steps 2 and 3 alternate ``--repeat`` times (each in turn first), the fastest of each kept. It
prints the two relation times, their ratio, what CAMEO adds as a share of the parse time, and
how many triples each found. Absolute times swing on a shared machine; the ratios, taken in
the same run, are the figures to compare.

    python bench/cameo_bench.py                 # 500 records
    python bench/cameo_bench.py --n 1000 --repeat 5

The corpus (research-use text) is read where it lies and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from resolve_bench import DEFAULT_CORPUS, read_texts  # noqa: E402  (bench/ is sys.path[0])


def run(texts: list[str], repeat: int = 3) -> dict[str, Any]:
    """Time relation extraction of ``texts`` with and without CAMEO; the numbers of one run."""
    from kgraph.extract.entities import find_actors
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.nlp import load_nlp
    from kgraph.extract.relations import extract_relations
    from kgraph.model import Document

    nlp = load_nlp()
    lexicon = load_lexicon()  # hand lexicon and CAMEO patterns, compiled once
    cameo = lexicon.cameo
    list(nlp.pipe(texts[:20]))  # warm up the pipeline
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_seconds = time.perf_counter() - started
    inputs = [
        (doc, find_actors(doc, str(i)), Document(str(i), text))
        for i, (doc, text) in enumerate(zip(docs, texts, strict=True))
    ]
    best = {"hand": float("inf"), "cameo": float("inf")}
    found = {"hand": 0, "cameo": 0}
    try:
        for r in range(repeat):
            for step in ("hand", "cameo") if r % 2 == 0 else ("cameo", "hand"):
                lexicon.cameo = cameo if step == "cameo" else None
                started = time.perf_counter()
                count = sum(len(extract_relations(*args)) for args in inputs)
                best[step] = min(best[step], time.perf_counter() - started)
                found[step] = count
    finally:
        lexicon.cameo = cameo
    return {
        "records": len(texts),
        "tokens": sum(len(doc) for doc in docs),
        "parse_seconds": round(parse_seconds, 3),
        "relations_hand_seconds": round(best["hand"], 3),
        "relations_cameo_seconds": round(best["cameo"], 3),
        "ratio": round(best["cameo"] / best["hand"], 3),
        "cameo_share_of_parse": round((best["cameo"] - best["hand"]) / parse_seconds, 4),
        "triples_hand": found["hand"],
        "triples_cameo": found["cameo"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=500, help="records to read (default 500)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, fastest kept")
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
        f"{result['records']} records, {result['tokens']} tokens: parse "
        f"{result['parse_seconds']}s; relations {result['relations_hand_seconds']}s hand lexicon "
        f"alone, {result['relations_cameo_seconds']}s with CAMEO -> x{result['ratio']} "
        f"(CAMEO adds {result['cameo_share_of_parse']:.1%} of the parse time)"
    )
    print(f"triples: {result['triples_hand']} hand alone, {result['triples_cameo']} with CAMEO")
    return 0


if __name__ == "__main__":
    sys.exit(main())
