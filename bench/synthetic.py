"""Synthetic triple records at scale: a Zipf curve of actor popularity, so a few edges are hot.

``synthetic_records(n, seed)`` yields ``n`` triple records (``kgraph extract``'s JSON form)
over ``actors`` actors (default 3,000: countries, their sector groups and people) whose
popularity follows a Zipf curve (exponent 1.1): the busiest actor is in about one triple in
ten, and the busiest edges carry thousands of mentions at 1M. Each record has its own
sentence (evidence id ``doc:start-end``); eight records make one article, its date cycling
over ten years. Seeded: the same arguments give the same records.

    python bench/synthetic.py 1000000 -o /tmp/kgraph-1m.jsonl
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kgraph.ontology import RELATIONS  # noqa: E402

SECTORS = ("GOV", "MIL", "OPP", "BUS", "MED", "REB", "JUD", "LEG")
EXPONENT = 1.1


def actors(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` actors in popularity order: about 1/4 countries, 1/2 groups, 1/4 people."""
    rng = random.Random(seed)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    codes = [a + b + c for a in letters for b in letters for c in letters]
    rng.shuffle(codes)
    countries = codes[: max(1, n // 4)]
    pool: list[dict[str, Any]] = []
    for code in countries:
        pool.append(_entity(code, f"Country {code}", "Country", code, [f"Land of {code}"]))
    for i in range(n // 2):
        code = countries[i % len(countries)]
        sector = SECTORS[(i // len(countries)) % len(SECTORS)]
        pool.append(_entity(f"{code}:{sector}", f"{code} {sector.lower()}", "Group", code, []))
    k = 0
    while len(pool) < n:
        code = rng.choice(countries)
        pool.append(_entity(f"person:p{k}", f"Person {k}", "Person", code, [f"P. {k}"]))
        k += 1
    pool = list({a["id"]: a for a in pool}.values())[:n]
    rng.shuffle(pool)
    # The busiest actors are countries, as in the news.
    pool.sort(key=lambda a: a["kind"] != "Country" or rng.random() < 0.5)
    return pool


def _entity(
    id_: str, name: str, kind: str, country: str | None, aliases: list[str]
) -> dict[str, Any]:
    return {"id": id_, "name": name, "kind": kind, "country": country, "aliases": aliases}


def synthetic_records(
    n: int, seed: int = 7, n_actors: int = 3000, start: int = 0
) -> Iterator[dict[str, Any]]:
    """Records ``start`` .. ``start + n`` of the seeded stream (so a later slice adds new
    mentions to the same graph)."""
    rng = random.Random(seed)
    pool = actors(n_actors, seed)
    weights = list(itertools.accumulate(1 / (k + 1) ** EXPONENT for k in range(len(pool))))
    total = weights[-1]
    events = [r for r in RELATIONS.values() if not r.structural]
    relation_weights = list(itertools.accumulate(1 / (k + 1) for k in range(len(events))))
    first_day = date(2015, 1, 1)

    def pick() -> dict[str, Any]:
        return pool[bisect.bisect(weights, rng.random() * total)]

    for i in range(start + n):
        subject = pick()
        obj = pick()
        while obj is subject:
            obj = pick()
        relation = events[bisect.bisect(relation_weights, rng.random() * relation_weights[-1])]
        roll = rng.random()
        if i < start:
            continue
        doc = f"doc-{i // 8}"
        offset = (i % 8) * 200
        sentence = f"{subject['name']} {relation.name.lower()} {obj['name']} (item {i})."
        day = first_day + timedelta(days=(i // 8) % 3650)
        yield {
            "subject": subject,
            "relation": relation.name,
            "object": obj,
            "plover": relation.plover,
            "cameo": relation.cameo,
            "quad_class": relation.quad_class,
            "negated": roll < 0.04,
            "modality": "hypothetical" if 0.04 <= roll < 0.08 else "asserted",
            "confidence": round(0.5 + (roll * 997 % 1) * 0.45, 3),
            "evidence": {
                "doc_id": doc,
                "sentence": sentence,
                "start": offset,
                "end": offset + len(sentence),
            },
            "date": day.isoformat(),
            "rule": "synthetic",
        }


def write_jsonl(path: Path, n: int, seed: int = 7, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_records(n, seed, start=start):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many records")
    parser.add_argument("-o", "--output", required=True, help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=int, default=0, help="skip this many records first")
    args = parser.parse_args(argv)
    write_jsonl(Path(args.output), args.n, args.seed, args.start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
