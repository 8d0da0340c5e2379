"""Surnames that are also English words, parsed as a known name's stand-in.

en_core_web_sm tags "Trump" as a common noun, an adjective or a verb about one time in eight
("Trump upset China by ...": the noun made the root, the verb a modifier) and Theresa "May"
as a modal ("May told reporters"), and the parse of the whole clause goes with it. The
``kgraph_standins`` component (after the lemmatizer, before ``ner``) parses each such sentence
again alone, with the name written as an unambiguous surname (:data:`STAND_IN`), and puts
that sentence's tags, lemmas and parse in the Doc: its words, text and character offsets are
unchanged, and so are its other sentences and the entities (``ner`` reads the original
words). The names are the word class ``data/standins.tsv``; a Doc where the tagger took each
of them for a proper noun is left untouched. On 800 news articles 283 sentences (2.5% of the
tokens; one "Trump" in eight is tagged otherwise) are parsed again, a Doc's as one batch:
~1.3 CPU s in all, against ~110 CPU s for their whole extraction.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING, Any

from kgraph.extract.packages import import_spacy

import_spacy()  # first, without spaCy's command line (a sixth of the start-up)

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Token

STANDINS_RESOURCE = "standins.tsv"
# A surname the parser reads as a person's name in every position (of six tried on the ~270
# misparsed sentences of 800 news articles, the one most often tagged a proper noun)
STAND_IN = "Clinton"
# Words before which a surname of a given name is a month or a common word ("in May",
# "mid-May", "the price"), and which it must not precede either (a number: "May 5")
NOT_AFTER = frozenset(
    {
        "in", "on", "since", "until", "till", "by", "from", "through", "during", "before",
        "after", "of", "early", "late", "mid", "last", "next", "this", "-", "the", "a", "an",
    }
)  # fmt: skip
ANNOTATIONS = [TAG, POS, MORPH, HEAD, DEP, LEMMA]


@functools.cache
def table() -> dict[str, frozenset[str] | None]:
    """``{surname: given names}`` from ``data/standins.tsv``; None: any position."""
    text = resources.files("kgraph.data").joinpath(STANDINS_RESOURCE).read_text("utf-8")
    return parse(text)


def parse(text: str) -> dict[str, frozenset[str] | None]:
    found: dict[str, frozenset[str] | None] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("surname\t"):
            continue
        surname, given = (c.strip() for c in (line.split("\t") + [""])[:2])
        if surname and given:
            found[surname] = None if given == "*" else frozenset(given.split(","))
    return found


def name_positions(doc: Doc) -> list[int]:
    """The tokens of ``doc`` that are a listed surname used as the name."""
    names = table()
    named: dict[str, bool] = {}  # whether the article names each surname's person in full
    out: list[int] = []
    for token in doc:
        if token.text not in names:
            continue
        given = names[token.text]
        if given is None:
            out.append(token.i)
            continue
        if token.text not in named:
            named[token.text] = _named(doc, token.text, given)
        if named[token.text] and _name_position(token):
            out.append(token.i)
    return out


def _named(doc: Doc, surname: str, given: frozenset[str]) -> bool:
    """Whether the article names the person with a given name ("Theresa May")."""
    return any(t.text in given and t.nbor().text == surname for t in doc[:-1])


def _name_position(token: Token) -> bool:
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in NOT_AFTER:
        return False
    return not (token.i + 1 < len(doc) and doc[token.i + 1].like_num)


@Language.factory("kgraph_standins")
def make_stand_ins(nlp: Language, name: str) -> StandIns:
    return StandIns(nlp, name)


class StandIns:
    """Re-parses each sentence whose listed surname the tagger took for anything but a proper
    noun, with the stand-in in its place (the components before this one, but
    ``kgraph_paragraphs``; the sentence kept whole), and gives the Doc that parse, with the
    original words. Sentences parsed with the name as a name are left as they are."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def _components(self) -> list[tuple[str, Any]]:
        out = []
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            if name != "kgraph_paragraphs":
                out.append((name, proc))
        return out

    def __call__(self, doc: Doc) -> Doc:
        positions = [i for i in name_positions(doc) if doc[i].pos_ != "PROPN"]
        if not positions:
            return doc
        sentences: dict[int, tuple[int, int, list[int]]] = {}
        for i in positions:
            sent = doc[i].sent
            sentences.setdefault(sent.start, (sent.start, sent.end, []))[2].append(i)
        array: Any = doc.to_array(ANNOTATIONS)  # uint64 rows, as from_array reads them
        lemma = ANNOTATIONS.index(LEMMA)
        subs = []
        for start, end, names in sentences.values():
            words = [t.text for t in doc[start:end]]
            for i in names:
                words[i - start] = STAND_IN
            spaces = [bool(t.whitespace_) for t in doc[start:end]]
            sub = Doc(doc.vocab, words=words, spaces=spaces)
            for token in sub:
                token.is_sent_start = token.i == 0  # one sentence, as the Doc's parse has it
            subs.append(sub)
        for _, proc in self._components():  # the sentences as one batch
            pipe = getattr(proc, "pipe", None)
            subs = list(pipe(subs)) if pipe is not None else [proc(sub) for sub in subs]
        for (start, end, names), sub in zip(sentences.values(), subs, strict=True):
            array[start:end] = sub.to_array(ANNOTATIONS)
            for i in names:
                array[i, lemma] = doc[i].orth
        doc.from_array(ANNOTATIONS, array)
        return doc
