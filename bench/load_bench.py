"""Load benchmark: the Neo4j store's batched loader against one query per triple.

Generates seeded synthetic triples from the ontology's relations and random actor ids, loads
them into an emptied Neo4j database twice (batched ``UNWIND`` writes, then one write
transaction per triple), checks both loads built the same graph, and reports triples/second
and the ratio, measured in the same run on the same server.

    scripts/neo4j-local start
    python bench/load_bench.py --erase                 # 20,000 triples, writes bench/README.md
    python bench/load_bench.py --floor 200000          # the server's floor: bare node CREATEs
    python bench/load_bench.py --floor 200000 --phases # and where the loader's time goes

The database at ``--uri`` is emptied: ``--erase`` is required unless it is empty already.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import string
import sys
import time
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kgraph.model import Entity, Evidence, Triple  # noqa: E402
from kgraph.ontology import RELATIONS, canonical  # noqa: E402
from kgraph.stores.base import edge_uid, mention_uid  # noqa: E402
from kgraph.stores.neo4j_store import Neo4jStore  # noqa: E402

README = Path(__file__).resolve().parent / "README.md"
SECTORS = ("GOV", "MIL", "OPP", "BUS", "MED")

# One statement per triple: the same graph as the batched loader (entities, the edge with its
# bounded summary, one mention node with its sentence), one row at a time, by MERGE.
PER_TRIPLE = """
MERGE (s:Entity {id: $s.id})
ON CREATE SET s.name = $s.name, s.kind = $s.kind, s.country = $s.country,
              s.aliases = $s.aliases, s.roles = $s.roles, s:%(s_label)s
MERGE (o:Entity {id: $o.id})
ON CREATE SET o.name = $o.name, o.kind = $o.kind, o.country = $o.country,
              o.aliases = $o.aliases, o.roles = $o.roles, o:%(o_label)s
MERGE (s)-[r:%(type)s {key: $key}]->(o)
ON CREATE SET r.status = $status, r.count = 0, r.plover = $plover, r.cameo = $cameo,
              r.quad_class = $quad_class, r.confidence = 0.0
SET r.confidence = CASE WHEN $confidence > r.confidence THEN $confidence ELSE r.confidence END
MERGE (m:Mention {key: $mention})
ON CREATE SET m.evidence = $ev.id, m.doc_id = $ev.doc_id, m.sentence = $ev.sentence,
              m.start = $ev.start, m.end = $ev.end, m.date = $date,
              m.confidence = $confidence, m.kgraph_new = true
WITH r, m WHERE m.kgraph_new
REMOVE m.kgraph_new
SET r.count = r.count + 1,
    r.first_date = CASE WHEN r.first_date IS NULL OR $date < r.first_date
                        THEN $date ELSE r.first_date END,
    r.last_date = CASE WHEN r.last_date IS NULL OR $date > r.last_date
                       THEN $date ELSE r.last_date END
"""


def synthetic_triples(n: int, seed: int, actors: int = 600) -> list[Triple]:
    """``n`` triples over ``actors`` random countries, groups and people; about one in
    five repeats an earlier (subject, relation, object) from another article."""
    rng = random.Random(seed)
    codes = sorted({"".join(rng.choices(string.ascii_uppercase, k=3)) for _ in range(200)})
    pool: list[Entity] = []
    while len(pool) < actors:
        code = rng.choice(codes)
        shape = rng.random()
        if shape < 0.4:
            entity = Entity(code, f"Country {code}", "Country", code, (f"Land {code}",))
        elif shape < 0.7:
            sector = rng.choice(SECTORS)
            entity = Entity(f"{code}:{sector}", f"{code} {sector}", "Group", code)
        else:
            k = len(pool)
            entity = Entity(f"person:p{k}", f"Person {k}", "Person", code, (f"P{k}",))
        pool.append(entity)
    pool = list({e.id: e for e in pool}.values())
    events = [r for r in RELATIONS.values() if not r.structural]
    start_day = date(2019, 1, 1)
    triples: list[Triple] = []
    for i in range(n):
        doc = f"doc-{i // 8}"
        if triples and rng.random() < 0.2:
            earlier = rng.choice(triples)
            subject, relation, obj = earlier.subject, earlier.relation, earlier.object
        else:
            subject, obj = rng.sample(pool, 2)
            relation = rng.choice(events).name
        rel = RELATIONS[relation]
        sentence = f"{subject.name} {relation.lower()} {obj.name} (item {i})."
        offset = (i % 8) * 200
        day = start_day + timedelta(days=i // 8 % 700)
        triples.append(
            Triple(
                subject=subject,
                relation=relation,
                object=obj,
                evidence=Evidence(doc, sentence, offset, offset + len(sentence)),
                plover=rel.plover,
                cameo=rel.cameo,
                quad_class=rel.quad_class,
                negated=rng.random() < 0.05,
                confidence=round(rng.uniform(0.5, 0.95), 3),
                date=day.isoformat(),
                rule="synthetic",
            )
        )
    return triples


def load_per_triple(store: Neo4jStore, triples: list[Triple]) -> None:
    """One write transaction with one statement for each triple."""
    store.ensure_schema()
    with store.connect().session(database=store.database) as session:
        for triple in triples:
            t = canonical(triple)
            query = PER_TRIPLE % {
                "s_label": t.subject.kind,
                "o_label": t.object.kind,
                "type": RELATIONS[t.relation].name,
            }
            key = edge_uid(t.subject.id, t.relation, t.status, t.object.id)
            params: dict[str, Any] = {
                "key": key,
                "mention": mention_uid(key, t.evidence.id),
                "s": t.subject.to_dict() | {"roles": [], "aliases": list(t.subject.aliases)},
                "o": t.object.to_dict() | {"roles": [], "aliases": list(t.object.aliases)},
                "ev": {"id": t.evidence.id, **asdict(t.evidence)},
                "date": t.date,
                "status": t.status,
                "plover": t.plover,
                "cameo": t.cameo,
                "quad_class": t.quad_class,
                "confidence": t.confidence,
            }
            session.execute_write(lambda tx, q=query, p=params: tx.run(q, p).consume())


def timed(label: str, store: Neo4jStore, load: Any, n: int) -> tuple[float, dict[str, Any]]:
    store.clear()
    started = time.perf_counter()
    load()
    seconds = time.perf_counter() - started
    stats = store.stats()
    counts = f"{stats['nodes']} nodes, {stats['edges']} edges, {stats['mentions']} mentions"
    print(f"{label:>16}: {seconds:8.2f} s  {n / seconds:9.0f} triples/s  ({counts})")
    return seconds, stats


FLOOR_LABEL = "KgraphBenchFloor"


def server_cpu(pid: int | None) -> float:
    """User + system seconds of a local server process so far (0 without a pid)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def floor_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per synthetic record, shaped as the loader's mention: its key (as long as a
    mention key), evidence id, article, date, confidence, sentence and offsets."""
    rows = []
    for i, rec in enumerate(records):
        ev = rec["evidence"]
        evidence = f"{ev['doc_id']}:{ev['start']}-{ev['end']}"
        key = (f'["{rec["subject"]["id"]}","{rec["relation"]}","{rec["modality"]}",'
               f'"{rec["object"]["id"]}","{evidence}"]')  # fmt: skip
        rows.append({"key": key, "evidence": evidence, "doc_id": ev["doc_id"],
                     "date": rec["date"], "confidence": rec["confidence"],
                     "sentence": ev["sentence"], "start": ev["start"], "end": ev["end"],
                     "i": i})  # fmt: skip
    return rows


WARM_FLOOR = 20_000  # records the loader writes, untimed, before a --floor run


class Phases:
    """Where a load's time goes, per statement (named by its constant in
    ``kgraph.stores.neo4j_cypher``) and for the commits: wall seconds and the server's CPU
    seconds (with a pid). Measured by wrapping the store's statement runners for the
    duration of a ``with`` block; the loader itself is unchanged."""

    def __init__(self, pid: int | None) -> None:
        from kgraph.stores import neo4j_cypher

        self.pid = pid
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.rows: dict[str, int] = {}
        self.names = {
            text.split("%")[0].strip(): name
            for name, text in vars(neo4j_cypher).items()
            if name.isupper() and isinstance(text, str) and "UNWIND" in text
        }

    def name(self, query: str) -> str:
        return next((n for text, n in self.names.items() if text in query), query[:30])

    def timed(self, name: str, rows: int, call: Any) -> Any:
        started, cpu = time.perf_counter(), server_cpu(self.pid)
        try:
            return call()
        finally:
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - started
            self.cpu[name] = self.cpu.get(name, 0.0) + server_cpu(self.pid) - cpu
            self.rows[name] = self.rows.get(name, 0) + rows

    def __enter__(self) -> Phases:
        from kgraph.stores import neo4j_store

        self.saved = (neo4j_store._run, Neo4jStore._known, Neo4jStore._add_chunk,
                      Neo4jStore._write_chunk)  # fmt: skip
        run, known, add_chunk, write_chunk = self.saved
        neo4j_store._run = lambda tx, q, rows: self.timed(  # type: ignore[assignment]
            self.name(q), len(rows), lambda: run(tx, q, rows)
        )
        Neo4jStore._known = staticmethod(  # type: ignore[method-assign]
            lambda tx, q, n, keys: self.timed(self.name(q), len(keys),
                                              lambda: known(tx, q, n, keys)))  # fmt: skip
        Neo4jStore._add_chunk = lambda st, *a: self.timed(  # type: ignore[method-assign]
            "transaction", 0, lambda: add_chunk(st, *a)
        )
        Neo4jStore._write_chunk = lambda st, *a: self.timed(  # type: ignore[method-assign]
            "statements", 0, lambda: write_chunk(st, *a)
        )
        return self

    def __exit__(self, *exc: object) -> None:
        from kgraph.stores import neo4j_store

        neo4j_store._run, Neo4jStore._known, Neo4jStore._add_chunk = self.saved[:3]
        Neo4jStore._write_chunk = self.saved[3]  # type: ignore[method-assign]

    def report(self, total: float) -> None:
        tx_wall, tx_cpu = self.wall.pop("transaction", 0.0), self.cpu.pop("transaction", 0.0)
        st_wall, st_cpu = self.wall.pop("statements", 0.0), self.cpu.pop("statements", 0.0)
        print(f"{'':>20}  {'wall s':>7} {'share':>6} {'server CPU s':>13} {'rows':>9}")
        for name in sorted(self.wall, key=self.wall.__getitem__, reverse=True):
            print(f"{name:>20}  {self.wall[name]:7.2f} {self.wall[name] / total:6.1%} "
                  f"{self.cpu[name]:13.2f} {self.rows[name]:9,}")  # fmt: skip
        rest = st_wall - sum(self.wall.values())
        print(f"{'client, in tx':>20}  {rest:7.2f} {rest / total:6.1%}")
        commit, commit_cpu = tx_wall - st_wall, tx_cpu - st_cpu
        print(f"{'commits':>20}  {commit:7.2f} {commit / total:6.1%} {commit_cpu:13.2f}")
        outside = total - tx_wall
        print(f"{'outside tx':>20}  {outside:7.2f} {outside / total:6.1%}")


def floor(store: Neo4jStore, n: int, batch: int = 10_000, pid: int | None = None,
          seed: int = 7, loader: bool = True, phases: bool = False) -> None:  # fmt: skip
    """The server's floor for this machine, side by side with the loader: ``n`` nodes, one
    per synthetic record (bench/synthetic.py) with a mention's properties and its key under
    a unique constraint, ``batch`` rows per ``UNWIND CREATE`` transaction (the loader's
    batch shape); then the loader itself (``store.add``) on the same ``n`` records into the
    emptied database; then the bare nodes again without the constraint. The loader writes
    at least one such node per record (plus edges and their summaries), so no loader on this
    server and machine can beat the first rate. ``pid``: the local server's, whose CPU
    seconds are shown for each. ``phases``: the loader's time by statement and commit."""
    from synthetic import synthetic_records

    from kgraph.model import Triple

    records = list(synthetic_records(n, seed))
    rows = floor_rows(records)
    driver = store.connect()
    store.clear()
    store.ensure_schema()
    constraint = (
        "CREATE CONSTRAINT kgraph_bench_floor IF NOT EXISTS "
        f"FOR (n:{FLOOR_LABEL}) REQUIRE n.key IS UNIQUE"
    )
    create = (
        f"UNWIND $rows AS row CREATE (:{FLOOR_LABEL} {{key: row.key, evidence: row.evidence, "
        "doc_id: row.doc_id, date: row.date, confidence: row.confidence, "
        "sentence: row.sentence, start: row.start, end: row.end})"
    )
    runs = [("floor, unique key", constraint)]
    if loader:
        runs.append(("loader", None))
    runs.append(("floor, no index", None))
    print(f"{n:,} synthetic records (seed {seed}), {batch:,} rows per transaction, load "
          f"average {os.getloadavg()[0]:.1f}")  # fmt: skip
    for label, setup in runs:
        if setup:
            driver.execute_query(setup, database_=store.database)
        if label == "loader":  # untimed warm-up: JIT and plans (a schema change drops plans)
            store.add(Triple.from_dict(rec) for rec in synthetic_records(WARM_FLOOR, seed + 1))
            store.clear()
        cpu = server_cpu(pid)
        started = time.perf_counter()
        if label == "loader":
            with Phases(pid) as timings:
                store.add(Triple.from_dict(rec) for rec in records)
        else:
            for first in range(0, n, batch):
                part = rows[first : first + batch]
                with driver.session(database=store.database) as session:
                    session.execute_write(lambda tx, r=part: tx.run(create, rows=r).consume())
        seconds = time.perf_counter() - started
        used = f", server CPU {server_cpu(pid) - cpu:5.1f} s" if pid else ""
        print(f"{label:>18}: {seconds:8.2f} s  {n / seconds:9.0f} /s{used}", flush=True)
        if label == "loader" and phases:
            timings.report(seconds)
        store.clear()
        with driver.session(database=store.database) as session:
            session.run(
                f"MATCH (n:{FLOOR_LABEL}) CALL (n) {{ DELETE n }} IN TRANSACTIONS OF 10000 ROWS"
            ).consume()
        if setup:
            driver.execute_query("DROP CONSTRAINT kgraph_bench_floor", database_=store.database)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_uri = os.environ.get("KGRAPH_TEST_NEO4J_URI", "bolt://127.0.0.1:7687")
    parser.add_argument("--uri", default=default_uri, help="Neo4j server (%(default)s)")
    parser.add_argument("--triples", type=int, default=20_000, help="how many (%(default)s)")
    parser.add_argument("--batch-size", type=int, default=1000, help="rows per UNWIND")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1000, help="untimed triples first")
    parser.add_argument("--erase", action="store_true", help="empty a non-empty database")
    parser.add_argument(
        "--floor", type=int, metavar="N",
        help="only time N mention-shaped node CREATEs (with and without a unique key): the "
        "server's floor, side by side with the loader on N synthetic records",
    )  # fmt: skip
    parser.add_argument("--server-pid", type=int, help="the local server's pid: its CPU")
    parser.add_argument("--no-loader", action="store_true", help="--floor without the loader")
    parser.add_argument(
        "--phases", action="store_true",
        help="with --floor: the loader's wall and server CPU per statement, and its commits",
    )  # fmt: skip
    parser.add_argument("--no-readme", action="store_true", help="do not update README.md")
    args = parser.parse_args(argv)

    if args.floor:
        with Neo4jStore(args.uri) as store:
            floor(store, args.floor, pid=args.server_pid, seed=args.seed,
                  loader=not args.no_loader, phases=args.phases)  # fmt: skip
        return 0
    triples = synthetic_triples(args.triples, args.seed)
    with Neo4jStore(args.uri, batch_size=args.batch_size) as store:
        records, _, _ = store.connect().execute_query(
            "MATCH (n) RETURN count(n) AS n", database_=store.database
        )
        if records[0]["n"] and not args.erase:
            print(f"{store.uri} holds {records[0]['n']} nodes; pass --erase to empty it")
            return 2
        server = store.connect().get_server_info().agent
        print(f"{len(triples)} synthetic triples (seed {args.seed}) into {server} at {store.uri}")
        # Warm-up, untimed: schema, JIT and the server's plan cache (one plan per relation
        # type and kind pair), so the timings compare steady-state loading.
        warm = synthetic_triples(args.warmup, args.seed + 1)
        store.ensure_schema()
        store.add(warm)
        store.clear()
        load_per_triple(store, warm)
        batched_s, batched = timed(
            f"batched ({args.batch_size})", store, lambda: store.add(triples), len(triples)
        )
        single_s, single = timed(
            "one per triple", store, lambda: load_per_triple(store, triples), len(triples)
        )
        store.clear()
    if batched != single:
        print(f"the two loads differ:\n  batched {batched}\n  single  {single}")
        return 1
    ratio = single_s / batched_s
    print(f"batched loader is {ratio:.1f}x faster; both built the same graph")
    if not args.no_readme:
        write_result(args, server, len(triples), batched_s, single_s, batched)
    return 0


def write_result(
    args: argparse.Namespace, server: str, n: int, batched_s: float, single_s: float,
    stats: dict[str, Any],
) -> None:  # fmt: skip
    """Replace the block between the ``last-result`` markers of ``bench/README.md``."""
    block = "\n".join(
        [
            f"Run on {date.today().isoformat()}, {server}, {os.cpu_count()} cores "
            f"(load average {os.getloadavg()[0]:.1f} at the end: other work shares them), "
            f"{n:,} triples (seed {args.seed}) -> {stats['nodes']:,} nodes, "
            f"{stats['edges']:,} edges, {stats['mentions']:,} mentions:",
            "",
            "| loader | seconds | triples/s |",
            "|---|---:|---:|",
            f"| batched, `UNWIND` {args.batch_size} rows per transaction | {batched_s:.1f} | "
            f"{n / batched_s:,.0f} |",
            f"| one statement and transaction per triple | {single_s:.1f} | {n / single_s:,.0f} |",
            "",
            f"**Ratio: the batched loader is {single_s / batched_s:.1f}x faster.**",
        ]
    )
    text = README.read_text(encoding="utf-8")
    pattern = re.compile(r"(<!-- last-result -->\n).*?(\n<!-- /last-result -->)", re.DOTALL)
    README.write_text(pattern.sub(lambda m: m.group(1) + block + m.group(2), text), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
