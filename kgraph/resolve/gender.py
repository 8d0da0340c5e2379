"""The gender a person's mention shows, for the pronoun rules.

"Navarro praised Clinton's record, highlighting her trip to Asia": "her" is not Navarro. A
person's gender is known from the word class ``data/gender.tsv``: the full name ("Tsai
Ing-wen"), else the first word of the name ("Angela" Merkel), and the titles read with any
mention of the person in the article ("Mrs. Okafor", "Queen Rania", "the spokeswoman, Ann
Lee"). Signs that disagree, or none, leave the gender unknown, and an unknown gender fits
every pronoun: the rule only ever removes a reading that contradicts what the text says.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kgraph.extract.spans import ActorSpan
    from kgraph.model import Entity

GENDER_RESOURCE = "gender.tsv"
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# How many words before a mention a title may stand ("Mrs. Ann Lee", "Queen Rania", "Saudi
# Foreign Minister Adel al-Jubeir" stops at the first word that is no part of a title).
TITLE_REACH = 3
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PUNCT"})


@functools.lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """``{kind: {word (lower case): "m" or "f"}}`` from ``data/gender.tsv``."""
    text = resources.files("kgraph.data").joinpath(GENDER_RESOURCE).read_text("utf-8")
    return parse(text)


def parse(text: str) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {"given": {}, "full": {}, "title": {}}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word, gender, kind = (c.strip() for c in line.split("\t")[:3])
        if gender in ("m", "f") and kind in found:
            found[kind][word.lower()] = gender
    return found


def pronoun_gender(word: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her/hers, else None."""
    if word in MALE_PRONOUNS:
        return "m"
    if word in FEMALE_PRONOUNS:
        return "f"
    return None


@functools.lru_cache(maxsize=4096)
def name_gender(name: str, roles: tuple[str, ...] = ()) -> str | None:
    """The gender a person's name and titles show ("Angela Merkel" -> "f"), None if unknown or
    the signs disagree."""
    data = table()
    signs: set[str] = set()
    key = name.lower().strip()
    if key in data["full"]:
        signs.add(data["full"][key])
    else:
        words = key.split()
        while words and words[0] in data["title"] and len(words) > 1:
            signs.add(data["title"][words.pop(0)])
        if words and words[0] in data["given"]:
            signs.add(data["given"][words[0]])
    for role in roles:
        for word in role.lower().split():
            if word in data["title"]:
                signs.add(data["title"][word])
    return signs.pop() if len(signs) == 1 else None


def mention_titles(doc: Doc, span: ActorSpan) -> set[str]:
    """The genders of the titles read around one mention: the words just before it ("Mrs.",
    "Queen"), its own words, and its appositions ("Ann Lee, a spokeswoman")."""
    titles = table()["title"]
    signs: set[str] = set()
    words = list(doc[span.start : span.end])
    for i in range(span.start - 1, max(span.start - 1 - TITLE_REACH, -1), -1):
        token = doc[i]
        if token.pos_ not in TITLE_POS or token.is_sent_end:
            break
        words.append(token)
    head = doc[span.head]
    words.extend(c for c in head.children if c.dep_ == "appos")
    if head.dep_ == "appos":
        words.append(head.head)  # "the spokeswoman, Ann Lee"
    for token in words:
        gender = titles.get(token.lower_)
        if gender is not None:
            signs.add(gender)
    return signs


def person_gender(entity: Entity, doc: Doc, mentions: Iterable[ActorSpan]) -> str | None:
    """The gender of a person as the article shows it: name, roles, and the titles of each of
    its ``mentions`` (the article's actor spans of that entity)."""
    signs: set[str] = set()
    known = name_gender(entity.name, entity.roles)
    if known is not None:
        signs.add(known)
    for span in mentions:
        if span.entity.id == entity.id:
            signs |= mention_titles(doc, span)
            if len(signs) > 1:
                return None
    return signs.pop() if len(signs) == 1 else None


def fits(entity: Entity, pronoun: str, doc: Doc, mentions: Iterable[ActorSpan]) -> bool:
    """Whether a personal pronoun may stand for ``entity``: always for a non-person or a
    pronoun without gender, else unless the person's known gender is the other one."""
    want = pronoun_gender(pronoun)
    if want is None or entity.kind != "Person":
        return True
    gender = person_gender(entity, doc, mentions)
    return gender is None or gender == want
