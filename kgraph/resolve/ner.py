"""The model's named entities, cleaned and corrected where the gazetteer knows better.

spaCy's small English model runs entities across line breaks ("Interfax\\n\\nReuters"), types
news agencies as places, sites as people ("Maiquetia" airport) and wraps countries in longer
names ("Bank of Japan"). This module cuts, filters and reads those spans.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kgraph.model import Entity
from kgraph.resolve import doc_index
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.groups import DASHES, group_after
from kgraph.resolve.matcher import (
    P_FACILITY,
    P_NAMED_ORG,
    P_ORG,
    P_PLACE,
    POSSESSIVES,
    Candidate,
    NameMatch,
    descriptor_start,
    span_text,
)
from kgraph.resolve.people import TITLES, surname_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SEPARATORS = frozenset({"/", "|", "\u2022"})
# Finite verb tags: such a verb in lower case, with a subject of its own, heads a clause
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Words that introduce a nickname ("earned her the nickname 'Gucci Grace'", "dubbed 'Crooked
# Hillary'"): the name after them is another name of someone, not a new actor.
NICKNAME_WORDS = frozenset({"nickname", "nicknamed", "dubbed", "moniker", "sobriquet"})
EDGE_PUNCT = frozenset({"<", ">", '"', "'", "(", ")", "[", "]", "\u201c", "\u201d", "-", ","})
# Nouns that make a named thing a site ("Maiquetia airport", "Hmeimim air base", "the Al
# Noor mosque": never a person).
FACILITY_NOUNS = frozenset(
    {
        "airport", "airbase", "base", "port", "harbour", "harbor", "square", "palace",
        "stadium", "hospital", "river", "province", "region", "island", "islands", "bridge",
        "dam", "refinery", "prison", "valley", "mountains", "strait", "canal", "field",
        "mosque", "church", "cathedral", "synagogue", "temple", "shrine", "monastery",
        "school", "hotel", "camp", "market", "station", "mall", "clinic", "infirmary",
    }
)  # fmt: skip
# Words before a last "Center"/"Centre" that make a named centre a site ("Walter Reed National
# Military Medical Center"), where a centre alone is an organisation ("the Carter Center").
SITE_CENTRES = frozenset({"medical", "health", "cancer", "trauma", "detention", "convention"})
# Nouns that make a site of a name only when written in lower case ("Rakhine state", not
# "Islamic State").
LOWER_SITE_NOUNS = frozenset({"state", "district", "county"})
COUNTRY_TYPES = ("country", "demonym", "capital")
STORMS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical", "super"})
# A storm's given name in the article ("Hurricane Maria", "Tropical Storm Harvey"): after it, a
# bare "Maria" in the same article is the storm, not a person.
STORM_TITLES = ("Hurricane", "Typhoon", "Cyclone", "Storm")
_STORM_NAME = re.compile(rf"\b(?:{'|'.join(STORM_TITLES)})\s+([A-Z][\w-]+)")
# Last words that make a name a company ("Scovill Inc", "Renault SA").
CORPORATE_SUFFIXES = frozenset(
    {
        "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "sa", "ag", "nv",
        "llc", "gmbh", "spa", "bv", "ab", "asa", "group", "holdings", "bank", "corporation",
    }
)  # fmt: skip
# Last words of organisations' names the model types as people ("Age Concern", "Christian Aid",
# "Human Rights Watch", "Carnegie Endowment"): no person's name ends so.
ORGANISATION_NOUNS = frozenset(
    {
        "concern", "aid", "watch", "trust", "fund", "council", "party", "international",
        "foundation", "institute", "institution", "association", "union", "society", "alliance",
        "front", "movement", "committee", "commission", "agency", "network", "centre", "center",
        "university", "college", "airlines", "airways", "motors", "partners", "securities",
        "brigade", "brigades", "league", "federation", "coalition", "forum", "endowment",
        "times", "radio", "television", "magazine", "journal", "tribune", "gazette",
    }
)  # fmt: skip
ORGANISATION_LAST = CORPORATE_SUFFIXES | ORGANISATION_NOUNS
# Organisation nouns that, capitalised alone ("the Foundation", "the Institute"), only point back
# to an organisation named in full (a newspaper's "Times", a charity's "Concern" are names).
GENERIC_ORGANISATION_NOUNS = frozenset(
    {
        "foundation", "institute", "institution", "association", "society", "alliance",
        "movement", "committee", "commission", "agency", "network", "centre", "center",
        "university", "college", "league", "federation", "coalition", "forum", "endowment",
        "fund", "trust", "council", "union", "party", "front", "brigade", "brigades",
    }
)  # fmt: skip
# Nouns that describe a person in an apposition ("X, a U.S.-based contractor", "X, an activist
# who ..."): a name the model typed as an organisation is then a person's.
PERSON_NOUNS = frozenset(
    {
        "contractor", "businessman", "businesswoman", "entrepreneur", "tycoon", "billionaire",
        "millionaire", "financier", "investor", "banker", "executive", "lawyer", "attorney",
        "activist", "dissident", "journalist", "reporter", "blogger", "writer", "author",
        "novelist", "poet", "academic", "professor", "scholar", "researcher", "scientist",
        "economist", "analyst", "consultant", "lobbyist", "adviser", "advisor", "aide",
        "politician", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
        "diplomat", "cleric", "preacher", "priest", "imam", "rabbi", "bishop", "doctor",
        "surgeon", "physician", "nurse", "teacher", "student", "farmer", "fisherman",
        "engineer", "pilot", "soldier", "veteran", "officer", "commander", "colonel",
        "general", "dealer", "smuggler", "informant", "suspect", "defendant", "fugitive",
        "citizen", "national", "resident", "native", "woman", "man", "mother", "father",
        "son", "daughter", "brother", "sister", "wife", "husband", "widow", "actor", "actress",
        "singer", "musician", "artist", "athlete", "footballer", "player", "coach",
    }
)  # fmt: skip
# Last words of the names of laws, pacts and doctrines, as written ("Jones Act", "Minsk
# Accords"): such a name is never a person's, though it may end with a surname's word.
LAW_NAMES = frozenset(
    {
        "Act", "Acts", "Law", "Treaty", "Accord", "Accords", "Amendment", "Doctrine",
        "Agreement", "Protocol", "Convention", "Charter", "Pact",
    }
)  # fmt: skip
# Roman numerals of monarchs and popes, I to XXIX ("Mohammed VI", "Benedict XVI").
_REGNAL = re.compile(r"^X{0,2}(IX|IV|V?I{0,3})$")
_DIGIT = re.compile(r"\d")
# A model's designation: letters, a hyphen, a number ("F-35", "B-52", "MiG-29", "S-400s"); not
# "G-20", a group of countries.
_DESIGNATION = re.compile(r"^(?!G-)[A-Z][A-Za-z]{0,2}-\d{1,4}[A-Z]{0,2}s?$")
# Words of a government office's or a title's name ("Home Office", "Minister of State for Foreign
# Affairs", "Air Force", "Supreme Allied Commander"): such a name is no organisation of its own.
OFFICE_WORDS = frozenset(
    {
        "home", "foreign", "affairs", "state", "defence", "defense", "interior", "finance",
        "economy", "economic", "justice", "trade", "commerce", "health", "education", "energy",
        "unification", "agriculture", "treasury", "environment", "transport", "security",
        "intelligence", "ministry", "office", "department", "secretariat", "secretary",
        "minister", "air", "force", "navy", "army", "supreme", "allied", "commander", "gen.",
        "general", "chief", "deputy", "under", "of", "for", "and", "the", "&", "-",
    }
)  # fmt: skip
# Last words that make a governing body of an office name ("Foreign Ministry", "Air Force",
# "the Treasury").
OFFICE_HEADS = frozenset(
    {"ministry", "office", "department", "secretariat", "force", "navy", "treasury"}
)
# Lower-case prepositions and conjunctions no name ends with ("Elijah Cummings of").
TRAILING_WORDS = frozenset({"of", "in", "for", "at", "on", "to", "from", "with", "and", "or"})
# Titles of monarchs that news writes alone, capitalised ("the Shah", "the Emir"): a person
# the article names otherwise, never an organisation.
RULER_TITLES = frozenset(
    {"shah", "emir", "amir", "sultan", "king", "queen", "tsar", "czar", "kaiser", "emperor"}
    | {"empress", "pope", "caliph", "maharaja", "crown"}
)
# Words after an office name that make it part of a person's title ("Home Affairs spokesman").
TITLE_NOUNS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "chief", "head",
        "official", "officials", "undersecretary", "adviser", "advisor", "commander",
    }
)  # fmt: skip


def ner_spans(doc: Doc, skip: frozenset[int]) -> list[Span]:
    """The model's entities, cut at blank lines, slashes and dateline tokens, edges trimmed.

    Shouted multi-word names ("SERGEI CHIRIKOV / POOL" in a photo credit) are dropped: the
    model's types go wrong on upper-case text, and the gazetteer covers the names that matter.
    """
    spans: list[Span] = []
    for ent in doc.ents:
        tokens = _possessor(list(ent)) if ent.label_ == "PERSON" else _before_ticker(list(ent))
        # "Jason Chaffetz and Elijah Cummings" typed as one organisation: two people
        two = any(_joins_two_people(tokens, k) for k in range(len(tokens)))
        label = "PERSON" if two else ent.label_
        start = 0
        for k in range(len(tokens) + 1):
            if k < len(tokens) and not _cuts(tokens, k, skip, label == "PERSON"):
                continue
            span = _trim(doc, tokens[start:k], label)
            if span is not None and not _nickname(doc, span):
                shouted = all(t.text.isupper() for t in span if t.is_alpha)
                if not shouted or (len(span) == 1 and len(span.text) <= 5):
                    spans.append(span)
            start = k + 1
    return spans


def _nickname(doc: Doc, span: Span) -> bool:
    """A name introduced as a nickname, quotes and spaces between allowed ("the nickname
    'Gucci Grace'", "nicknamed "the Iron Lady""): not a new actor, so a later "Grace" is not
    taken for its surname."""
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i >= 0 and doc[i].lower_ in NICKNAME_WORDS


def _possessor(tokens: list[Token]) -> list[Token]:
    """A person's name the model ran past a possessive ("Barack Obama's Asia", "Obama s Asia"
    with the apostrophe lost): the possessor's name alone; what follows is what they own."""
    for k in range(1, len(tokens) - 1):
        text = tokens[k].text
        lost = text == "s" and tokens[k - 1].text[:1].isupper()
        if tokens[k].lower_ in POSSESSIVES or lost:
            return tokens[:k]
    return tokens


# A stock ticker in brackets after a company's name ("Ford Motor Co (F.N)", "Toyota (7203.T)").
_TICKER = re.compile(r"^[A-Za-z0-9_]{1,8}\.[A-Z]{1,3}$")


def _before_ticker(tokens: list[Token]) -> list[Token]:
    """A company's name the model ran into its bracketed stock ticker ("AT&T Inc (T.N"): the
    name alone, so every mention of the company has one id."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text == "(" and _TICKER.match(tokens[k + 1].text):
            return tokens[:k]
    return tokens


def _cuts(tokens: list[Token], k: int, skip: frozenset[int], person: bool = False) -> bool:
    """Whether a name stops at its ``k``-th token (a separator, a blank line, a dateline; in a
    ``person``'s name, "and" before a capitalised word: "George W. and Jeb" are two)."""
    token = tokens[k]
    text = token.text
    if token.i in skip or text in SEPARATORS or (token.is_space and "\n\n" in text):
        return True
    if person and text == "and" and 0 < k < len(tokens) - 1 and tokens[k + 1].is_title:
        return True
    if _glued_to_clause_verb(tokens, k):
        return True  # "Kiir fired Malong" taken as one name: two names and the verb between
    if _joins_two_people(tokens, k):
        return True  # "Jason Chaffetz and Elijah Cummings" taken as one name
    # "Moazzam Begg - have": a spaced dash ends a name
    return text in DASHES and k > 0 and bool(tokens[k - 1].whitespace_)


def _joins_two_people(tokens: list[Token], k: int) -> bool:
    """Whether the ``k``-th token is "and" between two persons' names: two or three
    capitalised words on each side, none ending like an organisation's name nor known to the
    gazetteer ("Jason Chaffetz and Elijah Cummings"; not "Johnson and Johnson", "Sao Tome and
    Principe", "Bill and Melinda Gates Foundation")."""
    if tokens[k].lower_ != "and":
        return False
    right = tokens[k + 1 :]
    while right and right[-1].is_lower:
        right = right[:-1]  # "Elijah Cummings of": the model ran on into a phrase
    return _two_word_name(tokens[:k]) and _two_word_name(right)


def _two_word_name(tokens: list[Token]) -> bool:
    """Two or three capitalised words that may be a person's name: none ends an organisation's
    name, and the gazetteer knows none of them as a name."""
    return (
        2 <= len(tokens) <= 3
        and all(t.is_alpha and t.is_title for t in tokens)
        and tokens[-1].lower_ not in ORGANISATION_LAST
        and not any(gz.entry(t.text) for t in tokens)
    )


def _clause_verb(token: Token) -> bool:
    """A lower-case finite verb with its own subject: a clause's verb, never part of a name."""
    return (
        token.tag_ in FINITE_TAGS
        and token.is_lower
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _glued_to_clause_verb(tokens: list[Token], k: int) -> bool:
    """Whether the ``k``-th token is a clause's verb or glued to one by hyphens, with no
    space between ("Trump de-certifies")."""
    for token in tokens[k:]:
        if _clause_verb(token):
            return True
        if token.whitespace_ or not (token.is_lower or token.text == "-"):
            return False
    return False


def _trim(doc: Doc, tokens: list[Token], label: str) -> Span | None:
    """The tokens as a span without edge punctuation, space, "the" and a possessive."""
    while tokens and (tokens[0].is_space or tokens[0].text in EDGE_PUNCT):
        tokens = tokens[1:]
    # "the Allied Democratic Forces (ADF": the model ran on into the acronym in brackets
    # that follows the name; the name ends before the unclosed bracket
    opened = [k for k, t in enumerate(tokens) if t.text == "("]
    if opened and opened[-1] > 0 and not any(t.text == ")" for t in tokens[opened[-1] :]):
        tokens = tokens[: opened[-1]]
    # "Elijah Cummings of" (the model ran on into "of the House Committee"): no name ends
    # with a lower-case preposition or conjunction
    while tokens and (
        tokens[-1].is_space or tokens[-1].text in EDGE_PUNCT or tokens[-1].text in TRAILING_WORDS
    ):
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1].lower_ in POSSESSIVES:
        tokens = tokens[:-1]
    # "Trump s": a possessive whose apostrophe was lost
    if len(tokens) > 1 and tokens[-1].text == "s" and tokens[-2].text[:1].isupper():
        tokens = tokens[:-1]
    return Span(doc, tokens[0].i, tokens[-1].i + 1, label=label) if tokens else None


def plausible_person(span: Span, inside: list[NameMatch]) -> bool:
    """Whether a PERSON entity may be a person: no digits, no country or capital inside, no
    law's last word ("Jones Act").

    "Austria 6,048" and "Barbados" are not people; a leader's full name always is.
    """
    if _DIGIT.search(span.text) or span[-1].lower_ in ORGANISATION_LAST:
        return False
    if not any(t.text[:1].isupper() for t in span):
        return False  # "have": a stray lower-case word
    if span[0].lower_ in STORMS:
        return False  # "Typhoon Nanmadol"
    if len(span) == 1 and storm_name(span):
        return False  # "Maria killed at least 10" after "Hurricane Maria"
    if gz.load().leader_index.get(gz.normalize(span.text)):
        return True
    if any(_acronym(t) for t in span):
        return False  # "Stop TTIP", "CKE": a campaign's or a company's acronym
    if len(span) > 1 and _model_code(span[-1]):
        return False  # "Keystone XL", "Galaxy SE": a product's or a project's model letters
    if len(span) > 1 and span[-1].text in LAW_NAMES:
        return False  # "the Jones Act", "the Monroe Doctrine": a law's or a pact's name
    if law_name_after(span):
        return False  # "the Sergei Magnitsky Rule of Law Accountability Act": a law's name
    return (
        not any(m.type in COUNTRY_TYPES for m in inside)
        or place_given_name(span, inside)
        or place_surname(span, inside)
    )


# Words before a name that make a country or a capital before it a place of its own ("the
# ambassador to Mexico Roberta Jacobson", "in India Putin said").
PLACE_PREPS = frozenset({"to", "in", "of", "from", "for", "at", "on", "into", "across"})


def place_given_name(span: Span, inside: list[NameMatch]) -> bool:
    """Whether a two-word PERSON entity is a given name that is also a country's, a capital's
    or a nationality's, then a surname ("Santiago Nieto", "Israel Katz", "German Khan"): the
    gazetteer's one match is the first word, the second is a capitalised word it does not
    know, and no preposition stands before ("in India Putin said" is a place). Not a leader
    after their own country ("Iran Rouhani", a headline's two names)."""
    if len(span) != 2 or len(inside) != 1:
        return False
    first, last = span[0], span[1]
    match = inside[0]
    if (match.start, match.end) != (first.i, first.i + 1) or match.type not in COUNTRY_TYPES:
        return False
    if not (first.is_alpha and first.is_title and last.is_alpha and last.is_title):
        return False
    if first.i > 0 and span.doc[first.i - 1].lower_ in PLACE_PREPS:
        return False
    country = str(match.entry["id"]).split(":")[0]
    leaders = gz.load().leader_index.get(gz.normalize(last.text)) or []
    return not any(leader.country == country for leader in leaders)


def place_surname(span: Span, inside: list[NameMatch]) -> bool:
    """Whether a two-word PERSON entity is a given name of the gazetteer's, then a surname
    that is also a country's or a capital's ("Joseph Muscat", "Jim Jordan"): the gazetteer's
    one match is the second word, and no preposition stands before the first."""
    if len(span) != 2 or len(inside) != 1:
        return False
    first, last = span[0], span[1]
    match = inside[0]
    if (match.start, match.end) != (last.i, last.i + 1) or match.type not in ("country", "capital"):
        return False
    if not (first.is_alpha and first.is_title and last.is_title):
        return False
    if first.i > 0 and span.doc[first.i - 1].lower_ in PLACE_PREPS:
        return False
    return first.lower_ in gz.load().first_names


# Lower-case words inside a law's name ("Rule of Law Accountability Act", "Act for the ...").
LAW_NAME_JOINERS = frozenset({"of", "and", "the", "for", "on", "to"})
LAW_NAME_REACH = 8


def law_name_after(span: Span) -> bool:
    """Whether the name runs on, in capitalised words (and the small words of a title), to a
    law's or a pact's last word ("Sergei Magnitsky *Rule of Law Accountability Act*"): the
    model cut a law's name, and its first words are no person."""
    doc = span.doc
    for token in doc[span.end : min(len(doc), span.end + LAW_NAME_REACH)]:
        if token.text in LAW_NAMES:
            return True
        if not (token.is_title or token.lower_ in LAW_NAME_JOINERS):
            return False
    return False


def _acronym(token: Token) -> bool:
    """An upper-case word of three or more letters in a sentence that is not shouted: an
    acronym ("TTIP"), no part of a person's name."""
    text = token.text.replace("-", "")
    if not (len(text) >= 3 and text.isalpha() and text.isupper()) or _REGNAL.match(text):
        return False  # "Benedict XVI", "Henry VIII": a regnal number
    return any(t.is_alpha and t.text.islower() for t in token.sent)


def _model_code(token: Token) -> bool:
    """Two upper-case letters ending a name, no regnal number ("Mohammed VI") nor "Jr": a
    model's or a project's letters ("Keystone XL"); a person's name ends with a surname."""
    text = token.text
    return (
        len(text) == 2
        and text.isalpha()
        and text.isupper()
        and not _REGNAL.match(text)
        and text not in ("JR", "SR")
        and any(t.is_alpha and t.text.islower() for t in token.sent)
    )


def storm_name(span: Span) -> bool:
    """Whether the article gives this one-word name to a storm anywhere ("Hurricane Maria")."""
    return span.text in doc_index.cached(span.doc, "storm-names", lambda: _storm_names(span.doc))


def _storm_names(doc: Doc) -> frozenset[str]:
    """The names the article gives storms ("Maria" of "Hurricane Maria")."""
    text = doc_index.text(doc)
    if not any(title in text for title in STORM_TITLES):
        return frozenset()
    return frozenset(m.group(1) for m in _STORM_NAME.finditer(text))


def person_name(span: Span, inside: list[NameMatch]) -> bool:
    """Whether an ORG span reads as a person's name: two or three capitalised words, a known
    given name first, no organisation's last word ("Alexei Pushkov", not "Christian Aid"); a
    hyphenated given name is one word, known by its first part ("Heinz-Christian Strache")."""
    words = span.text.split()
    first_names = gz.load().first_names
    first = words[0].lower() if words else ""
    return (
        not inside
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and (first in first_names or ("-" in first and first.split("-")[0] in first_names))
        and words[-1].lower() not in ORGANISATION_LAST
    )


def described_person(span: Span) -> bool:
    """Whether an apposition after a name describes a person ("Johannes Marliem, a U.S.-based
    contractor", "X, the dissident who ...", "X, the leader of ..."): a common noun of
    :data:`PERSON_NOUNS` or a title, with an article, outside any named entity."""
    for child in span.root.children:
        if (
            child.dep_ == "appos"
            and child.i >= span.end
            and child.pos_ == "NOUN"
            and not child.ent_type_
            and (child.lemma_.lower() in PERSON_NOUNS or gz.normalize(child.text) in TITLES)
        ):
            return any(t.dep_ == "det" and t.lower_ in ("a", "an", "the") for t in child.children)
    return False


def who_clause(span: Span) -> bool:
    """Whether a name of one word (hyphens joined) takes a relative clause of "who" ("the
    credibility of Hesami-Kiche, who was paid by ..."): a person's, where an organisation
    takes "which"."""
    if " " in span.text:
        return False
    for clause in span.root.children:
        if clause.dep_ == "relcl" and clause.i > span.end:
            return any(
                c.lower_ in ("who", "whom") and c.i < clause.i and c.dep_ in ("nsubj", "nsubjpass")
                for c in clause.children
            )
    return False


def is_company(span: Span) -> bool:
    """Whether a name ends like a company's or another organisation's ("Scovill Inc",
    "Renault SA", "Age Concern")."""
    return span[-1].lower_ in ORGANISATION_LAST and len(span) > 1 and span[-1].text[:1].isupper()


def facility(doc: Doc, span: Span) -> Candidate | None:
    """A named site ("Maiquetia airport", "Simon Bolivar International Airport"), or None."""
    end = span.end
    if end < len(doc) and (
        doc[end].lower_ in FACILITY_NOUNS
        or (doc[end].text in LOWER_SITE_NOUNS and _plain_name(span))  # "Rakhine state"
    ):
        end += 1
    elif listed_site(doc, span):
        pass  # "the Baba Gurgur, Jambur and Khabbaz fields": one site of a listed few
    elif doc[end - 1].lower_ not in FACILITY_NOUNS and not _site_centre(span):
        return None
    name = span_text(doc[span.start : end])
    entity = gz.place(name, _site_country(doc, span.start) or _country_after(doc, end), name)
    return Candidate(span.start, end, entity, P_FACILITY, is_place=True)


# Plural site nouns that end a list of named sites ("the Jambur and Khabbaz fields"; not
# "camps": "the Trump and Clinton camps" are people's).
LISTED_SITE_NOUNS = frozenset(
    {
        "fields", "airports", "ports", "bases", "islands", "provinces", "rivers", "refineries",
        "dams", "prisons", "valleys", "mosques", "churches", "crossings", "oilfields",
    }
)  # fmt: skip
LIST_REACH = 12


def listed_site(doc: Doc, span: Span) -> bool:
    """Whether a name is one of a list of capitalised names (commas, "and") that a plural site
    noun ends, lower-case nouns between ("the Baba Gurgur, Jambur and Khabbaz fields", "the
    Bai Hasan and Avana oil fields"): each name is a site's."""
    joined = span.start > 0 and doc[span.start - 1].text in (",", "and")
    for token in doc[span.end : min(len(doc), span.end + LIST_REACH)]:
        if token.lower_ in LISTED_SITE_NOUNS:
            return joined
        if token.text in (",", "and"):
            joined = True
        elif token.is_lower and token.pos_ == "NOUN" and joined:
            continue  # "the Bai Hasan and Avana *oil* fields"
        elif not (token.is_title and token.pos_ == "PROPN"):
            return False
    return False


def _site_centre(span: Span) -> bool:
    """ "Walter Reed National Military Medical Center": a centre that is a site."""
    return (
        len(span) > 2
        and span[-1].lower_ in ("center", "centre")
        and span[-2].lower_ in SITE_CENTRES
    )


def _plain_name(span: Span) -> bool:
    """A proper name the gazetteer does not read as a country or demonym ("Rakhine")."""
    known = gz.entry(span.text)
    return all(t.pos_ == "PROPN" for t in span) and (known is None or known["type"] == "place")


def _site_country(doc: Doc, start: int) -> str | None:
    """ "Caracas' main Maiquetia airport": a capital or country just before names the country."""
    for i in range(start - 1, max(-1, start - 5), -1):
        token = doc[i]
        if token.is_punct and token.text not in POSSESSIVES:
            return None
        known = gz.entry(token.text)
        if known is not None and known["type"] in ("capital", "country", "place"):
            return str(known["id"]) if str(known["id"]).isupper() else None
    return None


def _country_after(doc: Doc, end: int) -> str | None:
    """ "Simon Bolivar International Airport outside Caracas": a place named right after."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("in", "outside", "near", "of"):
        return None
    known = gz.entry(doc[end + 1].text)
    if known is not None and known["type"] in ("capital", "country", "place"):
        return str(known["id"]) if str(known["id"]).isupper() else None
    return None


# Tags of a common word (adjective, plural noun, adverb, verb form; not a singular noun,
# which the model gives unknown names: "Transneft halted ..."): a sentence's first word with
# one of them that the model typed an organisation is the word, capitalised.
COMMON_WORD_TAGS = frozenset({"JJ", "JJR", "JJS", "NNS", "RB", "VBG", "VBN", "VBD", "VBZ"})


def organisation(doc: Doc, span: Span, inside: list[NameMatch]) -> Candidate | None:
    """An ORG entity: ``org:<slug>``, or None when the gazetteer's reading should stand.

    A name that wraps a country ("Bank of Japan", "Ivorian Chamber of Commerce") is an
    organisation of that country and outranks the country; a name the gazetteer covers
    (IGOs, seats, institutions) is left to the gazetteer.
    """
    name = span_text(span)
    if not any(t.text[:1].isupper() for t in span):
        return None  # "mosques": a common noun the model took for a name
    if scheme(span):
        return None  # "NAFTA", "the Dakota Access Pipeline": an agreement or a scheme
    if len(span) == 1 and _DESIGNATION.match(span.text):
        return None  # "the F-35", "a B-52": an aircraft's or a missile's model, no actor
    if len(span) == 1 and span.start == span.sent.start and span[0].tag_ in COMMON_WORD_TAGS:
        return None  # "Fierce battles between ...", "Hours after": a capitalised first word
    if len(span) > 1 and span[0].lower_ in STORMS - {"storm"}:
        # "Tropical Storm Gaston blasted the coast", "Hurricane Ivan": a storm (not "Storm
        # Financial", a company)
        return None
    if len(span) == 1 and span.text.lower() in GENERIC_ORGANISATION_NOUNS:
        return None  # "the Foundation" with no foundation named before: which one is unknown
    force = police_force(span)
    if force is not None:
        return Candidate(span.start, span.end, gz.group(force, "COP", name), P_NAMED_ORG)
    entity = Entity("org:" + gz.slug(name), name, "Organization", aliases=(name,))
    if len(span) == 1 and gz.sector_of(span.text) is not None:
        return None  # "the Bank", "Parliament": a common noun, read as a group if at all
    if len(span) == 1 and span.text.lower() in RULER_TITLES:
        return None  # "the U.S.-backed Shah": a monarch's title, no organisation
    if span.end < len(doc) and gz.normalize(f"{span[-1].text} {doc[span.end].text}") in TITLES:
        return None  # "(Iranian) Supreme" of "Supreme Leader Khamenei": part of a title
    if gz.normalize(span_text(span[-2:])) in TITLES:
        return None  # "Iran's Supreme Leader Ali Khamenei": a title, no organisation
    if not inside:
        # "US oil major Northfield Energy", "Russia's second-largest steel maker Volgastal"
        iso3 = described_country(doc, span.start)
        if iso3 is not None:
            entity = Entity(entity.id, name, "Organization", country=iso3, aliases=(name,))
        return Candidate(span.start, span.end, entity, P_ORG)
    covered = sum(m.end - m.start for m in inside)
    if covered < len(span) and _placed_organisation(span, inside):
        # "the Atlantic Council", "the Kirkuk Provincial Council": an organisation named after
        # a region or a place (of the place's country), not the region or the place
        places = {str(m.entry["id"]) for m in inside if m.type == "place"}
        iso3 = next(iter(places)) if len(places) == 1 else None
        entity = Entity(entity.id, name, "Organization", country=iso3, aliases=(name,))
        return Candidate(span.start, span.end, entity, P_NAMED_ORG)
    if any(m.type not in COUNTRY_TYPES for m in inside) or covered == len(span):
        return None
    first = inside[0]
    group = group_after(doc, first) if first.start == span.start else None
    if group is not None and group[0] == span.end:
        return None  # "Russian Foreign Ministry": a group, read by the group rule
    country = next(m.entry["id"] for m in inside if m.type in COUNTRY_TYPES)
    # "U.S. Office of Government Ethics", "the Russian Department of ...": an office of the
    # country's government (a sector phrase, "U.S. Department of Defense", is read above)
    office = first.start == span.start and first.end < span.end - 1
    if office and doc[first.end].lower_ in OFFICE_HEADS and doc[first.end + 1].lower_ == "of":
        iso3 = str(country)
        if iso3.isupper():
            return Candidate(span.start, span.end, gz.group(iso3, "GOV", name), P_NAMED_ORG)
    # "Kenyan Supreme Court", "Brazil's Congress": a nationality and a national body's name
    # (bodies.tsv) is that country's body
    body = gz.load().bodies.get(gz.normalize(doc[first.end : span.end].text))
    possessive = first.end < span.end and doc[first.end].lower_ in POSSESSIVES
    if possessive:
        body = gz.load().bodies.get(gz.normalize(doc[first.end + 1 : span.end].text))
    iso3 = str(country)
    if first.start == span.start and body is not None and iso3.isupper():
        return Candidate(span.start, span.end, gz.group(iso3, body["sector"], name), P_NAMED_ORG)
    entity = Entity(entity.id, name, "Organization", country=country, aliases=(name,))
    return Candidate(span.start, span.end, entity, P_NAMED_ORG)


def police_force(span: Span) -> str | None:
    """The country of a police force named after a place of it ("North Wales Police",
    "Greater Manchester Police", "the New York Police Department"): a name ending with a
    police word (role words ``police_name``) after a country, city or region the gazetteer
    places in one country, with only words of an area before it (role words
    ``area_word``: "North", "Greater"). The force is that country's police (CAMEO COP)."""
    words = [t for t in span if t.lower_ != "the"]
    names = gz.role_words("police_name")
    areas = gz.role_words("area_word")
    for cut in range(len(words) - 1, 0, -1):
        if " ".join(t.lower_ for t in words[cut:]) not in names:
            continue
        for start in range(cut):
            if not all(t.lower_ in areas for t in words[:start]):
                break
            place = words[start:cut]
            if not all(t.text[:1].isupper() for t in place):
                continue
            found = gz.entry(" ".join(t.text for t in place))
            if found is not None and found["type"] in (*COUNTRY_TYPES, "place"):
                iso3 = str(found["id"])
                return iso3 if iso3.isupper() and len(iso3) == 3 else None
    return None


def _placed_organisation(span: Span, inside: list[NameMatch]) -> bool:
    """Whether an ORG entity is an organisation's name around regions or places only, ending
    with an organisation's last word ("the Atlantic Council", "Asia Society")."""
    return span[-1].lower_ in ORGANISATION_LAST and all(
        m.type == "region" or (m.type == "place" and str(m.entry["id"]).isupper()) for m in inside
    )


# First words of a body's name that may end with a scheme's noun ("Government of National Accord").
GOVERNING_FIRST = frozenset({"government", "ministry", "office", "department", "administration"})


def scheme(span: Span) -> bool:
    """Whether a name the model typed as an organisation names an agreement, a government
    scheme or a work ("NAFTA", "DACA", "the Dakota Access Pipeline", "Trans-Pacific
    Partnership Agreement"; word classes ``scheme_name`` and ``scheme_noun``): no actor."""
    if span.text.lower() in gz.role_words("scheme_name"):
        return True
    if span[0].lower_ in ORGANISATION_LAST or span[0].lower_ in GOVERNING_FIRST:
        return False  # "Government of National Accord", "Council of the Pact": a body
    return (
        len(span) > 1
        and span[-1].text[:1].isupper()
        and (span[-1].lower_ in gz.role_words("scheme_noun"))
    )


def described_country(doc: Doc, start: int) -> str | None:
    """The country of a nationality before the words describing a name ("US *oil major*
    Northfield Energy", "Russia's *steel maker* Volgastal"): a country, demonym or capital of
    up to three words (a possessive one too), else None."""
    i = descriptor_start(doc, start)
    if i is None:
        return None
    if i > 1 and (doc[i - 1].lower_ in POSSESSIVES or doc[i - 1].text == "s"):
        i -= 1  # "Russia's", "Turkey s" (the apostrophe lost)
    for k in range(min(3, i), 0, -1):
        known = gz.entry(doc[i - k : i].text)
        if known is not None and known["type"] in COUNTRY_TYPES:
            iso3 = str(known["id"])
            return iso3 if iso3.isupper() else None
    return None


def office_sector(doc: Doc, span: Span) -> str | None:
    """What an ORG span made only of office words stands for: a sector code ("Home Office",
    "Air Force": "GOV", "MIL"), "" for part of a title ("Minister of State for Foreign Affairs",
    "Home Affairs spokesman", "Defense Secretary"), or None when it is a name of its own."""
    words = [t.lower_ for t in span]
    if not all(w in OFFICE_WORDS for w in words) or not span[0].text[:1].isupper():
        return None
    # "Minister of State for ...", "Undersecretary of State": a title's tail
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if (
        before in ("of", "for")
        and span.start > 1
        and gz.normalize(doc[span.start - 2].text) in (TITLES)
    ):
        return ""
    # "Home Affairs spokesman", "Defense Secretary", "Foreign ministry spokeswoman"
    if span.end < len(doc) and doc[span.end].lower_ in TITLE_NOUNS:
        return ""
    # "Foreign Ministry", "Air Force", "Ministry of Defence": a governing body
    if words[-1] not in OFFICE_HEADS and (len(words) < 3 or words[0] not in OFFICE_HEADS):
        return ""
    return gz.sector_of(" ".join(words)) or gz.sector_of(" ".join(words[-2:])) or "GOV"


# Nouns whose "in" takes a person ("confidence in Blair", "a role in Merkel's cabinet").
ATTITUDE_NOUNS = frozenset(
    {"confidence", "trust", "faith", "belief", "interest", "hope", "role", "part", "stake"}
)
PLACE_IN = frozenset({"in", "near", "across", "throughout"})


def named_place_use(span: Span) -> bool:
    """Whether a name the model typed as a person is used as a place: "the situation in
    Rakhine", "fighting near Kirkuk" (the object of "in"/"near", not "confidence in X"),
    "the town of Pyay" (a lower-case settlement noun's "of", word class ``settlement``),
    "Fort Knox", "Mount Sinjar" (a first word of class ``place_first``; classes of
    ``data/gazetteer/role_words.tsv``)."""
    if len(span) > 1 and span[0].text.lower() in gz.role_words("place_first"):
        return True
    root = span.root
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "of":
        noun = prep.head
        return noun.text.islower() and noun.lower_ in gz.role_words("settlement")
    return prep.lower_ in PLACE_IN and prep.head.lemma_.lower() not in ATTITUDE_NOUNS


def settlement_named(span: Span) -> bool:
    """Whether the article calls this name a settlement anywhere ("al-Qaryatayn town", "the
    town of Pyay"; lower-case nouns of word class ``settlement``; "Gezira state", where the
    lower-case "state" heads its phrase): a bare mention the model typed as an organisation
    or a person is then the place."""
    doc, words = span.doc, [t.text for t in span]
    if not words:
        return False
    n = len(words)
    before, after = _settlement_sites(doc)
    plain: bool | None = None  # _plain_name(span), read when a "state" needs it
    for j, noun, state in before.get(words[-1], ()):
        if state and plain is None:
            plain = _plain_name(span)
        # "the country's Gezira state in 2020" (a state named so, not "a Trump state visit")
        if (noun or (state and plain)) and j >= n and [t.text for t in doc[j - n : j]] == words:
            return True  # "al-Qaryatayn town"
    for j, state in after.get(words[0], ()):
        if state and plain is None:
            plain = _plain_name(span)
        if not (state and plain) and [t.text for t in doc[j : j + n]] == words:
            return True  # "the town of Pyay"
    return False


def _settlement_sites(
    doc: Doc,
) -> tuple[dict[str, list[tuple[int, bool, bool]]], dict[str, list[tuple[int, bool]]]]:
    """The article's settlement nouns, once per Doc: by the word just before each, (its
    index, whether it is of the word class, whether it is a "state" heading its phrase); by
    the word after each "<noun> of", (that word's index, the same "state" flag)."""

    def build() -> tuple[
        dict[str, list[tuple[int, bool, bool]]], dict[str, list[tuple[int, bool]]]
    ]:
        nouns = gz.role_words("settlement")
        before: dict[str, list[tuple[int, bool, bool]]] = {}
        after: dict[str, list[tuple[int, bool]]] = {}
        found = {i for noun in (*nouns, "state") for i in doc_index.positions(doc, noun)}
        for j in sorted(found):
            token = doc[j]
            noun = token.text in nouns
            state = token.text == "state" and token.dep_ != "compound"
            if j > 0:
                before.setdefault(doc[j - 1].text, []).append((j, noun, state))
            if noun and j + 2 < len(doc) and doc[j + 1].text == "of":
                after.setdefault(doc[j + 2].text, []).append((j + 2, state))
        return before, after

    return doc_index.cached(doc, "settlement-sites", build)


# Lower-case nouns after a name that make it an organisation's ("the Bild newspaper").
ORGANISATION_AFTER = frozenset(
    {
        "newspaper", "daily", "tabloid", "weekly", "magazine", "agency", "channel",
        "broadcaster", "website", "party", "movement", "militia", "group", "company", "firm",
    }
)  # fmt: skip


# Lower-case nouns before a name that make it an organisation's ("the campaign Save Our Forests").
ORGANISATION_BEFORE = frozenset(
    {
        "campaign", "group", "movement", "party", "organisation", "organization", "charity",
        "company", "firm", "newspaper", "broadcaster", "network", "alliance", "coalition",
        "bank", "lender", "insurer", "conglomerate", "retailer", "carmaker", "automaker",
        "airline", "manufacturer", "watchdog", "regulator", "outlet", "website", "union",
    }
)  # fmt: skip


def named_organisation(doc: Doc, span: Span) -> Span | None:
    """The organisation's name when a name the model typed as a person names one: "Bild" of
    "the Bild newspaper", "Tasnim" of "Tasnim news agency", "Progress Party" (a capitalised
    organisation noun the entity left out), "Save Our Forests" of "the campaign Save Our
    Forests" (after a lower-case organisation noun); else None."""
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text in ORGANISATION_BEFORE:
        return span
    end = span.end
    if end < len(doc) and doc[end].text == "news":
        end += 1
    if end >= len(doc):
        return None
    if doc[end].text in ORGANISATION_AFTER:
        return span
    word = doc[end]
    if word.text[:1].isupper() and word.lower_ in ORGANISATION_NOUNS and end == span.end:
        return doc[span.start : end + 1]
    return None


def named_thing(doc: Doc, span: Span) -> bool:
    """Whether a name the model typed as a person only names a thing: "the Khorramshahr
    missile", "a Tomahawk strike", "the Lakeside golf resort" (a determiner, the name, one
    or two lower-case common nouns after it, the last no people's noun: "a Rubio spokesman"
    is the person's)."""
    if span.start == 0 or doc[span.start - 1].lower_ not in ("the", "a", "an"):
        return False
    end = span.end
    while end < len(doc) and end - span.end < 2 and doc[end].pos_ == "NOUN":
        if not doc[end].text.islower():
            return False
        end += 1
    if end == span.end or (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
        return False
    last = doc[end - 1]
    return gz.sector_of(last.text) is None and gz.normalize(last.text) not in TITLES


# Tokens after which a capitalised word opens a sentence or a part of one, where every word
# is capitalised ("(Reporting by X; Writing by Y)", 'said: "Progress ...').
OPENERS = frozenset({";", ":", "(", "\u201c", '"', "\u2018", "'"})
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def common_word(span: Span) -> bool:
    """Whether a one-word name the model typed as a person is a common word, capitalised only
    because it opens its sentence: the tagger reads it as a common noun ("Photographs on
    social media showed", "Soul singer Aretha Franklin", "Coups in 1960 and 1980"), or the
    article writes it in lower case elsewhere ("Turnout was 42 percent" ... "the turnout").
    A known given name or a public figure's surname is a name ("Grace said", "Pruitt")."""
    if len(span) != 1:
        return False
    token = span[0]
    before = [t for t in span.doc[token.sent.start : token.i] if not t.is_space]
    if before and (any(t.is_alpha for t in before) and before[-1].text not in OPENERS):
        return False
    gaz = gz.load()
    name = gz.normalize(token.text)
    if token.lower_ in gaz.first_names or name in gaz.leader_index:
        return False
    if surname_key(token.text) in gaz.known_surnames:
        return False
    return token.tag_ in COMMON_NOUN_TAGS or doc_index.written_lower(span.doc, token.lower_)


# Dependencies through which a name modifies the noun of a thing ("the Patriot missile
# system", "Patriot and Stinger missiles").
MODIFIER_DEPS = frozenset({"compound", "nmod", "conj"})


def thing_named(span: Span) -> bool:
    """Whether the article uses this name for a made thing (word class ``product_noun``):
    somewhere it modifies such a lower-case noun, directly or through other nouns or a
    conjoined name ("the Patriot missile system", "Patriot and Stinger missiles", "the B-1
    bomber program"), or follows one ("the herbicide Roundup"). Every mention of the name is
    then the thing's ("the combat-proven Patriot"), no actor."""
    nouns = gz.role_words("product_noun")
    doc, words = span.doc, [t.text for t in span]
    n = len(words)
    for token in (doc[i] for i in doc_index.positions(doc, words[0])):
        if [t.text for t in doc[token.i : token.i + n]] != words:
            continue
        last = doc[token.i + n - 1]
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.is_lower and before.lemma_ in nouns:
            return True  # "the herbicide Roundup"
        for after in doc[last.i + 1 : last.i + 4]:  # "the B-1 bomber program"
            if not (after.is_lower and after.pos_ == "NOUN"):
                break
            if after.lemma_ in nouns:
                return True
        head, steps = last, 0
        while head.dep_ in MODIFIER_DEPS and steps < 5:
            if head.dep_ != "conj" and head.head.i < head.i:
                break
            head, steps = head.head, steps + 1
            if head.is_lower and head.pos_ == "NOUN" and head.lemma_ in nouns:
                return True
    return False


PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def plural_name(span: Span) -> bool:
    """Whether a one-word name the model typed as a person is a plural: a people, a family or
    a team ("Yazidis", "Latinos", "the Bushes", "Legionnaires"), no one person; a known given
    name is a name."""
    token = span[0]
    return (
        len(span) == 1
        and token.tag_ in PLURAL_TAGS
        and token.lower_.endswith("s")
        and token.lower_ not in gz.load().first_names
        and surname_key(token.text) not in gz.load().known_surnames
    )


def article_label(span: Span) -> str | None:
    """The label the model gives a one-word name as often as PERSON or more in the article,
    where one of those mentions shows it: an organisation's with an organisation's last word
    or noun ("Golkar party", "Mylan NV", "Breitbart News"), a place's after a preposition of
    place ("protests in Sanandaj"), a nationality's; else None ("Beata Szydlo" typed an
    organisation is still a person)."""
    if len(span) != 1:
        return None
    text = span[0].text
    same = [span.doc[i] for i in doc_index.positions(span.doc, text)]
    labels = Counter(t.ent_type_ for t in same if t.ent_type_)
    shown = {t.ent_type_ for t in same if _shows_label(t)}
    others = [(n, label) for label, n in labels.items() if label in shown]
    if not others:
        return None
    count, label = max(others)
    return label if count >= labels["PERSON"] else None


# Prepositions of place before a name the model typed as a place ("protests in Sanandaj").
PLACE_OF = frozenset({"in", "near", "from", "to", "into", "across", "around", "outside", "inside"})


def _shows_label(token: Token) -> bool:
    """Whether a mention's context shows the model's label of it (see :func:`article_label`)."""
    doc, label = token.doc, token.ent_type_
    if label == "NORP":
        return True
    if label in ("GPE", "LOC"):
        return token.dep_ == "pobj" and token.head.lower_ in PLACE_OF
    if label in ("ORG", "PRODUCT"):
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return after is not None and (
            after.lower_ in ORGANISATION_AFTER
            or (
                after.ent_type_ == label
                and after.ent_iob_ == "I"
                and after.lower_.rstrip(".") in ORGANISATION_LAST | {"news", "energy"}
            )
        )
    return False


def listed_organisation(span: Span) -> bool:
    """Whether a name the model typed as a place is listed with an organisation's name, the
    same kind of thing ("firms Total, L Oreal, Sanofi, Engie and Vinci": the model typed the
    first an organisation, the rest places); not a place the gazetteer knows ("sued Snyder,
    other officials, Michigan and the city")."""
    if gz.entry(span.text) is not None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
        if token.ent_type_ in ("ORG", "PRODUCT"):
            return True
    return False


def place(span: Span) -> Candidate:
    """A GPE/LOC/FAC entity outside the gazetteer: ``loc:<slug>``, with its country if known."""
    known = gz.entry(span.text)
    iso3 = known["id"] if known is not None and known["type"] == "place" else None
    name = span_text(span)
    return Candidate(span.start, span.end, gz.place(name, iso3, name), P_PLACE, is_place=True)
