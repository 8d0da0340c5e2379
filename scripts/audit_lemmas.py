#!/usr/bin/env python
"""Audit the lemmas the loaded pipeline gives the inflected forms of kgraph's cue verbs.

A cue or word class names a verb by its lemma; an inflected form whose lemma comes out
otherwise never matches it. The verbs are the lemmas of ``kgraph/data/lexicon.tsv``'s verb
cues and of its word classes named ``*verb*``, the words of ``kgraph/data/modality.tsv``'s
``*_verbs`` lists and the verbs of ``kgraph/data/cameo_verbs.tsv`` (with the irregular forms
it lists; other verbs' -s/-es, -ed/-d and -ing forms are made here: e dropped, y to i, a
final consonant doubled when spaCy's own exceptions double it). Each form is parsed in a
short sentence where it is a verb ("He <form> it.", "They <form> it.", "He has <form> it.",
"They are <form> it.") and every form whose lemma is not its verb's is printed, as

* ``shadow``: tagged a verb, and the lemma is a shorter base form the rule lemmatizer knows
  that a later rule found (``hoped`` -> ``hop``): fixed by listing that base in
  ``kgraph/data/lemmas.tsv`` (:mod:`kgraph.extract.lemma_tuning`);
* ``tag``: the form was not tagged a verb (a tagger error, or a noun reading);
* ``other``: a verb whose lemma is another word: an exception of the lemmatizer's ("appalled"
  -> "appal"), an unknown base given an "e" ("cordoned" -> "cordone"), a past tagged VBP;
* ``base``: a listed word that is no verb's base form ("angered", "falsely"), not inflected;
* ``taken``: a listed verb that ``lemmas.tsv`` takes out as shadowing another ("lambast").

With ``--forms BASE ...`` it prints the lemmas the inflections of those (shadowing) base
forms get, to check that taking them out of the index leaves their own forms right.

Usage::

    PYTHONPATH=. python scripts/audit_lemmas.py [--all] [--forms fin hop ...]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator
from importlib import resources

from kgraph.extract.lemma_tuning import shadowing_forms
from kgraph.extract.model_tuning import lemma_index
from kgraph.extract.nlp import load_nlp

VOWELS = set("aeiou")

FRAMES = {
    "VBZ": "He {} it.",
    "VBD": "They {} it.",
    "VBN": "He has {} it.",
    "VBG": "They are {} it.",
}


def _data(name: str) -> list[list[str]]:
    text = resources.files("kgraph").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def cue_verbs() -> dict[str, set[str]]:
    """Verb lemma -> the irregular forms cameo_verbs.tsv lists for it (empty: regular)."""
    verbs: dict[str, set[str]] = {}

    def add(word: str, forms: Iterable[str] = ()) -> None:
        word = word.strip().lower()
        if re.fullmatch(r"[a-z]+", word):
            verbs.setdefault(word, set()).update(forms)

    for cols in _data("lexicon.tsv"):
        if cols[0] == "verb" and len(cols) > 1:
            add(cols[1].split()[0])
        elif cols[0] == "class" and len(cols) > 2 and "verb" in cols[1]:
            for word in cols[2].split():
                add(word)
    for cols in _data("modality.tsv"):
        if len(cols) > 1 and cols[0].endswith("_verbs"):
            for word in cols[1].split():
                add(word)
    for cols in _data("cameo_verbs.tsv"):
        if cols[0] == "verb" and len(cols) > 4:
            add(cols[2].split()[0], cols[4].split())
    return verbs


def _doubled(verb: str, exceptions: dict[str, list[str]]) -> str | None:
    if len(verb) < 3 or verb[-1] in VOWELS or verb[-1] in "wxy":
        return None
    if verb[-2] not in VOWELS or verb[-3] in VOWELS:
        return None
    double = verb + verb[-1]
    if verb in exceptions.get(double + "ed", []) or verb in exceptions.get(double + "ing", []):
        return double
    return None


def regular_forms(verb: str, exceptions: dict[str, list[str]]) -> dict[str, str]:
    """Tag -> the regular inflection of ``verb``."""
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    stem = _doubled(verb, exceptions) or verb
    if verb.endswith("e"):
        past, gerund = verb + "d", (verb if verb.endswith(("ee", "ye", "oe")) else verb[:-1])
        gerund += "ing"
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        past, gerund = verb[:-1] + "ied", verb + "ing"
    else:
        past, gerund = stem + "ed", stem + "ing"
    return {"VBZ": third, "VBD": past, "VBN": past, "VBG": gerund}


def tagged_forms(
    verb: str, irregular: set[str], exceptions: dict[str, list[str]]
) -> dict[str, str]:
    """(tag, form) pairs to parse: the regular forms, or cameo_verbs.tsv's irregular ones."""
    if not irregular:
        return regular_forms(verb, exceptions)
    pairs: dict[str, str] = {}
    for form in sorted(irregular):
        if form.endswith("ing"):
            pairs["VBG " + form] = form
        elif form.endswith("s") and not form.endswith("ss"):
            pairs["VBZ " + form] = form
        else:
            pairs["VBD " + form] = form
            pairs["VBN " + form] = form
    return pairs


def audit(verbs: dict[str, set[str]], show_all: bool = False) -> Iterator[str]:
    nlp = load_nlp()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009  (a Lemmatizer's)
    exceptions = dict(lookups.get_table("lemma_exc")["verb"])
    index = lemma_index(nlp)
    known = set(index["verb"]) if index is not None else set()
    rules = lookups.get_table("lemma_rules")["verb"]
    # a base form lemmas.tsv took out for another verb ("lambast", now "lambaste") is expected
    for verb in sorted(set(verbs) & shadowing_forms().get("verb", frozenset())):
        del verbs[verb]
        yield "\t".join(("taken", verb, verb, "VB", "", "", ""))
    # a class word that is no verb's base form ("angered", "falsely") is reported once, as "base"
    bases = sorted(verbs)
    for verb, doc in zip(bases, nlp.pipe(f"They will {v} it." for v in bases), strict=True):
        stems = [verb[: len(verb) - len(old)] + new for old, new in rules if verb.endswith(old)]
        inflected = verb.endswith(("ed", "ing")) and any(stem in known for stem in stems)
        if doc[2].lemma_ != verb or doc[2].pos_ != "VERB" or verb.endswith("ly") or inflected:
            del verbs[verb]
            yield "\t".join(("base", verb, verb, "VB", doc[2].tag_, doc[2].pos_, doc[2].lemma_))
    jobs: list[tuple[str, str, str]] = []
    for verb, irregular in sorted(verbs.items()):
        for key, form in tagged_forms(verb, irregular, exceptions).items():
            jobs.append((verb, key.split()[0], form))
    texts = [FRAMES[tag].format(form) for _, tag, form in jobs]
    for (verb, tag, form), doc in zip(jobs, nlp.pipe(texts, batch_size=256), strict=True):
        token = doc[1] if tag in ("VBZ", "VBD") else doc[2]
        if token.lemma_ == verb and not show_all:
            continue
        candidates = [
            form[: len(form) - len(old)] + new for old, new in rules if form.endswith(old)
        ]
        if token.lemma_ == verb:
            kind = "ok"
        elif token.pos_ not in ("VERB", "AUX"):
            kind = "tag"
        elif verb in candidates and token.lemma_ in candidates and token.lemma_ in known:
            kind = "shadow"
        else:
            kind = "other"
        yield "\t".join((kind, verb, form, tag, token.tag_, token.pos_, token.lemma_))


def base_forms(bases: list[str]) -> Iterator[str]:
    """The lemmas of every form a rule of the lemmatizer makes ``bases`` (the shadowing words)
    from (+s, +es, +ed, +ing, doubled +ed, +ing), in each verb frame, and of the plural noun."""
    nlp = load_nlp()
    for base in bases:
        forms = [base + end for end in ("s", "es", "ed", "ing")]
        forms += [base + base[-1] + end for end in ("ed", "ing")]
        for form in forms:
            for tag, frame in FRAMES.items():
                token = nlp(frame.format(form))[1 if tag in ("VBZ", "VBD") else 2]
                yield "\t".join((base, form, tag, token.tag_, token.lemma_))
        plural = nlp(f"The {base}s were there.")[1]
        yield "\t".join((base, plural.text, "NNS", plural.tag_, plural.lemma_))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="print the right lemmas too")
    parser.add_argument("--forms", nargs="+", help="print the lemmas of these bases' forms")
    args = parser.parse_args()
    lines = base_forms(args.forms) if args.forms else audit(cue_verbs(), args.all)
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
