"""What an investigation found: "a UN inquiry found that Syria used chemical weapons".

``nominal-finding``: an investigation noun (inquiry, investigation, probe) owned by an actor (a
by-phrase, a possessive, a name or demonym modifier) that found, concluded or determined that
another actor did something: the owner investigated that actor (CAMEO 09) and, unless the
finding is denied or states only a condition ("found that Iran was complying"), accuses it
(112). "The joint inquiry by the U.N. and the OPCW, which has
found the Syrian government used sarin" -> UN and OPCW INVESTIGATES and CRITICIZES SYR:GOV.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.args_context import RELATIVE, SentenceContext
from kgraph.extract.args_plural import clause_subjects
from kgraph.extract.lexicon import Cue, words
from kgraph.extract.modality_negation import has_negation
from kgraph.extract.rules_control import noun_owners
from kgraph.extract.rules_verbal import Candidate
from kgraph.ontology import RELATIONS

NOMINAL_FINDING = "nominal-finding"
FINDING_VERBS = words("find conclude determine establish")
INVESTIGATION_NOUNS = words("inquiry investigation probe")
MAX_CLIMB = 4
# Findings that state a condition or compliance rather than a wrongdoing.
NEUTRAL_FINDINGS = words("be have comply abide cooperate follow meet act")


def _cue(relation: str, cameo: str, plover: str) -> Cue:
    rel = RELATIONS[relation]
    return Cue("verb", "find that", "find", relation, plover, cameo, rel.quad_class or 3)


INVESTIGATES_CUE = _cue("INVESTIGATES", "090", "INVESTIGATE")
ACCUSES_CUE = _cue("CRITICIZES", "112", "ACCUSE")


def _investigation(verb: Token) -> Token | None:
    """The investigation noun that did the finding: the verb's subject, or the noun a relative
    "which" stands for (also when the parser hung the relative on the noun's by-phrase)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    token = subject
    if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        token = verb.head
    for _ in range(MAX_CLIMB):
        if token.pos_ == "NOUN" and token.lemma_.lower() in INVESTIGATION_NOUNS:
            return token
        if token.dep_ not in ("pobj", "prep", "conj") or token.head == token:
            return None
        token = token.head
    return None


def finding_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """ "A UN inquiry found that Syria used chemical weapons" -> UN INVESTIGATES SYR."""
    for verb in ctx.of_pos("VERB"):
        if verb.lemma_.lower() not in FINDING_VERBS:
            continue
        noun = _investigation(verb)
        if noun is None:
            continue
        owners = noun_owners(ctx, noun)
        if not owners:
            continue
        exclude = {o.entity.id for o in owners}
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            targets = clause_subjects(ctx, clause, exclude)
            accusing = not (
                has_negation(verb)
                or has_negation(clause)
                or clause.lemma_.lower() in NEUTRAL_FINDINGS
            )
            for owner in owners:
                for target in targets:
                    yield Candidate(
                        owner,
                        "INVESTIGATES",
                        target,
                        INVESTIGATES_CUE,
                        NOMINAL_FINDING,
                        verb.i,
                        noun=noun.i,
                    )
                    if accusing:
                        yield Candidate(
                            owner, "CRITICIZES", target, ACCUSES_CUE, NOMINAL_FINDING, verb.i
                        )
