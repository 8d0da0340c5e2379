"""Lemmas English's rule lemmatizer gets wrong for cue words, set right in the loaded model.

The rule lemmatizer strips a suffix by each of its rules and takes the base form it knows
that the last rule made: "hoped", "hopes" and "hoping" become "hop" (stripping "ed", "s",
"ing"), a verb it knows, though "hope" (stripping "d", "s", "ing" and adding "e") is known
too; "slated" becomes "slat". A cue or word class naming the real lemma ("hope" of
``subject_intent_verbs``, "slate" of the schedule words) then never matches the inflected
verb ("Japan hoped to improve ties with China", "is slated to meet"). Its exceptions cannot
help (an exception it found by a rule already is not moved first), so :func:`tune_lemmas`
takes the shadowing base form out of the lemmatizer's index: the rule that adds the "e" is
then the one that finds a known form. The forms the shadowing word has of its own ("hopped",
"hopping") are among the exceptions, which still give them.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.language import Language

from kgraph.errors import KgraphError
from kgraph.extract.model_tuning import lemma_index


@functools.cache
def shadowing_forms() -> dict[str, frozenset[str]]:
    """Part of speech (the lemmatizer's table key: "verb") -> the base forms to take out of
    its index, from ``kgraph/data/lemmas.tsv`` (rows: part of speech, the lemma, the base
    forms that shadow it)."""
    source = "lemmas.tsv"
    text = resources.files("kgraph").joinpath("data", source).read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or not cols[2].split():
            raise KgraphError(
                f"{source}:{lineno}: expected a part of speech, a lemma and the forms shadowing it"
            )
        pos = cols[0].strip()
        table[pos] = table.get(pos, frozenset()) | frozenset(cols[2].split())
    return table


def tune_lemmas(nlp: Language) -> bool:
    """Take :func:`shadowing_forms` out of the rule lemmatizer's index of known base forms.
    Returns whether the pipeline has such a lemmatizer."""
    table = lemma_index(nlp)
    if table is None:
        return False
    for pos, shadowing in shadowing_forms().items():
        known = table.get(pos)
        if known is not None:
            kept = [form for form in known if form not in shadowing]
            # a set stays a set (:func:`hashed_lemma_index`: membership by hashing)
            table[pos] = kept if isinstance(known, list) else frozenset(kept)
    return True
