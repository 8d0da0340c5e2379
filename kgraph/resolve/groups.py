"""Groups: a country or demonym with a sector noun (CAMEO agent codes), and bare sector nouns.

"Russian troops" -> RUS:MIL, "U.S. officials" -> USA:GOV, "Myanmar's military" -> MMR:MIL,
"Saudi-led coalition" -> SAU:MIL; "the opposition" takes its country from its conjunct, its
sentence, or the article's dominant country.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from kgraph.resolve import gazetteer as gz
from kgraph.resolve.descriptions import names_body_before
from kgraph.resolve.generic import GENERIC_ARMED, foreign_in_sentence
from kgraph.resolve.matcher import (
    P_BARE,
    POSSESSIVES,
    Candidate,
    NameMatch,
    mention_head,
    sector_at,
    span_text,
    with_the,
)
from kgraph.resolve.metonymy import PLACE_PREPOSITIONS
from kgraph.resolve.people import TITLES, posted_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from kgraph.model import Entity

# Head nouns of a named ministry ("Agriculture Department").
MINISTRY_NOUNS = frozenset(
    {"ministry", "department", "office", "secretariat", "ministries", "agency", "bureau"}
)
# Head nouns of a named military command ("U.S. Southern Command", "U.S. Fifth Fleet").
COMMAND_NOUNS = frozenset({"command", "fleet"})
# Words of a news agency's name ("China's Xinhua News Agency"): an outlet, not the government.
PRESS_WORDS = frozenset({"news", "press"})
STANCES = frozenset({"pro", "anti"})
# Sectors that belong where they sit ("the government in Kabul"); others may be abroad
# ("troops in Syria", "Greek citizens in Turkey").
GOVERNING = frozenset({"GOV", "LEG", "JUD", "OPP", "REB"})
# Nouns of bodies that sit where they govern ("the government in Kabul"); "diplomats in Cuba"
# may be foreign.
SEATED = frozenset(
    {"government", "administration", "regime", "junta", "authorities", "parliament", "opposition"}
)
# Sectors outside the state: a modifier of these makes the group ("militant leader": REB).
NON_STATE = frozenset({"REB", "OPP", "RAD", "CRM", "LAB", "EDU", "REL", "MED", "BUS", "NGO"})
# Sectors of people, not bodies: as a modifier they describe a thing ("refugee camp").
PEOPLE_SECTORS = frozenset({"CVL", "REF", "EDU", "LAB", "BUS", "CRM", "REL", "ELI"})
# Possessive determiners that give a group its owner ("its troops", "their police").
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# Possessive determiners of one person ("his presidency")
PERSONAL_OWNERS = frozenset({"his", "her", "my", "your"})
# Words that make a demonym an ethnicity ("ethnic Russians"), not a state.
ETHNIC = frozenset({"ethnic"})
DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
# Sector nouns that make a group with no country named ("the opposition"): from context.
BARE_SECTORS = frozenset(
    {
        "government", "administration", "opposition", "military", "army", "junta", "regime",
        "rebels", "police", "authorities", "parliament", "judiciary", "insurgents",
        "ministry", "cabinet", "legislature", "presidency", "navy", "prosecutor", "rebel",
        "militant",
    }
    | GENERIC_ARMED
)  # fmt: skip


# gazetteer entry types that name a country: a second one is another nationality, no modifier
NATIONAL_TYPES = frozenset({"demonym", "country", "capital"})
# Dependencies of an owner group's noun on the post it names ("police posts", "rebel positions")
SITE_DEPS = frozenset({"compound", "amod", "nmod"})


def group_after(doc: Doc, m: NameMatch) -> tuple[int, str] | None:
    """A sector phrase after a country or demonym: (end, code), or None.

    Up to two modifiers may come between ("Iraq's national security adviser", "Syrian
    government forces"). A title before a person's name is not a group ("Russian President
    Vladimir Putin"), nor is a sector adjective on another noun ("Russian military hardware").
    """
    i = m.end
    # "pro-Russian separatists": an allegiance, not the country's own group
    if m.start > 1 and doc[m.start - 1].text in DASHES and doc[m.start - 2].lower_ in STANCES:
        return None
    # "ethnic Russian separatists in Ukraine": an ethnicity, not the state's group
    if m.start > 0 and doc[m.start - 1].lower_ in ETHNIC:
        return None
    # "Myanmar's military": a possessive country ("Turkey s military": its apostrophe lost)
    possessive = i < len(doc) and (doc[i].lower_ in POSSESSIVES or doc[i].text == "s")
    if possessive and m.type in ("country", "capital"):
        i += 1
        posted = _post_abroad(doc, m, i)
        if posted is not None:
            return posted
    # "Saudi-led coalition": a country leading a coalition
    elif i + 1 < len(doc) and doc[i].text in DASHES and doc[i + 1].lower_ == "led":
        found = sector_at(doc, i + 2)
        return (found[0], "MIL") if found is not None else None
    if colour_coalition(doc, m):
        return None  # "a Jamaica coalition" (of German parties' colours): no country's
    # "a Pakistani militant leader": a non-state sector word modifying the head is the group's
    modifier_code: str | None = None
    for start in range(i, min(i + 3, len(doc))):
        if start > i and not _modifier(doc[start - 1]):
            return None
        found = _sector_phrase(doc, start)
        if found is not None:
            return (found[0], modifier_code) if modifier_code else found
        word = sector_at(doc, start, max_tokens=1)
        if word is not None and word[1] in NON_STATE and modifier_code is None:
            modifier_code = word[1]
    return None


def colour_coalition(doc: Doc, m: NameMatch) -> bool:
    """ "a Jamaica coalition", "the Kenya coalition": a country's name (word class
    ``colour_coalition``) that names a coalition by its parties' colours, no country."""
    name = doc[m.start : m.end].text.lower()
    if m.type != "country" or name not in gz.role_words("colour_coalition"):
        return False
    return m.end < len(doc) and doc[m.end].lower_ == "coalition"


def _post_abroad(doc: Doc, m: NameMatch, i: int) -> tuple[int, str] | None:
    """ "Russia's U.S. ambassador", "China's U.N. envoy", "Israel's Washington embassy": a
    post abroad (word class ``posting``) named with where it is, after a possessive country:
    the possessor's. The words between are names, and the post is what the possessive and
    each of them modify."""
    posts = gz.role_words("posting")
    for end in range(i + 1, min(i + 4, len(doc))):
        post = doc[end]
        if post.lower_ not in posts:
            continue
        code = gz.sector_of(post.text)
        between = doc[i:end]
        if (
            code is None
            or doc[m.end - 1].head.i != end  # the possessor modifies the post
            or not all(
                t.pos_ == "PROPN" and (t.head.i == end or i <= t.head.i < end) for t in between
            )
        ):
            return None
        return end + 1, code
    return None


def local_office_noun(token: Token) -> bool:
    """Whether a noun heads an office of a city's own government ("the mayor", "Moscow's
    mayor", "the city council"): its country's government only when a place of its own
    phrase names it (:mod:`kgraph.resolve.roles`), never from the context."""
    offices = gz.role_words("local_office")
    lemma = token.lemma_.lower()
    compounds = [c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return lemma in offices or any(f"{c} {lemma}" in offices for c in compounds)


def _modifier(token: Token) -> bool:
    """A word that may stand between a nationality and its sector noun ("national", "top"),
    or an ethnic or religious word of no country ("Syrian Arab rebels", "Iraqi Kurdish
    forces": the group is the nationality's, of that people or faith)."""
    if token.head.i <= token.i or token.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    if token.text.islower():
        return token.pos_ != "PROPN"
    if token.ent_type_ != "NORP":
        return False
    found = gz.entry(token.text)
    return found is None or found.get("type") not in NATIONAL_TYPES


def _sector_phrase(doc: Doc, i: int) -> tuple[int, str] | None:
    found = sector_at(doc, i) or _named_ministry(doc, i)
    if found is None:
        return None
    end, code = found
    # "Russian President Vladimir Putin": a title before a name belongs to the person
    # "U.S. Ambassador to Mexico Roberta Jacobson": the same, with the title's post between
    while (
        end < len(doc)
        and (_name_follows(doc, end) or posted_name(doc, end) is not None)
        and gz.normalize(doc[end - 1].text) in TITLES
    ):
        shorter = sector_at(doc, i, max_tokens=end - 1 - i) if end - 1 > i else None
        if shorter is None:
            return None
        end, code = shorter
    end = _compound_head(doc, end)
    last = doc[end - 1]
    # "the U.S. refugee program", "a Gaza refugee camp": a people noun modifying a thing is
    # no group ("the Syrian opposition body", "Canadian government approval" still are)
    thing = last.head
    role = gz.sector_of(thing.text) is not None or gz.normalize(thing.text) in TITLES
    modifies_thing = last.dep_ == "compound" and thing.i >= end and thing.pos_ == "NOUN"
    if modifies_thing and code in PEOPLE_SECTORS and not role:
        return None
    # "Russian military hardware": an adjective on the next noun is only a nationality
    if last.pos_ == "ADJ" and last.head.i == end and last.head.pos_ in ("NOUN", "PROPN"):
        return None
    return end, code


def _compound_head(doc: Doc, end: int) -> int:
    """ "Israeli army bulldozers", "Afghan army soldiers": a sector phrase modifying another
    sector noun reaches to that noun (its head), keeping its own sector."""
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        found = sector_at(doc, end, max_tokens=2)
        if found is None or doc[found[0] - 1].dep_ == "compound":
            break
        end = found[0]
    return end


def _name_follows(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")


def group_before(doc: Doc, m: NameMatch) -> tuple[int, str] | None:
    """A sector phrase before "from"/"of" and a country: (start, code), or None.

    "dissidents from Burma" -> MMR:OPP, "the government of Venezuela" -> VEN:GOV, "the
    government in Kabul" -> AFG:GOV.
    """
    of = m.start - 1
    if of < 1 or doc[of].lower_ not in ("from", "of", "in") or m.type not in ("country", "capital"):
        return None
    if m.end < len(doc) and doc[m.end].lower_ in POSSESSIVES:
        return None  # "leaders of Egypt's Muslim Brotherhood": the possessive reads on
    for start in range(of - 1, max(-1, of - 4), -1):
        found = sector_at(doc, start)
        if found is None or found[0] != of or not _people_noun(doc, start, of):
            continue
        if start > 0 and doc[start - 1].lower_ in OWNER_PRONOUNS:
            return None  # "withdraw its troops from Iraq": the owner's, not Iraq's
        # "the government in Kabul" is Afghan; "troops in Syria" may be anyone's
        if doc[of].lower_ == "in" and (
            found[1] not in GOVERNING or doc[of - 1].lower_ not in SEATED
        ):
            return None
        return start, found[1]
    return None


def _people_noun(doc: Doc, start: int, end: int) -> bool:
    """A plural or definite sector phrase names people ("troops from", "the government of");
    a bare singular is a concept ("despite opposition from Japan")."""
    head = doc[end - 1]
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ != head.lemma_.lower()
    return plural or (start > 0 and doc[start - 1].lower_ == "the")


def _named_ministry(doc: Doc, i: int) -> tuple[int, str] | None:
    """ "U.S. Agriculture Department", "Chinese Commerce Ministry", "U.S. Census Bureau":
    capitalised words and a ministry noun make the government; "U.S. Southern Command", "U.S.
    Fifth Fleet" its military; "China's Xinhua News Agency" neither."""
    j = i
    while j < len(doc) and j - i < 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        if doc[j].lower_ in PRESS_WORDS:
            return None
        if j > i and doc[j].lower_ in MINISTRY_NOUNS:
            return j + 1, "GOV"
        if j > i and doc[j].lower_ in COMMAND_NOUNS:
            return j + 1, "MIL"
        j += 1
    return None


# Determiners of one person: "a Swede", "the Swede" (a definite plural, "the Americans", is
# mostly a side: the state).
SINGLE_DETERMINERS = frozenset({"a", "an", "the", "another"})
COLLECTIVE_ENDINGS = ("ese", "ish", "ch", "ss")


def nationals(doc: Doc, m: NameMatch) -> bool:
    """ "three Turks", "a 41-year-old Swede", "two Americans": a demonym noun counted,
    described or taken one by one names people of the country (its civilians), not the state
    ("the Russians said", "Americans voted" stay the country)."""
    token = doc[mention_head(doc, m.start, m.end)]
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("amod", "compound", "nmod", "poss"):
        return False
    # "the French", "the Chinese", "the Swiss": a demonym with its adjective's form is a
    # people taken together, even when tagged singular
    singular = token.tag_ in ("NN", "NNP") and not token.lower_.endswith(COLLECTIVE_ENDINGS)
    return any(
        c.dep_ == "nummod"
        or (c.dep_ == "det" and c.lower_ in SINGLE_DETERMINERS and (singular or c.lower_ != "the"))
        or (c.dep_ == "amod" and c.i < token.i)
        for c in token.children
    )


@functools.cache
def _bare_hashes() -> frozenset[int]:
    return frozenset(get_string_id(word) for word in BARE_SECTORS)


def dominant_country(countries: Iterable[str]) -> str | None:
    """The country of these mentions when one is clear: at least two, twice the runner-up."""
    ranked = Counter(countries).most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def bare_groups(doc: Doc, chosen: list[Candidate], dateline: str | None = None) -> list[Candidate]:
    """ "the government", "the opposition", "opposition lawmakers": groups of a context country
    (:func:`context_country`; ``dateline`` is the article's dateline country, if any)."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    # a country's actors: an IGO head's country is the IGO (igo:un), which has no groups
    actors = [c for c in chosen if not c.is_place and (c.entity.country or "").isupper()]
    dominant = dominant_country(str(c.entity.country) for c in actors)
    out: list[Candidate] = []
    lowers = doc.to_array([LOWER]).tolist() if len(doc) else []
    # the country each sector last had in the document ("the Venezuelan opposition ... The
    # opposition says"): a later bare mention in an unclear sentence is the same group
    seen = [
        (c.start, c.entity.id.split(":")[-1], c.entity.country)
        for c in actors
        if c.entity.kind == "Group" and c.entity.country
    ]
    for token in (doc[i] for i, lower in enumerate(lowers) if lower in _bare_hashes()):
        if token.i in taken:
            continue
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        found = sector_at(doc, token.i)
        if found is None:
            continue
        end, code = found
        end = members_end(doc, end)  # "administration officials": the body's own people
        bare_end = end
        end = _site_end(doc, end)  # "police posts", "rebel positions": the owner group
        if not _definite(doc, token, end) or _stance(doc, token, end):
            continue  # "despite opposition from China": the concept, not a group
        if _named_owner(token, taken):
            continue  # "Modi s government": someone's, whom no actor names
        if _personal_tenure(token, chosen):
            continue  # "during his presidency": a person's time in office, no body
        if _names_organisation(doc[end - 1], chosen):
            continue  # "Islamist militant group Boko Haram": the organisation named after
        if local_office_noun(doc[end - 1]):
            continue  # "the mayor": a city's office, not the context country's government
        if _stateless_owner(token, chosen):
            continue  # "the ICC ordered its prosecutor": the court's own, no country's
        if supranational(token):
            continue  # "European authorities": of a region, no one country's
        if names_body_before(doc, token.i, chosen):
            continue  # "the European Parliament ... the legislature": the body named before
        described = described_actor(token, code, chosen)
        if described is not None:  # "the Houthis, the militia fighting ...": the Houthis
            entity = replace(described, aliases=(span_text(doc[token.i : end]),))
            out.append(Candidate(with_the(doc, token.i), end, entity, P_BARE))
            continue
        prior = [(start, iso) for start, sector, iso in seen if sector == code and start < token.i]
        same = max(prior)[1] if prior else None
        backer = backer_modifier(token)
        led = _person_of(token, chosen)
        if led is not None:
            # "the government of Syrian President Bashar al-Assad": the person's country's
            iso3 = led.country if led.country and led.country.isupper() else None
        elif backer is not None:
            # "U.S.-backed militias", "rebels supported by the United States": a proxy, of no
            # country the article's names suggest, never of its backer's; only its sentence's
            # other actors may place it
            inside = {t.i for t in backer.subtree}
            backers = {c.entity.country for c in actors if inside & set(range(c.start, c.end))}
            others = [
                c
                for c in actors
                if not inside & set(range(c.start, c.end)) and c.entity.country not in backers
            ]
            iso3 = context_country(doc, token.i, others, None, None, None, end - 1)
        else:
            iso3 = context_country(doc, token.i, actors, same, dominant, dateline, end - 1)
        if iso3 is None or any(i in taken for i in range(token.i, end)):
            continue
        if end > bare_end and _placed_elsewhere(token, iso3, chosen):
            continue  # "Russian jets attacked rebel positions in Idlib, Syria": not Russia's
        if foreign_in_sentence(token, iso3, chosen):
            continue  # "Militants attacked Iraqi forces" in a Beirut story: not Lebanon's
        entity = gz.group(iso3, code, span_text(doc[token.i : end]))
        seen.append((token.i, code, iso3))
        out.append(Candidate(with_the(doc, token.i), end, entity, P_BARE))
    return out


def described_actor(token: Token, code: str, chosen: list[Candidate]) -> Entity | None:
    """The organisation, or group of the same sector ``code``, a bare sector noun describes
    in apposition ("the Houthis, the militia fighting the government"), or None."""
    if token.dep_ != "appos" or token.lemma_ in gz.role_words("body_member"):
        return None  # "militants were killed ..., a local security official said": a person
    # the parse's head, or the name just before the phrase's comma (the parser often hangs
    # the apposition on an earlier noun: "support for Hezbollah and the Houthis, the militia")
    start = with_the(token.doc, token.i)
    before = start - 2 if start > 1 and token.doc[start - 1].text == "," else -1
    for c in chosen:
        named = c.start <= token.head.i < c.end or c.end - 1 == before
        kind = c.entity.kind
        if named and not c.is_place and (kind == "Organization" or c.entity.id.endswith(code)):
            return c.entity
    return None


def backer_modifier(token: Token) -> Token | None:
    """The modifier naming a group's backer ("U.S.-backed militias", "Iran - allied rebels",
    "rebels supported by the United States"): a participle of word class ``proxy_mark``
    (``data/gazetteer/role_words.tsv``) with an attached name or a by-agent, or None."""
    marks = gz.role_words("proxy_mark")
    for child in token.children:
        agent = any(c.dep_ == "agent" for c in child.children)
        if child.dep_ == "acl" and child.i > token.i and child.lower_ in marks and agent:
            return child  # "rebels supported by the United States"
        if child.dep_ not in ("amod", "compound"):
            continue
        word = child.lower_.rsplit("-", 1)
        if len(word) == 2 and word[0] and word[1] in marks:
            return child  # "U.S.-backed", one token
        named = any(c.dep_ in ("npadvmod", "compound") for c in child.children)
        if child.lower_ in marks and named:
            return child  # "Saudi - backed", three tokens
    return None


def members_end(doc: Doc, end: int) -> int:
    """ "administration officials", "army commanders", "police sources": a bare sector noun
    modifying a noun of the people who act or speak for a body (word class ``body_member`` of
    ``data/gazetteer/role_words.tsv``) names the body's group with them; the phrase ends
    after that noun. Else ``end`` as it is."""
    last = doc[end - 1]
    members = gz.role_words("body_member")
    if last.dep_ == "compound" and last.head.i == end and doc[end].lemma_.lower() in members:
        return end + 1
    return end


def _named_owner(token: Token, taken: set[int]) -> bool:
    """ "Modi s government", "Ghani's administration": a bare sector noun owned by a name that
    resolved to no actor belongs to that unknown owner, not to the context's country."""
    return any(
        c.dep_ == "poss"
        and c.i not in taken
        and c.text[:1].isupper()
        and c.lower_ not in OWNER_PRONOUNS
        and c.pos_ != "PRON"
        for c in token.children
    )


def _names_organisation(last: Token, chosen: list[Candidate]) -> bool:
    """Whether a bare sector phrase ending at ``last`` is a descriptor compounded on an
    organisation's name right after it ("militant group Boko Haram")."""
    if last.dep_ != "compound" or last.head.i <= last.i:
        return False
    return any(
        c.start == last.i + 1 and c.start <= last.head.i < c.end and c.entity.kind == "Organization"
        for c in chosen
    )


def _person_of(token: Token, chosen: list[Candidate]) -> Entity | None:
    """The person a sector noun's "of" phrase names ("the government of President Bashar
    al-Assad", "the administration of Barack Obama"), or None."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != token.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for c in chosen:
                if c.start <= obj.i < c.end and c.entity.kind == "Person" and not c.is_place:
                    return c.entity
    return None


def _personal_tenure(token: Token, chosen: list[Candidate]) -> bool:
    """ "his presidency", "Trump's presidency": a noun of a time in office (word class
    ``tenure``) owned by a person's pronoun or a person's name names no body."""
    if token.lemma_.lower() not in gz.role_words("tenure"):
        return False
    people = {i for c in chosen if c.entity.kind == "Person" for i in range(c.start, c.end)}
    return any(
        c.dep_ == "poss" and (c.lower_ in PERSONAL_OWNERS or c.i in people) for c in token.children
    )


def _stateless_owner(token: Token, chosen: list[Candidate]) -> bool:
    """ "the International Criminal Court, which ordered its prosecutor", "the UN and its
    agencies": a bare sector noun owned by "its" or "their" whose nearest actor before it in
    the sentence is an international or non-state organisation belongs to that
    organisation, not to the context's country."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        return False
    sent = token.sent
    before = [c for c in chosen if sent.start <= c.start and c.end <= token.i and not c.is_place]
    if not before:
        return False
    nearest = max(before, key=lambda c: c.end)
    return nearest.entity.kind in ("IGO", "Organization")


def supranational(token: Token) -> bool:
    """ "European authorities", "Western diplomats", "Arab officials": a bare sector noun
    modified by a region's adjective (gazetteer type ``adjective``) is of several countries,
    not of the one its context names."""
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.i < token.i:
            found = gz.entry(child.text)
            if found is not None and found["type"] == "adjective":
                return True
    return False


def _stance(doc: Doc, token: Token, end: int) -> bool:
    """ "its opposition to the use of force": a stance against something, not a group."""
    return token.lower_ == "opposition" and end < len(doc) and doc[end].lower_ == "to"


def _placed_elsewhere(token: Token, iso3: str, chosen: list[Candidate]) -> bool:
    """Whether the sentence of a post's owner group places it in another country than
    ``iso3`` (a place of that country in it): the owner is then the place's, unclear."""
    sent = token.sent
    return any(
        c.is_place and sent.start <= c.start < sent.end and (c.entity.country or iso3) != iso3
        for c in chosen
    )


def _site_end(doc: Doc, end: int) -> int:
    """ "police posts", "rebel positions": the end of a post (word class ``owned_site``) the
    sector phrase ending at ``end`` modifies, which names its owner group; else ``end``."""
    if end >= len(doc) or doc[end - 1].head.i != end or doc[end - 1].dep_ not in SITE_DEPS:
        return end
    return end + 1 if doc[end].lemma_.lower() in gz.role_words("owned_site") else end


def _definite(doc: Doc, token: Token, end: int) -> bool:
    """A bare sector noun that names a group: "the opposition", "opposition lawmakers",
    "Government officials said" (a determiner, a longer phrase, or a subject). The
    determiner may stand before lower-case adjectives of the noun ("the new government",
    "the interim administration"), not before a word that makes it another body's ("the
    regional government", "foreign governments")."""
    at = token.i - 1
    # "the federal government": a federation's, which its sentence often places abroad ("urging
    # the federal government to move the embassy to Jerusalem"): left to the phrase rules
    others = gz.role_words("subnational") | gz.role_words("not_local") | {"federal"}
    while at > 0 and _describing(doc[at], token) and doc[at].lower_ not in others:
        at -= 1
    previous = doc[at].lower_ if at >= 0 else ""
    if previous in ("the", "its", "their", "his", "her", "our", "this", "that"):
        return True
    return end - token.i >= 2 or token.dep_ in ("nsubj", "nsubjpass")


def _describing(word: Token, noun: Token) -> bool:
    """A lower-case adjective modifying ``noun`` ("the *new* government")."""
    return word.dep_ == "amod" and word.head.i == noun.i and word.pos_ == "ADJ" and word.is_lower


def context_country(
    doc: Doc,
    i: int,
    actors: list[Candidate],
    same: str | None = None,
    dominant: str | None = None,
    dateline: str | None = None,
    head: int | None = None,
) -> str | None:
    """The country of a bare group: its conjunct's, else that of its sentence's actors when
    they name one country, else ``same`` (the country this sector last had in the document),
    ``dateline`` (the article's dateline's) or ``dominant`` (the article's) when the sentence
    names it or names none. None when unclear: no country is better than a wrong one.
    ``head`` is the phrase's head when it is not token ``i`` ("administration officials").

    Actors governed by a locative preposition ("in Barbados") are places: they choose no
    country, but one other than the sentence's makes it unclear ("France's peacekeepers in
    Ivory Coast ... the rebels").
    """
    token = doc[i]
    # "Venezuela's government and the opposition": the conjunct group's country
    related = [token.head] if token.dep_ == "conj" else []
    related += [c for c in token.children if c.dep_ == "conj"]
    for other in related:
        for c in actors:
            if c.start <= other.i < c.end and c.entity.kind == "Group":
                return c.entity.country
    sent = token.sent
    subject = doc[head] if head is not None else token
    # "'Russia is violating the treaty,' administration officials said": a name in the
    # quotation the group speaks is what it speaks of, not whose it is
    said = _said_tokens(subject)
    in_sentence = [c for c in actors if sent.start <= c.start < sent.end and c.start not in said]
    here = [c for c in in_sentence if not _locative(doc, c)]
    places = {c.entity.country for c in in_sentence if c not in here and c.entity.country}
    before = [c.entity.country for c in here if c.start < i]
    # "The administration imposed sanctions on Iran": a name in the subject's own predicate
    # is what the group acts on, not whose it is
    after = [c.entity.country for c in here if not _own_predicate(doc, subject, c)]
    ranked = Counter(c for c in before or after if c).most_common()
    pool = {country for country, _ in ranked}
    clear = ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
    if clear and not places - {ranked[0][0]}:
        return ranked[0][0]
    pool |= places
    if i > 0 and doc[i - 1].lower_ in ("his", "her"):
        return _owner_country(doc, i, actors)  # "Trump ... his administration"
    if i > 0 and doc[i - 1].lower_ in ("its", "their"):
        return _antecedent_country(doc, i, actors)  # "North Korea said its army ..."
    # "France said the rebels in Ivory Coast ...": several countries, none of them sure
    for known in (same, dateline, dominant):
        if known is not None and (not pool or known in pool):
            return known
    return None


def _said_tokens(subject: Token) -> frozenset[int]:
    """The tokens of a quotation put before the verb ``subject`` is the subject of ("'...,'
    officials said": a clausal complement before its verb), or of a saying clause on that verb
    ("the ministry banned the group, saying it sent fighters to Syria"), or none. A complement
    after the verb still places the group ("The government said Turkish troops crossed")."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    verb = subject.head
    return frozenset(
        t.i
        for child in verb.children
        if (child.dep_ == "ccomp" and child.i < verb.i) or _saying(child)
        for t in child.subtree
    )


# Participles of a clause that says why or what the subject did ("..., saying ...").
SAYING_PARTICIPLES = frozenset({"say", "add", "accuse", "cite", "claim", "argue"})


def _saying(clause: Token) -> bool:
    """Whether ``clause`` is a participle clause of saying on its verb ("..., saying ...")."""
    participle = clause.lower_.endswith("ing")
    return clause.dep_ == "advcl" and participle and clause.lemma_ in SAYING_PARTICIPLES


def _own_predicate(doc: Doc, subject: Token, actor: Candidate) -> bool:
    """Whether ``actor`` stands in the predicate of the clause ``subject`` is the subject of
    (its object, or a phrase on it), with no other verb between."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    node = doc[mention_head(doc, actor.start, actor.end)]
    for _ in range(12):
        if node.i == verb.i:
            return True
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _owner_country(doc: Doc, i: int, actors: list[Candidate]) -> str | None:
    """ "his administration": the country of the last person named in this sentence or the
    one before, when that person has one."""
    sent = doc[i].sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people = [c for c in actors if c.entity.kind == "Person" and start <= c.start < i]
    country = people[-1].entity.country if people else None
    return country if country is not None and country.isupper() else None


# Antecedents whose "its army" is their country's: a country or a country's group.
KINDS_WITH_ARMY = ("Country", "Group")


def _antecedent_country(doc: Doc, i: int, actors: list[Candidate]) -> str | None:
    """ "its army": the country that is the subject of a clause governing the group ("North
    Korea said its army ..."), else, when the group's sentence has no subject before it, the
    subject of the sentence before ("North Korea fired a missile. Its army said ..."). Only a
    country or a country's group, one subject agreeing in number; anything else is unknown."""
    token = doc[i]
    subjects = [
        child
        for verb in token.ancestors
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < i and child not in token.ancestors
    ]
    if not subjects:
        sent = token.sent
        if sent.start == 0:
            return None
        root = doc[sent.start - 1].sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = subjects[0] if subjects else None
    # "Japan and the United States ... its army": a coordinated subject is no one antecedent
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None
    if doc[i - 1].lower_ == "its" and subject.tag_ in ("NNS", "NNPS"):
        return None  # "its" never refers back to "the imperialists"
    for c in actors:
        if c.start <= subject.i < c.end and not c.is_place and c.entity.kind in KINDS_WITH_ARMY:
            return c.entity.country
    return None


def _locative(doc: Doc, c: Candidate) -> bool:
    head = doc[mention_head(doc, c.start, c.end)]
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS
