"""People: titles, nationality, leader roles and in-document coreference by surname.

"Venezuelan President Nicolas Maduro" is ``person:nicolas-maduro`` of VEN, role President,
leader of VEN; "Venezuelan opposition leader Juan Guaido" leads VEN:OPP; "his Russian
counterpart, Vladimir Putin" is Russian; a later "Maduro" is the same person; a bare "Putin"
resolves through the leaders table.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kgraph.model import Entity
from kgraph.resolve import doc_index
from kgraph.resolve import gazetteer as gz
from kgraph.resolve.matcher import (
    P_GROUP,
    Candidate,
    NameMatch,
    descriptor_start,
    sector_at,
    with_the,
)
from kgraph.resolve.parties import (
    STATE_TAG,
    article_home,
    modifier_party,
    party_led,
    person_country,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Courtesy titles: no role at all ("Mr Blair").
HONORIFICS = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "lord",
        "lady", "archbishop", "rev", "rev.", "dame",
    }
)  # fmt: skip
# Title phrases read before a name (lower case), longest first when matching.
TITLES = frozenset(
    {
        "president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
        "crown prince", "prince", "sheikh", "sultan", "supreme leader", "ayatollah", "pope",
        "vice president", "vice-president", "foreign minister", "defence minister",
        "defense minister", "interior minister", "finance minister", "economy minister",
        "energy minister", "oil minister", "minister", "foreign secretary", "secretary of state",
        "minister of state", "minister of foreign affairs", "minister of defence",
        "minister of defense", "foreign affairs minister",
        "secretary", "leader", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "envoy", "general", "gen.", "commander", "chief", "dictator", "governor",
        "mayor", "senator", "sen.", "rep.", "lawmaker", "head", "chairman", "chairwoman",
        "deputy", "diplomat", "official", "counterpart", "strongman", "self-proclaimed president",
        "interim president", "acting president", "secretary-general", "secretary general",
        "undersecretary", "under-secretary", "representative", "congressman", "congresswoman",
        "backbencher", "mp", "gov.", "senate majority leader", "senate minority leader",
        "house speaker", "shadow chancellor", "shadow home secretary", "shadow foreign secretary",
        "state councillor", "state councilor", "councillor", "councilor",
    }
) | HONORIFICS  # fmt: skip
MAX_TITLE_TOKENS = 4
# Titles that say nothing of the role ("his Russian counterpart"): the role comes from the table.
VAGUE_TITLES = frozenset({"counterpart", "official", "head", "chief", "diplomat"})
# Titles of members, not leaders: the person belongs to the country or group named with them.
MEMBER_TITLES = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat",
        "official", "senator", "sen.", "rep.", "lawmaker", "deputy", "undersecretary",
        "under-secretary", "general", "gen.", "representative", "congressman", "congresswoman",
        "backbencher", "mp", "state councillor", "state councilor", "councillor", "councilor",
    }
)  # fmt: skip
# First words of the gazetteer's full names that are ranks, offices or particles, no given
# name ("Major", "Former", "al-"): never read as one before a surname (:func:`given_name`).
NOT_GIVEN = frozenset(
    {
        "major", "former", "acting", "vice", "prime", "foreign", "defense", "defence", "house",
        "first", "crown", "prince", "king", "sheikh", "mullah", "maulana", "bishop", "lord",
        "haji", "hajji", "al", "el", "de", "del", "da", "di", "la", "le", "van", "von", "bin",
        "ibn", "abu", "miss", "host", "witness", "mass", "state", "federal", "national",
    }
)  # fmt: skip
ARTICLE = re.compile(r"^(al|el|ad|as|ash|at|az|an)-(?=\w)")
SMALL_WORDS = frozenset({"of", "the", "for", "and", "to"})
# Nouns after a person's surname that make the government ("the Maduro administration").
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet"})
# Where the extractor leaves the article's date (ISO) for the leaders table.
DATE_KEY = "kgraph_date"


@dataclass
class PersonReading:
    """A person mention with what the text and the leaders table say about them."""

    start: int
    end: int
    entity: Entity
    role: str | None = None
    leader_of: Entity | None = None


def title_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """The longest title phrase ending just before token ``end``: (start, text). A title
    with its post ("Ambassador to Mexico", "envoy to the United Nations") gives the title
    alone: the post names where the person serves, not whose they are."""
    for start in range(max(0, end - MAX_TITLE_TOKENS), end):
        words = doc[start:end]
        if any(t.is_space or t.is_punct and t.text not in (".", "-") for t in words):
            continue
        if gz.normalize(words.text) in TITLES:
            return start, words.text
    post = post_start(doc, end)
    if post is None:
        post = gloss_start(doc, end)
    return title_before(doc, post) if post is not None else None


MAX_GLOSS_TOKENS = 6


def gloss_start(doc: Doc, end: int) -> int | None:
    """The index of "(" that opens a bracketed gloss of a title ending just before token
    ``end`` ("Home Secretary (interior minister) Amber Rudd"), or None: a few lower-case
    words in brackets."""
    if end < 3 or doc[end - 1].text != ")":
        return None
    for start in range(end - 2, max(0, end - 2 - MAX_GLOSS_TOKENS), -1):
        if doc[start].text == "(":
            words = doc[start + 1 : end - 1]
            lower = [t for t in words if not t.is_space]
            return start if lower and all(t.is_lower for t in lower) else None
    return None


# Prepositions between a title and its post ("Ambassador to Mexico", "envoy at the UN").
POST_PREPOSITIONS = frozenset({"to", "at"})
# Gazetteer types a post may name: a country, a capital, an IGO, a seat of power.
POST_TYPES = frozenset({"country", "capital", "igo", "seat"})
MAX_POST_TOKENS = 4


def post_start(doc: Doc, end: int) -> int | None:
    """The index of "to"/"at" that opens a post ending just before token ``end`` ("to Mexico",
    "to the United Nations", "at the WTO"), or None."""
    for start in range(max(1, end - MAX_POST_TOKENS), end):
        if doc[start - 1].lower_ not in POST_PREPOSITIONS:
            continue
        words = doc[start:end]
        text = words.text.removeprefix("the ").removeprefix("The ")
        found = (
            gz.entry(text)
            if all(t.text[:1].isupper() or t.lower_ == "the" for t in words)
            else None
        )
        if found is not None and found["type"] in POST_TYPES:
            return start - 1
    return None


def posted_name(doc: Doc, i: int) -> int | None:
    """The start of a person's name after a post that opens at token ``i`` ("to Mexico
    Roberta Jacobson" -> the index of Roberta), or None: two or more capitalised proper
    nouns right after the post, the first not a known name."""
    if i >= len(doc) or doc[i].lower_ not in POST_PREPOSITIONS:
        return None
    for end in range(i + 2, min(len(doc) - 1, i + 2 + MAX_POST_TOKENS)):
        if post_start(doc, end) != i:
            continue
        name = doc[end : end + 2]
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
            return end
    return None


def strip_titles(doc: Doc, span: Span) -> Span:
    """A PERSON span without the titles the model put inside it ("President Bush" -> "Bush")."""
    start = span.start
    while start < span.end - 1:
        for end in range(min(span.end - 1, start + MAX_TITLE_TOKENS), start, -1):
            if gz.normalize(doc[start:end].text) in TITLES:
                start = end
                break
        else:
            break
    return span if start == span.start else doc[start : span.end]


def _nationality(
    doc: Doc, end: int, by_end: dict[int, NameMatch]
) -> tuple[str, tuple[int, str] | None] | None:
    """A country or demonym ending at ``end`` (optionally followed by sector words before the
    title): (iso3, (sector start, code) or None)."""
    # "Indonesian new President X", "Russian former Prime Minister X": skip the adjectives
    while end > 0 and doc[end - 1].pos_ == "ADJ" and doc[end - 1].text.islower():
        end -= 1
    # "Iran's foreign minister Mohammad Javad Zarif": a possessive country ("Iran s": lost ')
    if end > 0 and doc[end - 1].lower_ in ("'s", "\u2019s", "s") and end - 1 in by_end:
        end -= 1
    match = by_end.get(end)
    # "LONDON President Vladimir Putin said": a capital in capitals opening the text is
    # a dateline that lost its dash, not the person's country
    dateline = match is not None and match.type == "capital" and doc[match.start].is_upper
    if match is not None and match.type in ("country", "demonym", "capital") and not dateline:
        return match.entry["id"], None
    # "Phoenix Mayor Greg Stanton", "Istanbul prosecutor X": a city or region the gazetteer
    # places in one country, right before the title, is where the person serves
    place = place_before(doc, end)
    if match is None and place is not None:
        return place[1], None
    # "Venezuelan opposition leader": demonym, sector words, title
    for start in range(max(0, end - 3), end):
        found = by_end.get(start)
        if found is not None and found.type in ("country", "demonym"):
            sector = sector_at(doc, start, max_tokens=end - start)
            if sector is not None and sector[0] == end:
                return found.entry["id"], (start, sector[1])
    return None


def doc_date(doc: Doc) -> str | None:
    """The article's ISO date, as the extractor put it in ``doc.user_data``, or None."""
    value = doc.user_data.get(DATE_KEY)
    return value if isinstance(value, str) and value else None


def leader_for(name: str, date: str | None = None) -> gz.Leader | None:
    """The leaders-table row a name stands for: by full name, alias or surname, or by first
    name and surname ("Recep Erdogan" for Recep Tayyip Erdogan); on ``date`` when given
    ("Bush" in 1991 is George H. W. Bush), else the latest holder."""
    found = gz.leaders_at(name, date)
    if found:
        return found[0]
    words = name.split()
    if len(words) > 1:
        # "Recep Erdogan", "Nicholas Maduro": the surname and a close enough first name
        for leader in gz.leaders_at(surname_key(name), date):
            first = leader.name.split()[0].lower()
            if difflib.SequenceMatcher(None, first, words[0].lower()).ratio() >= 0.7:
                return leader
    return None


def _role_case(role: str) -> str:
    words = role.split()
    return " ".join(
        w if w.isupper() or (k and w.lower() in SMALL_WORDS) else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    )


def known_surname(span: Span) -> str | None:
    """The full name of the public figure a lone surname stands for ("Pruitt" -> "Scott
    Pruitt"; the gazetteer's ``known_surnames``), or None: one capitalised word, a proper
    noun or a name of the model's, that the article never writes in lower case ("Strange
    ... a strange year"), with no given name of its own before it (a title may be:
    :func:`_given_name`)."""
    if len(span) != 1 or not span.text[:1].isupper():
        return None
    if span[0].pos_ != "PROPN" and not span[0].ent_type_:
        return None
    if any(_given_name(c) for c in span[0].children if c.dep_ == "compound" and c < span[0]):
        return None  # "L cio Funaro", a given name the model left out: someone else
    full = gz.load().known_surnames.get(surname_key(span.text))
    if full is None or doc_index.written_lower(span.doc, span[0].lower_):
        return None
    return full


def _given_name(token: Token) -> bool:
    """Whether a word before a surname may be a given name: a known one, or a lower-case
    word left of a broken name ("L cio"); not a title ("Lieutenant General Flynn")."""
    if gz.normalize(token.text) in TITLES:
        return False
    return given_name(token) or (token.is_alpha and token.is_lower)


@functools.cache
def _national_given_names() -> frozenset[str]:
    """First words of the full names of Phoenix's people (``nationals``) and of the leaders
    table, lower case: given names the short ``first_names`` list lacks ("sadiq")."""
    gaz = gz.load()
    names = [*gaz.nationals, *(gz.normalize(leader.name) for leader in gaz.leaders)]
    words = {name.split()[0] for name in names if " " in name}
    return frozenset(
        w for w in words if w.isalpha() and len(w) >= 3 and w not in TITLES and w not in NOT_GIVEN
    )


def given_name(token: Token) -> bool:
    """Whether a capitalised word is a given name: one of the gazetteer's, or the first word of
    a known full name ("Sadiq" of "Sadiq Khan") that the article never writes in lower case
    and that is no rank or particle (:data:`NOT_GIVEN`)."""
    lower = token.lower_
    if lower in gz.load().first_names:
        return True
    return (
        token.text[:1].isupper()
        and lower in _national_given_names()
        and not doc_index.written_lower(token.doc, lower)
    )


def read_person(doc: Doc, span: Span, by_end: dict[int, NameMatch]) -> PersonReading:
    """Resolve a person name span with its title, nationality and the leaders table."""
    name = " ".join(span.text.split()).removesuffix("'s").removesuffix("\u2019s")
    leader = leader_for(name, doc_date(doc))
    # "Pruitt" alone, no full name before it: the one public figure of that surname
    known = known_surname(span) if leader is None else None
    full_name = leader.name if leader is not None else (known or name)
    iso3: str | None = None
    role: str | None = None
    leader_of: Entity | None = None
    title = title_before(doc, span.start)
    title_start = span.start
    if title is not None:
        title_start, role = title
    else:
        title_start, role = _appositive_title(span)
    nationality = _nationality(doc, title_start, by_end) if title_start < span.start else None
    if nationality is None and title is None:
        nationality = _appositive_nationality(span, by_end)
    # "Indian businessman Ravi Menon", "Republican 2008 presidential hopeful Dan Marsh":
    # words describing the name (no title) stand between it and a nationality or a party
    described = descriptor_start(doc, span.start) if role is None else None
    if nationality is None and described is not None:
        found = _nationality(doc, described, by_end)
        nationality = (found[0], None) if found is not None else None
    if nationality is not None:
        iso3, sector = nationality
        # "Catalan leader Carles Puigdemont", "Scottish First Minister": a region's leader is
        # of the country, not its leader
        before = title_start - 1
        if before > 0 and doc[before].lower_ in ("'s", "\u2019s", "s"):
            before -= 1  # "Scotland's First Minister Nicola Sturgeon"
        regional = doc[before].lower_ in gz.role_words("regional_demonym")
        # "Phoenix Mayor", "London Mayor Sadiq Khan", "Tokyo Governor": a city's or region's
        # own office leads no country
        regional = regional or _local_title(doc, before, role, by_end)
        if role is not None and not regional:
            leader_of = gz.group(iso3, sector[1]) if sector else gz.country(iso3)
    if role is not None and gz.normalize(role) in HONORIFICS:
        role, leader_of = None, None  # "Mr Blair"
    if role is not None and gz.normalize(role) in VAGUE_TITLES:
        role = leader.role if leader is not None else None
        leader_of = gz.entity_of_id(leader.leader_of) if leader is not None else None
    if role is not None:
        role = _role_case(role)
    if leader is not None:
        iso3 = iso3 or leader.country
        if role is not None and leader_of is None:
            leader_of = gz.entity_of_id(leader.leader_of)
    matches = list(by_end.values())
    start = described if described is not None else title_start
    # a party word before the name or a state tag after it is the text's own word on the
    # person's country, over the dictionary's ("Tory leader John Smith")
    stated = modifier_party(doc, start) is not None or _state_tagged(doc, span.end)
    if iso3 is None and (len(name.split()) >= 2 or known) and not stated:
        # "Prime Minister Shaukat Aziz": a person Phoenix's dictionary knows by full name (the
        # country only: what office they held when is the leaders table's to say)
        iso3 = gz.nationality(full_name)
    if iso3 is None:
        # "Republican Senator John McCain", "Tory leader Michael Howard", "Rep. X, R-Fla."
        iso3 = person_country(doc, matches, start, span.end, role, article_home(doc, matches))
        if iso3 is not None and leader_of is None:
            leader_of = party_led(doc, title_start, role, iso3, doc_date(doc))
    if role is not None and gz.normalize(role) in MEMBER_TITLES:
        leader_of = None  # "Turkish ambassador X", "Kremlin spokesman X": of it, not leading it
    roles = (role,) if role else ((leader.role,) if leader is not None else ())
    entity = gz.person(full_name, iso3, roles, alias=" ".join(span.text.split()))
    return PersonReading(span.start, span.end, entity, role, leader_of)


MAX_PLACE_TOKENS = 3


def place_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """A city or region the gazetteer places in one country, written as capitalised proper
    nouns ending just before token ``end`` ("Phoenix", "New Jersey"): (start, iso3), or None.
    Words in capitals ("LAGOS Governor") may be a dateline's, never a place here."""
    for start in range(max(0, end - MAX_PLACE_TOKENS), end):
        words = doc[start:end]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper for t in words):
            continue
        found = gz.entry(words.text)
        if found is not None and found["type"] == "place" and str(found["id"]).isupper():
            return start, str(found["id"])
    return None


def _local_title(doc: Doc, before: int, role: str | None, by_end: dict[int, NameMatch]) -> bool:
    """Whether a city or region the gazetteer places in a country ends at token ``before``
    (no country's leader: "Phoenix Mayor", "Texas Governor"), or ``role`` is the title of a
    city's or region's own office (role words ``local_title``: "mayor", "governor") after a
    capital ("London Mayor Sadiq Khan")."""
    if before + 1 not in by_end and place_before(doc, before + 1) is not None:
        return True
    return role is not None and gz.normalize(role) in gz.role_words("local_title")


def _state_tagged(doc: Doc, end: int) -> bool:
    """Whether a US party-and-state tag follows a name ending at ``end`` ("R-Fla.")."""
    after = doc[end : min(len(doc), end + 6)]
    return bool(len(after) and STATE_TAG.match(after.text))


def _appositive_title(span: Span) -> tuple[int, str | None]:
    """ "his Russian counterpart, Vladimir Putin": the title noun the name is in apposition to."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.i < span.start and gz.normalize(head.text) in TITLES:
        return span.start, head.text
    for child in root.children:
        if child.dep_ == "appos" and gz.normalize(child.text) in TITLES:
            return span.start, child.text
    return span.start, None


# Nouns of a citizenship, stated mostly of someone abroad ("X, a naturalized U.S. citizen,
# was detained" in Iran): no country for the person's acts and treatment.
CITIZENSHIP = frozenset({"citizen", "national", "resident", "passport", "dual"})


def _appositive_nationality(
    span: Span, by_end: dict[int, NameMatch]
) -> tuple[str, tuple[int, str] | None] | None:
    """The country or demonym modifying a noun in apposition to the name ("Indonesia's
    parliament speaker, Setya Novanto", "Ann Lee, a Canadian lawyer"), or None."""
    root = span.root
    nouns: list[Token] = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    for noun in nouns:
        # "his Russian counterpart, X"; "Indonesia's parliament speaker, X", "X, a Pakistani
        # Islamist": any common noun describing the person gives the nationality it carries
        if gz.normalize(noun.text) not in TITLES and not (
            noun.pos_ == "NOUN" and noun.text.islower() and noun.lemma_ not in CITIZENSHIP
        ):
            continue
        for child in noun.children:
            found = by_end.get(child.i + 1)
            if (
                child.dep_ in ("amod", "compound", "poss")
                and found is not None
                and found.type
                in (
                    "country",
                    "demonym",
                )
            ):
                return found.entry["id"], None
    return None


def surname_key(name: str) -> str:
    """The coreference key of a name: its last word, lower case, without an Arabic article
    ("Nicolas Maduro" -> maduro, "Haider al-Abadi" -> abadi)."""
    words = gz.normalize(name).removesuffix("'s").split()
    if not words:
        return ""
    return ARTICLE.sub("", words[-1])


def surname_tail(name: str, full_name: str) -> bool:
    """Whether ``name`` of two or more words is the compound surname ending a longer
    ``full_name`` ("Pena Nieto" of "Enrique Pena Nieto", "Dlamini Zuma" of "Nkosazana
    Dlamini-Zuma"): a later mention of the same person."""
    words = gz.normalize(name.replace("-", " ")).split()
    full = gz.normalize(full_name.replace("-", " ")).split()
    return 1 < len(words) < len(full) and full[-len(words) :] == words


def claim_surname(
    people: dict[str, PersonReading], key: str, reading: PersonReading, sitting: bool
) -> None:
    """Let the person of ``reading`` stand for later mentions by ``key`` (a surname): the
    first person named so, unless a later one is ``sitting`` (:func:`sitting_leader`) and
    the first is in no row of the leaders table ("Michelle Obama ... her husband, President
    Barack Obama ... as Obama completes his term": the sitting leader, not his relative;
    "Jeb Bush ... his brother, former President George W. Bush ... Bush said" stays Jeb)."""
    earlier = people.get(key)
    if earlier is None:
        people[key] = reading
        return
    if earlier.entity.id == reading.entity.id or reading.entity.kind != "Person":
        return
    if sitting and leader_for(earlier.entity.name) is None:
        people[key] = reading


def sitting_leader(doc: Doc, reading: PersonReading) -> bool:
    """Whether a person named in full heads a state or government when the article is
    written: in office on the article's date by the leaders table, or, undated, a person of
    the table the article titles so, not as "former" ("President Barack Obama")."""
    name = reading.entity.name
    rows = [r for r in gz.leaders_at(name) if gz.normalize(r.name) == gz.normalize(name)]
    date = doc_date(doc)
    if date:
        day = date[:10]
        return any(r.start <= day and (not r.end or day <= r.end) for r in rows)
    role = gz.normalize(reading.role or "")
    if not rows or reading.leader_of is None or role not in HEAD_ROLES:
        return False
    title = title_before(doc, reading.start)
    first = title[0] if title is not None else reading.start
    return not (first > 0 and doc[first - 1].lower_ in ("former", "late", "ex"))


def coref_key(full_name: str, date: str | None = None) -> str:
    """The word a later mention of a person uses: the leaders table's surname when it knows
    the person ("" for "Kim Jong Un": no safe short form), else the last word of the name."""
    leader = leader_for(full_name, date)
    if leader is not None and gz.normalize(leader.name) == gz.normalize(full_name):
        return gz.normalize(leader.surname) if leader.surname else ""
    return surname_key(full_name)


def government_of(doc: Doc, token: Token) -> int | None:
    """End of a "Maduro administration" phrase whose first token is the person's surname."""
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in GOVERNMENT_NOUNS:
        return nxt + 1
    return None


# Officials a head of state or government speaks through ("Putin's spokesman", "Trump's
# Middle East envoy"): what they do, that government does.
AIDE_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "envoy", "envoys", "adviser", "advisers",
     "advisor", "advisors", "aide", "aides"}
)  # fmt: skip
MAX_POSSESSED_MODIFIERS = 3
# Leaders-table roles of the head of a country's state or government.
HEAD_ROLES = frozenset(
    {"president", "prime minister", "chancellor", "premier", "king", "supreme leader", "emir",
     "crown prince", "state counsellor", "sultan"}
)  # fmt: skip


def possessed_government(
    doc: Doc, person: Candidate, taken: set[int], date: str | None
) -> Candidate | None:
    """ "Putin's spokesman", "Trump's Middle East envoy", "Theresa May's government": the
    government of the person's country, when the person then heads its state or government
    (the leaders table on ``date``). None otherwise, or when the phrase holds another reading
    (``taken``)."""
    iso3 = person.entity.country
    if person.entity.kind != "Person" or not iso3 or not iso3.isupper() or person.end >= len(doc):
        return None
    mark = doc[person.end]
    if not (mark.lower_ in ("'s", "\u2019s") or mark.text == "s"):  # "Kiir s": ' lost
        return None
    last = doc[person.end - 1]
    noun = last.head
    if last.dep_ != "poss" or not person.end < noun.i <= person.end + MAX_POSSESSED_MODIFIERS:
        return None
    if any(i in taken for i in range(person.end, noun.i + 1)):
        return None
    # "Prime Minister Theresa May s government": the government the leader then headed
    owned = noun.lower_ in AIDE_NOUNS or noun.lower_ in GOVERNMENT_NOUNS
    leader = leader_for(person.entity.name, date) if owned else None
    head = leader is not None and gz.normalize(leader.role) in HEAD_ROLES
    if leader is None or not head or leader.leader_of != iso3:
        return None
    entity = gz.group(iso3, "GOV", doc[person.start : noun.i + 1].text)
    return Candidate(person.start, noun.i + 1, entity, P_GROUP)


# "forces loyal to Assad": the words between an armed noun and the person it serves
LOYAL_WORDS = ("loyal", "to")
MAX_LOYAL_TITLE = 5


def loyal_forces(
    doc: Doc, person: Candidate, taken: set[int], date: str | None
) -> Candidate | None:
    """ "forces loyal to Assad", "troops loyal to President Salva Kiir": armed men (role word
    class ``armed_member``) serving the head of a country's state or government (the leaders
    table on ``date``, else the head role the article gives the person) are that country's
    military. The candidate is the armed noun alone (with its article), so the person stays
    a mention of their own. None when the noun holds another reading (``taken``), when it has
    a nationality of its own ("Syrian troops loyal to ..."), or for anyone else ("forces loyal
    to former vice president Riek Machar": a rebel's men)."""
    iso3 = person.entity.country
    if person.entity.kind != "Person" or not iso3 or not iso3.isupper():
        return None
    # "loyal to Palestinian President Mahmoud Abbas": capitalised titles between
    to = person.start - 1
    while to > person.start - MAX_LOYAL_TITLE and to > 1 and doc[to].text[:1].isupper():
        to -= 1
    if to < 2 or doc[to].lower_ != LOYAL_WORDS[1] or doc[to - 1].lower_ != LOYAL_WORDS[0]:
        return None
    noun = doc[to - 2]
    if noun.i in taken or noun.pos_ not in ("NOUN", "PROPN") or doc[to - 1].head.i != noun.i:
        return None
    if noun.lemma_.lower() not in gz.role_words("armed_member"):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod") for c in noun.lefts):
        return None  # "Syrian troops", "rebel fighters": the modifier says whose they are
    leader = leader_for(person.entity.name, date)
    if leader is not None:
        head = gz.normalize(leader.role) in HEAD_ROLES and leader.leader_of == iso3
    else:
        head = any(gz.normalize(r) in HEAD_ROLES for r in person.entity.roles)
    if not head or any(t.lower_ == "former" for t in doc[to : person.start]):
        return None
    entity = gz.group(iso3, "MIL", noun.text)
    return Candidate(with_the(doc, noun.i), noun.i + 1, entity, P_GROUP)


def consistent_people(chosen: list[Candidate]) -> list[Candidate]:
    """One person, one country and one set of roles per document: what any mention of them
    says ("UK Foreign Secretary Jack Straw") holds for every mention ("Straw"). A name that
    ends the full name of one other person of the document is that person, wherever either
    stands ("Wasserman Schultz said ... Debbie Wasserman Schultz")."""
    chosen = _full_named(chosen)
    country: dict[str, str] = {}
    roles: dict[str, list[str]] = {}
    for c in sorted(chosen, key=lambda c: c.start):
        if c.entity.kind != "Person":
            continue
        if c.entity.country:
            country.setdefault(c.entity.id, c.entity.country)
        known = roles.setdefault(c.entity.id, [])
        known += [r for r in c.entity.roles if r not in known]
    out = []
    for c in chosen:
        if c.entity.kind == "Person":
            entity = replace(
                c.entity,
                country=country.get(c.entity.id),
                roles=tuple(roles.get(c.entity.id, ())),
            )
            c = replace(c, entity=entity)
        out.append(c)
    return out


def _full_named(chosen: list[Candidate]) -> list[Candidate]:
    """Person mentions whose name of two or more words ends the longer name of exactly one
    other person of the document (a given name the model cut: "Wasserman Schultz" before
    "Debbie Wasserman Schultz"), given that person's entity."""
    persons = {c.entity.id: c.entity for c in chosen if c.entity.kind == "Person"}
    fuller: dict[str, Entity] = {}
    for pid, entity in persons.items():
        if len(entity.name.split()) < 2:
            continue
        longer = [e for e in persons.values() if surname_tail(entity.name, e.name)]
        if len(longer) == 1:
            fuller[pid] = longer[0]
    if not fuller:
        return chosen
    return [
        replace(c, entity=replace(fuller[c.entity.id], aliases=c.entity.aliases))
        if c.entity.id in fuller
        else c
        for c in chosen
    ]


def family_names(candidates: list[Candidate]) -> dict[str, PersonReading]:
    """Family names written first ("kim" for "Kim Jong Sik"), each of exactly one person of
    the candidates, with that person's reading."""
    family_first = gz.load().family_first
    found: dict[str, dict[str, Candidate]] = {}
    for c in candidates:
        words = gz.normalize(c.entity.name).split() if c.entity.kind == "Person" else []
        # a family name the leaders table knows ("Moon", "Xi") is read from the table
        if len(words) > 1 and words[0] in family_first and not gz.leaders_at(words[0]):
            found.setdefault(words[0], {})[c.entity.id] = c
    return {
        key: PersonReading(c.start, c.end, c.entity, c.role, c.leader_of)
        for key, ids in found.items()
        if len(ids) == 1
        for c in ids.values()
    }


def paternal_surnames(candidates: list[Candidate]) -> dict[str, PersonReading]:
    """First surnames of double surnames ("abdo" for "Mario Abdo Benitez", "lopez" for
    "Andres Manuel Lopez Obrador"): the next-to-last capitalised word of a name of three or
    more words that is no given name, each of exactly one person of the candidates."""
    gaz = gz.load()
    found: dict[str, dict[str, Candidate]] = {}
    for c in candidates:
        words = c.entity.name.split() if c.entity.kind == "Person" else []
        if len(words) < 3 or gz.normalize(words[0]) in gaz.family_first:
            continue
        word = words[-2]
        key = gz.normalize(word)
        if len(word) < 3 or not word.isalpha() or not word[0].isupper():
            continue  # "John F. Kennedy", "Ludwig van Beethoven"
        if key in gaz.first_names or word in gaz.first_names or gz.entry(word) is not None:
            continue  # "Andres Manuel", "John Paul": a given name
        found.setdefault(key, {})[c.entity.id] = c
    return {
        key: PersonReading(c.start, c.end, c.entity, c.role, c.leader_of)
        for key, ids in found.items()
        if len(ids) == 1
        for c in ids.values()
    }


def titled_name(doc: Doc, span: Span, inside: list[NameMatch]) -> bool:
    """ "President Thabo Mbeki" typed as a place: a name of two or more words after a title;
    "Mr Kilroy-Silk", "Governor Christie": a surname alone after a courtesy or an elected
    politician's title; "Representative Nydia Velazquez": the title inside the span."""
    if inside or not all(t.pos_ == "PROPN" or t.text == "-" for t in span):
        return False
    stripped = strip_titles(doc, span)
    if len(stripped) < len(span):
        title_words = gz.normalize(doc[span.start : stripped.start].text)
        if title_words in ROYAL_TITLES and len(stripped) == 1:  # "Prince Albert"
            return stripped[0].text[:1].isupper()
        return len(stripped) >= 2 and _title_of_person(title_words)
    title = title_before(doc, span.start)
    if title is None:
        return False
    # "Mr Kilroy-Silk": one word, a hyphenated surname ("leader Heinz-Christian Strache" is two)
    if len(span.text.split()) == 1:
        return _title_of_person(title[1]) and span[0].text[:1].isupper()
    return gz.normalize(title[1]) not in HONORIFICS


def aged_name(doc: Doc, span: Span) -> bool:
    """ "Navarro, 67, has suggested ...", "Viola, 60, is a graduate": a name of capitalised
    words followed by an age between commas (a number from 16 to 110) is a person's, however
    the model typed it."""
    if not all(t.text[:1].isupper() for t in span) or span.end + 2 >= len(doc):
        return False
    comma, age, after = doc[span.end], doc[span.end + 1], doc[span.end + 2]
    if comma.text != "," or after.text != "," or not age.text.isdigit():
        return False
    return 16 <= int(age.text) <= 110 and (span.start == 0 or doc[span.start - 1].text != ",")


# Titles of royals, who go by their given name alone ("Prince Albert", "King Salman").
ROYAL_TITLES = frozenset(
    {"prince", "princess", "king", "queen", "crown prince", "emir", "sultan", "sheikh"}
)
# Titles a lone surname follows only as a person's ("Mr Kilroy-Silk", "Senator Warren",
# "military spokesman Wuryanto"): courtesy titles, elected politicians' titles and a
# spokesperson's, not "head", "chief" or "leader".
PERSON_ONLY_TITLES = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "president", "prime minister", "chancellor",
        "spokesman", "spokeswoman", "spokesperson",
    }
)  # fmt: skip


def _title_of_person(title: str) -> bool:
    key = gz.normalize(title)
    return key in PERSON_ONLY_TITLES or key in gz.load().political_titles


def lone_given_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A person named by a known given name alone, with no title or role ("my brother Joe",
    "Cruz and his wife, Heidi", "Lori and I"), is the one person of the document whose full
    name starts with it ("Lori Flynn ... Lori"); with none or several, the mention names no
    one a graph can tell apart from every other Joe, and is no actor. A leader's name, a
    public figure's surname ("Pruitt") and a name after a courtesy title ("Mr. Scott") stay."""
    gaz = gz.load()
    persons = {c.entity.id: c.entity for c in chosen if c.entity.kind == "Person"}
    full: dict[str, list[Entity]] = {}
    for entity in persons.values():
        words = gz.normalize(entity.name).split()
        if len(words) > 1:
            full.setdefault(words[0], []).append(entity)
    honoured = {
        c.entity.id
        for c in chosen
        if c.entity.kind == "Person" and c.start > 0 and doc[c.start - 1].lower_ in HONORIFICS
    }
    out = []
    for c in chosen:
        entity = c.entity
        name = gz.normalize(entity.name)
        if (
            entity.kind != "Person"
            or c.is_place
            or " " in name
            or entity.roles
            or entity.id in honoured
            or name not in gaz.first_names
            or name in gaz.leader_index
            or surname_key(entity.name) in gaz.known_surnames
        ):
            out.append(c)
            continue
        namesakes = full.get(name, [])
        if len(namesakes) == 1:
            out.append(replace(c, entity=replace(namesakes[0], aliases=entity.aliases)))
    return out
