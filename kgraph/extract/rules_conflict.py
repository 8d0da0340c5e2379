"""Sense checks of violence and military cues (CAMEO 15, 18-20 and military cooperation 062).

Fighting named by a noun of the lexicon's ``<armed_nouns>`` class ("battle", "fight",
"conflict", "operation", "violence") is an attack only where force is used: with an armed
party at one end of the candidate, a ``MIL`` or ``REB`` group or an organisation the gazetteer
types as armed ("Nigeria's conflict with Boko Haram", "the Lebanese army's operation against
Islamic State"). The same nouns name quarrels and campaigns between civilian parties ("the
battle between Congress and the NIH", "Rauner's fight against Democrats"), which are no
ATTACKS: :func:`unarmed_fight` drops those candidates (kgraph/extract/relations.py).

Two more checks of the same kind:

* :func:`words_against_body`: a person attacking or assailing a civilian body ("Trump
  assailed the Justice Department", "Putin attacked NATO in a speech", "Trump's attacks on
  CNN") does it in words: CRITICIZES (111), as one person attacking another does
  (``relations.verbal_sense``). Police, armed forces, civilians, places and countries keep the
  attack.
* :func:`dated_attack`: an event noun dated by a year of its own words before it, however
  deep the parser hangs it ("after the Sept. 11, 2001, al Qaeda attacks on New York", "the
  March 2003 invasion of Iraq"), or an attack verb dated by its own in-phrase ("Somali
  militiamen shot down U.S. helicopters in 1993"), ten or more years before the article, is
  history; and an event a commemoration is of ("the 75th anniversary of Japan's attack on
  Pearl Harbor") is no new event whatever its date.
* :func:`implausible_attack`: an attack no reading supports: a country attacking its own
  government, armed forces, police, legislature, courts or spies (a parse that hangs an
  appositive on the wrong name: "Turkey, which sees the YPG as an extension of the PKK, a
  Kurdish group waging an insurgency against the Turkish government"); a named war ("Laos,
  heavily bombed during the Vietnam War": the name is the war's place, and it is history);
  a relative clause whose verb strands a preposition ("the Syrian army, which Hezbollah fights
  with": its antecedent is the preposition's, an ally, not the verb's object); a verb of
  pounding (the lexicon's ``<force_verbs>``) done by a person or an unarmed organisation
  ("we just keep pounding them on how critical trade is").
* :func:`hosted_exercise`: an exercise held in a country named as such is hosted by it, and
  one held in a place of the subject's own country is at home: neither is a show of force
  against the place's country (MOBILIZES_AGAINST 150 stays for a place of a foreign country).
* :func:`retort`: a person or an unarmed organisation shooting or firing back at someone
  ("Rubio shot back at Trump") retorts in words: CRITICIZES (111).
* :func:`measure_answered`: a retaliation (the lexicon's ``<retaliation_verbs>``, or a verb
  turned "back": "struck back") against or for a non-violent measure ("Russia retaliated
  against new U.S. sanctions", "China retaliated for U.S. tariffs") is no attack: the measure's
  owner is answered (rules_recipient reads the measure, USA SANCTIONS RUS); and an attack verb
  turned "down" on a measure ("the court struck down a Texas law", "the Senate shot down the
  proposal") undoes the measure, no attack and no criticism of its owner. Measures:
  ``<nonviolent_measures>``, ``<statements>``, ``<measures>``.
* :func:`home_deployment`: troops sent to a place in the sender's own country ("Kurdish
  authorities sent thousands more troops to Kirkuk", "Iraqi forces deployed in Dibis") are no
  deployment to another party (CAMEO 074 is protection or peacekeeping given to another).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kgraph.extract.lexicon import in_class
from kgraph.extract.modality_history import year_of
from kgraph.extract.rules_senses import HISTORY_YEARS, text_year
from kgraph.ontology import ARMED_SECTORS, STATE_SECTORS
from kgraph.resolve import gazetteer as gz

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.extract.args_context import Arg
    from kgraph.extract.lexicon import Lexicon
    from kgraph.extract.rules_verbal import Candidate
    from kgraph.model import Entity

# Sectors of civilian bodies a person attacks only in words: governments, legislatures, courts,
# media, opposition and parties, spies, business, education, NGOs, clergy, elites.
CIVIC_SECTORS = frozenset(
    {"GOV", "LEG", "JUD", "MED", "OPP", "PTY", "SPY", "BUS", "EDU", "NGO", "REL", "ELI"}
)


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
    quarrel or a campaign, not an attack (True: drop the candidate); so is a verb's object of
    that class ("Democrats launched a campaign against Trump")."""
    if cand.relation != "ATTACKS":
        return False
    verb = doc[cand.anchor]
    nouns = (
        [doc[cand.noun]]
        if cand.noun is not None
        else [c for c in verb.children if c.dep_ == "dobj"]
    )
    armed_nouns = lexicon.classes.get("armed_nouns", frozenset())
    nouns = [n for n in nouns if n.lemma_.lower() in armed_nouns]
    if not nouns:
        return False
    # "launched a military campaign against Yemen": force named by the noun's own word
    armed_words = lexicon.classes.get("armed_modifiers", frozenset())
    if any(in_class(m, armed_words) for n in nouns for m in n.children if m.dep_ == "amod"):
        return False
    return not (armed_party(cand.subject.entity) or armed_party(cand.object.entity))


def words_against_body(cand: Candidate, lexicon: Lexicon) -> bool:
    """ "Trump assailed the Justice Department", "Putin attacked NATO in a speech": a person's
    attack (a cue of the lexicon's ``<verbal_attacks>`` class) on a civilian body, an IGO or an
    unarmed organisation is criticism (True: recode it CRITICIZES 111)."""
    if cand.relation != "ATTACKS" or cand.subject.entity.kind != "Person":
        return False
    if cand.cue.head not in lexicon.classes.get("verbal_attacks", frozenset()):
        return False
    target = cand.object.entity
    if target.kind == "Group":
        return target.id.rpartition(":")[2] in CIVIC_SECTORS
    if target.kind == "Organization":
        return not armed_party(target)
    return target.kind == "IGO"


def retort(cand: Candidate, doc: Doc) -> bool:
    """ "Rubio shot back at Trump", "the White House fired back at Comey": a verb of shooting
    or firing turned back, with no weapon named and no armed force or police at either end, is
    a retort (True: recode it CRITICIZES 111); armed men shooting back keep the attack ("the
    troops shot back at the gunmen")."""
    if cand.relation != "ATTACKS" or cand.noun is not None or cand.cue.objects:
        return False
    if cand.cue.head not in ("shoot", "fire"):
        return False
    verb = doc[cand.anchor]
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "fired rockets back at"
    return not any(_forceful(arg) for arg in (cand.subject, cand.object))


def _forceful(arg: Arg) -> bool:
    """An armed force or the police, or a person standing for the armed men they own."""
    entity = arg.entity
    if armed_party(entity):
        return True
    if entity.kind == "Group" and entity.id.rpartition(":")[2] == "COP":
        return True
    return entity.kind == "Person" and arg.via == "owner"


def dated_attack(cand: Candidate, doc: Doc, article_year: int | None, lexicon: Lexicon) -> bool:
    """Whether a candidate's event noun is history: dated ``HISTORY_YEARS`` or more before the
    article by a year among the words before it in its own phrase ("the Sept. 11, 2001,
    attacks", "the March 2003 invasion"; not inside a clause), or the object of a
    commemoration noun of the lexicon's ``<commemorations>`` class ("the 75th anniversary of
    Japan's attack on Pearl Harbor"). A verb dated so ("shot down U.S. helicopters in 1993")
    is :func:`kgraph.extract.modality_history.dated_history`'s, for every relation."""
    if cand.noun is None:
        return False
    noun = doc[cand.noun]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        memorials = lexicon.classes.get("commemorations", frozenset())
        if head.head.lemma_.lower() in memorials:
            return True
    reference = article_year or text_year(doc)
    for token in noun.subtree:
        if token.i >= noun.i:
            break
        year = year_of(token)
        if year is None or year > reference - HISTORY_YEARS:
            continue
        if token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS"):
            continue  # a count ("the 2000 troops' deployment"), not a year
        node = token.head
        while node.i != noun.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i == noun.i:
            return True
    return False


def _own_state(a: Entity, b: Entity) -> bool:
    return (
        a.kind == "Country"
        and b.kind == "Group"
        and b.id.partition(":")[0] == a.id
        and b.id.rpartition(":")[2] in STATE_SECTORS
    )


def _stranded(verb: Token) -> bool:
    """A relative clause's preposition whose object is the relative pronoun or nothing ("which
    Hezbollah fights with"): the antecedent is that preposition's."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or all(o.tag_ in ("WDT", "WP") for o in objects):
            return True
    return False


def _instruments(verb: Token) -> list[Token]:
    """The nouns an instrument-subject reading of ``verb`` may take its attacker from: the
    subject, or the object of a passive's by-, in- or during-phrase."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent"):
            found.extend(p for p in prep.children if p.dep_ == "pobj")
    return found


def implausible_attack(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """An ATTACKS candidate no reading supports (see the module docstring): True drops it."""
    if cand.relation != "ATTACKS":
        return False
    subject, target = cand.subject.entity, cand.object.entity
    if _own_state(subject, target) or _own_state(target, subject):
        return True
    if cand.noun is not None:
        noun = doc[cand.noun]
        if noun.text == "War" and noun.i != noun.sent.start:
            return True  # "the Vietnam War", "the Korean War", "World War Two"
    verb = doc[cand.anchor]
    if cand.noun is None and cand.cue.prep is None and verb.dep_ == "relcl" and _stranded(verb):
        return True  # "the army, which Hezbollah fights with"
    instrument = cand.rule in ("instrument-subject", "casualty-instrument")
    if instrument and any(t.text == "War" for t in _instruments(verb)):
        return True  # "Laos, heavily bombed during the Vietnam War", "died in the Korean War"
    if cand.cue.head in lexicon.classes.get("force_verbs", frozenset()):
        if subject.kind == "Person":
            return True
        if subject.kind == "Organization" and not armed_party(subject):
            return True
    return False


def _measures(lexicon: Lexicon) -> frozenset[str]:
    classes = lexicon.classes
    return (
        classes.get("nonviolent_measures", frozenset())
        | classes.get("statements", frozenset())
        | classes.get("measures", frozenset())
    )


def struck_down(verb: Token) -> bool:
    """A verb turned "down" ("struck down", "shot down the proposal")."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)


def measure_answered(cand: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    """An ATTACKS verb whose act is on a non-violent measure (module docstring): a
    retaliation against or for one, or a verb turned down on one (True: drop it)."""
    if cand.relation != "ATTACKS" or cand.noun is not None:
        return False
    verb = doc[cand.anchor]
    measures = _measures(lexicon)
    if struck_down(verb):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(o.lemma_.lower() in measures for o in objects)
    retaliation = lexicon.classes.get("retaliation_verbs", frozenset())
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    if verb.lemma_.lower() not in retaliation and not back:
        return False  # "struck back against U.S. sanctions" is one too
    answered = [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("against", "at", "for", "over", "to")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in measures for o in answered)


def hosted_exercise(cand: Candidate) -> bool:
    """A MOBILIZES_AGAINST candidate read from an exercise held *in* its target (True: drop
    it): a country named as the place ("held exercises in South Korea", "NATO's exercise in
    Estonia") hosts the exercise, and a place of the subject's own country is home ground
    ("Russia held drills in Kaliningrad"); a place of a foreign country stays a show of force
    ("Russia is conducting military exercises in Alaska")."""
    if cand.relation != "MOBILIZES_AGAINST" or cand.cue.prep != "in":
        return False
    target, subject = cand.object.entity, cand.subject.entity
    if target.kind != "Location":
        return True
    home = subject.id if subject.kind == "Country" else subject.country
    return target.country is None or target.country == home


def home_deployment(cand: Candidate) -> bool:
    """A DEPLOYS_TO candidate whose target is a place in the subject's own country (True:
    drop it)."""
    if cand.relation != "DEPLOYS_TO":
        return False
    target, subject = cand.object.entity, cand.subject.entity
    home = subject.id if subject.kind == "Country" else subject.country
    return target.kind == "Location" and home is not None and target.country == home
