"""Relations reached indirectly: through a message, a travel noun, a decree, an actorless act
of state, a claim of responsibility, or help named in a with-phrase. Each shape has its module;
this one runs them all and holds their base confidences (the table of
:mod:`kgraph.extract.relations` for the other rules).

======================  =====  ===========================================================
rule                    base   shape
======================  =====  ===========================================================
message-addressee       0.65   "X has written to Y demanding an explanation" (a demanding or
                               appealing participle of a message goes to its addressee;
                               :mod:`kgraph.extract.rules_message`)
message-sender          0.65   "X sent a letter asking the White House for details"
quoted-demand           0.60   "'Livingstone should stick to his guns,' Johnson insisted",
                               "Merkel said Russia must withdraw" -> APPEALS_TO 02 / DEMANDS 10
                               the clause's subject (:mod:`kgraph.extract.rules_message`)
owned-wrong             0.60   "'North Korea's reckless behavior is a threat,' NATO's head said"
                               -> CRITICIZES (111) the deed's owner
                               (:mod:`kgraph.extract.rules_adjective`)
told-to                 0.65   "Trump told the Treasury to examine ..." -> DEMANDS 10 the one
                               told (:mod:`kgraph.extract.rules_message`)
travel-ban              0.65   "Britain advised against travel to Yemen", "Egypt's ban on
                               flights to Qatar" -> SANCTIONS 160 the destination
                               (:mod:`kgraph.extract.rules_travel`)
expected-visit          0.60   "Tillerson is expected in Moscow for talks with Russian
                               officials" -> OFFERS 036 Russia and its officials (a visit on
                               the visitor's schedule; :mod:`kgraph.extract.rules_travel`)
decree-subject          0.65   "Obama's executive order barred Cuban officials" (the owner of a
                               decree, law or ruling; :mod:`kgraph.extract.rules_decree`)
antecedent-author       0.60   "China issued a statement. The statement urged Washington to
                               ..." (a definite document's author, named on its earlier
                               mention; :mod:`kgraph.extract.rules_decree`)
nominal-state           0.55   "Annan praised the release of prisoners in Myanmar" (an
                               actorless act-of-state noun: the state of the place; with no
                               place, the patient's own state: "Hastert's sentencing";
                               :mod:`kgraph.extract.rules_nominal_state`)
claimed-responsibility  0.65   "al-Shabab claimed responsibility for an attack in Kenya" (the
                               claimer attacks; :mod:`kgraph.extract.rules_claim`)
with-help               0.60   "Turkey took the area with the help of Syrian rebels" (the
                               helper aids the verb's subject; :mod:`kgraph.extract.rules_help`)
sought-extradition      0.60   "India wants to extradite Mallya from Britain" -> APPEALS_TO
                               021 the country of the from-phrase
                               (:mod:`kgraph.extract.rules_extradition`)
in-protest              0.60   "Pakistan recalled its envoy in protest at India's remarks"
                               (the subject protests the deed's owner: CRITICIZES 114 by a
                               state, else PROTESTS 14; :mod:`kgraph.extract.rules_protest`)
======================  =====  ===========================================================
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.args_context import SentenceContext
from kgraph.extract.rules_adjective import owned_wrong_candidates
from kgraph.extract.rules_claim import claim_candidates
from kgraph.extract.rules_decree import decree_candidates
from kgraph.extract.rules_extradition import extradition_candidates
from kgraph.extract.rules_help import help_candidates
from kgraph.extract.rules_message import (
    message_candidates,
    quoted_candidates,
    told_candidates,
)
from kgraph.extract.rules_nominal_state import nominal_state_candidates
from kgraph.extract.rules_protest import protest_candidates
from kgraph.extract.rules_travel import expected_visit_candidates, travel_candidates
from kgraph.extract.rules_verbal import Candidate

INDIRECT_CONFIDENCE: dict[str, float] = {
    "message-addressee": 0.65,
    "message-sender": 0.65,
    "quoted-demand": 0.60,
    "told-to": 0.65,
    "owned-wrong": 0.60,
    "travel-ban": 0.65,
    "expected-visit": 0.60,
    "decree-subject": 0.65,
    "antecedent-author": 0.60,
    "nominal-state": 0.55,
    "claimed-responsibility": 0.65,
    "with-help": 0.60,
    "in-protest": 0.60,
    "sought-extradition": 0.60,
}


def indirect_candidates(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every relation of the sentence read by the shapes in this module's table."""
    yield from message_candidates(ctx)
    yield from quoted_candidates(ctx)
    yield from told_candidates(ctx)
    yield from owned_wrong_candidates(ctx)
    yield from travel_candidates(ctx)
    yield from expected_visit_candidates(ctx)
    yield from decree_candidates(ctx)
    yield from nominal_state_candidates(ctx)
    yield from claim_candidates(ctx)
    yield from help_candidates(ctx)
    yield from protest_candidates(ctx)
    yield from extradition_candidates(ctx)
