"""Changes to the loaded spaCy model that keep its output and cut its time or memory.

Each function changes a loaded pipeline in place (:func:`kgraph.extract.nlp.load_nlp` applies
them all) and says whether it applied: the attribute ruler's patterns found by dict lookups
(:class:`IndexedRulerMatch`), the lemmatizer's word lists as sets, glibc's malloc thresholds,
and token-to-vector networks run on bounded windows (:func:`bound_tok2vec`). Tests compare
the outputs with the model's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kgraph.extract.packages import import_spacy

import_spacy()  # first, without spaCy's command line (a sixth of the start-up)

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG  # noqa: E402
from spacy.language import Language  # noqa: E402
from thinc.api import Model  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Tokens per call of a token-to-vector network (see bound_tok2vec): its transient memory is
# ~16 KB a token (a 5,000-token article: +80 MB, twice: the tok2vec and ner components)
TOK2VEC_TOKENS = 1_000


# The token attributes the attribute ruler's patterns may test here, by the Matcher's names.
RULER_ATTRS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
# A compiled test of one token attribute: (column, kind, value); kinds: "eq" (a string hash,
# or 0/1 for IS_SPACE), "in" and "not_in" (sets of hashes), "regex" (on the lower-case text).
Test = tuple[int, str, Any]


class IndexedRulerMatch:
    """The matches of an ``AttributeRuler``'s patterns, found by dict lookups on the doc's
    arrays instead of spaCy's ``Matcher``: the same list (pattern number, key, start, end),
    sorted as ``AttributeRuler.match`` sorts it, so the ruler sets the same attributes.

    en_core_web_sm's 179 patterns are one or two tokens of exact values, ``IN``, ``NOT_IN``
    and ``REGEX`` tests on LOWER, TAG, DEP and IS_SPACE; a pattern is looked up by the value
    of its first token's most selective attribute and only then tested in full. On 400
    news-bench records the ruler's share of the parse, ~0.27 CPU s, was mostly the Matcher.

    Raises:
        ValueError: at construction, for a pattern of another shape (an operator, another
            attribute or test): the ruler is then left to its Matcher.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.strings import get_string_id

        self.key_of = [get_string_id(str(i)) for i in range(len(ruler.attrs))]
        self.by_column: list[dict[Any, list[tuple[int, list[list[Test]]]]]] = [
            {} for _ in RULER_ATTRS
        ]
        self.rest: list[tuple[int, list[list[Test]]]] = []
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tokens = [self._compile(spec, get_string_id) for spec in pattern]
                if not tokens:
                    raise ValueError("an empty pattern")
                self._index(number, tokens)

    @staticmethod
    def _compile(spec: dict[str, Any], string_id: Callable[[str], int]) -> list[Test]:
        tests: list[Test] = []
        for name, value in spec.items():
            column = RULER_ATTRS.get(name)
            if column is None:
                raise ValueError(f"attribute {name} not indexed")
            if name == "IS_SPACE":
                if not isinstance(value, bool):
                    raise ValueError("IS_SPACE takes true or false")
                tests.append((column, "eq", int(value)))
            elif isinstance(value, str):
                tests.append((column, "eq", string_id(value)))
            elif isinstance(value, dict) and len(value) == 1:
                ((kind, values),) = value.items()
                if kind in ("IN", "NOT_IN") and isinstance(values, list):
                    hashes = frozenset(string_id(v) for v in values)
                    tests.append((column, kind.lower(), hashes))
                elif kind == "REGEX" and name == "LOWER" and isinstance(values, str):
                    tests.append((column, "regex", re.compile(values)))
                else:
                    raise ValueError(f"test {kind} not indexed")
            else:
                raise ValueError(f"value {value!r} not indexed")
        return tests

    def _index(self, number: int, tokens: list[list[Test]]) -> None:
        """File a pattern under the value(s) of its first token's most selective test."""
        first = tokens[0]
        for column in range(len(RULER_ATTRS)):  # LOWER, then TAG, DEP, IS_SPACE
            for col, kind, value in first:
                if col != column or kind not in ("eq", "in"):
                    continue
                for v in [value] if kind == "eq" else sorted(value):
                    self.by_column[column].setdefault(v, []).append((number, tokens))
                return
        self.rest.append((number, tokens))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        strings = doc.vocab.strings
        found: set[tuple[int, int, int]] = set()
        by_column, rest, n = self.by_column, self.rest, len(rows)
        for i, row in enumerate(rows):
            for column, table in enumerate(by_column):
                for number, tokens in table.get(row[column], ()):
                    if _fits(tokens, rows, i, n, strings):
                        found.add((number, i, i + len(tokens)))
            for number, tokens in rest:
                if _fits(tokens, rows, i, n, strings):
                    found.add((number, i, i + len(tokens)))
        key_of = self.key_of
        return sorted((number, key_of[number], start, end) for number, start, end in found)


def _fits(tokens: list[list[Test]], rows: list[list[int]], i: int, n: int, strings: Any) -> bool:
    if i + len(tokens) > n:
        return False
    for k, tests in enumerate(tokens):
        row = rows[i + k]
        for column, kind, value in tests:
            have = row[column]
            if kind == "eq":
                if have != value:
                    return False
            elif kind == "in":
                if have not in value:
                    return False
            elif kind == "not_in":
                if have in value:
                    return False
            elif value.search(strings[have]) is None:  # regex, on the lower-case text
                return False
    return True


def indexed_attribute_ruler(nlp: Language) -> bool:
    """Give the pipeline's ``attribute_ruler`` an :class:`IndexedRulerMatch` for its Matcher
    (the same matches). Returns whether it was given one: not without such a component or
    with a pattern the index does not handle."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedRulerMatch(ruler)  # type: ignore[attr-defined]
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def hashed_lemma_index(nlp: Language) -> bool:
    """Make the rule lemmatizer's word lists sets: the same lemmas, found by hashing.

    spaCy's rule lemmatizer keeps, per part of speech, the list of known base forms (57,528
    nouns, 20,993 adjectives, 8,700 verbs in en_core_web_sm) and tests each candidate form
    with ``form in index``: a scan of the list, ~37 microseconds a token it has not cached
    yet. Its cache is per process and bounded here (``LEMMA_CACHE_MAX``), so every worker
    process and every refill paid the scan. Only membership is asked of the lists, so a set
    answers the same. Returns whether the pipeline has such a lemmatizer.
    """
    table = lemma_index(nlp)
    if table is None:
        return False
    for key, forms in list(table.items()):
        if isinstance(forms, list):
            table[key] = frozenset(forms)
    return True


def lemma_index(nlp: Language) -> Any | None:
    """The rule lemmatizer's index of known base forms by part of speech (a ``Table`` of
    lists, or of sets after :func:`hashed_lemma_index`), or None without such a lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    return lookups.get_table("lemma_index")


# glibc's malloc: arrays from this size up get pages of their own, returned when freed, and
# free memory at the heap's top beyond TRIM_THRESHOLD is given back. 128 kB (glibc's start)
# peaked 11 MB lower still but cost 15% more CPU time (every window's arrays mapped anew)
MMAP_THRESHOLD = 1024 * 1024
TRIM_THRESHOLD = 4 * 1024 * 1024
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt parameters (malloc.h)


@functools.cache
def fixed_malloc_thresholds() -> bool:
    """Keep glibc's malloc from holding on to the parser's freed arrays (Linux; once).

    By default glibc raises its mmap threshold to the size of every large block freed (up to
    32 MB), so after the first batch the network's arrays of a few MB come from the heap, and
    freed heap pages are kept; the next large arrays are added on top. Fixed thresholds
    (which also turn that adjustment off) give the parser's large arrays back at once: on
    news-bench's heaviest batches, peak RSS +40 MB over the loaded model instead of +45, at
    the same CPU time. Left alone when ``MALLOC_MMAP_THRESHOLD_`` or
    ``MALLOC_TRIM_THRESHOLD_`` is set, or without glibc. Returns whether they were set.
    """
    import ctypes
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return False
    if "MALLOC_MMAP_THRESHOLD_" in os.environ or "MALLOC_TRIM_THRESHOLD_" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt to speak of)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )


def release_freed_memory() -> bool:
    """Give the pages malloc holds free inside its heap back to the system (glibc's
    ``malloc_trim``; Linux only). Returns whether it was called.

    Trimming at the heap's top (``TRIM_THRESHOLD``) cannot release the free space below a
    block still in use, and a batch of long articles leaves such holes: the objects it makes
    that outlive it (cached lemmas, names, strings) end up among its freed arrays. Unreleased,
    those pages stayed resident and the next long batch's arrays were added above them.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def bound_tok2vec(nlp: Language, max_tokens: int = TOK2VEC_TOKENS) -> list[str]:
    """Run the pipeline's token-to-vector networks on at most ``max_tokens`` tokens at a time.

    A ``Tok2Vec`` network (the ``tok2vec`` component's, and the one inside ``ner``) holds all its
    intermediate arrays for everything it is given at once: ~16 KB a token, so a batch's or a
    long article's token count sets the process's peak memory. Its output for a token depends
    only on the tokens within ``depth * window_size`` of it (4 in en_core_web_sm), so documents
    are grouped, and a longer document is cut into windows with that many tokens of context on
    each side, and the vectors are the same, bit for bit. Networks of another architecture are
    left alone. Returns the names of the components changed (prediction only: training is not
    affected).
    """
    changed = []
    for name, component in nlp.pipeline:
        config = nlp.get_pipe_config(name).get("model", {})
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        if name == "tok2vec" or config.get("@architectures", "").startswith("spacy.Tok2Vec"):
            margin = _receptive_field(config)
            if margin is not None and model.has_dim("nO"):
                component.model = _windowed(model, max_tokens, margin)  # type: ignore[attr-defined]
                changed.append(name)
        elif model.has_ref("tok2vec") and isinstance(config.get("tok2vec"), dict):
            margin = _receptive_field(config["tok2vec"])
            inner = model.get_ref("tok2vec")
            # a parser's or ner's own network: chain(Tok2Vec, list2array, linear)
            if margin is not None and inner.layers and inner.layers[0].has_dim("nO"):
                inner.layers[0] = _windowed(inner.layers[0], max_tokens, margin)
                changed.append(name)
    return changed


def _receptive_field(config: dict[str, Any]) -> int | None:
    """Tokens of context on each side a ``spacy.Tok2Vec`` network reads, None when unknown."""
    if not str(config.get("@architectures", "")).startswith("spacy.Tok2Vec"):
        return None
    encode = config.get("encode") or {}
    depth, window = encode.get("depth"), encode.get("window_size")
    if not str(encode.get("@architectures", "")).endswith("WindowEncoder.v2"):
        return None
    if not isinstance(depth, int) or not isinstance(window, int):
        return None
    return depth * window


def _windowed(inner: Model, max_tokens: int, margin: int) -> Model:
    """``inner`` (Docs -> one array of vectors each), predicting ``max_tokens`` at a time."""
    return Model(
        f"windowed({inner.name})",
        _windowed_forward,
        layers=[inner],
        dims={"nO": inner.get_dim("nO")},
        attrs={"max_tokens": max_tokens, "margin": margin},
    )


def _windowed_forward(model: Model, docs: Sequence[Doc], is_train: bool) -> tuple[Any, Callable]:
    inner = model.layers[0]
    if is_train:
        return inner(docs, is_train)
    attrs = model.attrs
    vectors = predict_windows(
        inner.predict, docs, attrs["max_tokens"], attrs["margin"], model.get_dim("nO")
    )
    return vectors, _no_backprop


def _no_backprop(d_vectors: Any) -> list[Any]:
    raise NotImplementedError("a windowed tok2vec predicts only; train the original model")


def predict_windows(
    predict: Callable[[list[Doc]], list[Any]],
    docs: Sequence[Doc],
    max_tokens: int,
    margin: int,
    width: int,
) -> list[Any]:
    """``predict(docs)``, called on groups of at most ``max_tokens`` tokens.

    A document longer than that goes as windows of ``doc[a - margin : b + margin]`` whose
    vectors for ``a..b`` are kept; ``margin`` must be the network's receptive field. ``width``
    is the vectors' (for groups of empty documents).
    """
    import numpy

    step = max(1, max_tokens - 2 * margin)
    # (document, start, end, context before): what each unit contributes
    units: list[tuple[int, int, int, int]] = []
    for i, doc in enumerate(docs):
        if len(doc) <= max_tokens:
            units.append((i, 0, len(doc), 0))
            continue
        for start in range(0, len(doc), step):
            units.append((i, start, min(start + step, len(doc)), min(margin, start)))
    parts: list[list[Any]] = [[] for _ in docs]
    group: list[tuple[int, int, int, int]] = []
    size = 0

    def run() -> None:
        inputs = []
        for i, start, end, before in group:
            doc = docs[i]
            whole = start == 0 and end == len(doc)
            inputs.append(doc if whole else doc[start - before : end + margin].as_doc())
        if not any(len(doc) for doc in inputs):  # the network needs a token (as Tok2Vec.predict)
            outputs = [numpy.zeros((0, width), dtype="float32") for _ in inputs]
        else:
            outputs = predict(inputs)
        for (i, start, end, before), vectors in zip(group, outputs, strict=True):
            parts[i].append(vectors[before : before + end - start])

    for unit in units:
        i, start, end, before = unit
        tokens = min(len(docs[i]), end + margin) - start + before
        if group and size + tokens > max_tokens:
            run()
            group, size = [], 0
        group.append(unit)
        size += tokens
    if group:
        run()
    return [p[0] if len(p) == 1 else numpy.concatenate(p) for p in parts]
