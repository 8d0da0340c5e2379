"""The examples in kgraph's docstrings run and show what they print (``doctest``)."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import kgraph

PACKAGE = Path(kgraph.__file__).parent
WITH_EXAMPLES = sorted(
    ".".join(("kgraph", *path.relative_to(PACKAGE).with_suffix("").parts))
    for path in PACKAGE.rglob("*.py")
    if ">>> " in path.read_text(encoding="utf-8")
)


def test_the_package_has_docstring_examples():
    assert len(WITH_EXAMPLES) >= 5


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted > 0, f"{name} has '>>> ' but no example doctest finds"
    assert result.failed == 0
