"""Party leaders named by their party: "Republican leaders", "the Democratic leadership".

A party word before a word of the role class ``party_leaders`` names the party's own leading
people ("Republican leaders distanced themselves from Trump", "rejected by the Republican
leadership"): the party itself, of the country :func:`party_country` places it in. They are
no state body, unlike "Republican lawmakers" (:func:`kgraph.resolve.parties.party_members`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.resolve import gazetteer as gz
from kgraph.resolve.matcher import P_GROUP, Candidate, NameMatch, with_the
from kgraph.resolve.parties import (
    modifier_party,
    national_party,
    one_word_modifiers,
    party_country,
    tokens_among,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def party_leaders(
    doc: Doc, matches: list[NameMatch], taken: set[int], home: str | None
) -> list[Candidate]:
    """ "Republican leaders", "the Labour leadership": the party of the country it is placed
    in. The leader word must head its phrase ("the Conservative leadership election" is an
    election); tokens in ``taken`` belong to other readings."""
    nouns = gz.role_words("party_leaders")
    modifiers, hashes = one_word_modifiers()
    out: list[Candidate] = []
    for token in tokens_among(doc, hashes):
        noun = token.i + 1
        if token.text not in modifiers or noun >= len(doc) or {token.i, noun} & taken:
            continue
        if doc[noun].lower_ not in nouns or doc[noun].dep_ == "compound":
            continue
        party = modifier_party(doc, noun)
        if party is None or party[1] != token.i:
            continue  # "Social Democratic leaders": another party's name
        own = range(token.i, noun + 1)
        iso3 = party_country(doc, matches, token.i, party[0], home, own, default=True)
        if iso3 is None:
            continue
        entity = national_party(gz.entity_of_id(party[0], doc[token.i : noun + 1].text), iso3)
        out.append(Candidate(with_the(doc, token.i), noun + 1, entity, P_GROUP))
    return out
