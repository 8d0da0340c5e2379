"""Cost of relation rules: ``extract_relations`` on the same parsed articles with and without
some rule functions, side by side in one process (so a busy machine slows both alike).

The articles are the event-density sample (``bench/event_density.py``: the ``isot-true-``
records of ``../shared/corpus/news-bench.jsonl``, shuffled with ``Random(31)``, first ``--n``).
They are parsed and their actors resolved once; then the relation stage alone is timed,
alternating "without" and "with" ``--repeat`` times, fastest kept. ``--without`` names
functions of :mod:`kgraph.extract.relations` that make candidates (stubbed to yield nothing),
drop them (stubbed to drop nothing) or rewrite them (stubbed to leave them as they are);
``module:function`` names a function of another module (a helper returning a list or a
frozenset is stubbed to return an empty one: ``kgraph.extract.args_plural:included_members``).

    python bench/rules_cost.py --without label_candidates,denied_candidates,call_candidates
    python bench/rules_cost.py --without dated_past,own_people_advice --n 50

Read the ratio, not the seconds: the machine is shared. The relation stage is a small part of
extraction (the parse dominates), so its ratio overstates any cost to a whole run.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_density import CORPUS, documents, sample_records  # noqa: E402


def _stub(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """A rule that makes candidates yields none; a check that drops one drops none; a sense
    that rewrites one returns it unchanged."""
    returns = str(inspect.signature(original).return_annotation)
    if name.endswith("_candidates"):
        return lambda *args, **kwargs: iter(())
    if returns.startswith("list["):
        return lambda *args, **kwargs: []
    if returns.startswith("frozenset["):
        return lambda *args, **kwargs: frozenset()
    if returns == "bool":
        return lambda *args, **kwargs: False
    return lambda candidate, *args, **kwargs: candidate


def _module(name: str) -> Any:
    """The module of a ``--without`` name: ``module:function``, or kgraph.extract.relations."""
    import importlib

    module, _, function = name.rpartition(":")
    try:
        return importlib.import_module(module or "kgraph.extract.relations")
    except ImportError:
        return None


def _function(name: str) -> str:
    return name.rpartition(":")[2]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    parser.add_argument("--n", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--repeat", type=int, default=6, help="timed rounds (default 6)")
    parser.add_argument(
        "--without",
        required=True,
        help="comma-separated functions of kgraph.extract.relations (or module:function)",
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        parser.error(f"{args.corpus}: no such corpus (it lives in ../shared/corpus)")

    import kgraph.extract.relations as relations
    from kgraph.extract.entities import find_actors
    from kgraph.extract.nlp import load_pipeline

    names = [n.strip() for n in args.without.split(",") if n.strip()]
    modules = {n: _module(n) for n in names}
    unknown = [n for n in names if not callable(getattr(modules[n], _function(n), None))]
    if unknown:
        parser.error(f"--without: no such function: {unknown}")
    originals = {n: getattr(modules[n], _function(n)) for n in names}
    stubs = {n: _stub(_function(n), f) for n, f in originals.items()}

    nlp = load_pipeline()
    parsed = []
    for document in documents(sample_records(args.corpus, args.n)):
        doc = nlp.make_doc(document.text)
        doc._.kgraph_id, doc._.kgraph_date = document.id, document.date
        doc = nlp(doc)
        parsed.append((doc, find_actors(doc, document.id), document))

    def run(functions: dict[str, Callable[..., Any]]) -> float:
        for name, function in functions.items():
            setattr(modules[name], _function(name), function)
        started = time.perf_counter()
        for doc, actors, document in parsed:
            relations.extract_relations(doc, actors, document)
        return time.perf_counter() - started

    times: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.repeat):
        times["without"].append(run(stubs))
        times["with"].append(run(originals))
    without, with_ = min(times["without"]), min(times["with"])
    print(
        f"{len(parsed)} articles, relation stage only, fastest of {args.repeat}: without "
        f"{without:.2f} s, with {with_:.2f} s, ratio {with_ / without:.3f} ({', '.join(names)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
