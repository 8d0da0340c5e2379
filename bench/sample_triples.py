"""Draw a random sample of extracted triples, with their sentences, for judging by eye.

Precision by hand: extract a set of articles, draw N asserted triples (reported counts as
asserted) at random with a fixed seed, and print each with its id, rule and sentence. A person
then marks each correct (subject, relation and object all right) or not; precision is
correct / N. Nothing is written into the repository: the article text stays where it is read.

    python bench/sample_triples.py ../shared/corpus/demo                 # 30 triples, seed 7
    python bench/sample_triples.py ../shared/corpus/demo --n 50 --seed 1
    python bench/sample_triples.py --triples demo.jsonl                  # already extracted
    python bench/sample_triples.py ../shared/corpus/demo --save demo.jsonl --json

Triple ids are ``<doc_id>:<sentence start>-<end>#<subject>-<RELATION>-<object>``: stable for
one extraction, so a judgement table can name them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from kgraph.model import Triple
from kgraph.triples_jsonl import read_triples, write_triples

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "demo"


def triple_id(triple: Triple) -> str:
    """A stable id for one triple mention: its sentence's id and its three parts."""
    parts = (triple.subject.id, triple.relation, triple.object.id)
    return f"{triple.evidence.id}#{'-'.join(parts)}"


def extract_dir(paths: Sequence[str]) -> list[Triple]:
    """Every triple of the articles under ``paths`` (kgraph's own extraction)."""
    from kgraph.extract import extract_many
    from kgraph.inputs import iter_documents

    documents = iter_documents(paths, on_error=lambda m: print(m, file=sys.stderr))
    return [t for _, triples in extract_many(documents) for t in triples]


def asserted_pool(triples: Sequence[Triple], events_only: bool = False) -> list[Triple]:
    """Asserted triples, one per distinct id, in a fixed order (so a seed draws the same)."""
    pool: dict[str, Triple] = {}
    for t in triples:
        if t.status == "asserted" and not (events_only and t.plover is None):
            pool.setdefault(triple_id(t), t)
    return [pool[k] for k in sorted(pool)]


def draw(pool: Sequence[Triple], n: int, seed: int) -> list[Triple]:
    """``n`` triples drawn without replacement by ``random.Random(seed)`` (all if fewer)."""
    return random.Random(seed).sample(list(pool), min(n, len(pool)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help=f"articles (default {DEFAULT_CORPUS})")
    parser.add_argument("--triples", help="read extracted triples (JSONL) instead of extracting")
    parser.add_argument("--save", help="write all extracted triples to this JSONL file")
    parser.add_argument("--n", type=int, default=30, help="sample size (default 30)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--events-only", action="store_true", help="leave out LEADER_OF etc.")
    parser.add_argument("--json", action="store_true", help="one JSON record per sampled triple")
    args = parser.parse_args(argv)

    if args.triples:
        triples = list(read_triples(args.triples))
    else:
        paths = args.paths or [str(DEFAULT_CORPUS)]
        if not all(Path(p).exists() for p in paths):
            parser.error(f"no such input: {', '.join(p for p in paths if not Path(p).exists())}")
        triples = extract_dir(paths)
        if args.save:
            with open(args.save, "w", encoding="utf-8") as out:
                write_triples(triples, out)
    pool = asserted_pool(triples, args.events_only)
    sample = draw(pool, args.n, args.seed)
    by_relation = Counter(t.relation for t in pool)
    print(
        f"# {len(triples)} triples, {len(pool)} distinct asserted; drew {len(sample)} "
        f"(seed {args.seed}); relations: {dict(by_relation.most_common())}",
        file=sys.stderr,
    )
    for n, t in enumerate(sample, 1):
        if args.json:
            record = {"n": n, "id": triple_id(t), "rule": t.rule, "modality": t.modality}
            print(json.dumps(record | {"sentence": t.evidence.sentence}, ensure_ascii=False))
            continue
        print(f"{n:>2}. {t.subject.id} -{t.relation}-> {t.object.id}   [{t.rule}, {t.modality}]")
        print(f"    id: {triple_id(t)}")
        print(f"    {' '.join(t.evidence.sentence.split())}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
