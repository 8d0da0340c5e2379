"""Loading the spaCy English pipeline (installed as a package; nothing is downloaded).

:func:`load_nlp` is the parser alone (the model with paragraph boundaries and surnames that
are English words parsed as a stand-in's, :mod:`kgraph.extract.standins`, made faster by
:mod:`kgraph.extract.model_tuning`); :func:`load_pipeline` is what ``kgraph.extract`` runs: the
same, followed by the ``kgraph_actors`` and ``kgraph_relations`` components
(:mod:`kgraph.extract.components`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from kgraph.extract.packages import MODEL_PACKAGES, import_spacy, model_name, paused_gc

import_spacy()  # first, without spaCy's command line (a sixth of the start-up)

from spacy.language import Language  # noqa: E402
from spacy.tokenizer import Tokenizer  # noqa: E402
from spacy.util import registry  # noqa: E402

import kgraph.extract.paragraphs  # noqa: E402, F401  (registers kgraph_paragraphs)
import kgraph.extract.standins  # noqa: E402, F401  (registers kgraph_standins)
from kgraph.extract.lemma_tuning import tune_lemmas  # noqa: E402
from kgraph.extract.matmul import use_numpy_matmul  # noqa: E402
from kgraph.extract.model_tuning import (  # noqa: E402
    bound_tok2vec,
    fixed_malloc_thresholds,
    hashed_lemma_index,
    indexed_attribute_ruler,
)
from kgraph.extract.tokenizer_tuning import tune_tokenizer  # noqa: E402

__all__ = ["MODEL_PACKAGES", "load_nlp", "load_pipeline", "model_name"]

# The model's tokenizer made empty: loading the package fills it from its own files (see
# empty_tokenizer)
EMPTY_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "kgraph.empty_tokenizer.v1"}}}


@registry.tokenizers("kgraph.empty_tokenizer.v1")
def empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no rules, for a model package to load its own into.

    The configured ``spacy.Tokenizer.v1`` builds English's prefixes, suffixes, infixes and
    2,694 special cases, which loading the package then replaces with the ones saved with the
    model (the same): built twice, ~0.1 of the ~0.4 s the model takes to load. The tokenizer
    that comes out is the saved one either way (a test compares them byte for byte).
    """

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


def _load_model() -> Language:
    import spacy

    fixed_malloc_thresholds()
    nlp = spacy.load(model_name(), config=EMPTY_TOKENIZER)
    tune_tokenizer(nlp.tokenizer)  # "(BBDb.TO)" and "Sgt." one token each
    tune_lemmas(nlp)  # "hoped" is "hope", not "hop"
    nlp.add_pipe("kgraph_paragraphs", before="parser")
    # surnames that are English words ("Trump", Theresa "May") parsed as a plain surname
    nlp.add_pipe("kgraph_standins", before="ner")
    bound_tok2vec(nlp)
    indexed_attribute_ruler(nlp)
    hashed_lemma_index(nlp)
    use_numpy_matmul(nlp)
    return nlp


@functools.cache
def load_nlp() -> Language:
    """Load and cache the English parser, with paragraph boundaries before the parser.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    with paused_gc(freeze=True):
        return _load_model()


@functools.cache
def load_pipeline() -> Language:
    """Load and cache kgraph's extraction pipeline: the parser of :func:`load_nlp` (a copy of
    its own), then ``kgraph_actors`` and ``kgraph_relations``.

    Raises:
        ModelNotInstalledError: when neither model package is installed.
    """
    with paused_gc(freeze=True):
        import kgraph.extract.components  # noqa: F401  (registers the factories)
        from kgraph.extract.lexicon import load_lexicon
        from kgraph.resolve.gazetteer import load as load_gazetteer

        nlp = _load_model()
        nlp.add_pipe("kgraph_actors")
        nlp.add_pipe("kgraph_relations")
        # what the components read on their first document, loaded here with the collector
        # paused (both are cached: the first document finds them ready)
        load_gazetteer()
        load_lexicon()
    return nlp
