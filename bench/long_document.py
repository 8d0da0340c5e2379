"""Long documents: is extraction linear in an article's length?

A rule that looks at the whole document for each sentence costs nothing on a 400-word article
and makes a 2 MB one run for an hour; the throughput benchmark, on ordinary articles, cannot
see it. Here the same articles are extracted two ways, side by side in one process: as
separate documents, and joined (a blank line between them) into one document of 4, 16 and 64
articles. Per size, the ratio of the joined time to the separate time is printed. Linear code
keeps it near 1 at every size; a ratio that grows with the size is a cost that grows faster
than the text (the joined document is parsed in pieces past spaCy's length limit, as any long
article is).

The articles are the event-density sample (``bench/event_density.py``), read from
``../shared/corpus`` and never written anywhere.

    python bench/long_document.py                   # 4, 16 and 64 articles
    python bench/long_document.py --sizes 8,32 --repeat 3

Read the ratios, not the seconds: the machine is shared.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_density import CORPUS, documents, sample_records  # noqa: E402

from kgraph.model import Document  # noqa: E402


def _seconds(docs: Sequence[Document]) -> float:
    from kgraph.extract import extract_many

    start = time.perf_counter()
    for _ in extract_many(docs):
        pass
    return time.perf_counter() - start


def joined(docs: Sequence[Document]) -> Document:
    """The articles as one document (the first one's id and date)."""
    text = "\n\n".join(d.text.strip() for d in docs) + "\n"
    return Document(id=f"{docs[0].id}+{len(docs) - 1}", text=text, date=docs[0].date)


def compare(docs: Sequence[Document], repeat: int) -> tuple[float, float]:
    """Fastest seconds for ``docs`` separate and joined, alternating ``repeat`` times."""
    separate, together = float("inf"), float("inf")
    one = [joined(docs)]
    for _ in range(repeat):
        separate = min(separate, _seconds(docs))
        together = min(together, _seconds(one))
    return separate, together


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default="4,16,64", help="articles per joined document")
    parser.add_argument("--repeat", type=int, default=2, help="timed passes, fastest kept")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such file (the shared corpus is needed)", file=sys.stderr)
        return 2
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",")})
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: give whole numbers separated by commas")
    if not sizes or sizes[0] < 1:
        parser.error(f"--sizes {args.sizes!r}: every size must be at least 1")
    docs = list(documents(sample_records(args.corpus, sizes[-1])))
    from kgraph.extract.nlp import load_pipeline

    load_pipeline()
    _seconds(docs[:2])  # warm up: first-call costs are no one's length
    print(f"{'articles':>8} {'kB':>7} {'separate s':>11} {'joined s':>9} {'joined/separate':>16}")
    for size in sizes:
        part = docs[:size]
        separate, together = compare(part, args.repeat)
        kb = sum(len(d.text) for d in part) / 1000
        ratio = together / separate
        print(f"{size:>8} {kb:>7.0f} {separate:>11.2f} {together:>9.2f} {ratio:>16.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
