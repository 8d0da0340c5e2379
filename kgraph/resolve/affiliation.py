"""A person's country from the state body they serve, named beside them.

"Maria Zakharova, a spokeswoman for Russia's Foreign Ministry", "Sharon Smith, chief
inspector for North Wales Police", "X, an official with the Iraqi Interior Ministry": a person
the text gives no country, in apposition to a noun of a post (a title, or role words
``post_noun``: "inspector", "aide", "adviser") whose for/of/at/with phrase names a country's
group (``RUS:GOV``, ``GBR:COP``) or a country, serves that country, and so do the person's
other mentions. A company or an international body gives none (its people may be anyone's),
nor does a person ("a lawyer for Trump"), nor a noun of another relation ("a critic of the
Russian government").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kgraph.resolve import gazetteer as gz
from kgraph.resolve.matcher import mention_head
from kgraph.resolve.people import TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.resolve.matcher import Candidate

# Prepositions joining a post to the body it serves ("spokesman for", "head of", "official at").
SERVING = frozenset({"for", "of", "at", "with"})


def affiliated_people(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the people of no country given the country of the body their post in
    apposition names (see the module notes)."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    found: dict[str, str] = {}
    for c in chosen:
        entity = c.entity
        if entity.kind != "Person" or entity.country or c.is_place or entity.id in found:
            continue
        root = doc[mention_head(doc, c.start, c.end)]
        posts = [root.head] if root.dep_ == "appos" and root.head.i < c.start else []
        posts += [t for t in root.children if t.dep_ == "appos" and t.i >= c.end]
        for post in (p for p in posts if _beside(doc, c, p)):
            iso3 = _served_country(post, by_token)
            if iso3 is not None:
                found[entity.id] = iso3
                break
    if not found:
        return chosen
    return [
        replace(c, entity=replace(c.entity, country=found[c.entity.id]))
        if c.entity.id in found
        else c
        for c in chosen
    ]


def _beside(doc: Doc, c: Candidate, post: Token) -> bool:
    """Whether a post's phrase stands right beside the name, set off by a comma ("X, the
    chief of ...", "the chief of ..., X"): not "Gerasimov and Dunford, chairman of ...",
    where the parser hangs the last conjunct's apposition on the first."""
    if post.i > c.start:
        return c.end < len(doc) and doc[c.end].text == "," and post.left_edge.i == c.end + 1
    return c.start > 1 and doc[c.start - 1].text == "," and post.right_edge.i == c.start - 2


def _served_country(post: Token, by_token: dict[int, Candidate]) -> str | None:
    """The country of the group or country a post noun's serving phrase names, or None."""
    if post.pos_ not in ("NOUN", "PROPN") or not _post_noun(post):
        return None
    for prep in post.children:
        if prep.dep_ != "prep" or prep.lower_ not in SERVING:
            continue
        for pobj in (t for t in prep.children if t.dep_ == "pobj"):
            c = by_token.get(pobj.i)
            if c is None or c.is_place or c.entity.kind not in ("Group", "Country"):
                continue
            iso3 = c.entity.country or ""
            if iso3.isupper() and len(iso3) == 3:
                return iso3
    return None


def _post_noun(token: Token) -> bool:
    """A title ("spokeswoman", "head") or a role word of a post (``post_noun``)."""
    word = gz.normalize(token.text)
    return (
        word in TITLES
        or word in gz.role_words("post_noun")
        or (token.lemma_.lower() in gz.role_words("post_noun"))
    )
