"""Generated news-like articles for pipeline tests (no corpus text)."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

COUNTRIES = ("Russia", "Venezuela", "China", "Iran", "France", "Brazil", "Norway", "Turkey")
SENTENCES = (
    "{a} supplied arms to {b} on {day}.",
    "{a} criticized {b} over the border dispute.",
    "The government of {a} said it would send troops to {b}.",
    "Officials from {a} met their counterparts from {b} in Geneva.",
    "{a} imposed sanctions on {b} after the vote.",
    "{a} did not recognize the election in {b}.",
    "Talks between {a} and {b} were mediated by Norway.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
ROOT = Path(__file__).resolve().parents[2]


def news_bench() -> Path | None:
    """``../shared/corpus/news-bench.jsonl`` beside the checkout (or beside the folder of a
    worktree), or None where the shared material is absent."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "corpus" / "news-bench.jsonl"
        if path.exists():
            return path
    return None


def news_bench_texts(n: int) -> list[str]:
    """The texts of the first ``n`` news-bench records, read where they lie (none where the
    shared material is absent)."""
    path = news_bench()
    if path is None:
        return []
    texts = []
    with path.open(encoding="utf-8") as stream:
        for line in itertools.islice(stream, n):
            text = json.loads(line).get("text")
            if isinstance(text, str):
                texts.append(text)
    return texts


def paragraph(rng: random.Random, sentences: int = 4) -> str:
    out = []
    for _ in range(sentences):
        a, b = rng.sample(COUNTRIES, 2)
        out.append(rng.choice(SENTENCES).format(a=a, b=b, day=rng.choice(DAYS)))
    return " ".join(out)


def article(rng: random.Random, paragraphs: int = 3) -> str:
    return "\n\n".join(paragraph(rng) for _ in range(paragraphs)) + "\n"


def write_records(path: Path, n: int, seed: int = 7, bad_lines: bool = False) -> Path:
    """``n`` JSONL records ``{"id", "text", "date"}``; with ``bad_lines``, a broken line and a
    record without text among them."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        record = {"id": f"gen-{i:04d}", "text": article(rng), "date": f"2020-01-{i % 28 + 1:02d}"}
        lines.append(json.dumps(record))
        if bad_lines and i == n // 3:
            lines.append('{"id": "broken", "text": ')
        if bad_lines and i == 2 * n // 3:
            lines.append(json.dumps({"id": "empty", "text": ""}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
