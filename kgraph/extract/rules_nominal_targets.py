"""Whom an event noun is aimed at: the cue's preposition on the noun.

``_noun_targets`` reads the target of an event noun from the phrase of its cue's preposition
("support for Syria", "sanctions on Iran", "a visit to Russia"), on the noun itself, on a
light verb's participle ("sanctions imposed on Russia"), on the light verb when the parser
hangs the to-phrase there ("made an offer to Ukraine"), or on a participle's between-phrase
("a deal struck between X and Y") or on the verb of the noun as subject ("talks have stalled
between X and Y"); a statement owned by a pronoun stands for the pronoun's
actor, and two coordinated modifiers over one head name two parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract.args_context import Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.lexicon import Cue
from kgraph.extract.modality_words import INTENT_NOUNS
from kgraph.extract.rules_inquiry import probed_claim_targets
from kgraph.extract.rules_nominal_actors import _light, relative_light_verb
from kgraph.extract.rules_targets import resolve_targets
from kgraph.extract.rules_verbal_targets import PLACE_PREPS

# Relations of a cue whose to-phrase the parser may hang on the light verb rather than the
# noun ("made an offer to Ukraine", "extended an invitation to Putin", "paid a visit to
# Cuba", "gave a cautious welcome to May's speech", "sent his congratulations to Macron"); not
# other phrases ("had 41 percent support to 35 percent for Cruz", "declared war
# on", "expand its assistance to" hang on the noun when they are its own).
LIGHT_VERB_TO_RELATIONS = frozenset({"OFFERS", "APPEALS_TO", "VISITS", "WARNS", "BACKS"})
# Relations of a cue whose for-phrase the parser may hang on the light verb: backing ("offered
# strong support for Assad") and its opposite, scorn ("showed disdain for Trump before his
# victory", "expressed contempt for the king"; zero24).
LIGHT_VERB_FOR_RELATIONS = frozenset({"BACKS", "CRITICIZES"})


def _light_participles(ctx: SentenceContext, noun: Token) -> list[Token]:
    """ "U.S. sanctions imposed on Russia", "aid provided to Syria": a light verb's participle
    on an event noun carries the noun's target phrase."""
    return [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and _light(ctx, c)
        # "sanctions imposed by the U.S. on Russia": the verbal rule reads a by-agent itself
        and not any(g.dep_ == "agent" or g.lower_ == "by" for g in c.children)
    ]


def _misparsed_infinitive(noun: Token, prep: Token) -> bool:
    """ "Trump's pledge to jail Clinton", parsed as "to" + the noun phrase "jail Clinton": after
    an intent noun ("pledge", "promise", "threat"), a "to" followed by a lower-case common word
    that only modifies the phrase's head is an infinitive, not a recipient ("a pledge to
    Ukraine", "a promise to the Kurds")."""
    if prep.lower_ != "to" or noun.lemma_.lower() not in INTENT_NOUNS:
        return False
    after = prep.nbor() if prep.i + 1 < len(prep.doc) else None
    return (
        after is not None
        and after.dep_ == "compound"
        and after.pos_ in ("NOUN", "VERB")
        and after.text.islower()
    )


def _noun_targets(ctx: SentenceContext, noun: Token, cue: Cue) -> list[Arg]:
    out: list[Arg] = []
    holders = [noun, *_light_participles(ctx, noun)]
    relative = relative_light_verb(ctx, noun)
    if relative is not None:
        # "the conversations Flynn had with Kislyak": the relative clause's light verb carries
        # the noun's target phrase
        holders.append(relative)
    if (
        noun.dep_ == "dobj"
        and (
            (cue.prep == "to" and cue.relation in LIGHT_VERB_TO_RELATIONS)
            or (
                cue.prep == "for"
                and cue.relation in LIGHT_VERB_FOR_RELATIONS
                and noun.head.lemma_ != "have"
            )
        )
        and noun.head.pos_ in ("VERB", "AUX")
        and _light(ctx, noun.head)
    ):
        # "Russia made an offer to Ukraine", "extended an invitation to Trump", "Russia
        # offered strong support for Assad": the parser hangs the cue's to-phrase (or a
        # backing's or scorn's for-phrase) on the light verb (not "had 41 percent support to
        # 35 percent for Cruz", a poll's share)
        holders.append(noun.head)
    if cue.prep == "between":
        # "a deal struck between Turnbull and Obama", "the accord reached between X and Y",
        # "the agreement that was signed between X and Y": a participle's (or a passive
        # relative's) between-phrase names the noun's parties whatever the verb
        holders.extend(
            c
            for c in noun.children
            if c not in holders
            and (
                (c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
                or (c.dep_ == "relcl" and any(g.dep_ == "nsubjpass" for g in c.children))
            )
        )
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            # "talks have stalled between Russia and Ukraine", "negotiations are deadlocked
            # between May's government and the EU": the parser hangs the subject's
            # between-phrase on its verb
            holders.append(noun.head)
    for child in (c for holder in holders for c in holder.children):
        # ("the support Russia gave to Syria": a dative to-phrase on a relative light verb)
        if child.dep_ in ("prep", "dative") and child.lower_ == cue.prep:
            if _misparsed_infinitive(noun, child):
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    if cue.relation == "INVESTIGATES":
                        # "FBI inquiries into a British spy's dossier": not the author
                        probed = probed_claim_targets(ctx, pobj, set())
                        if probed is not None:
                            out.extend(probed)
                            continue
                    # (a backing is no place's: "gave Trump a warm welcome to Beijing")
                    place = cue.prep in PLACE_PREPS and cue.relation != "BACKS"
                    found = _authored(ctx, pobj) or resolve_targets(
                        ctx, pobj, set(), allow_place=place
                    )
                    if _gerund_doer(pobj):
                        # "its opposition to Kurdish-held parts of northern Iraq breaking
                        # away": the one doing the gerund's act, not the place it is part of
                        found = [a for a in found if not _place_part(a)]
                    out.extend(found or _pronoun_owned(ctx, pobj))
                    if cue.prep == "between":
                        out.extend(_coordinated_modifiers(ctx, pobj, out))
    return out


def _place_part(arg: Arg) -> bool:
    """An owner of a thing, or a country or place of which a part is named ("parts of
    northern Iraq")."""
    return arg.via == "owner" or (
        arg.via == "member" and arg.entity.kind in ("Country", "Location")
    )


def _gerund_doer(pobj: Token) -> bool:
    """Whether a gerund follows the phrase of ``pobj`` right after it, with that phrase for
    its subject ("opposition to the region breaking away")."""
    after = pobj.right_edge.i + 1
    return after < len(pobj.doc) and pobj.doc[after].tag_ == "VBG"


def _authored(ctx: SentenceContext, pobj: Token) -> list[Arg]:
    """ "a cautious welcome to a speech in Florence by May", "criticism of a decision in Geneva
    by Iran": a statement or a deed (the lexicon's <statements> and <deeds> classes) with a
    by-phrase is aimed at its author, not at the place it was made in."""
    lemma = pobj.lemma_.lower()
    classes = ctx.lexicon.classes
    if lemma not in classes.get("statements", frozenset()) | classes.get("deeds", frozenset()):
        return []
    for child in pobj.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            for author in child.children:
                if author.dep_ == "pobj":
                    return [
                        Arg(a.entity, a.token, "owner", a.hops + 1)
                        for a in resolve_all(ctx, author)
                        if a.entity.kind not in ("Topic", "Location")
                    ]
    return []


def _pronoun_owned(ctx: SentenceContext, pobj: Token) -> list[Arg]:
    """ "expressed dismay at his remarks", "anger over their decision": a statement or a deed
    (the lexicon's <statements> and <deeds> classes) owned by a possessive pronoun is aimed at
    the pronoun's actor, as "Erdogan's remarks" is at Erdogan's."""
    lemma = pobj.lemma_.lower()
    classes = ctx.lexicon.classes
    if lemma not in classes.get("statements", frozenset()) | classes.get("deeds", frozenset()):
        return []
    for child in pobj.children:
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            return [
                Arg(a.entity, a.token, "pronoun", a.hops + 1)
                for a in resolve_all(ctx, child)
                if a.entity.kind != "Topic"
            ]
    return []


def _coordinated_modifiers(ctx: SentenceContext, pobj: Token, found: list[Arg]) -> list[Arg]:
    """ "talks between U.S. and Chinese officials", "a meeting between Russian and Turkish
    diplomats": two modifiers coordinated over one head noun name two parties; the head's
    actor takes the last one ("Chinese officials"), the first modifier is an actor of its own
    (nominal-between needs both)."""
    seen = {a.entity.id for a in found}
    out: list[Arg] = []
    for child in pobj.children:
        if child.dep_ not in ("compound", "nmod", "amod") or child.i > pobj.i:
            continue
        if not any(c.dep_ == "conj" for c in child.children):
            continue
        span = ctx.actor(child)
        if span is None or span.head != child.i or span.entity.id in seen:
            continue
        if span.is_place or span.entity.kind == "Location":
            continue
        out.append(Arg(span.entity, span.head))
        seen.add(span.entity.id)
    return out
