"""Store benchmark: `kgraph load`, `lookup` and `stats` at scale, as whole processes, on the
embedded store and on Neo4j, side by side with an earlier kgraph (``--baseline REF``).

Every figure is a whole ``python -m kgraph ...`` process (start-up included), timed by wall
clock, with its peak memory (``ru_maxrss`` of that child). The input is the synthetic stream
of ``bench/synthetic.py`` (Zipf over 3,000 actors); "busiest country" is its most frequent
actor. The baseline is the same commands run from ``git archive REF`` of this repository in
the same run, on the same inputs, so the ratios hold on a noisy shared machine.

    python bench/store_bench.py --embedded 1000000 --neo4j 200000 \\
        --uri bolt://127.0.0.1:7711 --erase --baseline ce15826 --baseline-size 100000
    python bench/store_bench.py --embedded 1000000 --skip-neo4j \\
        --baseline 107b5d6 --baseline-size 1000000

The Neo4j database at ``--uri`` is emptied (``--erase`` required).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
README = HERE / "README.md"
sys.path[:0] = [str(ROOT), str(HERE)]

from synthetic import actors, write_jsonl  # noqa: E402

MORE = 1000  # triples added to a loaded graph
WARM = 20_000  # triples each code loads into the server, untimed, before the Neo4j runs


@dataclass
class Run:
    seconds: float
    rss_mb: float
    out: str
    cpu: float = 0.0  # user + system seconds of the process (less swayed by other work)


def kgraph(code: Path, *args: str) -> Run:
    """One ``python -m kgraph`` process on the code at ``code``: wall time and peak RSS."""
    env = {**os.environ, "PYTHONPATH": str(code), "KGRAPH_NO_PROGRESS": "1"}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "kgraph", *args], cwd=code, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    out = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kgraph {' '.join(args)} failed ({code}):\n{out[-2000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, out, usage.ru_utime + usage.ru_stime)


def median_run(code: Path, repeat: int, *args: str) -> Run:
    """The run of median wall time among ``repeat`` runs of a read-only command."""
    runs = sorted((kgraph(code, *args) for _ in range(max(1, repeat))), key=lambda r: r.seconds)
    return runs[len(runs) // 2]


def clear_neo4j(uri: str) -> None:
    from kgraph.stores.neo4j_store import Neo4jStore

    with Neo4jStore(uri) as store:
        store.clear()


def server_cpu(pid: int | None) -> float:
    """User + system seconds of a local server process so far (0 without a pid)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def suite(
    code: Path, label: str, graph: str, load: Path, more: Path, busiest: str, repeat: int = 1,
    server: int | None = None,
) -> list[str]:  # fmt: skip
    """Load, lookup, stats and an incremental load; one table row each (lookup and stats:
    the median of ``repeat`` runs). ``server``: the pid of a local Neo4j server, whose CPU
    seconds during the load are shown with its rate."""
    rows = []
    before = server_cpu(server)
    loaded = kgraph(code, "load", str(load), "--graph", graph)
    busy = f", server CPU {server_cpu(server) - before:.1f} s" if server else ""
    n = sum(1 for _ in load.open(encoding="utf-8"))
    rows.append(f"| {label} | load {n:,} | {loaded.seconds:.1f} | {loaded.cpu:.1f} | "
                f"{n / loaded.seconds:,.0f}/s{busy} | {loaded.rss_mb:,.0f} |")  # fmt: skip
    lookup = median_run(code, repeat, "lookup", busiest, "--graph", graph)
    rows.append(f"| {label} | lookup {busiest} | {lookup.seconds:.2f} | {lookup.cpu:.2f} | | "
                f"{lookup.rss_mb:,.0f} |")  # fmt: skip
    stats = median_run(code, repeat, "stats", "--graph", graph)
    rows.append(f"| {label} | stats | {stats.seconds:.2f} | {stats.cpu:.2f} | | "
                f"{stats.rss_mb:,.0f} |")  # fmt: skip
    added = kgraph(code, "load", str(more), "--graph", graph)
    rows.append(f"| {label} | load {MORE:,} more | {added.seconds:.2f} | {added.cpu:.2f} | | "
                f"{added.rss_mb:,.0f} |")  # fmt: skip
    if Path(graph).exists():
        size = Path(graph).stat().st_size / 2**20
        rows.append(f"| {label} | graph file | {size:,.0f} MB | | | |")
    print("\n".join(rows), flush=True)
    return rows


def suites(
    runs: list[tuple[Path, str, str, Path]], more: Path, busiest: str, repeat: int = 1
) -> list[str]:
    """:func:`suite` of several (code, label, graph, input), command by command and
    alternating between them (each lookup and stats run too), so that a change in what else
    the machine runs falls on every code alike; rows grouped by label."""
    rows: dict[str, list[str]] = {label: [] for _, label, _, _ in runs}
    for code, label, graph, load in runs:
        loaded = kgraph(code, "load", str(load), "--graph", graph)
        n = sum(1 for _ in load.open(encoding="utf-8"))
        rows[label].append(f"| {label} | load {n:,} | {loaded.seconds:.1f} | {loaded.cpu:.1f} | "
                           f"{n / loaded.seconds:,.0f}/s | {loaded.rss_mb:,.0f} |")  # fmt: skip
    for command in ("lookup", "stats"):
        args = [command, busiest] if command == "lookup" else [command]
        taken: dict[str, list[Run]] = {label: [] for label in rows}
        for _ in range(max(1, repeat)):
            for code, label, graph, _ in runs:
                taken[label].append(kgraph(code, *args, "--graph", graph))
        for label, found in taken.items():
            middle = sorted(found, key=lambda r: r.seconds)[len(found) // 2]
            rows[label].append(f"| {label} | {' '.join(args)} | {middle.seconds:.2f} | "
                               f"{middle.cpu:.2f} | | {middle.rss_mb:,.0f} |")  # fmt: skip
    for code, label, graph, _ in runs:
        added = kgraph(code, "load", str(more), "--graph", graph)
        rows[label].append(f"| {label} | load {MORE:,} more | {added.seconds:.2f} | "
                           f"{added.cpu:.2f} | | {added.rss_mb:,.0f} |")  # fmt: skip
    for _, label, graph, _ in runs:
        if Path(graph).exists():
            size = Path(graph).stat().st_size / 2**20
            rows[label].append(f"| {label} | graph file | {size:,.0f} MB | | | |")
    flat = [row for label in rows for row in rows[label]]
    print("\n".join(flat), flush=True)
    return flat


def ratios(rows: list[str], new: str, old: str) -> list[str]:
    """One line per command run by both ``new`` and ``old``: old / new wall and CPU time."""
    cells: dict[str, dict[str, list[str]]] = {}
    for row in rows:
        parts = [c.strip() for c in row.strip("|").split("|")]
        cells.setdefault(parts[0], {})[parts[1]] = parts
    lines = []
    for command, mine in cells.get(new, {}).items():
        theirs = cells.get(old, {}).get(command)
        if theirs is None or command == "graph file":
            continue
        wall, cpu = float(theirs[2]) / float(mine[2]), float(theirs[3]) / float(mine[3])
        lines.append(f"- {command}: old/new wall {wall:.2f} ({theirs[2]} s -> {mine[2]} s), "
                     f"old/new CPU {cpu:.2f} ({theirs[3]} s -> {mine[3]} s)")  # fmt: skip
    return lines


def compiled(code: Path) -> Path:
    """Write the byte code of ``code``'s kgraph package, as an installed package has it, so
    no timed process compiles its modules from source: a shell with
    ``PYTHONDONTWRITEBYTECODE`` set (this machine's) would otherwise make every process
    compile them again, for the code and the baseline alike."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(code / "kgraph")],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return code


def baseline_code(ref: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True
    ).stdout
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedded", type=int, default=1_000_000, help="mentions (%(default)s)")
    parser.add_argument("--neo4j", type=int, default=200_000, help="mentions (%(default)s)")
    parser.add_argument("--uri", help="Neo4j server to empty and load (none: skip Neo4j)")
    parser.add_argument("--erase", action="store_true", help="allow emptying --uri")
    parser.add_argument("--baseline", metavar="REF", help="git ref of the code to compare to")
    parser.add_argument("--baseline-size", type=int, default=100_000, help="its input size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-embedded", action="store_true", help="Neo4j only")
    parser.add_argument(
        "--server-pid", type=int, help="pid of the local Neo4j server: its CPU during loads"
    )
    parser.add_argument("--skip-neo4j", action="store_true", help="embedded only (no --uri)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of lookup and stats, median kept (%(default)s)"
    )
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args(argv)
    if args.skip_neo4j:
        args.uri = None
    if args.uri and not args.erase:
        parser.error("--uri is emptied: pass --erase")

    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    busiest = actors(3000, args.seed)[0]["id"]
    sizes = {args.neo4j} if args.skip_embedded else {args.embedded}
    if args.uri:
        sizes.add(args.neo4j)
    if args.baseline:
        sizes.add(args.baseline_size)
    inputs = {n: write_jsonl(work / f"{n}.jsonl", n, args.seed) for n in sorted(sizes)}
    more = write_jsonl(work / "more.jsonl", MORE, args.seed, start=max(sizes))
    old = compiled(baseline_code(args.baseline, work / "baseline")) if args.baseline else None
    compiled(ROOT)
    load_avg = os.getloadavg()[0]
    rows: list[str] = []
    print(f"inputs in {work}; busiest country {busiest}", flush=True)

    if not args.skip_embedded:
        runs = [(ROOT, "embedded", str(work / "new.db"), inputs[args.embedded])]
        if old is not None and args.baseline_size != args.embedded:
            runs.append((ROOT, f"embedded @{args.baseline_size:,}", str(work / "new-small.db"),
                         inputs[args.baseline_size]))  # fmt: skip
        if old is not None:
            runs.append((old, f"embedded, {args.baseline} @{args.baseline_size:,}",
                         str(work / "old.graph"), inputs[args.baseline_size]))  # fmt: skip
        rows += suites(runs, more, busiest, args.repeat)
    if args.uri:
        # Warm-up, untimed: a freshly started server spends its first seconds of load compiling
        # its write path (the JIT), which would count against whichever code runs first.
        warm = write_jsonl(work / "warm.jsonl", WARM, args.seed + 1)
        for code in (ROOT, old) if old is not None else (ROOT,):
            clear_neo4j(args.uri)
            kgraph(code, "load", str(warm), "--graph", args.uri)
        clear_neo4j(args.uri)
        rows += suite(ROOT, "neo4j", args.uri, inputs[args.neo4j], more, busiest, args.repeat,
                      args.server_pid)  # fmt: skip
        if old is not None:
            if args.baseline_size != args.neo4j:  # else the row above is the new code's
                clear_neo4j(args.uri)
                rows += suite(ROOT, f"neo4j @{args.baseline_size:,}", args.uri,
                              inputs[args.baseline_size], more, busiest, args.repeat,
                              args.server_pid)  # fmt: skip
            clear_neo4j(args.uri)
            rows += suite(old, f"neo4j, {args.baseline} @{args.baseline_size:,}", args.uri,
                          inputs[args.baseline_size], more, busiest, args.repeat,
                          args.server_pid)  # fmt: skip
        clear_neo4j(args.uri)
    header = (
        f"Run on {date.today().isoformat()}, {os.cpu_count()} cores shared with other work "
        f"(load average {load_avg:.1f} at the start, {os.getloadavg()[0]:.1f} at the end), "
        f"seed {args.seed}; lookup and stats: median of {args.repeat} runs; CPU: user + system "
        "seconds of the process; byte code compiled beforehand for both codes; the embedded "
        "runs of the codes alternate command by command:\n\n"
        "| store | command | seconds | CPU s | rate | peak MB |\n|---|---|---:|---:|---:|---:|"
    )
    table = header + "\n" + "\n".join(rows)
    if old is not None and not args.skip_embedded:
        label = "embedded" if args.baseline_size == args.embedded else "embedded @"
        label += "" if args.baseline_size == args.embedded else f"{args.baseline_size:,}"
        found = ratios(rows, label, f"embedded, {args.baseline} @{args.baseline_size:,}")
        if found:
            table += f"\n\nEmbedded, {args.baseline} / this code, same run, same input:\n\n"
            table += "\n".join(found)
    if old is not None and args.uri:
        label = "neo4j" if args.baseline_size == args.neo4j else f"neo4j @{args.baseline_size:,}"
        found = ratios(rows, label, f"neo4j, {args.baseline} @{args.baseline_size:,}")
        if found:
            table += f"\n\nNeo4j, {args.baseline} / this code, same run, same server and input:\n\n"
            table += "\n".join(found)
    print(table)
    if not args.no_readme:
        # An embedded-only or Neo4j-only run has a section of its own, so neither erases the
        # other.
        mark = (
            "store-result-embedded"
            if args.skip_neo4j
            else "store-result-neo4j"
            if args.skip_embedded
            else "store-result"
        )
        text = README.read_text(encoding="utf-8")
        # (an empty block too: the markers on two lines of their own)
        pattern = re.compile(rf"(<!-- {mark} -->\n)(?:.*?\n)?(<!-- /{mark} -->)", re.DOTALL)
        README.write_text(
            pattern.sub(lambda m: m.group(1) + table + "\n" + m.group(2), text), "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
