"""Extraction throughput: ``--jobs 1`` vs ``--jobs 2``, kgraph vs bare spaCy, and peak memory.

In one run, on the first N records of ``../shared/corpus/news-bench.jsonl`` (default 400; read
where it lies, never copied into the repository; the subset is written to a temporary file):

1. ``kgraph extract SUBSET --jobs 1`` and ``--jobs 2`` as commands (model loading included),
   alternating ``--repeat`` times, fastest kept: seconds, documents/s, words/s, peak RSS (the
   sum of the peak RSS of the command and its worker processes), the speed-up, and whether
   both wrote the same bytes.
2. In this process, one process each: bare spaCy (``nlp.pipe`` over the texts with the same
   model, in batches of 32 each in a ``memory_zone`` as kgraph's; and without zones) vs
   kgraph's extraction (``extract_many``: parse + actors + relations), alternating, fastest
   kept: the ratio extraction / bare spaCy.
3. With ``--rss``: ``kgraph extract --jobs J`` (J = 1 and 2 by default) on the first 1,000
   records, on those 1,000 repeated to the corpus's count (the number of documents alone
   grows) and on the whole corpus (10,872 records, longer on average): peak RSS of each and
   the ratios to 1,000 records, documents/s, and the whole-corpus speed-up.
4. With ``--ceiling``: the most any two-process scheme can gain on these records here. One
   plain Python process (not ``kgraph extract``) loads the pipeline and extracts all N
   records; then two such processes at once each extract one half, with no hand-over, no
   fork server and no parent at all. Each reports its start-up (interpreter, imports, model:
   what a fork server pays once) and its work. The ceiling is the one process's wall over the
   best a fork server could do: the start-up once, alone, then the slower half's work side by
   side (``--jobs 2`` adds its command, hand-over and output on top). The slow-down of the
   work when two processes share the machine is reported too (CPU contention: memory
   bandwidth, caches, the hypervisor).

    python bench/throughput_bench.py                    # 400 records: steps 1 and 2
    python bench/throughput_bench.py --records 400 --repeat 2
    python bench/throughput_bench.py --rss --skip-bare  # adds step 3 (half an hour)
    python bench/throughput_bench.py --json
    python bench/throughput_bench.py --rss --rss-sizes small,heaviest --skip-jobs --skip-bare
    python bench/throughput_bench.py --ceiling --repeat 3 --skip-jobs --skip-bare

The machine these ran on has 2 cores shared with other work: absolute speeds are noisy, the
ratios (taken side by side in one run) are the figures to compare. Peak RSS is read from
``/proc`` (Linux).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a git worktree one level deeper finds it one more up)
DEFAULT_CORPUS = next(
    (
        base / "shared" / "corpus" / "news-bench.jsonl"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "corpus" / "news-bench.jsonl").exists()
    ),
    ROOT.parent / "shared" / "corpus" / "news-bench.jsonl",
)


def read_records(path: Path, n: int | None) -> list[str]:
    """The first ``n`` lines (all when None) of a JSONL corpus."""
    lines: list[str] = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if n is not None and len(lines) >= n:
                break
            if line.strip():
                lines.append(line)
    return lines


def words_of(lines: list[str]) -> int:
    return sum(len(str(json.loads(line).get("text") or "").split()) for line in lines)


class PeakRSS:
    """Polls /proc for the peak RSS (VmHWM) and the CPU time of a process and its descendants."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.pid, self.every = pid, every
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self.started = time.perf_counter()
        # per process: (seconds since the start, CPU seconds) at each poll, and its parent
        self.samples: dict[int, list[tuple[float, float]]] = {}
        self.parents: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.system: dict[int, float] = {}  # CPU seconds in the kernel (page faults, I/O)
        self.faults: dict[int, int] = {}  # minor page faults (copies of shared pages among them)
        self._tick = os.sysconf("SC_CLK_TCK")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        out, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            out.append(pid)
            with contextlib.suppress(OSError):
                text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
                children = [int(c) for c in text.split()]
                for child in children:
                    self.parents.setdefault(child, pid)
                todo += children
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in self._tree():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                with contextlib.suppress(OSError, IndexError, ValueError):
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    seconds = (int(fields[11]) + int(fields[12])) / self._tick  # utime + stime
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), seconds)
                    now = time.perf_counter() - self.started
                    self.samples.setdefault(pid, []).append((now, seconds))
                    self.system[pid] = int(fields[12]) / self._tick
                    self.faults[pid] = int(fields[7])
                    if "forkserver" not in self.names.get(pid, ""):  # until exec'd
                        with contextlib.suppress(OSError):
                            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                            self.names[pid] = cmd.decode(errors="replace")
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        kb = int(line.split()[1])
                        self.peaks[pid] = max(self.peaks.get(pid, 0), kb)
            self._stop.wait(self.every)

    def stop(self) -> tuple[float, float]:
        """Stop polling; the summed peak RSS in MB and the summed CPU seconds."""
        self._stop.set()
        self._thread.join()
        return sum(self.peaks.values()) / 1024, sum(self.cpu.values())

    def timeline(self) -> list[dict[str, Any]]:
        """Each process of the run: its role, when it was first seen, when its CPU time first
        and last grew (seconds since the command started), and its CPU seconds."""
        rows = []
        for pid, samples in sorted(self.samples.items(), key=lambda item: item[1][0][0]):
            name = self.names.get(pid, "")
            if pid == self.pid:
                role = "command"
            elif "resource_tracker" in name:
                role = "resource tracker"
            elif "forkserver" in name:
                role = "fork server" if self.parents.get(pid) == self.pid else "worker"
            else:
                role = "other"
            pairs = zip(samples[1:], samples, strict=False)
            grew = [t for (t, c), (_, before) in pairs if c > before]
            rows.append(
                {
                    "pid": pid,
                    "role": role,
                    "seen": round(samples[0][0], 2),
                    "first_cpu": round(grew[0], 2) if grew else None,
                    "last_cpu": round(grew[-1], 2) if grew else None,
                    "cpu_seconds": round(samples[-1][1], 2),
                    "system_cpu_seconds": round(self.system.get(pid, 0.0), 2),
                    "minor_faults": self.faults.get(pid, 0),
                }
            )
        return rows


def run_command(
    subset: Path, jobs: int, out: Path, every: float = 0.1, timeline: bool = False
) -> dict[str, Any]:
    """``kgraph extract SUBSET --jobs J -o OUT``: wall seconds, summed peak RSS (MB) and
    summed CPU seconds of the command and its workers (and with ``timeline``, each process's
    timeline, polled every ``every`` seconds)."""
    cmd = [
        sys.executable,
        "-m",
        "kgraph",
        "extract",
        str(subset),
        "--jobs",
        str(jobs),
        "-o",
        str(out),
    ]
    env = {**os.environ, "KGRAPH_NO_PROGRESS": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    rss = PeakRSS(proc.pid, every)
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    peak, cpu = rss.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{stderr[-2000:]}")
    result: dict[str, Any] = {"seconds": seconds, "peak_rss_mb": peak, "cpu_seconds": cpu}
    if timeline:
        result["timeline"] = rss.timeline()
    return result


def timelines(lines: list[str], tmp: Path) -> dict[str, Any]:
    """``--jobs 1`` then ``--jobs 2`` once each, /proc polled every 20 ms: where the wall time
    of each goes (start-up, the workers' first and last CPU use, the command's own CPU)."""
    subset = tmp / "subset.jsonl"
    subset.write_text("".join(lines), encoding="utf-8")
    out: dict[str, Any] = {}
    for jobs in (1, 2):
        result = run_command(subset, jobs, tmp / f"timeline-{jobs}.jsonl", 0.02, True)
        out[str(jobs)] = {
            "seconds": round(result["seconds"], 2),
            "cpu_seconds": round(result["cpu_seconds"], 2),
            "processes": result["timeline"],
        }
    out["critical_path_ratio"] = critical_path_ratio(out)
    return out


def critical_path_ratio(runs: dict[str, Any]) -> float | None:
    """The speed-up ``--jobs 2`` would have with a core of its own for each process: the CPU
    seconds of ``--jobs 1`` over those of ``--jobs 2``'s longest chain (the command's own CPU,
    the fork server's start-up, the busier worker). CPU seconds hardly depend on what else the
    machine runs, wall seconds do."""
    processes = runs["2"]["processes"]
    command = sum(p["cpu_seconds"] for p in processes if p["role"] == "command")
    server = sum(p["cpu_seconds"] for p in processes if p["role"] == "fork server")
    workers = [p["cpu_seconds"] for p in processes if p["role"] == "worker"]
    if not workers:
        return None
    return round(runs["1"]["cpu_seconds"] / (command + server + max(workers)), 2)


def compare_jobs(lines: list[str], repeat: int, tmp: Path) -> dict[str, Any]:
    subset = tmp / "subset.jsonl"
    subset.write_text("".join(lines), encoding="utf-8")
    words = words_of(lines)
    best: dict[int, dict[str, float]] = {}
    for r in range(repeat):
        for jobs in (1, 2) if r % 2 == 0 else (2, 1):
            result = run_command(subset, jobs, tmp / f"out-{jobs}.jsonl")
            kept = best.get(jobs)
            if kept is None or result["seconds"] < kept["seconds"]:
                best[jobs] = result
    rows = {
        jobs: {
            "seconds": round(r["seconds"], 2),
            "docs_per_s": round(len(lines) / r["seconds"], 1),
            "words_per_s": round(words / r["seconds"]),
            "peak_rss_mb": round(r["peak_rss_mb"]),
            "cpu_seconds": round(r["cpu_seconds"], 2),
        }
        for jobs, r in best.items()
    }
    same = (tmp / "out-1.jsonl").read_bytes() == (tmp / "out-2.jsonl").read_bytes()
    return {
        "records": len(lines),
        "words": words,
        "jobs": rows,
        "speedup": round(best[1]["seconds"] / best[2]["seconds"], 2),
        # CPU the two-worker run spends over the one-process run (worker start-up, hand-over)
        "cpu_ratio": round(best[2]["cpu_seconds"] / best[1]["cpu_seconds"], 2),
        "same_output": same,
    }


# One process of the --ceiling step: start-up, then the extraction of a JSONL file's records.
CEILING_PROCESS = """
import json, sys, time
from kgraph.extract import extract_many
from kgraph.extract.nlp import load_pipeline
from kgraph.inputs import document_from_record
load_pipeline()
ready = time.time()
with open(sys.argv[1], encoding="utf-8") as stream:
    documents = [document_from_record(json.loads(line), str(i), lambda _: None)
                 for i, line in enumerate(stream)]
triples = sum(len(ts) for _, ts in extract_many([d for d in documents if d is not None]))
print(json.dumps({"ready": ready, "done": time.time(), "triples": triples}))
"""


def _ceiling_run(files: list[Path]) -> dict[str, Any]:
    """Start one process per file at once; when each was ready and done (s since the start)."""
    started = time.time()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CEILING_PROCESS, str(f)], stdout=subprocess.PIPE, text=True
        )
        for f in files
    ]
    outs = [json.loads(proc.communicate()[0]) for proc in procs]
    if any(proc.returncode for proc in procs):
        raise SystemExit("a --ceiling process failed")
    return {
        "wall": max(o["done"] for o in outs) - started,
        "start_up": [o["ready"] - started for o in outs],
        "work": [o["done"] - o["ready"] for o in outs],
        "triples": sum(o["triples"] for o in outs),
    }


def ceiling(lines: list[str], repeat: int, tmp: Path) -> dict[str, Any]:
    """One process on all records vs two at once on a half each, alternating, fastest kept."""
    whole, first, second = tmp / "all.jsonl", tmp / "half-1.jsonl", tmp / "half-2.jsonl"
    half = len(lines) // 2
    whole.write_text("".join(lines), encoding="utf-8")
    first.write_text("".join(lines[:half]), encoding="utf-8")
    second.write_text("".join(lines[half:]), encoding="utf-8")
    best: dict[str, dict[str, Any]] = {}
    for r in range(repeat):
        for step in ("one", "two") if r % 2 == 0 else ("two", "one"):
            run = _ceiling_run([whole] if step == "one" else [first, second])
            if step not in best or run["wall"] < best[step]["wall"]:
                best[step] = run
    one, two = best["one"], best["two"]
    return {
        "records": len(lines),
        "one_wall": round(one["wall"], 2),
        "one_start_up": round(one["start_up"][0], 2),
        "one_work": round(one["work"][0], 2),
        "two_wall": round(two["wall"], 2),
        "two_start_up": [round(s, 2) for s in two["start_up"]],
        "two_work": [round(w, 2) for w in two["work"]],
        # a fork server's best: one start-up alone, then both halves at once
        "ceiling": round(one["wall"] / (one["start_up"][0] + max(two["work"])), 2),
        "two_processes_speedup": round(one["wall"] / two["wall"], 2),
        # the two halves' work, each on a core, over the whole work on one: 1.0 = no contention
        "work_slowdown": round(sum(two["work"]) / one["work"][0], 2),
        "same_triples": one["triples"] == two["triples"],
    }


def compare_bare_spacy(lines: list[str], repeat: int) -> dict[str, Any]:
    """Bare spaCy vs kgraph's extraction, one process each (this one), fastest of ``repeat``."""
    import spacy

    from kgraph.extract import extract_many
    from kgraph.extract.nlp import load_pipeline, model_name
    from kgraph.inputs import document_from_record

    documents = [
        d
        for i, line in enumerate(lines)
        if (d := document_from_record(json.loads(line), str(i), lambda _: None)) is not None
    ]
    texts = [d.text for d in documents]
    bare = spacy.load(model_name())
    load_pipeline()
    list(bare.pipe(texts[:20]))  # warm up both
    list(extract_many(documents[:20]))
    steps = ("bare_spacy", "kgraph", "bare_spacy_no_zones")
    times = dict.fromkeys(steps, float("inf"))
    cpu = dict.fromkeys(steps, float("inf"))
    triples = 0
    for r in range(repeat):
        for step in steps if r % 2 == 0 else steps[::-1]:
            started, cpu_started = time.perf_counter(), time.process_time()
            if step == "bare_spacy":
                # like kgraph: batches of 32, each in a memory zone (so the tokenizer's cache,
                # the vocabulary's new words and the lemmatizer's cache entries for them do
                # not carry over from one pass, or one batch, to the next)
                for start in range(0, len(texts), 32):
                    with bare.memory_zone():
                        for _ in bare.pipe(texts[start : start + 32], batch_size=32):
                            pass
            elif step == "bare_spacy_no_zones":  # all it learns kept: later passes are cheaper
                for _ in bare.pipe(texts, batch_size=32):
                    pass
            else:
                triples = sum(len(ts) for _, ts in extract_many(documents))
            times[step] = min(times[step], time.perf_counter() - started)
            cpu[step] = min(cpu[step], time.process_time() - cpu_started)
    return {
        "records": len(documents),
        "bare_spacy_seconds": round(times["bare_spacy"], 2),
        "kgraph_seconds": round(times["kgraph"], 2),
        "ratio": round(times["kgraph"] / times["bare_spacy"], 3),
        "bare_spacy_cpu_seconds": round(cpu["bare_spacy"], 2),
        "kgraph_cpu_seconds": round(cpu["kgraph"], 2),
        # CPU time is what the other processes on a shared machine disturb least
        "cpu_ratio": round(cpu["kgraph"] / cpu["bare_spacy"], 3),
        "bare_spacy_no_zones_cpu_seconds": round(cpu["bare_spacy_no_zones"], 2),
        "cpu_ratio_no_zones": round(cpu["kgraph"] / cpu["bare_spacy_no_zones"], 3),
        "triples": triples,
    }


def _repeated(lines: list[str], n: int) -> list[str]:
    out = []
    for i in range(n):
        record = json.loads(lines[i % len(lines)])
        record["id"] = f"{record.get('id')}#{i // len(lines)}"
        out.append(json.dumps(record) + "\n")
    return out


def heaviest(lines: list[str], batches: int = 15, size: int = 32) -> list[str]:
    """The ``batches`` consecutive runs of ``size`` records (as ``kgraph extract`` batches them)
    with the most characters, in corpus order: what sets the whole corpus's peak memory."""
    runs = [lines[i : i + size] for i in range(0, len(lines), size)]
    chars = [sum(len(str(json.loads(line).get("text") or "")) for line in run) for run in runs]
    keep = sorted(sorted(range(len(runs)), key=lambda i: -chars[i])[:batches])
    return [line for i in keep for line in runs[i]]


RSS_SIZES = ("small", "repeated", "heaviest", "full")


def compare_rss(
    corpus: Path,
    jobs: list[int],
    tmp: Path,
    small: int = 1000,
    labels: tuple[str, ...] = ("small", "repeated", "full"),
) -> dict[str, Any]:
    """Each ``--jobs`` value on the first ``small`` records and on the whole corpus."""
    full = read_records(corpus, None)
    every = {
        "small": full[:small],
        # the first records again and again, as many as the whole corpus: the same documents'
        # sizes, ten times the number: what memory does with the number of documents alone
        "repeated": _repeated(full[:small], len(full)),
        # the 15 32-record batches with the most characters (480 records, the longest
        # article among them): the whole corpus's peak in a few minutes
        "heaviest": heaviest(full),
        "full": full,
    }
    sizes = {label: every[label] for label in labels}
    for label, lines in sizes.items():
        (tmp / f"rss-{label}.jsonl").write_text("".join(lines), encoding="utf-8")
    out: dict[str, Any] = {}
    for j in jobs:
        row: dict[str, Any] = {}
        for label, lines in sizes.items():
            result = run_command(tmp / f"rss-{label}.jsonl", j, tmp / f"rss-{label}-{j}.out")
            row[label] = {
                "records": len(lines),
                "seconds": round(result["seconds"], 1),
                "docs_per_s": round(len(lines) / result["seconds"], 1),
                "peak_rss_mb": round(result["peak_rss_mb"]),
                "cpu_seconds": round(result["cpu_seconds"], 1),
            }
        for label, key in (
            ("full", "rss_ratio"),
            ("repeated", "repeat_ratio"),
            ("heaviest", "heaviest_ratio"),
        ):
            if label in row and "small" in row:
                row[key] = round(row[label]["peak_rss_mb"] / row["small"]["peak_rss_mb"], 3)
        out[str(j)] = row
    if len(jobs) > 1 and "full" in labels:
        first, last = out[str(jobs[0])]["full"], out[str(jobs[-1])]["full"]
        out["full_speedup"] = round(first["seconds"] / last["seconds"], 2)
        a, b = (tmp / f"rss-full-{jobs[0]}.out"), (tmp / f"rss-full-{jobs[-1]}.out")
        out["full_same_output"] = a.read_bytes() == b.read_bytes()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--records", type=int, default=400, help="records to compare (400)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes, fastest kept")
    parser.add_argument("--rss", action="store_true", help="also peak RSS at 1,000 and all")
    parser.add_argument(
        "--rss-jobs", default="1,2", help="--jobs values for the RSS runs, comma-separated (1,2)"
    )
    parser.add_argument(
        "--rss-sizes",
        default="small,repeated,full",
        help="inputs of the RSS runs, comma-separated, among "
        + ",".join(RSS_SIZES)
        + " (small,repeated,full; 'heaviest' is the corpus's 15 heaviest batches)",
    )
    parser.add_argument("--skip-jobs", action="store_true", help="skip the --jobs 1/2 step")
    parser.add_argument("--skip-bare", action="store_true", help="skip the bare-spaCy step")
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="also --jobs 1 and 2 once each with every process's timeline (20 ms polls)",
    )
    parser.add_argument(
        "--ceiling",
        action="store_true",
        help="also one process on all records vs two independent ones on a half each",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such corpus, skipped (see --corpus)", file=sys.stderr)
        return 0
    lines = read_records(args.corpus, args.records)
    result: dict[str, Any] = {"load_average": None}
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        if not args.skip_jobs:
            result["jobs"] = compare_jobs(lines, args.repeat, Path(tmp))
        if args.timeline:
            result["timeline"] = timelines(lines, Path(tmp))
        if args.ceiling:
            result["ceiling"] = ceiling(lines, args.repeat, Path(tmp))
        if not args.skip_bare:
            result["bare"] = compare_bare_spacy(lines, args.repeat)
        if args.rss:
            jobs = [int(j) for j in args.rss_jobs.split(",")]
            labels = tuple(label for label in args.rss_sizes.split(",") if label)
            unknown = [label for label in labels if label not in RSS_SIZES]
            if unknown:
                parser.error(f"--rss-sizes: unknown {', '.join(unknown)}")
            result["rss"] = compare_rss(args.corpus, jobs, Path(tmp), labels=labels)
    result["load_average"] = round(os.getloadavg()[0], 1)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"load average {result['load_average']}")
    if "jobs" in result:
        j = result["jobs"]
        print(f"{j['records']} records, {j['words']:,} words")
        for jobs, row in j["jobs"].items():
            print(
                f"  --jobs {jobs}: {row['seconds']} s, {row['docs_per_s']} docs/s, "
                f"{row['words_per_s']:,} words/s, peak RSS {row['peak_rss_mb']} MB, "
                f"CPU {row['cpu_seconds']} s"
            )
        print(
            f"  --jobs 2 / --jobs 1 speed-up: {j['speedup']}x (CPU spent: {j['cpu_ratio']}x); "
            f"same output: {j['same_output']}"
        )
    if "timeline" in result:
        for jobs, run in result["timeline"].items():
            if not isinstance(run, dict):
                continue
            print(f"  timeline, --jobs {jobs}: {run['seconds']} s wall, {run['cpu_seconds']} CPU s")
            for p in run["processes"]:
                print(
                    f"    {p['role']:<16} seen {p['seen']:>5} s, CPU from {p['first_cpu']} s "
                    f"to {p['last_cpu']} s, {p['cpu_seconds']} CPU s "
                    f"({p['system_cpu_seconds']} in the kernel, {p['minor_faults']:,} page faults)"
                )
        print(
            "  --jobs 1 CPU s / --jobs 2's longest chain of CPU s (command + fork server + "
            f"busier worker): {result['timeline']['critical_path_ratio']}"
        )
    if "ceiling" in result:
        c = result["ceiling"]
        print(
            f"  ceiling, {c['records']} records: one process {c['one_wall']} s (start-up "
            f"{c['one_start_up']} s, work {c['one_work']} s); two at once, a half each, "
            f"{c['two_wall']} s (start-ups {c['two_start_up']} s, work {c['two_work']} s)"
        )
        print(
            f"  two independent processes: {c['two_processes_speedup']}x; ceiling of a fork "
            f"server (one start-up, then the halves at once): {c['ceiling']}x; the halves' work "
            f"side by side / the whole work alone: {c['work_slowdown']}; "
            f"same triples: {c['same_triples']}"
        )
    if "bare" in result:
        b = result["bare"]
        print(
            f"  one process: bare spaCy {b['bare_spacy_seconds']} s, kgraph extraction "
            f"{b['kgraph_seconds']} s -> extraction / bare spaCy = {b['ratio']} "
            f"(CPU time: {b['kgraph_cpu_seconds']} / {b['bare_spacy_cpu_seconds']} s = "
            f"{b['cpu_ratio']}; bare spaCy without memory zones "
            f"{b['bare_spacy_no_zones_cpu_seconds']} CPU s: {b['cpu_ratio_no_zones']})"
        )
    if "rss" in result:
        r = result["rss"]
        for j, row in r.items():
            if not isinstance(row, dict):
                continue
            for label in RSS_SIZES:
                if label not in row:
                    continue
                size = row[label]
                print(
                    f"  --jobs {j}, {size['records']:,} records: {size['seconds']} s, "
                    f"{size['docs_per_s']} docs/s, peak RSS {size['peak_rss_mb']} MB, "
                    f"CPU {size['cpu_seconds']} s"
                )
            names = {
                "rss_ratio": "whole corpus",
                "repeat_ratio": "1,000 records repeated to the corpus's count",
                "heaviest_ratio": "the corpus's 15 heaviest batches",
            }
            for key, name in names.items():
                if key in row:
                    print(f"  --jobs {j}: peak RSS, {name} / first 1,000 records: {row[key]}")
        if "full_speedup" in r:
            print(
                f"  whole corpus speed-up: {r['full_speedup']}x; "
                f"same output: {r['full_same_output']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
