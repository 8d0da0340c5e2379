"""Definite descriptions that point back: "the president", "the kingdom", "the bloc".

A news article names an actor once and then describes it: "President Tayyip Erdogan ... The
president said", "Saudi Arabia ... the kingdom", "the European Union ... the bloc", "Islamic
State ... the militants", "the National Security Council ... the council". CAMEO coders code
such a description as the actor it points back to. :func:`described_actors` does the same: a
"the" + head noun of the word class ``data/descriptions.tsv`` names the one actor of the
compatible kind in its sentence (before it) and the :data:`WINDOW` sentences before. With
two compatible actors there, a description that is its clause's subject names the salient
one: the one of them that is the subject of a main clause before it in the window ("China
criticized the United States over arms sales to Taiwan. The country also warned Japan." ->
China; :func:`salient`). Otherwise, or with none, the description names nobody: no actor
beats a wrong one. A description of a body or of a country of a listed few ("the coalition",
"the group", "the bloc", "the kingdom"; :func:`article_wide`) that finds no one that way names the
one actor of its kind the article has named anywhere before it ("The Saudi-led coalition ...
(five sentences) ... the coalition said"), and nobody when two different ones fit there. A
coalition or alliance modifying a noun points back as well ("a coalition air strike killed ...":
:func:`compound_at`).

A capitalised party word may stand in a person description ("the Republican president"): it
only describes, and takes no person read with another party's word ("Democratic President
Barack Obama"). A person named with a past marker before the title ("former President Barack
Obama") fits no person description.

A description with words of its own ("the Iraqi president", "the president of Iraq", "the
former president", "the president, Massoud Barzani") is not a pointer back: the other
resolvers read those, or nobody does.

The step is one pass over the document's lower-case hashes; each description found looks back
through the already chosen actors by bisection.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from kgraph.resolve import gazetteer as gz
from kgraph.resolve.matcher import Candidate, span_text
from kgraph.resolve.metonymy import is_place_use

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.model import Entity

DESCRIPTIONS_RESOURCE = "descriptions.tsv"
# Sentences before the description's own in which its antecedent may stand.
WINDOW = 2
# Heads of a body that point back as well when they modify a noun with no "the" of their own
# ("coalition aircraft", "a coalition air strike": :func:`compound_at`).
COMPOUND_HEADS = frozenset({"coalition", "alliance"})
# Kinds of description that point back to the one actor of their kind the article names
# before them, however far back, when none is in the window (:func:`article_wide`).
ARTICLE_KINDS = frozenset({"igo", "org", "named", "institution"})
# Below every named reading and a bare group ("the opposition"); it only fills untaken words.
P_DESCRIBED = 45
KINDS = frozenset({"person", "country", "igo", "org", "named", "institution"})
# Plural nouns after "the two" or "both" that stand for a pair named together before ("the two
# countries", "both sides"); their column 3 is the kind of each of the two (country, person, any).
PAIR = "pair"
# Capitalised party words that may stand between "the" and a person description ("the
# Republican president"); their column 3 is the party they name.
PARTY = "party"
# Modifiers that give a description a referent of its own ("the former president", "the
# Iraqi president", "the president's").
OWN_WORDS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "appos", "quantmod"})
# Prepositions that place or own the described noun ("the president of Iraq", "the minister
# for Brexit", "the army in Syria"): the description names someone else.
OWNING_PREPOSITIONS = frozenset({"of", "for", "in", "from", "at", "to"})
# Titles read with a mention that say the post is no longer held ("former President").
PAST_TITLES = ("former ", "ex-", "ex ", "late ", "then-", "then ")
# How many words before a mention its title (and a party word) may stand.
TITLE_REACH = 4
PAST_WORDS = frozenset(t.strip(" -") for t in PAST_TITLES)
# Words of a title that make its holder another's second: "the president" is not the
# "Deputy President" named before, unless the description says so.
SECOND_TITLE_WORDS = frozenset({"deputy", "vice", "vice-president", "assistant"})
# What follows a possessive description ("the nation's", "the country s" with its apostrophe
# lost): a country as the owner of a thing ("the nation's secrets law"), which the
# owner rules would make an actor of the thing's event.
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019", "s"})
# Organisation types (gazetteer ``org_type``) and the stand-in for an organisation the
# gazetteer does not list (a company the model found).
UNLISTED = "unlisted"


@dataclass(frozen=True)
class Description:
    """One row of ``descriptions.tsv``: the words after "the", the antecedent's kind, what
    fits (titles, ISO3 codes, IGO ids or organisation types) and titles that do not."""

    words: tuple[str, ...]
    kind: str
    fits: frozenset[str]
    unfit: tuple[str, ...] = ()


@functools.cache
def _table() -> dict[str, tuple[Description, ...]]:
    text = resources.files("kgraph.data").joinpath(DESCRIPTIONS_RESOURCE).read_text("utf-8")
    return parse_descriptions(text)


@functools.cache
def descriptions() -> dict[str, tuple[Description, ...]]:
    """The singular descriptions, keyed by the last word of each one (longest first)."""
    found = {
        w: tuple(r for r in rows if r.kind not in (PAIR, PARTY)) for w, rows in _table().items()
    }
    return {word: rows for word, rows in found.items() if rows}


@functools.cache
def pair_nouns() -> dict[str, str]:
    """The plural nouns of a pair ("countries" -> "country", "sides" -> "any")."""
    return {
        row.words[-1]: next(iter(row.fits), "any")
        for rows in _table().values()
        for row in rows
        if row.kind == PAIR
    }


def parse_descriptions(text: str) -> dict[str, tuple[Description, ...]]:
    """Parse the table's text (see the header of ``data/descriptions.tsv``)."""
    found: dict[str, list[Description]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", ""]
        head, kind, fits, unfit = (c.strip() for c in cells[:4])
        if kind not in KINDS | {PAIR, PARTY} or not head:
            raise ValueError(f"{DESCRIPTIONS_RESOURCE} line {n}: unknown kind {kind!r}")
        split = (lambda s: s.split("|")) if kind == "person" else str.split
        words = tuple(head.lower().split())
        row = Description(
            words,
            kind,
            frozenset(f for f in split(fits) if f),
            tuple(u for u in unfit.split("|") if u),
        )
        found.setdefault(words[-1], []).append(row)
    return {word: tuple(sorted(rows, key=lambda d: -len(d.words))) for word, rows in found.items()}


@functools.cache
def party_words() -> dict[str, str]:
    """The party words a person description may carry ("republican" -> "republican",
    "democrat" -> "democratic")."""
    return {
        row.words[-1]: next(iter(row.fits), row.words[-1])
        for rows in _table().values()
        for row in rows
        if row.kind == PARTY
    }


@functools.cache
def _head_hashes() -> dict[int, str]:
    return {get_string_id(word): word for word in descriptions()}


@functools.cache
def _org_types() -> dict[str, str]:
    """Gazetteer organisation id -> its type ("org:islamic-state" -> "armed")."""
    return {
        str(e["id"]): str(e.get("org_type")) for e in gz.load().names.values() if e["type"] == "org"
    }


def org_type(entity_id: str) -> str | None:
    """The gazetteer's kind of an organisation ("org:reuters" -> "media"), or None."""
    return _org_types().get(entity_id)


def described_actors(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Readings of the definite descriptions of ``doc`` that point back to one of the actors
    already ``chosen`` (in text order); words a chosen reading covers are left alone."""
    if not len(doc) or not chosen:
        return []
    heads = _head_hashes()
    hits = [i for i, h in enumerate(doc.to_array([LOWER]).tolist()) if h in heads]
    if not hits:
        return []
    taken = {i for c in chosen for i in range(c.start, c.end)}
    starts = [s.start for s in doc.sents]
    antecedents = sorted((c for c in chosen if c.entity.kind != "Topic"), key=lambda c: c.start)
    keys = [c.start for c in antecedents]
    out: list[Candidate] = []
    for i in hits:
        if i in taken:
            continue
        found = description_at(doc, i) or compound_at(doc, i)
        if found is None:
            continue
        start, row = found
        if row.kind == "country" and (_possessive(doc, i) or is_place_use(doc[i])):
            continue  # "the country's constitution"; "fighting in the country": a place
        window = window_start(starts, i)
        pool = antecedents[bisect.bisect_left(keys, window) : bisect.bisect_left(keys, start)]
        # "the agency": a named "... Agency", else an institution the gazetteer calls one
        rows = [r for r in descriptions()[row.words[-1]] if r.words == row.words]
        party = _party(doc, start)
        entity = next((e for r in rows if (e := antecedent(doc, r, pool, party)) is not None), None)
        if entity is None:
            entity = next(
                (e for r in rows if (e := salient(doc, r, pool, i, party)) is not None), None
            )
        if entity is None and article_wide(row):
            entity = _only_earlier(doc, rows, antecedents[: bisect.bisect_left(keys, start)])
        if entity is None:
            continue
        alias = span_text(doc[start : i + 1])
        described = Candidate(start, i + 1, replace(entity, aliases=(alias,)), P_DESCRIBED)
        out.append(described)
        # a later description may point back to this one ("the president ... the president")
        at = bisect.bisect_right(keys, start)
        keys.insert(at, start)
        antecedents.insert(at, described)
    return out


def window_start(starts: list[int], i: int) -> int:
    """The first token of the window a description at ``i`` looks back over: its sentence
    and the :data:`WINDOW` before it (``starts``: the document's sentence starts)."""
    k = bisect.bisect_right(starts, i) - 1
    return starts[max(0, k - WINDOW)]


def names_body_before(doc: Doc, i: int, chosen: list[Candidate]) -> bool:
    """Whether a bare sector noun at ``i`` is a description of an intergovernmental body the
    window names ("the European Parliament ... The legislature, which must approve ..."): the
    body, not the context country's own legislature."""
    found = description_at(doc, i) if doc[i].lower_ in descriptions() else None
    if found is None:
        return False
    start, row = found
    rows = [r for r in descriptions()[row.words[-1]] if r.words == row.words and r.kind == "igo"]
    if not rows:
        return False
    window = window_start([s.start for s in doc.sents], i)
    pool = [c for c in chosen if window <= c.start < start and c.entity.kind != "Topic"]
    return any(antecedent(doc, r, pool) is not None for r in rows)


def article_wide(row: Description) -> bool:
    """Whether a description may point back past the window: one for a body or a country of a
    listed few ("the coalition", "the bloc", "the group", "the kingdom"), not a person's title
    nor the bare "the country" (an article's persons and countries change as it goes on)."""
    return row.kind in ARTICLE_KINDS or (row.kind == "country" and bool(row.fits))


def _only_earlier(doc: Doc, rows: list[Description], earlier: list[Candidate]) -> Entity | None:
    """The one actor any of ``rows`` fits among all the article's actors before the
    description ("The Saudi-led coalition ... (four sentences) ... the coalition said"), or
    None when none does or two different ones do anywhere before it."""
    found: dict[str, Entity] = {}
    for row in rows:
        for c in earlier:
            entity = fit(doc, row, c)
            if entity is not None:
                found[entity.id] = entity
                if len(found) > 1:
                    return None
    return next(iter(found.values()), None)


def _possessive(doc: Doc, i: int) -> bool:
    """Whether the noun at ``i`` owns the next phrase ("the nation's capital")."""
    return doc[i].dep_ == "poss" or (i + 1 < len(doc) and doc[i + 1].text in POSSESSIVE_MARKS)


def description_at(doc: Doc, i: int) -> tuple[int, Description] | None:
    """The description ending at token ``i`` ("the" + its words, nothing of its own): the
    index of its "the" and its row, or None."""
    token = doc[i]
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    for row in descriptions()[token.lower_]:
        start = i - len(row.words)
        if start > 0 and row.kind == "person" and _party(doc, start - 1) is not None:
            start -= 1  # "the Republican president": the party word only describes
        if start < 0 or doc[start].lower_ != "the":
            continue
        if [t.lower_ for t in doc[i - len(row.words) + 1 : i + 1]] == list(row.words):
            return None if _own_words(doc, token, start) else (start, row)
    return None


def compound_at(doc: Doc, i: int) -> tuple[int, Description] | None:
    """A head of :data:`COMPOUND_HEADS` standing alone before the noun it modifies
    ("coalition aircraft bombed ...", "a coalition air strike killed ..."): the body named
    before, as "Saudi" in "a Saudi air strike". Its own index and its one-word row, or None
    for a modifier with words of its own ("the Saudi-led coalition aircraft")."""
    token = doc[i]
    if token.lower_ not in COMPOUND_HEADS or token.dep_ != "compound":
        return None
    if token.head.i <= i or token.head.pos_ != "NOUN" or any(True for _ in token.children):
        return None
    if i > 0 and doc[i - 1].pos_ not in ("DET", "PUNCT", "ADP", "CCONJ", "SCONJ", "VERB"):
        return None  # "the grand coalition talks", "U.S. coalition forces"
    row = next((r for r in descriptions()[token.lower_] if r.words == (token.lower_,)), None)
    return (i, row) if row is not None else None


def _party(doc: Doc, start: int) -> str | None:
    """The party a capitalised party word after the "the" at ``start`` names ("the
    Republican president" -> "republican"), or None."""
    if start + 1 >= len(doc) or doc[start].lower_ != "the":
        return None
    word = doc[start + 1]
    if not word.text[:1].isupper():
        return None
    return party_words().get(word.lower_)


def _own_words(doc: Doc, token: Token, start: int) -> bool:
    """Whether the noun of a description from ``start`` has words that give it a referent of
    its own: a modifier outside the description, a name after it ("the president Erdogan",
    "the president-elect"), an owning phrase ("the president of Iraq") or a restrictive
    clause ("the country that hosts ..."). ("the former president" is no description: the
    table's words must follow "the".)"""
    if token.i + 1 < len(doc):
        after = doc[token.i + 1]
        if after.pos_ == "PROPN" or after.text in ("-", "\u2013") or after.ent_iob_ == "B":
            return True
    for child in token.children:
        if child.dep_ in OWN_WORDS and not start < child.i < token.i:
            return True
        if child.dep_ == "prep" and child.lower_ in OWNING_PREPOSITIONS:
            return True
        if child.dep_ in ("relcl", "acl") and doc[token.i + 1].text != ",":
            return True
    return False


def antecedent(
    doc: Doc, row: Description, pool: list[Candidate], party: str | None = None
) -> Entity | None:
    """The one actor of ``pool`` a description fits, or None (none, or two that differ)."""
    fitting: dict[str, Entity] = {}
    for c in pool:
        entity = fit(doc, row, c, party)
        if entity is not None:
            fitting[entity.id] = entity
            if len(fitting) > 1:
                return None
    return next(iter(fitting.values()), None)


# Subjects of a clause: a description there may point back to the subject before it.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def salient(
    doc: Doc, row: Description, pool: list[Candidate], i: int, party: str | None = None
) -> Entity | None:
    """The salient actor a description that is its main clause's subject points back to when
    several fit: the one actor the description fits among the subjects of the main clauses of
    the sentences before it in the window ("China criticized the United States over arms
    sales to Taiwan. The country also warned Japan." -> China). Two such subjects ("Erdogan
    spoke. Putin spoke."), coordinated ones ("Turkey and Greece spoke.") or a main verb with
    a clause for its object ("officials said China ...": the speaker, or the one spoken of?)
    make it unclear: None, as for a description that is no main clause's subject, and a
    sentence with no finite main verb is skipped."""
    token = doc[i]
    if token.dep_ not in SUBJECTS or token.head != token.sent.root or not pool:
        return None  # "It's good that the president is ...": no main clause's subject
    found: dict[str, Entity] = {}
    at = doc[i].sent.start - 1
    while at >= pool[0].start:
        sent = doc[at].sent
        at = sent.start - 1
        root = sent.root
        if any(t.dep_ == "ccomp" for t in root.children):
            return None  # "officials said China ...": whose is the main clause's subject?
        if not _finite(root):
            continue  # "(President Nicolas) Sarkozy leaving for Georgia": a fragment
        subjects = [t for t in root.children if t.dep_ in SUBJECTS]
        subjects += [c for t in subjects for c in t.children if c.dep_ == "conj"]
        for c in pool:
            if any(c.start <= t.i < c.end for t in subjects):
                entity = fit(doc, row, c, party)
                if entity is not None:
                    found[entity.id] = entity
    return next(iter(found.values())) if len(found) == 1 else None


# Tags of a finite verb, and of the auxiliaries that make a clause finite.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite(verb: Token) -> bool:
    """Whether a sentence's root heads a finite clause ("China criticized", "has warned")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def fit(doc: Doc, row: Description, c: Candidate, party: str | None = None) -> Entity | None:
    """The entity a description points to when it points to candidate ``c``, or None; a
    description with a ``party`` word takes no person read with another party's word."""
    entity = c.entity
    if row.kind == "person":
        if entity.kind != "Person":
            return None
        if party is not None and _other_party(doc, c, party):
            return None
        titles = [t for t in (c.role, *entity.roles) if t]
        if c.role is None:
            titles += _attached_titles(doc, c)
        # "Deputy President Ravi Menon": the title read with the name may have lost
        # the word that makes it a second's
        before = {t.lower_ for t in doc[max(0, c.start - 3) : c.start]}
        if any(w in SECOND_TITLE_WORDS and w not in row.words for w in before):
            return None
        if _title_words(doc, c)[1]:
            return None  # "former President Barack Obama" is not "the president"
        return entity if any(_title_fits(row, t) for t in titles) else None
    if row.kind == "country":
        iso3 = entity.id if entity.kind == "Country" else None
        if entity.kind == "Group" and not c.is_place:
            iso3 = entity.country
        if iso3 is None or not (iso3.isupper() and len(iso3) == 3):
            return None
        if row.fits and iso3 not in row.fits:
            return None
        return entity if entity.kind == "Country" else gz.country(iso3)
    if c.is_place:
        return None
    if row.kind == "igo":
        ok = entity.kind == "IGO" and (not row.fits or entity.id in row.fits)
        return entity if ok else None
    if row.kind == "org":
        if entity.kind != "Organization":
            return None
        kind = _org_types().get(entity.id, UNLISTED)
        return entity if "any" in row.fits or kind in row.fits else None
    if row.kind == "institution":
        # "the agency" after "the FBI": the gazetteer's institution the noun describes (not a
        # group named by a nationality and a sector noun: "U.S. police")
        known = gz.entry(span_text(doc[c.start : c.end])) if entity.kind == "Group" else None
        nouns = known.get("nouns", ()) if known is not None and known["id"] == entity.id else ()
        return entity if row.words[-1] in nouns else None
    # named: an organisation, IGO or group whose name ends with the description's head
    if entity.kind not in ("Organization", "IGO", "Group") or c.end - c.start < 2:
        return None
    head = row.words[-1]
    last = doc[c.end - 1].lower_
    return entity if last == head or entity.name.lower().endswith(" " + head) else None


def _other_party(doc: Doc, c: Candidate, party: str) -> bool:
    """Whether a person's mention is read with the word of a party other than ``party``
    ("Democratic President Barack Obama" for "the Republican president")."""
    parties = party_words()
    words = [t.text for t in doc[max(0, c.start - TITLE_REACH) : c.start]]
    words += (c.role or "").split()
    return any(parties.get(w.lower(), party) != party for w in words if w[:1].isupper())


def _title_words(doc: Doc, c: Candidate) -> tuple[list[Token], bool]:
    """The words compounded onto a person's name just before its mention ("Armed Forces
    Commander General" before "Gatot Nurmantyo"), and whether a past marker stands before
    them ("former President Barack Obama", "ex-General ...")."""
    words: list[Token] = []
    inside = set(range(c.start, c.end))
    j = c.start - 1
    while j >= 0 and doc[j].dep_ == "compound" and doc[j].head.i in inside:
        if doc[j].pos_ not in ("PROPN", "NOUN"):
            break
        words.insert(0, doc[j])
        inside.add(j)
        j -= 1
    if j > 0 and doc[j].text == "-":
        j -= 1  # "ex-General"
    return words, j >= 0 and doc[j].lower_ in PAST_WORDS


def _attached_titles(doc: Doc, c: Candidate) -> list[str]:
    """The titles a person's mention read with no role of its own still carries in the text:
    the words compounded onto the name just before it ("Armed Forces Commander General Gatot
    Nurmantyo" read as "Nurmantyo"), each run of them up to a word ("Armed Forces Commander
    General", "Armed Forces Commander", ...), so that "the general" fits this general as well
    as the one whose title was read."""
    words, _ = _title_words(doc, c)
    return [" ".join(t.text for t in words[: k + 1]) for k in range(len(words))]


def _title_fits(row: Description, title: str) -> bool:
    role = " ".join(title.lower().split())
    if role.startswith(PAST_TITLES):
        return False
    if any(w in SECOND_TITLE_WORDS and w not in row.words for w in role.split()):
        return False
    ends = any(role == f or role.endswith(" " + f) for f in row.fits)
    return ends and not any(role == u or role.endswith(" " + u) for u in row.unfit)


__all__ = [
    "Description",
    "described_actors",
    "description_at",
    "descriptions",
    "fit",
    "names_body_before",
    "org_type",
    "pair_nouns",
]
