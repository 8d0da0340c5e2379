"""The README's commands run as written, from a fresh copy of the repository.

Every fenced ``sh`` line and ``python`` block of README.md runs, in document order (later
commands read what earlier ones wrote, as a reader's would), in a temporary copy of the
repository's files with a fresh home directory. The rules, none naming a command:

- a line whose comment says ``# needs: neo4j`` (a server), ``# needs: cluster`` (a Dask
  scheduler and workers), ``# needs: shared`` (the development sets in ``../shared/``) or
  ``# needs: dev`` (a development tool that ``.ci/run`` runs itself) is not run here; a
  ``python`` block with such a line is not run;
- a line whose code (not its comment) mentions a Bolt URI, ``scripts/neo4j-local``, a Dask
  address or command, or ``../shared`` without such a mark fails the test, so nothing that
  needs them can slip in unmarked;
- set-up steps (``python3 -m venv .venv``, ``pip install``) are not repeated: the copy's
  ``.venv/bin`` is the environment running this test, and the copy's PATH starts there, as
  with an activated environment.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
NEEDS = {"neo4j", "shared", "dev", "cluster"}
NEEDS_MARK = re.compile(r"#\s*needs:\s*([\w-]+)")
UNMARKED_HINTS = (
    *("bolt://", "neo4j://", "neo4j+s://", "neo4j-local", "../shared"),
    *("tcp://", "dask "),  # a Dask scheduler and workers
)
SETUP_STEP = re.compile(r"^(python3? -m venv |(\S*/)?pip install )")
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "__pycache__", "*.egg-info", ".*_cache", "build", "dist", ".neo4j"
)


@dataclass
class Snippet:
    lang: str  # "sh" (one command line) or "python" (a whole block)
    code: str
    lineno: int
    need: str | None


def readme_snippets(text: str) -> list[Snippet]:
    """The ``sh`` command lines and ``python`` blocks of a Markdown text, in order."""
    snippets: list[Snippet] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        fence = re.fullmatch(r"```(\w+)\s*", lines[i])
        if not fence or fence[1] not in ("sh", "python"):
            i += 1
            continue
        start, body = i + 1, []
        i += 1
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        i += 1
        if fence[1] == "python":
            needs = [m[1] for line in body if (m := NEEDS_MARK.search(line))]
            snippets.append(Snippet("python", "\n".join(body) + "\n", start, _one_need(needs)))
            continue
        for offset, line in enumerate(body):
            command = line.strip()
            if not command or command.startswith("#"):
                continue
            mark = NEEDS_MARK.search(_comment(command))
            snippets.append(Snippet("sh", command, start + offset + 1, mark[1] if mark else None))
    return snippets


def _comment(command: str) -> str:
    """The trailing ``# ...`` comment of a shell line (a ``#`` inside quotes is not one)."""
    quote = None
    for pos, char in enumerate(command):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (pos == 0 or command[pos - 1].isspace()):
            return command[pos:]
    return ""


def _one_need(needs: list[str]) -> str | None:
    return needs[0] if needs else None


def without_setup(command: str) -> str:
    """The command less its set-up steps (venv creation, pip install) joined by ``&&``."""
    steps = [s.strip() for s in command.split("&&")]
    return " && ".join(s for s in steps if not SETUP_STEP.match(s))


def test_readme_snippets_rules_catch_marks_and_setup():
    text = "\n".join(
        [
            "```sh",
            "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/kgraph stats",
            'kgraph query "MATCH (n) RETURN n # x" --graph bolt://h   # needs: neo4j',
            "# a comment line",
            "```",
            "```python",
            "print(1)",
            "```",
        ]
    )
    first, second, third = readme_snippets(text)
    assert (first.need, without_setup(first.code)) == (None, ".venv/bin/kgraph stats")
    assert (second.need, second.lineno) == ("neo4j", 3)
    assert (third.lang, third.code, third.need) == ("python", "print(1)\n", None)


def test_readme_marks_name_known_needs_and_cover_servers_and_shared():
    snippets = readme_snippets(README.read_text(encoding="utf-8"))
    assert len([s for s in snippets if s.need is None]) >= 15
    for snippet in snippets:
        where = f"README.md:{snippet.lineno}: {snippet.code.strip()[:80]}"
        assert snippet.need is None or snippet.need in NEEDS, f"unknown mark at {where}"
        if snippet.need is None:
            code = "\n".join(
                line[: len(line) - len(_comment(line))] for line in snippet.code.splitlines()
            )
            hint = next((h for h in UNMARKED_HINTS if h in code), None)
            assert hint is None, f"{where} uses {hint} but has no '# needs:' mark"


def _fresh_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "kgraph"
    shutil.copytree(ROOT, copy, ignore=COPY_IGNORE, symlinks=True)
    for stale in copy.glob("*.graph.json"):
        stale.unlink()
    # the environment running this test, whole (its pyvenv.cfg makes `python` in it the venv's)
    (copy / ".venv").symlink_to(Path(sys.prefix))
    return copy


def _environment(tmp_path: Path, copy: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KGRAPH_", "XDG_"))}
    env["HOME"] = str(tmp_path / "home")
    env["PATH"] = f"{copy / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["KGRAPH_NO_PROGRESS"] = "1"
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.mark.integration
@pytest.mark.slow
def test_readme_commands_run_as_written_in_a_fresh_copy(tmp_path):
    copy = _fresh_copy(tmp_path)
    env = _environment(tmp_path, copy)
    (tmp_path / "home").mkdir()
    ran = 0
    for snippet in readme_snippets(README.read_text(encoding="utf-8")):
        if snippet.need is not None:
            continue
        if snippet.lang == "sh":
            argv = ["bash", "-c", without_setup(snippet.code)]
        else:
            argv = [sys.executable, "-c", snippet.code]
        done = subprocess.run(
            argv, cwd=copy, env=env, capture_output=True, text=True, timeout=600, check=False
        )
        where = f"README.md:{snippet.lineno}: {snippet.code.strip()[:100]}"
        assert done.returncode == 0, f"{where}\nexit {done.returncode}\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr, f"{where}\n{done.stderr[-2000:]}"
        ran += 1
    assert ran >= 15
    assert (copy / "triples.jsonl").stat().st_size > 0
    assert (tmp_path / "home" / ".local" / "share" / "kgraph" / "graph.db").exists()
