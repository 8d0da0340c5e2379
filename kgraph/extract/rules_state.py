"""Who the unnamed state of an act on a person is, for :mod:`kgraph.extract.rules_coerce`.

An arrest, charge or trial whose state the sentence does not name as an actor is read as the
state of the place ("jailed in Iran"), else the patient's own: a home institution's country, a
person's country, or the country owning the title the person is named by ("Indonesia's
parliament speaker, Setya Novanto"). A by-agent that is an unnamed state body ("by police",
"by anti-corruption authorities") gives the sector; failing all of these, a state body that
reports the act ("according to the Interior Ministry", "police said") did it. The words are
data: the lexicon's ``<custody_nouns>`` and ``<state_bodies>`` classes.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from kgraph.extract.args_context import SECTORS, Arg, SentenceContext
from kgraph.extract.args_plural import resolve_all
from kgraph.extract.args_speakers import is_spokesperson, principal_of, speech_subject, title_body
from kgraph.extract.lexicon import in_class, words
from kgraph.extract.rules_targets import IN_PREPS, country_of_place
from kgraph.extract.rules_verbal_subjects import by_agent, is_passive
from kgraph.ontology import COERCIVE_SECTORS
from kgraph.resolve import doc_index

# Sectors of a country's own institutions, acted on by their own state (as rules_implicit).
HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP", "REL"})
# Place prepositions: a place named on the verb that gives no country leaves the state unknown.
PLACE_PREPS = IN_PREPS | frozenset({"at"})
# Words of a place phrase that name a time, not a place ("in January", "in the morning").
TIME_WORDS = words(
    "january february march april may june july august september october november december "
    "morning afternoon evening night week month year day weekend"
)


# Nouns of a settlement or region named in an of-phrase: "in the city of Edirne".
SETTLEMENTS = words("city town village province state region district county capital")
OF = frozenset({"of"})


def nested_place(ctx: SentenceContext, verb: Token, extra: list[Token]) -> Arg | None:
    """The country of a place named one phrase down from the verb (or the confinement noun):
    "detained at his home in Istanbul", "held in a jail in the city of Edirne", "arrested at
    the Istanbul airport", "arrested in the town of X" (a settlement noun's of-phrase)."""
    direct = country_of_place(ctx, [verb, *extra], frozenset({"at"}), set())
    if direct is not None:
        return direct
    nouns = [
        pobj
        for holder in (verb, *extra)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
    ]
    settlements = [n for n in nouns if n.lemma_.lower() in SETTLEMENTS]
    return country_of_place(ctx, settlements, OF, set()) or country_of_place(
        ctx, nouns, IN_PREPS, set()
    )


def dateline_state(ctx: SentenceContext, patient: Arg) -> Arg | None:
    """The dateline's state (:func:`dateline_place`) for a patient of no other country, nor
    named elsewhere in the article beside another country ("In Britain, Dr. Harold Shipman
    was believed to have killed 250 people. ... Shipman was sentenced to 15 life terms": a
    German dateline's article citing a British case)."""
    state = dateline_place(ctx, patient.entity.country or "", patient.token)
    if state is None or _placed_abroad(ctx, patient, state.entity.id):
        return None
    return state


def _placed_abroad(ctx: SentenceContext, patient: Arg, iso3: str) -> bool:
    """Whether another mention of the patient shares its sentence with a place phrase ("in
    Britain", "at a hotel in Tanzania") naming a country (or a place of one) other than the
    dateline's ``iso3``."""
    doc = ctx.doc
    sentences = {
        doc[a.start].sent.start
        for a in ctx.actors
        if a.entity.id == patient.entity.id and not ctx.sent.start <= a.start < ctx.sent.end
    }
    for actor in ctx.actors:
        head = doc[actor.head]
        if (
            doc[actor.start].sent.start in sentences
            and actor.entity.kind in ("Country", "Location")
            and actor.entity.country
            and actor.entity.country != iso3
            and head.dep_ == "pobj"
            and head.head.lower_ in PLACE_PREPS
        ):
            return True
    return False


def dateline_place(ctx: SentenceContext, own: str, token: int) -> Arg | None:
    """ "NAIROBI (Reuters) - ... Bello was arrested on Friday": the country of the article's
    dateline, when the article names it most (at least twice as often as any other) and the
    sentence names no other country (a Washington dateline over foreign news names the
    foreign one more)."""
    from kgraph.resolve.gazetteer import country

    skip, iso3 = article_dateline(ctx.doc)
    if iso3 is None or (own and own != iso3):
        return None
    counts = Counter(a.entity.country for a in ctx.actors if a.start not in skip)
    counts.pop(None, None)
    counts.pop("", None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][0] != iso3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None  # the article is about another country too: the arrest may be there
    here = [a.entity.country for a in ctx.actors if ctx.sent.start <= a.start < ctx.sent.end]
    if any(code and code != iso3 for code in here):
        return None  # the sentence names another country
    return Arg(country(iso3), token, "owner", 1)


def article_dateline(doc: Doc) -> tuple[frozenset[int], str | None]:
    """The tokens of the article's datelines and the country they name, read once per Doc (a
    dateline is found on the whole text: not once per arrest)."""
    from kgraph.extract.entities import dateline_tokens
    from kgraph.resolve.context import dateline_country

    def build() -> tuple[frozenset[int], str | None]:
        skip = dateline_tokens(doc)
        return skip, dateline_country(doc, skip) if skip else None

    return doc_index.cached(doc, "dateline", build)


def patient_tokens(verb: Token) -> list[Token]:
    """Who undergoes a passive (its passive subject, or the noun its participle modifies) or an
    active verb (its direct object)."""
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        return [verb.head]
    dep = "nsubjpass" if is_passive(verb) else "dobj"
    found = [c for c in verb.children if c.dep_ == dep]
    if not found and dep == "nsubjpass" and verb.dep_ == "conj":
        # "Mesmari escaped the air raid but was later arrested": a conjoined passive with no
        # subject of its own undergoes it as the subject of the verb it is conjoined to
        found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def patient_args(ctx: SentenceContext, verb: Token, exclude: set[str]) -> list[Arg]:
    return [
        arg
        for token in patient_tokens(verb)
        for arg in resolve_all(ctx, token, exclude)
        if arg.entity.kind in ("Person", "Group", "Organization")
    ]


def unplaced(ctx: SentenceContext, verb: Token, extra: list[Token]) -> bool:
    """Whether no place phrase is on the verb (or the confinement noun): "was arrested in the
    town of Encarnacion" names a place whose country is unknown, so the state is too. Time
    phrases ("in January", "in 2016") and the confinement ("in custody") are no places."""
    custody = ctx.lexicon.classes.get("custody_nouns", frozenset())
    for holder in (verb, *extra):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.like_num or pobj.ent_type_ in ("DATE", "TIME"):
                    continue
                if pobj.lemma_.lower() in TIME_WORDS or in_class(pobj, custody):
                    continue
                return False
    return True


def home_state(patient: Arg, title_country: str = "") -> Arg | None:
    """The patient's own state: a home institution's country, or a titled person's (the
    person's country, or ``title_country``: the owner of the title the person is named by)."""
    from kgraph.resolve.gazetteer import country

    entity = patient.entity
    if entity.kind == "Group":
        code, _, sector = entity.id.partition(":")
        if sector not in HOME_SECTORS or not code:
            return None
    elif entity.kind == "Person":
        code = entity.country or title_country
        if not code or ":" in code:
            return None
    else:
        return None
    return Arg(country(code), patient.token, "owner", 1)


def title_country(ctx: SentenceContext, verb: Token) -> str:
    """ "Indonesia's parliament speaker, Setya Novanto, was arrested": the country of a home
    institution or country owning the title noun (a noun of a home sector: speaker, minister,
    leader, cleric ...) the patient is named by, or ""."""
    from kgraph.resolve.gazetteer import sector_of

    for token in patient_tokens(verb):
        if ctx.actor(token) is not None:
            continue  # the noun is an actor itself, no title
        lemma = token.lemma_.lower()
        if (SECTORS.get(lemma) or sector_of(lemma)) not in HOME_SECTORS:
            continue  # "the Russian lawmaker's son": no title of a home institution
        for child in token.children:
            if child.dep_ not in ("poss", "compound", "amod"):
                continue
            span = ctx.actor(child)
            if span is None:
                continue
            code, _, sector = span.entity.id.partition(":")
            if span.entity.kind == "Country" or (
                span.entity.kind == "Group" and sector in HOME_SECTORS
            ):
                return span.entity.country or code
    return ""


def speaker_state(ctx: SentenceContext, verb: Token) -> Arg | None:
    """ "Mesmari was later arrested, according to the Interior Ministry", "Egyptian police said
    Bello was arrested on Friday": the state body (a group of ``COERCIVE_SECTORS``) that reports
    an act of state on the verb's clause, as the subject of the speaking verb whose
    that-clause holds it (a spokesperson's body) or an according-to phrase on the verb or a
    clause above it; else None."""
    found: list[Arg] = []
    # the verb's own clause may be the that-clause: start from a word of it
    inner = next(iter(verb.children), verb)
    subject = speech_subject(inner, stop=frozenset({"relcl", "acl"}))
    if subject is not None:
        if is_spokesperson(subject):
            body = principal_of(ctx, subject, set()) or title_body(ctx, subject)
            found.extend([body] if body is not None else [])
        else:
            found.extend(resolve_all(ctx, subject))
    for holder in (verb, *verb.ancestors):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "according":
                continue
            for to in prep.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            found.extend(resolve_all(ctx, pobj))
        if holder.dep_ in ("relcl", "acl"):
            break
    for arg in found:
        code, _, sector = arg.entity.id.partition(":")
        if arg.entity.kind == "Group" and code and sector in COERCIVE_SECTORS:
            return arg
    return None


def unnamed_state_agent(ctx: SentenceContext, verb: Token) -> str | None:
    """The sector of a by-agent that is an unnamed state body ("by anti-corruption
    authorities", "by police", "by the agency"): a state sector noun, or one of the lexicon's
    <state_bodies> (GOV), that resolves to no actor."""
    agent = by_agent(verb)
    if agent is None or agent.pos_ != "NOUN" or resolve_all(ctx, agent):
        return None
    lemma = agent.lemma_.lower()
    sector = SECTORS.get(lemma)
    if sector is None and lemma in ctx.lexicon.classes.get("state_bodies", frozenset()):
        sector = "GOV"
    return sector if sector in COERCIVE_SECTORS else None
