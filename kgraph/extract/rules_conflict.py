"""Sense checks of violence and military cues (CAMEO 15, 18-20 and military cooperation 062).

Fighting named by a noun of the lexicon's ``<armed_nouns>`` class ("battle", "fight",
"conflict", "operation", "violence") is an attack only where force is used: with an armed
party at one end of the candidate, a ``MIL`` or ``REB`` group or an organisation the gazetteer
types as armed ("Nigeria's conflict with Boko Haram", "the Lebanese army's operation against
Islamic State"). The same nouns name quarrels and campaigns between civilian parties ("the
battle between Congress and the NIH", "Rauner's fight against Democrats"), which are no
ATTACKS: :func:`unarmed_fight` drops those candidates (kgraph/extract/relations.py).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kgraph.resolve import gazetteer as gz

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kgraph.extract.lexicon import Lexicon
    from kgraph.extract.rules_verbal import Candidate
    from kgraph.model import Entity

# Sectors of armed forces: the army and rebels (police are not at war: "the police
# operation against drug gangs").
ARMED_SECTORS = frozenset({"MIL", "REB"})


@functools.cache
def _armed_orgs() -> frozenset[str]:
    """Ids of the gazetteer's organisations typed as armed ("org:islamic-state")."""
    return frozenset(
        str(e["id"])
        for e in gz.load().names.values()
        if e.get("type") == "org" and e.get("org_type") == "armed"
    )


def armed_party(entity: Entity) -> bool:
    """An armed force: a ``MIL``/``REB`` group or an armed organisation."""
    if entity.kind == "Group":
        return entity.id.rpartition(":")[2] in ARMED_SECTORS
    return entity.kind == "Organization" and entity.id in _armed_orgs()


def unarmed_fight(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """ "the battle between Congress, NIH and IARC", "Xi's fight against corruption": an
    attack noun of the lexicon's ``<armed_nouns>`` class with no armed party at either end is a
    quarrel or a campaign, not an attack (True: drop the candidate)."""
    if cand.relation != "ATTACKS" or cand.noun is None:
        return False
    if doc[cand.noun].lemma_.lower() not in lexicon.classes.get("armed_nouns", frozenset()):
        return False
    return not (armed_party(cand.subject.entity) or armed_party(cand.object.entity))
