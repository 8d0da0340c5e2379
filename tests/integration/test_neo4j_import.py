"""`kgraph export --format neo4j-import`: the files go through the real `neo4j-admin database
import full` (the import tool of the cached Neo4j jars, run offline into a fresh home)."""

from __future__ import annotations

import csv
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from kgraph.export import neo4j_import_command, write_neo4j_import
from kgraph.model import Entity
from kgraph.stores.sqlite_store import SQLiteStore

from .test_store_contract import RUS, SAMPLE, VEN, mention

POM = Path(__file__).resolve().parents[2] / "scripts" / "neo4j" / "pom.xml"

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
NODE_FILES = {"entities.csv", "mentions.csv", "names.csv"}


def neo4j_jars() -> Path | None:
    version = re.search(r"<neo4j.version>(.*)</neo4j.version>", POM.read_text()).group(1)  # type: ignore[union-attr]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    lib = cache / "kgraph" / "neo4j" / f"lib-{version}"
    return lib if (lib / ".complete").exists() and shutil.which("java") else None


def test_neo4j_import_files_load_with_the_import_tool(tmp_path: Path) -> None:
    lib = neo4j_jars()
    if lib is None:
        pytest.skip("no cached Neo4j jars or java (scripts/neo4j-local start fetches them)")
    odd = Entity('org:"q;,|\n', 'Name, with "quotes"; and|bars', "Organization", None,
                 ("a;b", "c|d"))  # fmt: skip
    tricky = mention(RUS, "SUPPLIES", VEN, "d9", 0, None).with_(object=odd)
    with SQLiteStore(tmp_path / "g.db") as store:
        store.add([*SAMPLE, tricky])
        counts = write_neo4j_import(store, tmp_path / "import")
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(
        "server.directories.data=data\nserver.directories.logs=logs\n"
        "server.directories.transaction.logs.root=data/transactions\n"
    )
    command = shlex.split(neo4j_import_command(str(tmp_path / "import")))
    assert command[:2] == ["neo4j-admin", "database"]
    assert (tmp_path / "import" / "import-command.txt").read_text().split() == command
    run = subprocess.run(
        ["java", "-Xmx512m", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", *command[1:]],
        env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
        cwd=tmp_path,  # the tool writes its import.report into the working directory
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert (tmp_path / "import.report").exists()
    done = run.stdout[run.stdout.index("IMPORT DONE") :]
    nodes = sum(n for f, n in counts.items() if f in NODE_FILES)
    relationships = sum(n for f, n in counts.items() if f not in NODE_FILES)
    assert f"{nodes} nodes" in done and f"{relationships} relationships" in done
    assert (counts["entities.csv"], counts["relations.csv"], counts["mentions.csv"]) == (9, 10, 11)
    # Each mention carries its sentence, article and offsets, as the loader writes them.
    with (tmp_path / "import" / "mentions.csv").open(encoding="utf-8", newline="") as handle:
        found = {(r["evidence"], r["doc_id"], r["sentence"], r["start:int"], r["end:int"])
                 for r in csv.DictReader(handle)}  # fmt: skip
    expected = {(t.evidence.id, t.evidence.doc_id, t.evidence.sentence, str(t.evidence.start),
                 str(t.evidence.end)) for t in [*SAMPLE, tricky]}  # fmt: skip
    assert found == expected
