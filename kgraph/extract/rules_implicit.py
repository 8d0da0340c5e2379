"""Rules for relations whose actor or target is not where the verbal rules look for it.

Four shapes, each the ``rule`` of its triples:

* ``passive-state``: "a French journalist was arrested in Egypt". An act of state (arrest,
  detention, deportation, ban, investigation, sanction) in the passive with no agent is the
  act of the state where it happens, as CAMEO coders read it. The country must be named by an
  in-phrase on the verb, or for an expulsion or deportation (CAMEO 174) by its from-phrase
  ("two Turkish journalists were expelled from Egypt" -> EGY COERCES TUR:MED); without one
  there is no triple, except for:
* ``passive-home-state``: "the speaker of Indonesia's parliament is being investigated", "a
  Saudi cleric has been banned from preaching". With no place named, a country's own
  institution (government, legislature, courts, opposition, clergy) is acted on by its state.
* ``complement-subject``: "Germany demanded that the United States withdraw its troops". A
  demand or an appeal whose target is the subject of its that-clause rather than an object.
* ``for-complement``: "Germany called for Russia to withdraw its troops", "the EU appealed for
  Kiev to show restraint". A verb of appeal (the lexicon's <for_appeal_verbs>) whose for-to
  clause names the one asked: that clause's subject is the target of an appeal (CAMEO 02).
* ``instrument-subject``: "US drone strikes killed six militants", "an Israeli missile hit
  the convoy". A violent verb whose subject is an attack or a weapon: the actor that owns the
  attack or weapon (a demonym, a name, a possessive or a by-phrase) is the attacker.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_acts import led_owner
from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue, in_class, rule_cue
from kgraph.extract.modality_clauses import (
    is_infinitive,
)
from kgraph.extract.modality_words import (
    MANDATIVE_VERBS,
)
from kgraph.extract.rules_complement import demand_clauses
from kgraph.extract.rules_targets import IN_PREPS, country_of_place
from kgraph.extract.rules_verbal import Candidate, verb_cues
from kgraph.extract.rules_verbal_objects import through_partitive
from kgraph.extract.rules_verbal_subjects import is_passive, subjects
from kgraph.extract.rules_verbal_targets import verb_targets

# Relations a state does to people on its own soil, read from a passive without an agent.
STATE_ACTS = frozenset({"COERCES", "INVESTIGATES", "SANCTIONS"})
# Prepositions of the country an expulsion or deportation (CAMEO 174) sends people out of.
EXPULSION_PREPS = IN_PREPS | frozenset({"from"})
# Tags of a plural noun: a people counted ("thousands of Afghans"), no country's name.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Sectors of a country's own institutions, acted on by their own state when no place is named.
HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP", "REL"})
# Relations whose target may be the subject of a that-clause ("demanded that X leave").
COMPLEMENT_RELATIONS = frozenset({"DEMANDS", "APPEALS_TO"})
FOR_APPEAL_CUE = rule_cue("APPEALS_TO", "<for_appeal_verbs> for", "call")
# Nouns whose actor is the one who attacks: the lexicon's attack nouns and the word classes
# of attacks and weapons ("US drone strikes", "a Russian missile").
INSTRUMENT_CLASSES = ("attack", "weapons")
# Prepositions of a passive that name the attack it happened in or by.
PASSIVE_PREPS = frozenset({"by", "in", "during"})


def _actor_subjects(ctx: SentenceContext, verb: Token) -> list[Arg]:
    return [a for a in subjects(ctx, verb)[0] if a.entity.kind != "Topic"]


def passive_state_candidates(ctx: SentenceContext, verb: Token) -> Iterator[Candidate]:
    """ "Two opposition leaders were detained in Zimbabwe" -> ZWE COERCES ZWE:OPP."""
    if verb.dep_ == "acl" or not any(c.dep_ == "auxpass" for c in verb.children):
        return
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return  # the passive-agent rule reads it
    act = _ordered_act(ctx, verb) or verb
    cue = next((c for c in verb_cues(ctx, act) if _direct(c) and c.relation in STATE_ACTS), None)
    if cue is None:
        return
    partitives = ctx.lexicon.classes.get("partitives", frozenset())
    patients = [
        arg
        for child in verb.children
        if child.dep_ == "nsubjpass"
        # "thousands of Afghans were deported", "thousands of people, including Germans"
        for noun in dict.fromkeys((child, *through_partitive(child, partitives)))
        for arg in resolve_all(ctx, noun)
        # a people counted ("thousands of Afghans") are its nationals: their country
        if arg.entity.kind in ("Person", "Group", "Organization")
        or (arg.entity.kind == "Country" and noun.i != child.i and noun.tag_ in PLURAL_TAGS)
    ]
    if not patients:
        return
    preps = EXPULSION_PREPS if cue.expels else IN_PREPS
    state = country_of_place(ctx, [act], preps, set())
    if state is None:
        yield from _home_state_candidates(ctx, patients, cue, verb)
        return
    for patient in patients:
        if patient.entity.id != state.entity.id:
            yield Candidate(state, cue.relation, patient, cue, "passive-state", verb.i)


def _ordered_act(ctx: SentenceContext, verb: Token) -> Token | None:
    """ "their citizens were ordered deported from the United States": the participle of an
    expulsion a passive verb of ordering (the lexicon's <ordering_verbs>) carries is the act
    done to the ordering verb's passive subject, with its own place phrase."""
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("ordering_verbs", frozenset()):
        return None
    for child in verb.children:
        participle = child.dep_ in ("xcomp", "oprd") and child.tag_ == "VBN"
        if participle and any(c.expels for c in verb_cues(ctx, child)):
            return child
    return None


def _home_state_candidates(
    ctx: SentenceContext, patients: list[Arg], cue: Cue, verb: Token
) -> Iterator[Candidate]:
    """ "The speaker of Indonesia's parliament is being investigated", "a Saudi cleric has been
    banned from preaching": with no place named, a country's own institution (a group of a
    HOME_SECTORS sector) is acted on by its own state. People and civilians are left out:
    they may be abroad; so are people "from" a country, the deported or expelled, and a ban
    that names no domestic act ("officials from Venezuela were barred", "banned from
    entering": the lexicon's <entry> class)."""
    from kgraph.resolve.gazetteer import country

    if cue.expels:
        return  # deported or expelled: by a state that is not their own
    named = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(p.dep_ == "prep" and p.lower_ == "from" for n in named for p in n.children):
        return
    if cue.cameo.startswith("172") and not _domestic_ban(ctx, verb):
        return
    for patient in patients:
        code, _, sector = patient.entity.id.partition(":")
        if patient.entity.kind != "Group" or sector not in HOME_SECTORS or not code:
            continue
        state = Arg(country(code), patient.token, "owner", 1)
        yield Candidate(state, cue.relation, patient, cue, "passive-home-state", verb.i)


def _domestic_ban(ctx: SentenceContext, verb: Token) -> bool:
    """ "banned from preaching", "barred from office": a from-phrase naming an act or post at
    home, not entry into a country (the lexicon's <entry> class)."""
    entry = ctx.lexicon.classes.get("entry", frozenset())
    return any(
        obj.lemma_.lower() not in entry
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    )


def _direct(cue: Cue) -> bool:
    return cue.prep is None and not cue.objects and cue.particle is None and not cue.inverse


def complement_candidates(ctx: SentenceContext, verb: Token) -> Iterator[Candidate]:
    """ "Germany demanded that the United States withdraw" -> DEU DEMANDS USA."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return  # "urged Russia to ...": the verbal rules take the object
    cue = next(
        (c for c in verb_cues(ctx, verb) if _direct(c) and c.relation in COMPLEMENT_RELATIONS),
        None,
    )
    if cue is None:
        return
    mandative_verb = verb.lemma_.lower() in MANDATIVE_VERBS
    clauses = [c for c in demand_clauses(verb) if _mandative(c, mandative_verb)]
    if not clauses:
        return
    subs = _actor_subjects(ctx, verb)
    # the clause's active subject only: "urged that diplomats be expelled" asks no diplomat
    for sub, target in _clause_subject_pairs(ctx, subs, clauses):
        yield Candidate(sub, cue.relation, target, cue, "complement-subject", verb.i)


def for_complement_candidates(ctx: SentenceContext, verb: Token) -> Iterator[Candidate]:
    """ "Germany called for Russia to withdraw its troops" -> DEU APPEALS_TO RUS."""
    if not in_class(verb, ctx.lexicon.classes.get("for_appeal_verbs", frozenset())):
        return
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return  # "asked Iran for help": the verbal rules take the object
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        and is_infinitive(c)
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ]
    if not clauses:
        return
    subs = _actor_subjects(ctx, verb)
    for sub, target in _clause_subject_pairs(ctx, subs, clauses):
        yield Candidate(sub, "APPEALS_TO", target, FOR_APPEAL_CUE, "for-complement", verb.i)


def _clause_subject_pairs(
    ctx: SentenceContext, subs: list[Arg], clauses: list[Token]
) -> Iterator[tuple[Arg, Arg]]:
    """Each subject of the verb with each actor that is the active subject (``nsubj``) of one
    of its clauses, the subjects themselves left out."""
    exclude = {s.entity.id for s in subs}
    targets = [
        arg
        for clause in clauses
        for child in clause.children
        if child.dep_ == "nsubj"
        for arg in resolve_all(ctx, child, exclude)
    ]
    for sub in subs:
        for target in targets:
            yield sub, target


def _mandative(clause: Token, mandative_verb: bool) -> bool:
    """A clause that says what should be done: should/must, a bare verb ("that Washington
    pay", "that the diplomats be expelled"), or after a verb that only demands ("demanded
    that the US withdraw", tagged as a present) any verb not in the past; not a claim
    ("insisted that Rubio had said")."""
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in clause.children):
        return True
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if clause.tag_ == "VB" or any(a.tag_ == "VB" and a.lower_ == "be" for a in auxes):
        return True
    if not auxes and _subjunctive_present(clause):
        return True
    past = clause.tag_ in ("VBD", "VBN") or any(a.tag_ in ("VBD", "VBN") for a in auxes)
    return mandative_verb and not past


def _subjunctive_present(clause: Token) -> bool:
    """ "insisted that Britain make concessions": a bare form the tagger took for a present
    (VBP) after one singular noun subject, which a present would inflect ("Britain makes"),
    is a mandate's subjunctive."""
    if clause.tag_ != "VBP":
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return (
        len(subjects) == 1
        and subjects[0].tag_ in ("NN", "NNP")
        and not any(c.dep_ == "conj" for c in subjects[0].children)
    )


def instrument_owners(ctx: SentenceContext, noun: Token) -> list[Arg]:
    """The actor an attack or weapon noun belongs to: "US drone strikes", "Russia's missiles",
    "strikes by the coalition"."""
    # modifiers before the noun, through compounds ("US Predator attacks")
    stack = [c for c in noun.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")]
    while stack:
        child = stack.pop(0)
        span = ctx.actor(child)
        if span is not None:
            return [Arg(span.entity, span.head, "owner", 1)]
        stack.extend(c for c in child.lefts if c.dep_ in ("compound", "amod", "nmod"))
    # "Saudi-led air strikes killed ...": the leader of the attack
    led = led_owner(ctx, noun)
    if led is not None:
        return [led]
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (args := resolve_all(ctx, pobj)):
                    return [Arg(a.entity, a.token, "owner", 1) for a in args]
    return []


def instrument_words(ctx: SentenceContext) -> frozenset[str]:
    """Attack and weapon nouns: the word classes above and the heads of attack noun cues."""
    attack_nouns = (h for h, cues in ctx.lexicon.nouns.items() if cues[0].relation == "ATTACKS")
    classes = (ctx.lexicon.classes.get(n, frozenset()) for n in INSTRUMENT_CLASSES)
    return frozenset(attack_nouns).union(*classes)


def _instrument_nouns(ctx: SentenceContext, verb: Token) -> Iterator[Token]:
    """Attack or weapon nouns that do what the verb says: the active subject, the passive
    agent, or an attack the passive happened in ("killed in an air raid by ...")."""
    instruments = instrument_words(ctx)
    passive = is_passive(verb)
    for child in verb.children:
        if passive and child.dep_ in ("agent", "prep") and child.lower_ in PASSIVE_PREPS:
            nouns = [p for p in child.children if p.dep_ == "pobj"]
        elif not passive and child.dep_ == "nsubj":
            nouns = [child]
        else:
            continue
        for noun in nouns:
            if noun.lemma_.lower() in instruments and ctx.actor(noun) is None:
                yield noun


def instrument_owner_args(ctx: SentenceContext, noun: Token) -> list[Arg]:
    owners = instrument_owners(ctx, noun)
    if owners:
        return owners
    # "a roadside bomb planted by Taliban insurgents": the agent of the participle on it
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            for pobj in agent.children if agent is not None else ():
                if pobj.dep_ == "pobj":
                    return [Arg(a.entity, a.token, "owner", 1) for a in resolve_all(ctx, pobj)]
    return []


def instrument_candidates(ctx: SentenceContext, verb: Token) -> Iterator[Candidate]:
    """ "US drone strikes have killed several Pakistani militants", "nine peacekeepers were
    killed during an air raid by Ivorian bombers" -> the owner ATTACKS the victims."""
    attacks = [c for c in verb_cues(ctx, verb) if c.relation == "ATTACKS" and not c.inverse]
    if not attacks:
        return
    for noun in _instrument_nouns(ctx, verb):
        owners = instrument_owner_args(ctx, noun)
        if not owners:
            continue
        acts = owners_act(ctx, verb, attacks, owners, "instrument-subject")
        if acts:
            yield from acts
            return


def owners_act(
    ctx: SentenceContext,
    verb: Token,
    cues: list[Cue],
    owners: list[Arg],
    rule: str,
    topics: bool = True,
) -> list[Candidate]:
    """Each owner doing the first of ``cues`` that finds targets of ``verb`` to each target
    (a Topic target only with ``topics``): what the owners of an instrument ("US drone
    strikes killed ...") or a decree ("Trump's order barred ...") do through it."""
    exclude = {o.entity.id for o in owners}
    for cue in cues:
        found = verb_targets(ctx, verb, cue, exclude)
        if not found or not found[0]:
            continue
        return [
            Candidate(owner, cue.relation, target, cue, rule, verb.i)
            for owner in owners
            for target in found[0]
            if topics or target.entity.kind != "Topic"
        ]
    return []


def implicit_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every relation of the sentence read by this module's shapes."""
    for verb in ctx.of_pos("VERB", "AUX"):
        yield from passive_state_candidates(ctx, verb)
        yield from complement_candidates(ctx, verb)
        yield from for_complement_candidates(ctx, verb)
        yield from instrument_candidates(ctx, verb)
