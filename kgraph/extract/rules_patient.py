"""Acts of state on people the sentence does not name: "Turkish police arrested four people".

``state-patient``: a state actor (a country, or its government, police, military, courts or
intelligence) arresting, detaining, jailing, deporting ... people the sentence names only by a
common noun ("four people", "30 dual nationals", "several activists") acts on the people of the
country where it happens ("in X"), or else of its own country, as CAMEO coders read it
(TURGOV -> TURCVL). The people are civilians (CVL) unless the noun names a sector ("activists"
-> OPP, "journalists" -> MED, "soldiers" -> MIL). The same with no agent at all: "four people
were arrested in Turkey" -> TUR COERCES TUR:CVL (with the place named, else with no place
phrase the article's dateline's country, as rules_state.dateline_place allows it). Not for an
expulsion or deportation (CAMEO 174): the people a state expels ("Russia's decision to expel
the diplomats") are foreigners there, neither its own people nor the place's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import (
    QUANTITY_NOUNS,
    SECTORS,
    Arg,
    SentenceContext,
    sector_entity,
)
from kgraph.extract.lexicon import Cue, words
from kgraph.extract.rules_state import dateline_place, unplaced
from kgraph.extract.rules_targets import IN_PREPS, country_of_place, event_place
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_subjects import is_passive, subjects
from kgraph.ontology import COERCIVE_SECTORS

STATE_PATIENT = "state-patient"
# Relations of a state acting on people in its hands.
STATE_ACTS = frozenset({"COERCES"})
# Common nouns of people (civilians unless the noun has a sector of its own).
PEOPLE_NOUNS = words(
    "people person man woman national citizen resident suspect villager worker youth "
    "teenager child foreigner migrant immigrant driver farmer"
)
PEOPLE_SECTORS = {
    "journalist": "MED",
    "reporter": "MED",
    "blogger": "MED",
    "businessman": "BUS",
    "prince": "GOV",  # "Saudi Arabia detained dozens of princes": royals are the state's
}
# Prepositions that list some of the people, not own them ("four people, including a child").
LISTING_PREPS = frozenset({"including"})


def _direct(cue: Cue) -> bool:
    return cue.prep is None and not cue.objects and cue.particle is None and not cue.inverse


def people_sector(noun: Token, places: bool = False) -> str | None:
    """The sector of an unnamed people noun ("four people" -> CVL), None for another noun.
    With ``places``, an in-phrase may hang on it ("journalists in Egypt")."""
    # "22 people, including a Qatari national": the people named are still the people
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ not in LISTING_PREPS]
    if places:
        preps = [c for c in preps if c.lower_ not in IN_PREPS]
    if noun.pos_ != "NOUN" or preps or any(c.dep_ == "poss" for c in noun.children):
        return None  # "his supporters", "members of the party": owned, left to the rules
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE_NOUNS:
        return "CVL"
    return PEOPLE_SECTORS.get(lemma) or SECTORS.get(lemma)


def _state(arg: Arg) -> bool:
    entity = arg.entity
    if entity.kind == "Country":
        return True
    return entity.kind == "Group" and entity.id.partition(":")[2] in COERCIVE_SECTORS


def _counted(noun: Token) -> Token:
    """The people a quantity noun counts ("detained dozens of journalists", "hundreds of
    people were arrested"), else the noun itself."""
    if noun.lemma_.lower() not in QUANTITY_NOUNS:
        return noun
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ != "of":
        return noun
    return next((p for p in preps[0].children if p.dep_ == "pobj"), noun)


def _patients(ctx: SentenceContext, verb: Token, dep: str) -> list[tuple[Token, str]]:
    out = []
    for child in verb.children:
        if child.dep_ != dep:
            continue
        noun = _counted(child)
        if ctx.actor(noun) is None:
            # "arrested the man in Marburg": the place of the arrest (event_place reads it)
            sector = people_sector(noun, places=dep == "dobj")
            if sector is not None:
                out.append((noun, sector))
    return out


def patient_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Turkish police arrested four people" -> TUR:COP COERCES TUR:CVL."""
    for verb in ctx.of_pos("VERB"):
        passive = is_passive(verb)
        if passive and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children)):
            continue  # the passive-agent and reduced-relative rules read these
        if verb.dep_ == "pcomp" and verb.head.lower_ == "against":
            continue  # "the court ruled against holding suspects": opposed, not done
        patients = _patients(ctx, verb, "nsubjpass" if passive else "dobj")
        if not patients:
            continue  # checked first: the cue look-up is the costly step
        cue = next(
            (c for c in verb_cues(ctx, verb) if _direct(c) and c.relation in STATE_ACTS), None
        )
        if cue is None or cue.expels:  # the expelled are foreigners there
            continue
        if passive:
            place = country_of_place(ctx, [verb], IN_PREPS, set())
            if place is None and unplaced(ctx, verb, []):
                # "BRASILIA (Reuters) - ... 40 people were arrested on Sunday"
                place = dateline_place(ctx, "", patients[0][0].i)
            states = [place] if place is not None else []
        else:
            states = [s for s in subjects(ctx, verb)[0] if _state(s)]
            place = event_place(ctx, verb, set())
        for state in states:
            home = place.entity if place is not None else state.entity
            code = home.country or home.id
            for noun, sector in patients:
                target = Arg(sector_entity(home, sector), noun.i, "owner", 1)
                if code and target.entity.id != state.entity.id:
                    yield Candidate(state, cue.relation, target, cue, STATE_PATIENT, verb.i)
