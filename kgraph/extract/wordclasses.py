"""Word classes kept as data: a ``kgraph/data/<name>.tsv`` file of ``class<TAB>words`` rows.

The rules that read a class are code; which words belong to it is linguistic knowledge, kept
in the data file with a comment saying what the class is for (see ``modality.tsv``).
"""

from __future__ import annotations

from importlib import resources

from kgraph.errors import KgraphError


def parse_word_classes(text: str, source: str) -> dict[str, frozenset[str]]:
    """Read ``name<TAB>word word ...`` rows; blank lines and ``#`` comment lines are skipped.

    Raises:
        KgraphError: naming the file and line of a row without words or a class named twice.
    """
    classes: dict[str, frozenset[str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, members = line.partition("\t")
        name, found = name.strip(), members.split()
        if not name or not found:
            raise KgraphError(f"{source}:{lineno}: expected a class name, a tab and its words")
        if name in classes:
            raise KgraphError(f"{source}:{lineno}: class {name!r} is defined twice")
        classes[name] = frozenset(found)
    return classes


def read_word_classes(name: str) -> dict[str, frozenset[str]]:
    """The word classes of the packaged data file ``kgraph/data/<name>``."""
    text = resources.files("kgraph").joinpath("data", name).read_text(encoding="utf-8")
    return parse_word_classes(text, name)


class WordClasses:
    """The classes of one data file, handed out by name once each: :meth:`unused` names the
    classes no rule asked for, so a test can catch a class left behind in the file."""

    def __init__(self, name: str) -> None:
        self.source = name
        self._classes = read_word_classes(name)
        self._asked: set[str] = set()

    def __getitem__(self, name: str) -> frozenset[str]:
        try:
            found = self._classes[name]
        except KeyError:
            raise KgraphError(f"{self.source} has no word class {name!r}") from None
        self._asked.add(name)
        return found

    def unused(self) -> list[str]:
        return sorted(set(self._classes) - self._asked)
