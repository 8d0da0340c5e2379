"""Person names the model split in two, joined again.

The small English model cuts names it does not know: "Ri Pyong" and "Chol", "Moon Jae" and
"-in". :func:`complete_names` joins such parts back onto the PERSON span before them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kgraph.resolve import gazetteer as gz
from kgraph.resolve.ner import FACILITY_NOUNS, ORGANISATION_LAST
from kgraph.resolve.people import (
    HONORIFICS,
    POST_PREPOSITIONS,
    TITLES,
    aged_name,
    given_name,
    posted_name,
    surname_key,
    title_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def complete_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Person names the model split, joined: "Ri Pyong" + "Chol" (a one-word PERSON right
    after), "Moon Jae" + "-in" (a hyphenated part written solid), "Ri Pyong" + "Chol" (a
    capitalised name word outside any entity, in the same sentence). At most four words.

    Args:
        doc: the parsed document.
        spans: the model's cleaned entity spans, in text order.

    Returns:
        The spans, person spans completed (the parts they absorb removed).
    """
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        # "Ri Pyong" + "Chol": a one-word person right after a person, nothing between
        if (
            previous is not None
            and previous.label_ == span.label_ == "PERSON"
            and previous.end == span.start
            and len(span) == 1
            and len(previous) < 4
            and "\n" not in doc[previous.end - 1].whitespace_
            and _name_word(doc[span.start])
            and doc[previous.end - 1].lower_ not in HONORIFICS  # "Treasurer Lord" + "Ashcroft"
        ):
            out[-1] = Span(doc, previous.start, span.end, label="PERSON")
            continue
        if (
            previous is not None
            and previous.label_ == span.label_ == "PERSON"
            and previous.end == span.start
            and "\n" not in doc[previous.end - 1].whitespace_
            and known_full_name(doc[previous.start : span.end].text)
        ):
            # "Abd-Rabbu" + "Mansour Hadi": two parts of one name the gazetteer knows whole
            out[-1] = Span(doc, previous.start, span.end, label="PERSON")
            continue
        span = _given_name_before(doc, span)
        if previous is not None and previous.start >= span.start:
            out.pop()  # "German" + "Khan": the nationality was the given name
        out.append(_extend_person(doc, span) if span.label_ == "PERSON" else span)
        conjunct = _conjoined_person(doc, out[-1]) if span.label_ == "PERSON" else None
        if conjunct is not None:
            out.append(conjunct)
    return out


def known_full_name(text: str, nationals: bool = True) -> bool:
    """Whether a name of two or more words is a leader's full name or alias (not a surname:
    "Duncan Smith"), or with ``nationals`` a known national's full name."""
    key = gz.normalize(text)
    if " " not in key:
        return False
    for leader in gz.load().leader_index.get(key, ()):
        if key in {gz.normalize(name) for name in (leader.name, *leader.aliases)}:
            return True
    return nationals and gz.nationality(text) is not None


def posted_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Entities the model ran from a title's post into the name after it ("U.S. Ambassador to
    *Mexico Roberta Jacobson*", typed as one organisation): the name, as a person. The post
    itself is read by the gazetteer scan."""
    out = []
    for span in spans:
        i = span.start - 1
        # a post opens with "to" or "at" (posted_name's own first test), checked before the
        # costlier search for a title: the same result, for far fewer title searches
        if i <= 0 or doc[i].lower_ not in POST_PREPOSITIONS:
            out.append(span)
            continue
        name = posted_name(doc, i) if title_before(doc, i) is not None else None
        if name is not None and span.start < name < span.end - 1:
            span = Span(doc, name, span.end, label="PERSON")
        out.append(span)
    return out


def _conjoined_person(doc: Doc, span: Span) -> Span | None:
    """ "Kim Jong Sik and Ri Pyong Chol": two to four name words of no entity conjoined with a
    person are a person too."""
    i = span.end
    if i + 2 >= len(doc) or doc[i].lower_ not in ("and", "or", "nor"):
        return None
    end = i + 1
    while end < len(doc) and end - i <= 4 and not doc[end].ent_type_ and _name_word(doc[end]):
        end += 1
    if end - (i + 1) < 2 or end - (i + 1) > 4 or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return None
    return Span(doc, i + 1, end, label="PERSON")


def _given_name_before(doc: Doc, span: Span) -> Span:
    """A one-word entity after a given name of the gazetteer's that the model left out of
    every entity ("Alexei" + "Pushkov", typed as an organisation): the two words, as a
    PERSON span. The given name is a capitalised proper noun the parser hangs on the name
    word, in the same sentence, and not the end of a hyphenated name ("Jean-Pierre"); a
    first word of a known full name counts too before a person or a known surname ("Sadiq"
    + "Khan": :func:`_wider_given_name`), and a nationality the gazetteer lists as a given name
    before a person ("German" + "Khan"). So too
    before a two-word PERSON ("Debbie" + "Wasserman Schultz"), else the later full name
    would be another person."""
    if not (len(span) == 1 or (len(span) == 2 and span.label_ == "PERSON")) or span.start == 0:
        return span
    given, name = doc[span.start - 1], doc[span.start]
    glued = given.i > 0 and not doc[given.i - 1].whitespace_  # "Jean-Pierre Lacroix"
    # "German Khan": a given name that is a nationality too, before a name the model typed a
    # person (the model types the given name as a nationality)
    nationality = given.ent_type_ == "NORP" and given.ent_iob_ == "B"
    if (
        not glued
        and (given.ent_iob_ == "O" or (nationality and span.label_ == "PERSON"))
        and given.pos_ == "PROPN"
        and given.is_title
        and given.whitespace_ == " "
        and given.dep_ == "compound"
        and span.start <= given.head.i < span.end
        and not name.is_sent_start
        and name.is_title
        and (given.lower_ in gz.load().first_names or _wider_given_name(given, span))
    ):
        return Span(doc, given.i, span.end, label="PERSON")
    return span


def _wider_given_name(given: Token, span: Span) -> bool:
    """Whether a word before a one-word name is a given name the short list lacks, read only
    where a wrong reading costs little and the right one much: before a name the model typed
    a person, or a surname that alone stands for a known person ("Sadiq" + "Khan", else Imran
    Khan's id), and never a rank, title or name of the gazetteer's (:func:`given_name`)."""
    if len(span) != 1 or not _name_word(given) or not given_name(given):
        return False
    key = surname_key(span.text)
    gaz = gz.load()
    return span.label_ == "PERSON" or key in gaz.known_surnames or bool(gaz.leader_index.get(key))


def _extend_person(doc: Doc, span: Span) -> Span:
    """A person's span with the name parts that follow it: "Moon Jae" + "-in", "Ri Pyong" +
    "Chol" (a capitalised word of no entity, not a sentence start)."""
    end = span.end
    while end - span.start < 4 and end < len(doc):
        last, nxt = doc[end - 1], doc[end]
        # "Moon Jae-in": a hyphen written solid between two name parts
        solid = not last.whitespace_ and not nxt.whitespace_ and nxt.text in ("-", "\u2010")
        if solid and end + 1 < len(doc) and _syllable(last) and _syllable(doc[end + 1]):
            end += 2
            continue
        # "Ri Pyong Chol": a capitalised name word the model left out
        if (
            last.whitespace_ == " "
            and not nxt.ent_type_
            and _name_word(nxt)
            and not nxt.is_sent_start
        ):
            end += 1
            continue
        break
    return span if end == span.end else Span(doc, span.start, end, label="PERSON")


# Short words after a hyphen that make a compound, not a name ("Trump-era", "Saudi-led").
HYPHEN_SUFFIXES = frozenset({"era", "led", "run", "like", "born", "made", "type", "wide", "free"})


def _syllable(token: Token) -> bool:
    """A short name part around a solid hyphen ("Jae", "in", "Geun", "hye")."""
    return token.is_alpha and len(token) <= 4 and token.lower_ not in HYPHEN_SUFFIXES


def _name_word(token: Token) -> bool:
    """A word that may continue a person's name: a capitalised proper noun, no known name or
    title or organisation word ("Chol", not "Tower" or "Party" or "Seoul")."""
    text = token.text
    if not (token.is_alpha and text[:1].isupper() and text[1:].islower() and token.pos_ == "PROPN"):
        return False
    lower = token.lower_
    if lower in ORGANISATION_LAST or lower in FACILITY_NOUNS or lower in TITLES:
        return False
    return gz.entry(text) is None


# The longest full name looked up among the words the model left outside every entity.
MAX_UNTYPED_NAME = 3


def untyped_people(doc: Doc, spans: list[Span], skip: frozenset[int]) -> list[Span]:
    """Full names of known people the model left outside every entity ("Reince Priebus, the
    Republican Party chairman, met ..."): a run of two or three capitalised proper nouns in no
    entity and no dateline that the leaders table or the gazetteer's people know by full name
    (``nationals``), as PERSON spans, longest first."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        end = i
        while (
            end < n
            and end - i < MAX_UNTYPED_NAME
            and end not in taken
            and end not in skip
            and doc[end].ent_iob_ == "O"
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].text.replace("-", "").isalpha()
        ):
            end += 1
        for j in range(end, i + 1, -1):
            name = doc[i:j].text
            if gz.nationality(name) is not None or gz.load().leader_index.get(gz.normalize(name)):
                out.append(Span(doc, i, j, label="PERSON"))
                i = j - 1
                break
        else:
            if end > i and _titled_age(doc, end - 1):  # "Representative Price, 62,"
                out.append(Span(doc, end - 1, end, label="PERSON"))
                i = end - 1
        i += 1
    return out


def _titled_age(doc: Doc, k: int) -> bool:
    """Whether the capitalised word at ``k`` is a surname after a person's title and before
    an age ("U.S. Representative Price, 62, is ..."), though the model typed nothing."""
    title = doc[k - 1] if k > 0 else None
    return (
        title is not None and gz.normalize(title.text) in TITLES and aged_name(doc, doc[k : k + 1])
    )
